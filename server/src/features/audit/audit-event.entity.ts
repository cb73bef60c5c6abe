import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../graphql/node.entity.js';

@ObjectType({ implements: Node, description: 'One entry of the audit trail: every write, and every read of personal data by a token.' })
@Entity()
@Index({ properties: ['createdAt'] })
@Index({ properties: ['targetType', 'targetId'] })
export class AuditEvent extends Node {
  @Field({ description: 'account:<id>, token:<id> or system.' })
  @Property({ type: 'string', length: 64 })
  actor!: string;

  @Field({ description: 'Name of the account or token at the time.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  @Field({ description: 'What happened, e.g. mutation.enroll or personal-data.read.' })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Type of the object concerned, e.g. Person or Cohort; null when none.' })
  @Property({ type: 'string', length: 40, nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the object concerned; null when none.' })
  @Property({ type: 'string', length: 40, nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Client address.' })
  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details without personal values.' })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
