import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { FacilitatorKind, TimeZoneCode } from '@lintas/shared';
import { FacilitatorKindEnum, TimeZoneEnum } from '../../graphql/enums.js';
import { UserError } from '../../graphql/user-error.js';
import { Facilitator } from './facilitator.entity.js';
import { Venue } from './venue.entity.js';
import { VersionedEdit } from '../../graphql/versioned-edit.js';

@InputType({ description: 'A new venue: a room with an address, or an online room with a link.' })
export class CreateVenueInput {
  @Field({ description: 'Short code, unique in the academy, e.g. AULA-1.' })
  code!: string;

  @Field({ description: 'Name of the room or building.' })
  name!: string;

  @Field(() => Int, { description: 'Seats (1–10000).' })
  capacity!: number;

  @Field(() => TimeZoneEnum, { description: 'Time zone of the venue.' })
  timeZone!: TimeZoneCode;

  @Field(() => String, { nullable: true, description: 'Street address (give this or onlineUrl).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Link of an online room (give this or address).' })
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The academy (admins; organizers get their own).' })
  academyId?: string | null;
}

@InputType({ description: 'Changes to a venue; absent fields stay as they are, an empty string clears address or link.' })
export class UpdateVenueInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New code, unique in the academy.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of seats.' })
  capacity?: number | null;

  @Field(() => TimeZoneEnum, { nullable: true, description: 'New time zone.' })
  timeZone?: TimeZoneCode | null;

  @Field(() => String, { nullable: true, description: 'New address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New online link.' })
  onlineUrl?: string | null;
}

@ObjectType({ description: 'Outcome of a venue change.' })
export class VenuePayload {
  @Field(() => Venue, { nullable: true, description: 'The venue after the change; on object/stale-version the current venue; null on other failures.' })
  venue!: Venue | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'A new facilitator.' })
export class CreateFacilitatorInput {
  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => FacilitatorKindEnum, { description: 'Widyaiswara, coach, mentor or external speaker.' })
  kind!: FacilitatorKind;

  @Field(() => ID, { nullable: true, description: "Global id of the facilitator's agency, of the same academy; none for external speakers." })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: "The facilitator's own record on the academy's roster, if any: signed in as that person, a coach reviews the change projects they coach." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Field of expertise.' })
  expertise?: string | null;

  @Field(() => ID, { nullable: true, description: 'The academy (admins; organizers get their own).' })
  academyId?: string | null;
}

@InputType({ description: 'Changes to a facilitator; absent fields stay as they are, an empty string clears a text or the agency.' })
export class UpdateFacilitatorInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => FacilitatorKindEnum, { nullable: true, description: 'New kind.' })
  kind?: FacilitatorKind | null;

  @Field(() => ID, { nullable: true, description: 'New agency; an empty string clears it.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: "New roster record of the facilitator (the coach's sign-in); an empty string clears it." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'New field of expertise.' })
  expertise?: string | null;
}

@ObjectType({ description: 'Outcome of a facilitator change.' })
export class FacilitatorPayload {
  @Field(() => Facilitator, { nullable: true, description: 'The facilitator after the change; on object/stale-version the current one; null on other failures.' })
  facilitator!: Facilitator | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}
