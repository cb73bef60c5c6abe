import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CohortGroup } from '../groups/cohort-group.entity.js';
import { SCHEDULE_READ } from '../../graphql/access.js';
import { scoped, visibleWhere } from '../tenancy.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { localId } from '../../graphql/ids.js';
import { findPage } from '../../graphql/loaders.js';
import { ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { AttendanceConnection } from '../attendance/attendance.inputs.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Facilitator } from '../cohorts/facilitator.entity.js';
import { Venue } from '../cohorts/venue.entity.js';
import { TrainingModule } from '../programs/training-module.entity.js';
import { Session } from './session.entity.js';
import { SessionConnection } from './session.inputs.js';
import { readChildren, readList } from '../../graphql/read-model.js';
import { sessionReads } from './session.read-model.js';

@Resolver(() => Session)
export class SessionResolver {
  @Authorized(...SCHEDULE_READ)
  @Query(() => SessionConnection, { description: 'Sessions in time order, of one cohort or overlapping a period.' })
  async sessions(
    @Args() args: ConnectionArgs,
    @Arg('cohortId', () => ID, { nullable: true, description: "Only this cohort's sessions." }) cohortId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Sessions ending after this instant.' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Sessions starting before this instant.' }) to: Date | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<SessionConnection> {
    return (await readList({ em, viewer }, sessionReads.lists.sessions, { ...args, cohortId, from, to })) as SessionConnection;
  }

  @FieldResolver(() => Cohort, { description: 'The cohort the session belongs to.' })
  cohort(@Root() s: Session, @Ctx() { loaders }: Context) {
    return loaders.ref(Cohort, s.cohort);
  }

  @FieldResolver(() => TrainingModule, { description: 'The training module taught.' })
  module(@Root() s: Session, @Ctx() { loaders }: Context) {
    return loaders.ref(TrainingModule, s.module);
  }

  @FieldResolver(() => Venue, { nullable: true, description: 'Where the session takes place; null when online.' })
  venue(@Root() s: Session, @Ctx() { loaders }: Context) {
    return loaders.ref(Venue, s.venue);
  }

  @FieldResolver(() => Facilitator, { nullable: true, description: 'Who leads the session (widyaiswara, coach, mentor or external); null when not assigned.' })
  facilitator(@Root() s: Session, @Ctx() { loaders }: Context) {
    return loaders.ref(Facilitator, s.facilitator);
  }

  @FieldResolver(() => CohortGroup, { nullable: true, description: 'The group (kelompok) the session is for; null when it is for the whole cohort.' })
  group(@Root() s: Session, @Ctx() { loaders }: Context) {
    return loaders.ref(CohortGroup, s.group);
  }

  @FieldResolver(() => AttendanceConnection, { description: 'Recorded attendance of the session.' })
  async attendances(@Root() s: Session, @Args() args: ConnectionArgs, @Ctx() { loaders, viewer }: Context) {
    return readChildren({ loaders, viewer }, sessionReads.children.Session.attendances, s.id, args);
  }
}
