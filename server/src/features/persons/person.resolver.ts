import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskEmail, maskNip } from '@lintas/shared';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { contains } from '../../db/dialect.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { personReads } from './person.read-model.js';
import { localId } from '../../graphql/ids.js';
import { ROSTER_READ, ROSTER_READ_WITH_AGENCY, ROSTER_WRITE } from '../../graphql/access.js';
import { tryLocalId } from '../../graphql/ids.js';
import { MentoringPair } from '../mentoring/mentoring-pair.entity.js';
import { jpEarnedInYear, jpYearOf } from '../reports/compliance.repository.js';
import { createPerson, updatePerson } from './person-edit.service.js';
import { scoped, visibleWhere } from '../tenancy.js';
import { academyOf, type Viewer } from '../../graphql/viewer.js';
import { GenderEnum } from '../../graphql/enums.js';
import { UserError } from '../../graphql/user-error.js';
import { Agency } from '../academies/agency.entity.js';
import { EnrollmentConnection } from '../enrollments/enrollment.inputs.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { completedWhere } from '../enrollments/enrollment.rules.js';
import { TRAINING_RECORD_POPULATE, TrainingRecord, trainingRecords } from '../enrollments/training-history.js';
import { Person } from './person.entity.js';
import {
  CreatePersonInput, ImportPersonsPayload, PersonConnection, PersonFilter, PersonInput, PersonPayload, UpdatePersonInput, UpsertPersonsPayload,
} from './person.inputs.js';
import { COLUMN_OF, EMPTY_ROWS, failureOf, readRosterCsv, type CsvFailure } from './person-csv.js';
import { ROSTER_BATCH, upsertRoster, type RosterResult } from './person.service.js';
import { seesPersonalFields } from './personal-fields.js';

const MAX_REPORTED_ROW_ERRORS = 1000;
const MAX_UPSERT = 1000;

function payload(result: RosterResult, dryRun: boolean, fieldName: (f: string) => string): ImportPersonsPayload {
  return {
    dryRun,
    totalRows: result.total,
    validRows: result.valid,
    created: result.created,
    updated: result.updated,
    rejectedRows: new Set(result.errors.map((e) => e.row)).size,
    rowErrors: result.errors.slice(0, MAX_REPORTED_ROW_ERRORS).map((e) => ({ ...e, field: e.field && fieldName(e.field) })),
    errors: [],
    unknownAgencyCodes: result.unknownAgencyCodes,
  };
}

/** Order of `Query.persons`: by name (then id). */
@Resolver(() => Person)
export class PersonResolver {
  @Authorized(...ROSTER_READ_WITH_AGENCY)
  @Query(() => PersonConnection, { description: "The roster (ASN) the caller may see, ordered by name. Needs an organizer's account or the roster scope." })
  async persons(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Name, agency, eselon group, generation or employment type to filter by.' }) filter: PersonFilter | null,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false, description: 'Include archived people (left out by default).' }) includeArchived: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonConnection> {
    return (await readList({ em, viewer }, personReads.lists.persons, { ...args, filter, includeArchived })) as PersonConnection;
  }

  @Authorized(...ROSTER_READ_WITH_AGENCY)
  @Query(() => Person, { nullable: true, description: 'One person by NIP; null when no one the caller may see has it.' })
  async person(@Arg('nip', { description: 'The 18-digit NIP (Nomor Induk Pegawai) or NI PPPK.' }) nip: string, @Ctx() { em, viewer }: Context): Promise<Person | null> {
    return em.findOne(Person, scoped(viewer, 'Person', [{ nip: nip.trim() }]));
  }

  /**
   * Personal fields are shown to admins, to the person's own academy (organizers and
   * tokens with the roster scope) and to the person; others get them masked. A token's
   * reads are audited.
   */
  private async personal(person: Person, ctx: Context): Promise<boolean> {
    const { viewer } = ctx;
    const quick = viewer.kind === 'account' && viewer.pending === null && viewer.role !== 'ORGANIZER';
    const agency = quick ? null : await ctx.loaders.ref(Agency, person.agency);
    const sees = seesPersonalFields(viewer, person.id, agency?.academy?.id);
    if (sees && viewer.kind === 'token') ctx.personalReads.add(person.id);
    return sees;
  }

