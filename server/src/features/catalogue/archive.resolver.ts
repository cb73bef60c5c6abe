import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Node } from '../../graphql/node.entity.js';
import { MANAGE } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { setArchived } from './archive.service.js';

@ObjectType({ description: 'Outcome of archiving or restoring an object.' })
export class ArchivePayload {
  @Field(() => Node, { nullable: true, description: 'The object after the change (see its `archivedAt`); null on failure.' })
  node!: Node | null;

  @Field(() => [UserError], { description: 'Why it was refused (object/not-found, object/not-archivable); empty on success.' })
  errors!: UserError[];
}

@Resolver()
export class ArchiveResolver {
  @Authorized(...MANAGE)
  @Mutation(() => ArchivePayload, {
    description: 'Archives an academy (admins), agency, program, training module, venue, facilitator or person by global id. '
      + 'Nothing with history is deleted: an archived object stays in history and lists that ask for it, and is refused for new use (object/archived).',
  })
  archive(@Arg('id', () => ID, { description: 'Global id of the object.' }) id: string, @Ctx() { em, viewer }: Context): Promise<ArchivePayload> {
    return setArchived(em, viewer, id, true);
  }

  @Authorized(...MANAGE)
  @Mutation(() => ArchivePayload, { description: 'Restores an archived object by global id, for new use again.' })
  restore(@Arg('id', () => ID, { description: 'Global id of the object.' }) id: string, @Ctx() { em, viewer }: Context): Promise<ArchivePayload> {
    return setArchived(em, viewer, id, false);
  }
}
