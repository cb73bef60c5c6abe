import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EmploymentType, Eselon, EselonGroup, Generation, JptClass, PositionType } from '@lintas/shared';
import { EmploymentTypeEnum, EselonEnum, EselonGroupEnum, GenerationEnum, JptClassEnum, PositionTypeEnum } from '../../graphql/enums.js';
import { UserError } from '../../graphql/user-error.js';
import { Connection } from '../../graphql/relay.js';
import { Person } from './person.entity.js';
import { VersionedEdit } from '../../graphql/versioned-edit.js';

@ObjectType({ description: 'A page of people.' })
export class PersonConnection extends Connection(Person) {}

@InputType({ description: 'Filters of the roster; all given filters must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the first digits of the NIP.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Global id of an agency.' })
  agencyId?: string | null;

  @Field(() => [EselonGroupEnum], { nullable: true, description: 'Only people in these eselon groups.' })
  eselonGroups?: EselonGroup[] | null;

  @Field(() => [GenerationEnum], { nullable: true, description: 'Only people of these generations.' })
  generations?: Generation[] | null;

  @Field(() => EmploymentTypeEnum, { nullable: true, description: 'Only PNS or only PPPK.' })
  employmentType?: EmploymentType | null;
}

@InputType({ description: 'One roster row. Birth date, gender and generation are read from the NIP.' })
export class PersonInput {
  @Field({ description: 'NIP (PNS) or NI PPPK, 18 digits.' })
  nip!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'PNS or PPPK.' })
  employmentType!: string;

  @Field({ description: 'STRUKTURAL, FUNGSIONAL (JF) or PELAKSANA.' })
  positionType!: string;

  @Field(() => String, { nullable: true, description: 'Ia … IVb, for structural posts only.' })
  eselon?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title (jabatan), e.g. Kepala Bidang Aplikasi Informatika.' })
  jobTitle?: string | null;

  @Field({ description: 'Code of the agency (instansi).' })
  agencyCode!: string;
}

@ObjectType({ description: 'A rejected roster row. The message never repeats the submitted value.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the CSV (header = 1), or position in the input list (first = 1).' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'CSV column or input field at fault.' })
  field!: string | null;

  @Field({ description: 'Error code from the shared list (e.g. nip/format, agency/unknown).' })
  code!: string;

  @Field({ description: 'English explanation; never repeats the submitted value.' })
  message!: string;
}

@ObjectType({ description: 'Outcome of a roster import or upsert.' })
export class ImportPersonsPayload {
  @Field({ description: 'Nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read.' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows that passed every check (written unless dryRun).' })
  validRows!: number;

  @Field(() => Int, { description: 'New people (or that would be, on dryRun).' })
  created!: number;

  @Field(() => Int, { description: 'People already on the roster, updated by NIP.' })
  updated!: number;

  @Field(() => Int, { description: 'Rejected rows in all; `rowErrors` lists the first 1,000 problems.' })
  rejectedRows!: number;

  @Field(() => [ImportRowError], { description: 'Rejected rows, by line and column; no row is written while any is rejected.' })
  rowErrors!: ImportRowError[];

  @Field(() => [UserError], { description: 'Problems with the request as a whole (unreadable file, missing column).' })
  errors!: UserError[];

  @Field(() => [String], { description: 'Every agency code of the input that names no agency the caller may write to, sorted, once each: create them (`createAgencies`) and import again.' })
  unknownAgencyCodes!: string[];
}

@ObjectType({ description: 'Outcome of `upsertPersons`.' })
export class UpsertPersonsPayload extends ImportPersonsPayload {
  @Field(() => [Person], { description: 'The people written, in input order.' })
  persons!: Person[];
}

@InputType({ description: 'One new person on the roster. Birth date, gender and generation are read from the NIP; the same checks as the import.' })
export class CreatePersonInput {
  @Field({ description: 'NIP (PNS) or NI PPPK, 18 digits.' })
  nip!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => EmploymentTypeEnum, { description: 'PNS or PPPK.' })
  employmentType!: EmploymentType;

  @Field(() => PositionTypeEnum, { description: 'Structural, functional (JF) or pelaksana.' })
  positionType!: PositionType;

  @Field(() => EselonEnum, { nullable: true, description: 'Eselon of a structural post.' })
  eselon?: Eselon | null;

  @Field(() => JptClassEnum, { nullable: true, description: 'Position class of a structural post (JPT Utama … Pengawas); stands for its eselon when `eselon` is not given.' })
  jptClass?: JptClass | null;

  @Field(() => String, { nullable: true, description: 'Job title (jabatan), e.g. Kepala Bidang Aplikasi Informatika.' })
  position?: string | null;

  @Field(() => ID, { description: "Global id of the person's agency (of the caller's academy)." })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address (personal data).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (personal data).' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the person's superior, on the same academy's roster." })
  supervisorId?: string | null;
}

@InputType({ description: 'Changes to a person; absent fields stay as they are, an empty string clears position, contact or supervisor. The NIP never changes.' })
export class UpdatePersonInput extends VersionedEdit {
  @Field(() => String, { nullable: true, description: 'New full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New job title (jabatan).' })
  position?: string | null;

  @Field(() => PositionTypeEnum, { nullable: true, description: 'New position type; a structural post needs an eselon (or a JPT class).' })
  positionType?: PositionType | null;

  @Field(() => EselonEnum, { nullable: true, description: 'New eselon.' })
  eselon?: Eselon | null;

  @Field(() => JptClassEnum, { nullable: true, description: 'New position class; stands for its eselon when `eselon` is not given.' })
  jptClass?: JptClass | null;

  @Field(() => ID, { nullable: true, description: 'New agency, of the same academy.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'New superior; an empty string clears it.' })
  supervisorId?: string | null;
}

@ObjectType({ description: 'Outcome of a person change.' })
export class PersonPayload {
  @Field(() => Person, { nullable: true, description: 'The person after the change; on object/stale-version the current person; null on other failures.' })
  person!: Person | null;

  @Field(() => [UserError], { description: 'Why it was refused (the same codes as the import: nip/format, person/eselon-mismatch …); messages never repeat the NIP.' })
  errors!: UserError[];
}
