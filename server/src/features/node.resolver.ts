import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { scoped } from './tenancy.js';
import { NODE_TYPES } from './entities.js';
import { Node } from '../graphql/node.entity.js';
import type { Context } from '../graphql/context.js';
import { fromGlobalId } from '../graphql/global-id.js';

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any object the caller may see, by its global id; null when it does not exist or is not theirs.' })
  async node(@Arg('id', () => ID, { description: "A global id from any object's `id` field." }) id: string, @Ctx() { em, viewer }: Context): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    const type = parsed?.type as keyof typeof NODE_TYPES | undefined;
    const entity = type && Object.hasOwn(NODE_TYPES, type) ? NODE_TYPES[type] : undefined;
    if (!parsed || !entity || !type) return null;
    return (await em.findOne(entity as never, scoped(viewer, type, [{ id: parsed.id }]))) as Node | null;
  }

  @Authorized()
  @Query(() => [Node], { nullable: 'items', description: 'Objects by global ids, in the same order; null for each that does not exist or is not theirs. At most 100; one query per type.' })
  async nodes(@Arg('ids', () => [ID], { description: 'Up to 100 global ids; unknown or invisible ones come back null in their place.' }) ids: string[], @Ctx() { em, viewer }: Context): Promise<(Node | null)[]> {
    const wanted = ids.slice(0, 100).map((id) => fromGlobalId(id)).map((p) => (p && Object.hasOwn(NODE_TYPES, p.type) ? p : null));
    const byType = new Map<string, number[]>();
    for (const p of wanted) if (p) byType.set(p.type, [...(byType.get(p.type) ?? []), p.id]);
    const found = new Map<string, Node>();
    for (const [type, list] of byType) {
      const entity = NODE_TYPES[type as keyof typeof NODE_TYPES];
      const rows = (await em.find(entity as never, scoped(viewer, type as keyof typeof NODE_TYPES, [{ id: { $in: list } }]))) as unknown as (Node & { id: number })[];
      for (const r of rows) found.set(`${type}:${r.id}`, r);
    }
    return wanted.map((p) => (p ? found.get(`${p.type}:${p.id}`) ?? null : null));
  }
}
