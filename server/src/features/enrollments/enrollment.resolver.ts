import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { tryLocalId } from '../../graphql/ids.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollInput, EnrollPayload, WithdrawInput, WithdrawPayload } from './enrollment.inputs.js';
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
    description: "Enrols people in a cohort, all or none. Past capacity they are waitlisted in order; people outside the program's target eselon groups need an override reason.",
  })
  async enroll(@Arg('input', () => EnrollInput, { description: 'The cohort, the people and, to enrol someone outside the targets, an override with a reason.' }) input: EnrollInput, @Ctx() { em, viewer }: Context): Promise<EnrollPayload> {
    const result = await enroll(em, viewer, {
      cohortId: tryLocalId(input.cohortId, 'Cohort'),
      personIds: input.personIds.map((id) => tryLocalId(id, 'Person')),
      overrideReason: input.overrideReason,
    });
    return result.ok ? { enrollments: result.value, errors: [] } : { enrollments: [], errors: result.errors };
  }

  @Authorized(...MANAGE)
  @Mutation(() => WithdrawPayload, { description: 'Withdraws an enrolment; the first waitlisted person takes a freed seat.' })
  async withdraw(@Arg('input', () => WithdrawInput, { description: 'The enrolment and the reason.' }) input: WithdrawInput, @Ctx() { em, viewer }: Context): Promise<WithdrawPayload> {
    const result = await withdraw(em, viewer, { enrollmentId: tryLocalId(input.enrollmentId, 'Enrollment'), reason: input.reason });
    return result.ok ? { ...result.value, errors: [] } : { enrollment: null, promoted: null, errors: result.errors };
  }
}
