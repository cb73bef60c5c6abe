import type { DatabaseConfig } from './config.js';
import { openOrmWith, type Orm } from './db/orm.js';
import { ENTITIES } from './features/entities.js';

export { exclusively, migrate, type Orm } from './db/orm.js';

/** The product's database: the database floor (db/) opened with every feature's entities. */
export function openOrm(db: DatabaseConfig): Promise<Orm> {
  return openOrmWith(db, ENTITIES);
}
