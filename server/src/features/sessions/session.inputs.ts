import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { Session } from './session.entity.js';

@ObjectType({ description: 'A page of sessions.' })
export class SessionConnection extends Connection(Session) {}
