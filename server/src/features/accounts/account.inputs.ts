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

  @Field(() => RoleEnum, { nullable: true, description: 'Role of the signed-in account; null for an API token (tokens have scopes instead) and for anonymous callers.' })
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

@InputType({ description: 'Credentials for a browser sign-in.' })
export class SignInInput {
  @Field({ description: 'E-mail address, or NIP for participants.' })
  identifier!: string;

  @Field({ description: "The account's password." })
  password!: string;
}

@ObjectType({ description: 'Outcome of a sign-in; on success the session cookie is set.' })
export class SignInPayload {
  @Field(() => Viewer, { nullable: true, description: 'The caller after signing in (check `mfaRequired`); null on failure.' })
  viewer!: Viewer | null;

  @Field(() => [UserError], { description: 'Why the sign-in failed (e.g. auth/invalid-credentials, auth/rate-limited); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'A new authenticator (TOTP) secret to confirm with `confirmMfaEnrolment`.' })
export class MfaEnrolmentPayload {
  @Field(() => String, { nullable: true, description: 'Base32 secret, for typing into an app by hand.' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'otpauth:// URI to show as a QR code.' })
  otpauthUri!: string | null;

  @Field(() => [UserError], { description: 'Why enrolment could not start; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of confirming an authenticator app.' })
export class ConfirmMfaPayload {
  @Field(() => [String], { description: 'One-time recovery codes, shown only now.' })
  recoveryCodes!: string[];

  @Field(() => Viewer, { nullable: true, description: 'The caller once the app is confirmed; null on failure.' })
  viewer!: Viewer | null;

  @Field(() => [UserError], { description: 'Why the code was refused (auth/mfa-invalid); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of signing out.' })
export class SignOutPayload {
  @Field({ description: 'True once the browser session has ended.' })
  signedOut!: boolean;
}

@ObjectType({ description: 'A one-time invitation with which a participant sets a password.' })
export class InvitationPayload {
  @Field(() => String, { nullable: true, description: 'The one-time code, shown only now; print it for the participant.' })
  code!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the invitation code stops working.' })
  expiresAt!: Date | null;

  @Field(() => Person, { nullable: true, description: 'The person invited.' })
  person!: Person | null;

  @Field(() => [UserError], { description: 'Why no invitation was made (e.g. object/not-found); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: "A participant's first sign-in: NIP, invitation code and a new password." })
export class RedeemInvitationInput {
  @Field({ description: "The participant's NIP (18 digits; Nomor Induk Pegawai, the civil-service number)." })
  nip!: string;

  @Field({ description: 'The one-time invitation code from the organizer.' })
  code!: string;

  @Field({ description: 'The new password (at least the minimum length).' })
  password!: string;
}

@InputType({ description: 'A new admin or organizer account.' })
export class CreateAccountInput {
  @Field({ description: 'E-mail address used to sign in; unique.' })
  email!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'ADMIN, ORGANIZER or AGENCY_HR (participants join by invitation); organizers create AGENCY_HR only.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: "An organizer's academy." })
  academyId?: string | null;

  @Field(() => ID, { nullable: true, description: "An AGENCY_HR account's agency (the account's academy is the agency's)." })
  agencyId?: string | null;

  @Field({ description: 'Initial password; at least 10 characters.' })
  password!: string;
}

@ObjectType({ description: 'Outcome of an account change.' })
export class AccountPayload {
  @Field(() => Account, { nullable: true, description: 'The account after the change; null on failure.' })
  account!: Account | null;

  @Field(() => [UserError], { description: 'Why the change was refused (e.g. account/email-taken, auth/weak-password); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'A new API token for an integrator.' })
export class CreateApiTokenInput {
  @Field({ description: 'Label naming the integration, e.g. "SIASN sync".' })
  name!: string;

  @Field(() => [String], { description: 'Scopes: roster:read, roster:write, schedule:read, attendance:read, attendance:write, reports:read.' })
  scopes!: string[];

  @Field(() => Date, { nullable: true, description: 'When the token stops working; null for no expiry.' })
  expiresAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Academy of the token; organizers always get their own.' })
  academyId?: string | null;
}

@ObjectType({ description: 'A new API token; its secret is shown only in this response.' })
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The token, shown only now. Send it as `Authorization: Bearer <token>`.' })
  token!: string | null;

  @Field(() => ApiToken, { nullable: true, description: "The token's record (name, scopes, expiry); the secret is in `token`." })
  apiToken!: ApiToken | null;

  @Field(() => [UserError], { description: 'Why no token was made (e.g. input/invalid-value for an unknown scope); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of a token change.' })
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token after the change; null on failure.' })
  apiToken!: ApiToken | null;

  @Field(() => [UserError], { description: 'Why the change was refused (e.g. object/not-found); empty on success.' })
  errors!: UserError[];
}
