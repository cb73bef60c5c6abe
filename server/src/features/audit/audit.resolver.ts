import { Args, Arg, Authorized, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { findPage } from '../../graphql/loaders.js';
import { Connection, ConnectionArgs, toConnection } from '../../graphql/relay.js';
import { AuditEvent } from './audit-event.entity.js';
import { readList } from '../../graphql/read-model.js';
import { auditReads } from './audit.read-model.js';

@ObjectType({ description: 'A page of audit events.' })
export class AuditEventConnection extends Connection(AuditEvent) {}

@InputType({ description: 'Which audit events to list; absent fields do not filter.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'account:<id> or token:<id>.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Action prefix, e.g. `mutation.` or `auth.`.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this type of object, e.g. Person.' })
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this object (with targetType).' })
  targetId?: string | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first (admins only).' })
  async auditEvents(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Actor, action or target to filter by.' }) filter: AuditFilter | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<AuditEventConnection> {
    return (await readList({ em, viewer }, auditReads.lists.auditEvents, { ...args, filter })) as AuditEventConnection;
  }
}
