import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { AttendanceStatus } from '@lintas/shared';
import { Node } from '../../graphql/node.entity.js';
import { AttendanceStatusEnum } from '../../graphql/enums.js';
import { Person } from '../persons/person.entity.js';
import { Session } from '../sessions/session.entity.js';

@ObjectType({ implements: Node, description: 'A person at a session: hadir, terlambat, izin, sakit, dinas luar or alpa.' })
@Entity()
@Unique({ properties: ['session', 'person'] })
export class Attendance extends Node<'recordedAt'> {
  @ManyToOne(() => Session, { ref: true })
  session!: Ref<Session>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Field(() => AttendanceStatusEnum, { description: 'Hadir, terlambat, izin, sakit, dinas luar or alpa (see AttendanceStatus).' })
  @Enum({ items: () => AttendanceStatusEnum, type: 'string' })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Free note by the recorder, e.g. the reason for izin.' })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the person checked in themselves.' })
  @Property({ type: 'Date', nullable: true })
  checkInAt?: Date | null;

  @Field({ description: 'When the status was last recorded.' })
  @Property({ type: 'Date' })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  recordedBy?: string | null;
}
