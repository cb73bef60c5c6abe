import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.entity.js';

/**
 * What the catalogue and the roster share: an edit carries the `version` it was read at
 * (MikroORM's optimistic lock adds `where version = ?` to the update), and nothing with
 * history is deleted, only archived.
 */
@ObjectType({ description: 'Fields every catalogue and roster object shares; not a type of its own.' })
@Entity({ abstract: true })
export abstract class Archivable<Optional extends string = never> extends Node<Optional | 'version' | 'archivedAt'> {
  @Field(() => Int, { description: 'Starts at 1 and grows with every change; an update sends the version it read and is refused (object/stale-version) when it is no longer current.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Date, { nullable: true, description: 'When the object was archived; null while active. Archived objects stay in history but are refused for new use.' })
  @Property({ type: 'Date', nullable: true })
  archivedAt?: Date | null = null;
}
