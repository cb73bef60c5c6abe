import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { readList } from '../../graphql/read-model.js';
import { ConnectionArgs } from '../../graphql/relay.js';
import { Person } from '../persons/person.entity.js';
import { jpEarnedBySource, jpSourcesInScope, jpYearOf } from '../reports/compliance.repository.js';
import { JpCompliance } from '../reports/compliance.resolver.js';
import { JP_SOURCES, type JpSource } from './community.enums.js';
import { AddExternalLearningRecordInput, ExternalLearningRecordConnection, ExternalLearningRecordPayload, ImportLearningRecordsPayload, JpEarnedBreakdown, JpSourceTotal } from './community.inputs.js';
import { communityReads, LEARNING_RECORD_READ, LEARNING_RECORD_WRITE } from './community.read-model.js';
import { ExternalLearningRecord } from './learning-record.entity.js';
import { addRecord, importRecords } from './learning-record.service.js';
import { microMinutes } from './community.counts.js';

@Resolver(() => ExternalLearningRecord)
export class ExternalLearningRecordResolver {
  @Authorized(...LEARNING_RECORD_READ)
  @Query(() => ExternalLearningRecordConnection, { description: "External learning records, newest end date first: staff and tokens their academy's, a participant their own." })
  async externalLearningRecords(
    @Args() args: ConnectionArgs,
    @Arg('personId', () => ID, { nullable: true, description: 'Only this person\'s.' }) personId: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<ExternalLearningRecordConnection> {
    return (await readList({ em, viewer }, communityReads.lists.externalLearningRecords, { ...args, personId })) as ExternalLearningRecordConnection;
  }

  @Authorized(...LEARNING_RECORD_WRITE)
  @Mutation(() => ExternalLearningRecordPayload, { description: "Adds a person's learning from elsewhere (an organizer, or an integrator with learning:write). A record that duplicates Lintas learning (same person, overlapping dates, the cohort named or linked) or a record already kept is refused." })
  async addExternalLearningRecord(@Arg('input', () => AddExternalLearningRecordInput, { description: 'The record.' }) input: AddExternalLearningRecordInput, @Ctx() { em, viewer, ip }: Context): Promise<ExternalLearningRecordPayload> {
    const r = await addRecord(em, viewer, {
      ...input, personId: input.personId ? tryLocalId(input.personId, 'Person') ?? -1 : null, cohortId: input.cohortId ? tryLocalId(input.cohortId, 'Cohort') ?? -1 : null,
      academyId: input.academyId ? tryLocalId(input.academyId, 'Academy') ?? -1 : null,
    }, ip);
    return r.ok ? { record: r.value, errors: [] } : { record: null, errors: r.errors };
  }

  @Authorized(...LEARNING_RECORD_WRITE)
  @Mutation(() => ImportLearningRecordsPayload, { description: 'Imports external learning records from CSV (`nip,source,title,start_date,end_date,jp` and optional `evidence_url,cohort_code`). Every row is checked; the records are written only when every row passes and dryRun is false, all in one transaction.' })
  async importLearningRecords(
    @Arg('csv', { description: 'CSV text with a header line; `,` or `;`.' }) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check every row (the preview) and write nothing.' }) dryRun: boolean,
    @Arg('academyId', () => ID, { nullable: true, description: 'The academy (admins).' }) academyId: string | null,
    @Ctx() { em, viewer, ip }: Context,
  ): Promise<ImportLearningRecordsPayload> {
    const r = await importRecords(em, viewer, csv, dryRun, academyId ? tryLocalId(academyId, 'Academy') ?? -1 : null, ip);
    return {
      dryRun, totalRows: r.total, validRows: r.valid, created: r.created, errors: r.fileError ? [r.fileError] : [],
      rowErrors: r.rowErrors.map((e) => ({ row: e.row, field: e.field, code: e.code, message: e.message })),
    };
  }

  @FieldResolver(() => Person, { description: 'The person.' })
  person(@Root() r: ExternalLearningRecord, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, r.person);
  }
}

@Resolver(() => Person)
export class PersonJpResolver {
  @FieldResolver(() => JpEarnedBreakdown, { description: "JP earned in a year by source (Lintas sessions, micro-learning, external records) and in total, by the 20-JP rule." })
  jpEarned(
    @Root() person: Person,
    @Arg('year', () => Int, { nullable: true, description: 'The year (WIB); this year when absent.' }) year: number | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<JpEarnedBreakdown> {
    const y = year ?? jpYearOf(new Date());
    return loaders.batch<number, JpEarnedBreakdown>(`person.jpEarned:${y}`, async (ids) => {
      const [bySource, minutes] = await Promise.all([jpEarnedBySource(em, ids, y), microMinutes(em, ids, y)]);
      return ids.map((_, i) => ({ year: y, ...bySource[i]!, microLearningMinutes: minutes[i]! }));
    }).load(person.id);
  }
}

@Resolver(() => JpCompliance)
export class JpComplianceSourcesResolver {
  @FieldResolver(() => [JpSourceTotal], { description: 'JP earned in the scope in the year, per source (every source listed); the people reached are counted on their total, each learning once.' })
  async bySource(@Root() c: JpCompliance, @Ctx() { em }: Context): Promise<JpSourceTotal[]> {
    const rows = await jpSourcesInScope(em, c.scope, c.year);
    return JP_SOURCES.map((source: JpSource) => ({ source, jp: rows.find((r) => r.source === source)?.jp ?? 0, people: rows.find((r) => r.source === source)?.people ?? 0 }));
  }
}
