/**
 * What a participant reads of the knowledge base, over the item table aliased `alias`, with
 * the person's id bound twice: the published items of the academy of their agency, and the
 * items they write (author or contributor), whatever their state. tenancy.ts (lookups by id)
 * and knowledge.search.ts (lists) both use it.
 */
export const participantKnowledgeSql = (alias: string) =>
  `((${alias}.status = 'PUBLISHED' and ${alias}.academy_id = (select ag.academy_id from person p join agency ag on ag.id = p.agency_id where p.id = ?))`
  + ` or exists (select 1 from knowledge_item_person kp where kp.item_id = ${alias}.id and kp.person_id = ? and kp.role in ('AUTHOR', 'CONTRIBUTOR')))`;
