import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Role } from '@lintas/shared';
import { RoleEnum } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Academy } from '../academies/academy.entity.js';
import { Person } from '../persons/person.entity.js';
import { Account } from './account.entity.js';
import { ApiToken } from './api-token.entity.js';

@ObjectType({ description: 'The caller of this request.' })
export class Viewer {
  @Field(() => Account, { nullable: true, description: 'The signed-in account; null for an API token.' })
  account!: Account | null;

  @Field(() => ApiToken, { nullable: true, description: 'The API token of this request; null for a browser session.' })
  apiToken!: ApiToken | null;

  @Field(() => RoleEnum, { nullable: true })
  role!: Role | null;

  @Field(() => Academy, { nullable: true, description: "The organizer's or token's academy." })
  academy!: Academy | null;

  @Field(() => Person, { nullable: true, description: 'The person a participant is.' })
  person!: Person | null;

  @Field({ description: 'The account must give its authenticator code before anything else.' })
  mfaRequired!: boolean;

  @Field({ description: 'The account (an admin) must enrol an authenticator app before anything else.' })
  mfaEnrolmentRequired!: boolean;

  @Field(() => [String], { description: "A token's scopes; empty for accounts." })
  scopes!: string[];
}

@ObjectType({ description: 'A page of accounts.' })
export class AccountConnection extends Connection(Account) {}

@ObjectType({ description: 'A page of API tokens.' })
export class ApiTokenConnection extends Connection(ApiToken) {}

@InputType()
export class SignInInput {
  @Field({ description: 'E-mail address, or NIP for participants.' })
  identifier!: string;

  @Field()
  password!: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => Viewer, { nullable: true })
  viewer!: Viewer | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class MfaEnrolmentPayload {
  @Field(() => String, { nullable: true, description: 'Base32 secret, for typing into an app by hand.' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'otpauth:// URI to show as a QR code.' })
  otpauthUri!: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ConfirmMfaPayload {
  @Field(() => [String], { description: 'One-time recovery codes, shown only now.' })
  recoveryCodes!: string[];

  @Field(() => Viewer, { nullable: true })
  viewer!: Viewer | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut!: boolean;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => String, { nullable: true, description: 'The one-time code, shown only now; print it for the participant.' })
  code!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Person, { nullable: true })
  person!: Person | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class RedeemInvitationInput {
  @Field()
  nip!: string;

  @Field()
  code!: string;

  @Field()
  password!: string;
}

@InputType()
export class CreateAccountInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: "An organizer's academy." })
  academyId?: string | null;

  @Field({ description: 'Initial password; at least 10 characters.' })
  password!: string;
}

@ObjectType()
export class AccountPayload {
  @Field(() => Account, { nullable: true })
  account!: Account | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class CreateApiTokenInput {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Scopes: roster:read, roster:write, schedule:read, attendance:read, attendance:write, reports:read.' })
  scopes!: string[];

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Academy of the token; organizers always get their own.' })
  academyId?: string | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The token, shown only now. Send it as `Authorization: Bearer <token>`.' })
  token!: string | null;

  @Field(() => ApiToken, { nullable: true })
  apiToken!: ApiToken | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken!: ApiToken | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
