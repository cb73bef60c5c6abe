import type { EntityManager } from '@mikro-orm/core';
import { executeRead } from '../../db/read.js';

/** A scope of communityMix: the communities of an academy (all for an admin without one), or one of them, and a period. */
export interface MixScope {
  academyId: number | null;
  communityId: number | null;
  from: Date;
  to: Date;
}

/**
 * What people do in communities, as rows `(person_id, kind, role, other_id)`: kind POST, UNIT
 * or ITEM, role AUTHORED or CONSUMED, `other_id` the author of what was consumed. ONE list:
 * communityMix counts whatever is declared here, so another kind of learning content is one
 * more entry (its SQL over `comm`, with the period's two bindings), nothing else.
 * - POST AUTHORED: every post written (the first post of a thread included);
 * - POST CONSUMED: a reply in a thread someone else opened (`other_id` its opener);
 * - UNIT AUTHORED: a micro-learning unit made by a member;
 * - UNIT CONSUMED: a unit completed (`other_id` its author);
 * - ITEM AUTHORED: a published knowledge item (published in the period) that an active member
 *   of the communities wrote as author or contributor, once per item and person;
 * - ITEM CONSUMED: a published item an active member opened for the first time in the period,
 *   not being among its writers (`other_id` its first author). Knowledge items belong to the
 *   academy, not to a community: they count for the members of the communities in scope.
 */
export const ACTIVITY_SOURCES: readonly string[] = [
  `select p.author_id as person_id, 'POST' as kind, 'AUTHORED' as role, null as other_id from community_post p
    where p.community_id in (select id from comm) and p.author_id is not null and p.created_at >= ? and p.created_at < ?`,
  `select p.author_id, 'POST', 'CONSUMED', t.author_id from community_post p join community_thread t on t.id = p.thread_id
    where p.community_id in (select id from comm) and p.author_id is not null and (t.author_id is null or t.author_id <> p.author_id) and p.created_at >= ? and p.created_at < ?`,
  `select u.author_id, 'UNIT', 'AUTHORED', null from micro_learning_unit u
    where u.community_id in (select id from comm) and u.author_id is not null and u.created_at >= ? and u.created_at < ?`,
  `select c.person_id, 'UNIT', 'CONSUMED', u.author_id from micro_learning_completion c join micro_learning_unit u on u.id = c.unit_id
    where u.community_id in (select id from comm) and c.completed_at >= ? and c.completed_at < ?`,
  `select w.person_id, 'ITEM', 'AUTHORED', null from (select distinct kp.person_id, kp.item_id from knowledge_item_person kp join knowledge_item i on i.id = kp.item_id
    where kp.role in ('AUTHOR', 'CONTRIBUTOR') and i.status = 'PUBLISHED' and i.academy_id in (select academy_id from comm)
      and kp.person_id in (select m.person_id from community_member m where m.status = 'ACTIVE' and m.community_id in (select id from comm))
      and i.published_at >= ? and i.published_at < ?) w`,
  `select r.person_id, 'ITEM', 'CONSUMED', (select a.person_id from knowledge_item_person a where a.item_id = r.item_id and a.role = 'AUTHOR' order by a.position, a.id limit 1)
    from knowledge_item_read r join knowledge_item i on i.id = r.item_id
    where i.academy_id in (select academy_id from comm)
      and r.person_id in (select m.person_id from community_member m where m.status = 'ACTIVE' and m.community_id in (select id from comm))
      and r.first_read_at >= ? and r.first_read_at < ?`,
];

export interface MixPeopleRow { generation: string | null; eselonGroup: string; members: number; activeMembers: number }
export interface MixActivityRow { generation: string | null; kind: string; role: string; count: number; fromOtherGenerations: number }

/**
 * Members (active memberships) and active members (members who authored or consumed
 * anything in the period) by generation × eselon group, and the activity by the doer's
 * generation, with how much of what was consumed came from another generation. Two
 * statements, set-based over indexed columns, whatever the number of communities.
 */
export async function communityMix(em: EntityManager, scope: MixScope): Promise<{ communities: number; people: MixPeopleRow[]; activity: MixActivityRow[] }> {
  const platform = em.getPlatform();
  const from = platform.processDateProperty(scope.from) as string | number;
  const to = platform.processDateProperty(scope.to) as string | number;
  const commWhere = [scope.academyId !== null ? 'academy_id = ?' : null, scope.communityId !== null ? 'id = ?' : null].filter(Boolean);
  const commBind = [...(scope.academyId !== null ? [scope.academyId] : []), ...(scope.communityId !== null ? [scope.communityId] : [])];
  const head = `with comm as (select id, academy_id from community${commWhere.length ? ` where ${commWhere.join(' and ')}` : ''}),
    act as (${ACTIVITY_SOURCES.join('\n    union all\n    ')})`;
  const headBind = [...commBind, ...ACTIVITY_SOURCES.flatMap(() => [from, to])];
  const people: Record<string, unknown>[] = await executeRead(em, `${head},
    mem as (select distinct mm.person_id from community_member mm where mm.status = 'ACTIVE' and mm.community_id in (select id from comm))
    select pe.generation, pe.eselon_group, count(*) as members,
      sum(case when exists (select 1 from act where act.person_id = pe.id) then 1 else 0 end) as active,
      (select count(*) from comm) as communities
    from person pe where pe.id in (select person_id from mem)
    group by pe.generation, pe.eselon_group`, headBind);
  const communities = people.length ? Number(people[0]!.communities) : Number(((await executeRead(em, `with comm as (select id from community${commWhere.length ? ` where ${commWhere.join(' and ')}` : ''}) select count(*) as n from comm`, commBind))[0] as { n: unknown }).n);
  const activity: Record<string, unknown>[] = await executeRead(em, `${head}
    select pe.generation, act.kind, act.role, count(*) as n,
      sum(case when o.id is not null and o.generation is not null and pe.generation is not null and o.generation <> pe.generation then 1 else 0 end) as crossed
    from act join person pe on pe.id = act.person_id left join person o on o.id = act.other_id
    group by pe.generation, act.kind, act.role`, headBind);
  return {
    communities,
    people: people.map((r) => ({ generation: (r.generation as string | null) ?? null, eselonGroup: String(r.eselon_group), members: Number(r.members), activeMembers: Number(r.active ?? 0) })),
    activity: activity.map((r) => ({ generation: (r.generation as string | null) ?? null, kind: String(r.kind), role: String(r.role), count: Number(r.n), fromOtherGenerations: Number(r.crossed ?? 0) })),
  };
}
