import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AgencyLevel, TimeZoneCode } from '@lintas/shared';
import { AgencyLevelEnum, TimeZoneEnum } from '../../graphql/enums.js';
import { UserError } from '../../graphql/user-error.js';
import { ImportRowError } from '../persons/person.inputs.js';
import { Academy } from './academy.entity.js';
import { Agency } from './agency.entity.js';
import { VersionedEdit } from '../../graphql/versioned-edit.js';

@InputType({ description: 'A new academy (penyelenggara).' })
export class CreateAcademyInput {
  @Field({ description: 'Short code, unique across the country, e.g. BKPSDMD-BABEL.' })
  code!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Province served, for a regional academy.' })
  province?: string | null;

  @Field(() => TimeZoneEnum, { nullable: true, defaultValue: 'WIB', description: 'Home time zone; new cohorts default to it.' })
  timeZone!: TimeZoneCode;

  @Field(() => String, { nullable: true, description: 'Prefix of certificate (STTP) numbers; the code when absent.' })
  certificatePrefix?: string | null;
}

@InputType({ description: 'Changes to an academy; absent fields stay as they are.' })
export class UpdateAcademyInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New code, unique across the country.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New province; an empty string clears it.' })
  province?: string | null;

  @Field(() => TimeZoneEnum, { nullable: true, description: 'New home time zone.' })
  timeZone?: TimeZoneCode | null;

  @Field(() => String, { nullable: true, description: 'New certificate prefix; an empty string clears it.' })
  certificatePrefix?: string | null;
}

@ObjectType({ description: 'Outcome of an academy change.' })
export class AcademyPayload {
  @Field(() => Academy, { nullable: true, description: 'The academy after the change; on object/stale-version the current academy; null on other failures.' })
  academy!: Academy | null;

  @Field(() => [UserError], { description: 'Why it was refused (e.g. cohort/code-taken, object/stale-version); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'A new agency (instansi).' })
export class CreateAgencyInput {
  @Field({ description: 'Agency code used by roster imports; unique across the country.' })
  code!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => AgencyLevelEnum, { description: 'Central (PUSAT) or regional (DAERAH).' })
  level!: AgencyLevel;

  @Field(() => String, { nullable: true, description: 'Province, for a regional agency.' })
  province?: string | null;

  @Field(() => TimeZoneEnum, { description: "Time zone of the agency's office." })
  timeZone!: TimeZoneCode;

  @Field(() => ID, { nullable: true, description: 'The academy whose roster it joins (admins; organizers get their own academy).' })
  academyId?: string | null;
}

@InputType({ description: 'Changes to an agency; absent fields stay as they are.' })
export class UpdateAgencyInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New code, unique across the country.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => AgencyLevelEnum, { nullable: true, description: 'New level.' })
  level?: AgencyLevel | null;

  @Field(() => String, { nullable: true, description: 'New province; an empty string clears it.' })
  province?: string | null;

  @Field(() => TimeZoneEnum, { nullable: true, description: 'New time zone.' })
  timeZone?: TimeZoneCode | null;
}

@ObjectType({ description: 'Outcome of an agency change.' })
export class AgencyPayload {
  @Field(() => Agency, { nullable: true, description: 'The agency after the change; on object/stale-version the current agency; null on other failures.' })
  agency!: Agency | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of `createAgencies`: all created, or none.' })
export class AgenciesPayload {
  @Field(() => [Agency], { description: 'The agencies created, in input order; empty when any was refused.' })
  agencies!: Agency[];

  @Field(() => [UserError], { description: 'Why they were refused, with `field` as `input.<index>.<field>`; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Outcome of an agency import.' })
export class ImportAgenciesPayload {
  @Field({ description: 'Nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read.' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows that passed every check (written unless dryRun).' })
  validRows!: number;

  @Field(() => Int, { description: 'New agencies (or that would be, on dryRun).' })
  created!: number;

  @Field(() => Int, { description: "Agencies of the caller's academy already known by code, updated." })
  updated!: number;

  @Field(() => Int, { description: 'Rejected rows.' })
  rejectedRows!: number;

  @Field(() => [ImportRowError], { description: 'Rejected rows, by line (header = 1) and column; they are not written, the good rows are.' })
  rowErrors!: ImportRowError[];

  @Field(() => [UserError], { description: 'Problems with the request as a whole (unreadable file, missing column, no academy).' })
  errors!: UserError[];
}
