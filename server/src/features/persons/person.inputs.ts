import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EmploymentType, EselonGroup, Generation } from '@lintas/shared';
import { EmploymentTypeEnum, EselonGroupEnum, GenerationEnum } from '../../graphql/enums.js';
import { UserError } from '../../graphql/user-error.js';
import { Connection } from '../../graphql/relay.js';
import { Person } from './person.entity.js';

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
}

@ObjectType({ description: 'Outcome of `upsertPersons`.' })
export class UpsertPersonsPayload extends ImportPersonsPayload {
  @Field(() => [Person], { description: 'The people written, in input order.' })
  persons!: Person[];
}
