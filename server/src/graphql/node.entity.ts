import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id.js';

/**
 * Every entity is a Relay `Node`: a numeric primary key in the database, an opaque
 * global id in the API.
 */
@InterfaceType('Node', {
  description: 'An object with a global id, fetchable through `Query.node`.',
  resolveType: (value: object) => value.constructor.name,
})
@Entity({ abstract: true })
export abstract class Node<Optional extends string = never> {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'globalId' | Optional;

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field({ description: 'When the object was created.' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field({ description: 'When the object last changed.' })
  @Property({ type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
