import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { Attendance } from './attendance.entity.js';

@ObjectType({ description: 'A page of attendance records.' })
export class AttendanceConnection extends Connection(Attendance) {}
