import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { localId, tryLocalId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { scoped } from '../tenancy.js';
import { UserError } from '../../graphql/user-error.js';
import { writeTransaction } from '../../db/write-queue.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Enrollment } from '../enrollments/enrollment.entity.js';
import { Person } from '../persons/person.entity.js';
import { Assessment, ASSESSMENT_KINDS, type AssessmentKind } from './assessment.entity.js';
import { readList } from '../../graphql/read-model.js';
import { assessmentReads } from './assessment.read-model.js';

@ObjectType({ description: 'A page of assessments.' })
export class AssessmentConnection extends Connection(Assessment) {}

@InputType({ description: 'One digital-mindset score to record.' })
export class AssessmentEntryInput {
  @Field(() => ID, { description: 'Global id of an enrolled person.' })
  personId!: string;

  @Field(() => ASSESSMENT_KINDS, { description: 'Before (PRE) or after (POST) the cohort.' })
  kind!: AssessmentKind;

  @Field(() => Int, { description: 'Digital-mindset score, 0–100; at or above 70 counts as digitally literate.' })
  score!: number;
}

@ObjectType({ description: 'Outcome of recording or importing scores; all or nothing.' })
export class AssessmentsPayload {
  @Field(() => [Assessment], { description: 'The scores written; empty when refused.' })
  assessments!: Assessment[];

  @Field(() => [UserError], { description: 'Why the scores were refused, per entry or CSV row; empty on success.' })
  errors!: UserError[];
}

/** Upserts scores of people enrolled in the cohort, all or none; a later write of the same kind replaces the score. */
async function record(em: EntityManager, viewer: Viewer, cohortId: number | null, entries: { personId: number | null; kind: string; score: number; field: string }[]): Promise<AssessmentsPayload> {
  return writeTransaction(em, async (tem) => {
    const cohort = cohortId === null ? null : await tem.findOne(Cohort, scoped(viewer, 'Cohort', [{ id: cohortId }]));
    if (!cohort) return { assessments: [], errors: [new UserError('cohortId', ERROR_CODES.NOT_FOUND, 'no such cohort')] };
    const ids = entries.map((e) => e.personId).filter((x): x is number => x !== null);
    const enrolled = new Set((await tem.find(Enrollment, { cohort, person: { $in: ids } })).map((e) => e.person.id));
    const errors: UserError[] = [];
    for (const e of entries) {
      if (e.personId === null || !enrolled.has(e.personId)) errors.push(new UserError(`${e.field}.personId`, ERROR_CODES.NOT_ENROLLED, 'the person is not enrolled in the cohort'));
      if (!(e.kind in ASSESSMENT_KINDS)) errors.push(new UserError(`${e.field}.kind`, ERROR_CODES.INVALID_VALUE, 'kind must be PRE or POST'));
      if (!Number.isInteger(e.score) || e.score < 0 || e.score > 100) errors.push(new UserError(`${e.field}.score`, ERROR_CODES.OUT_OF_RANGE, 'score must be a whole number 0–100'));
    }
    if (errors.length) return { assessments: [], errors };
    const existing = await tem.find(Assessment, { cohort, person: { $in: ids } });
    const now = new Date();
    const out = entries.map((e) => {
      const a = existing.find((x) => x.person.id === e.personId && x.kind === e.kind)
        ?? tem.create(Assessment, { cohort, person: e.personId!, kind: e.kind as AssessmentKind, score: e.score, assessedAt: now });
      a.score = e.score;
      a.assessedAt = now;
      existing.push(a);
      return a;
    });
    await tem.flush();
    return { assessments: out, errors: [] };
  });
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized('ADMIN', 'ORGANIZER', 'reports:read')
  @Query(() => AssessmentConnection, { description: 'Digital-mindset scores of a cohort.' })
  async assessments(@Args() args: ConnectionArgs, @Arg('cohortId', () => ID, { description: 'Global id of the cohort.' }) cohortId: string, @Ctx() { em, viewer }: Context): Promise<AssessmentConnection> {
    return (await readList({ em, viewer }, assessmentReads.lists.assessments, { ...args, cohortId })) as AssessmentConnection;
  }

  @Authorized(...MANAGE)
  @Mutation(() => AssessmentsPayload, { description: 'Records pre or post digital-mindset scores (0–100) of enrolled people, all or none.' })
  recordAssessments(@Arg('cohortId', () => ID, { description: 'Global id of the cohort the scores belong to.' }) cohortId: string, @Arg('entries', () => [AssessmentEntryInput], { description: 'The scores to record.' }) entries: AssessmentEntryInput[], @Ctx() { em, viewer }: Context) {
    return record(em, viewer, tryLocalId(cohortId, 'Cohort'), entries.map((e, i) => ({ personId: tryLocalId(e.personId, 'Person'), kind: e.kind, score: e.score, field: `entries.${i}` })));
  }

  @Authorized(...MANAGE)
  @Mutation(() => AssessmentsPayload, { description: 'Imports scores from a CSV with the columns nip,kind,score (kind PRE or POST), all or none.' })
  async importAssessments(@Arg('cohortId', () => ID, { description: 'Global id of the cohort the scores belong to.' }) cohortId: string, @Arg('csv', { description: 'CSV text with the header `nip,kind,score` (kind PRE or POST, score 0–100).' }) csv: string, @Ctx() { em, viewer }: Context): Promise<AssessmentsPayload> {
    let rows: Record<string, string>[];
    try {
      rows = parse(csv.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true, delimiter: [',', ';'] });
    } catch {
      return { assessments: [], errors: [new UserError('csv', ERROR_CODES.CSV_MALFORMED, 'the file cannot be read as CSV')] };
    }
    if (rows.length === 0) return { assessments: [], errors: [new UserError('csv', ERROR_CODES.CSV_EMPTY, 'the file has no rows')] };
    const people = new Map((await em.find(Person, scoped(viewer, 'Person', [{ nip: { $in: rows.map((r) => r.nip ?? '') } }]))).map((p) => [p.nip, p.id]));
    return record(em, viewer, tryLocalId(cohortId, 'Cohort'), rows.map((r, i) => ({
      personId: people.get(r.nip ?? '') ?? null, kind: (r.kind ?? '').toUpperCase(), score: Number(r.score), field: `rows.${i + 2}`,
    })));
  }

  @FieldResolver(() => Person, { description: 'The person assessed.' })
  person(@Root() a: Assessment, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, a.person);
  }
}