  @FieldResolver(() => String, { description: 'NIP (18 digits; NI PPPK for contract staff). Personal data: masked (first 4 and last 2 digits) without the roster scope.' })
  async nip(@Root() person: Person, @Ctx() ctx: Context): Promise<string> {
    return (await this.personal(person, ctx)) ? person.nip : maskNip(person.nip);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Birth date from the NIP (YYYY-MM-DD). Personal data: null without the roster scope.' })
  async birthDate(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.personal(person, ctx)) ? person.birthDate : null;
  }

  @FieldResolver(() => GenderEnum, { nullable: true, description: 'From a PNS NIP. Personal data: null without the roster scope.' })
  async gender(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.personal(person, ctx)) ? person.gender ?? null : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'E-mail address, where notices are sent. Personal data: masked (first letter and domain) without the roster scope; null when none.' })
  async email(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    if (!person.email) return null;
    return (await this.personal(person, ctx)) ? person.email : maskEmail(person.email);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone number. Personal data: null without the roster scope.' })
  async phone(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.personal(person, ctx)) ? person.phone ?? null : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person's superior (atasan langsung); null when not recorded or not visible to the caller." })
  async supervisor(@Root() person: Person, @Ctx() { em, loaders, viewer }: Context): Promise<Person | null> {
    if (!person.supervisor) return null;
    // The superior may sit on another roster: shown only when the caller may see them.
    return loaders.batch<number, Person | null>('person.supervisor', async (ids) => {
      const found = new Map((await em.find(Person, scoped(viewer, 'Person', [{ id: { $in: [...ids] } }]))).map((p) => [p.id, p]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(person.supervisor.id);
  }

  @FieldResolver(() => Int, { description: 'JP earned this calendar year (WIB): sessions attended present or late, the rule of the 20-JP right.' })
  jpThisYear(@Root() person: Person, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.batch<number, number>('person.jpThisYear', (ids) => jpEarnedInYear(em, ids, jpYearOf(new Date()))).load(person.id);
  }

  @FieldResolver(() => [MentoringPair], { description: 'Reverse-mentoring pairs the person is in, as mentor or mentee, newest first.' })
  mentoringPairs(@Root() person: Person, @Ctx() { em, loaders, viewer }: Context): Promise<MentoringPair[]> {
    return loaders.batch<number, MentoringPair[]>('person.mentoringPairs', async (ids) => {
      const pairs = await em.find(MentoringPair, scoped(viewer, 'MentoringPair', [{ $or: [{ mentor: { $in: [...ids] } }, { mentee: { $in: [...ids] } }] }]), { orderBy: { id: 'desc' } });
      return ids.map((id) => pairs.filter((p) => p.mentor.id === id || p.mentee.id === id));
    }).load(person.id);
  }

  @FieldResolver(() => Agency, { description: 'Agency (instansi) the person works for.' })
  agency(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Agency | null> {
    return loaders.ref(Agency, person.agency);
  }

  @FieldResolver(() => EnrollmentConnection, { description: "The person's enrolments, newest first." })
  async enrollments(@Root() person: Person, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, personReads.children.Person.enrollments, person.id, args);
  }

  @FieldResolver(() => [TrainingRecord], {
    description:
      "Completed trainings (riwayat diklat) the caller may see, oldest first, in the civil-service registry's course-record shape " +
      '(SIASN riwayat kursus: namaKursus, jenisDiklatId, jumlahJam, institusiPenyelenggara, tanggalKursus, tanggalSelesaiKursus, tahunKursus, nomorSertipikat).',
  })
  async trainingHistory(@Root() person: Person, @Ctx() { em, loaders, viewer }: Context): Promise<TrainingRecord[]> {
    return loaders.batch<number, TrainingRecord[]>('person.trainingHistory', async (ids) => {
      const completed = await em.find(Enrollment, scoped(viewer, 'Enrollment', [{ person: { $in: [...ids] }, ...completedWhere() }]), {
        populate: [...TRAINING_RECORD_POPULATE], orderBy: { cohort: { endDate: 'asc' }, id: 'asc' },
      });
      const records = await trainingRecords(em, completed);
      return ids.map((id) => records.filter((_r, i) => completed[i]!.person.id === id));
    }).load(person.id);
  }

  @Authorized(...ROSTER_WRITE)
  @Mutation(() => ImportPersonsPayload, {
    description:
      'Imports a roster CSV (columns nip,name,employment_type,position_type,eselon,job_title,agency_code; header required, ' +
      'any order, `,` or `;`, UTF-8 with or without BOM). Idempotent by NIP. Bad rows are reported and not written; good ' +
      'rows are written in one transaction, or not at all on dryRun.',
  })
  async importPersons(
    @Arg('csv', { description: 'CSV text: header `nip,name,employment_type,position_type,eselon,job_title,agency_code` (any order; `,` or `;`; UTF-8, BOM allowed).' }) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check every row but write nothing.' }) dryRun: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<ImportPersonsPayload> {
    const refused = (failure: CsvFailure): ImportPersonsPayload => ({
      dryRun, totalRows: 0, validRows: 0, created: 0, updated: 0, rejectedRows: 0, rowErrors: [], unknownAgencyCodes: [],
      errors: [new UserError(failure.field ? `csv.${failure.field}` : 'csv', failure.code, failure.message)],
    });
    const parsed = readRosterCsv(csv);
    if (!parsed.ok) return refused(parsed);
    let result: RosterResult;
    try {
      result = await upsertRoster(em as SqlEntityManager, parsed.batches(ROSTER_BATCH), dryRun, academyOf(viewer));
    } catch (err) {
      // The file stops being CSV further down: refused whole, and nothing of it was written.
      const failure = failureOf(err);
      if (!failure) throw err;
      return refused(failure);
    }
    if (result.total === 0) return refused(EMPTY_ROWS);
    // Rows were named by index; a report names the line in the file.
    if (result.errors.length > 0) {
      const lines = parsed.lines();
      for (const e of result.errors) e.row = lines[e.row]!;
    }
    return payload(result, dryRun, (f) => COLUMN_OF[f as keyof typeof COLUMN_OF] ?? f);
  }

  @Authorized(...ROSTER_WRITE)
  @Mutation(() => PersonPayload, { description: 'Adds one person to the roster, with the checks of the import (NIP, eselon, agency); the NIP is never repeated in an error.' })
  async createPerson(@Arg('input', () => CreatePersonInput, { description: 'The new person.' }) input: CreatePersonInput, @Ctx() { em, viewer }: Context): Promise<PersonPayload> {
    const { value, errors } = await createPerson(em, viewer, input);
    return { person: value, errors };
  }

  @Authorized(...ROSTER_WRITE)
  @Mutation(() => PersonPayload, { description: 'Changes one person (name, position, eselon, agency, contact, superior), with the checks of the import; refused when the version is stale.' })
  async updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'The person, the version read and the fields to change.' }) input: UpdatePersonInput, @Ctx() { em, viewer }: Context): Promise<PersonPayload> {
    const { value, errors } = await updatePerson(em, viewer, tryLocalId(input.id, 'Person'), input);
    return { person: value, errors };
  }

  @Authorized(...ROSTER_WRITE)
  @Mutation(() => UpsertPersonsPayload, {
    description: `Creates or updates up to ${MAX_UPSERT} people by NIP. Invalid rows are reported (row = position, from 1) and not written.`,
  })
  async upsertPersons(
    @Arg('input', () => [PersonInput], { description: 'The people; matched by NIP.' }) input: PersonInput[],
    @Ctx() { em, viewer }: Context,
  ): Promise<UpsertPersonsPayload> {
    if (input.length > MAX_UPSERT) {
      return { ...payload({ total: input.length, valid: 0, created: 0, updated: 0, errors: [], nips: [], unknownAgencyCodes: [] }, false, String), persons: [], errors: [new UserError('input', 'input/out-of-range', `at most ${MAX_UPSERT} people per call`)] };
    }
    const result = await upsertRoster(em as SqlEntityManager, [input.map((person, i) => ({ row: i + 1, person }))], false, academyOf(viewer));
    const persons = result.nips.length ? await em.find(Person, scoped(viewer, 'Person', [{ nip: { $in: result.nips } }])) : [];
    const byNip = new Map(persons.map((p) => [p.nip, p]));
    return { ...payload(result, false, String), persons: result.nips.map((n) => byNip.get(n)!) };
  }
}
