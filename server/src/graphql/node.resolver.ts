import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NODE_TYPES } from '../db/entities.js';
import { Node } from '../db/node.entity.js';
import type { Context } from './context.js';
import { fromGlobalId } from './global-id.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    const entity = parsed && NODE_TYPES[parsed.type as keyof typeof NODE_TYPES];
    if (!parsed || !entity) return null;
    const [found] = await loaders.byIds(entity as never, [parsed.id]);
    return (found as Node | undefined) ?? null;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global ids, in the same order; null for each that does not exist. At most 100.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    return Promise.all(ids.slice(0, 100).map((id) => this.node(id, ctx)));
  }
}
