import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';
import { Attendance } from './attendance.entity.js';

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Session)
  session(@Root() a: Attendance, @Ctx() { loaders }: Context) {
    return loaders.ref(Session, a.session);
  }

  @FieldResolver(() => Person)
  person(@Root() a: Attendance, @Ctx() { loaders }: Context) {
    return loaders.ref(Person, a.person);
  }
}
