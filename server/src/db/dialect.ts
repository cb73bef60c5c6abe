import type { EntityManager } from '@mikro-orm/core';

export function isPostgres(em: EntityManager): boolean {
  return em.getDriver().constructor.name === 'PostgreSqlDriver';
}

/**
 * Case-insensitive "contains" on both dialects: SQLite's LIKE already ignores
 * ASCII case, PostgreSQL needs ILIKE. Wildcards typed by the user are dropped.
 */
export function contains(em: EntityManager, text: string): { $like: string } | { $ilike: string } {
  const pattern = `%${text.replace(/[%_\\]/g, '')}%`;
  return isPostgres(em) ? { $ilike: pattern } : { $like: pattern };
}
