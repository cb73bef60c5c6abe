import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollInput, EnrollmentConflict, EnrollPayload, EnrollResultStatus, WithdrawInput, WithdrawPayload } from './enrollment.inputs.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { EnrollmentClash } from '../sessions/conflicts.js';
import { enroll, withdraw } from './enrollment.service.js';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort (angkatan).' })
  cohort(@Root() e: Enrollment, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, e.cohort);
  }

  @FieldResolver(() => Person, { description: 'The person enrolled.' })
  person(@Root() e: Enrollment, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, e.person);
  }

  @Authorized(...MANAGE)
  @Mutation(() => EnrollPayload, {
    description: "Enrols people in a cohort, all or none (or, with partial: true, those who pass). Past capacity they are waitlisted in order; people outside the program's target eselon groups need an override reason; people seated in overlapping sessions of another cohort need force: true. `results` says what became of each person, by id.",
  })
  async enroll(@Arg('input', () => EnrollInput, { description: 'The cohort, the people and, to enrol someone outside the targets, an override with a reason.' }) input: EnrollInput, @Ctx() { em, viewer, ip }: Context): Promise<EnrollPayload> {
    const result = await enroll(em, viewer, {
      cohortId: tryLocalId(input.cohortId, 'Cohort'),
      personIds: input.personIds.map((id) => tryLocalId(id, 'Person')),
      overrideReason: input.overrideReason,
      overrides: input.overrides?.map((o) => ({ personId: tryLocalId(o.personId, 'Person'), reason: o.reason })),
      force: input.force,
      partial: input.partial,
    }, ip);
    const conflict = (c: EnrollmentClash): EnrollmentConflict => ({
      personId: toGlobalId('Person', c.personId), sessionId: toGlobalId('Session', c.sessionId), startsAt: c.startsAt, endsAt: c.endsAt,
      otherCohortId: toGlobalId('Cohort', c.otherCohortId), otherCohortCode: c.otherCohortCode, otherSessionId: toGlobalId('Session', c.otherSessionId),
      otherStartsAt: c.otherStartsAt, otherEndsAt: c.otherEndsAt,
    });
    const results = result.people.map((p) => ({
      index: p.index, personId: input.personIds[p.index]!, enrollment: p.enrollment, overridden: p.overridden, errors: p.errors, conflicts: p.clashes.map(conflict),
      status: p.errors.length ? EnrollResultStatus.REFUSED : !p.enrollment ? EnrollResultStatus.READY : p.enrollment.status === 'WAITLISTED' ? EnrollResultStatus.WAITLISTED : EnrollResultStatus.ENROLLED,
    }));
    return { enrollments: result.enrollments, errors: result.errors, results, conflicts: results.flatMap((r) => r.conflicts) };
  }

  @Authorized(...MANAGE)
  @Mutation(() => WithdrawPayload, { description: 'Withdraws an enrolment; the first waitlisted person takes a freed seat.' })
  async withdraw(@Arg('input', () => WithdrawInput, { description: 'The enrolment and the reason.' }) input: WithdrawInput, @Ctx() { em, viewer }: Context): Promise<WithdrawPayload> {
    const result = await withdraw(em, viewer, { enrollmentId: tryLocalId(input.enrollmentId, 'Enrollment'), reason: input.reason });
    return result.ok ? { ...result.value, errors: [] } : { enrollment: null, promoted: null, errors: result.errors };
  }
}
