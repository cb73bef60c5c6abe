import type { MigrationObject } from '@mikro-orm/core';
import type { Dialect } from '../config.js';
import { Migration20261124000000 as SqliteInitial } from './sqlite/Migration20261124000000.js';
import { Migration20261124000000 as PgInitial } from './postgresql/Migration20261124000000.js';
import { Migration20261124011400 as SqliteAccounts } from './sqlite/Migration20261124011400.js';
import { Migration20261124011400 as PgAccounts } from './postgresql/Migration20261124011400.js';
import { Migration20261124012800 as SqliteSchedule } from './sqlite/Migration20261124012800.js';
import { Migration20261124012800 as PgSchedule } from './postgresql/Migration20261124012800.js';
import { Migration20261124020000 as SqliteAttendance } from './sqlite/Migration20261124020000.js';
import { Migration20261124020000 as PgAttendance } from './postgresql/Migration20261124020000.js';
import { Migration20261124030000 as SqliteBulk } from './sqlite/Migration20261124030000.js';
import { Migration20261124030000 as PgBulk } from './postgresql/Migration20261124030000.js';
import { Migration20261124031000 as SqliteWebhooks } from './sqlite/Migration20261124031000.js';
import { Migration20261124031000 as PgWebhooks } from './postgresql/Migration20261124031000.js';
import { Migration20261124120000 as SqliteDataVersion } from './sqlite/Migration20261124120000.js';
import { Migration20261124120000 as PgDataVersion } from './postgresql/Migration20261124120000.js';
import { Migration20261124100000 as PgUnloggedCounters } from './postgresql/Migration20261124100000.js';
import { Migration20261203070000 as SqliteCatalogue } from './sqlite/Migration20261203070000.js';
import { Migration20261203070000 as PgCatalogue } from './postgresql/Migration20261203070000.js';
import { Migration20261203120000 as SqliteAcademyVersion } from './sqlite/Migration20261203120000.js';
import { Migration20261203120000 as PgAcademyVersion } from './postgresql/Migration20261203120000.js';
import { Migration20261203130000 as SqlitePersonImport } from './sqlite/Migration20261203130000.js';
import { Migration20261203130000 as PgPersonImport } from './postgresql/Migration20261203130000.js';
import { Migration20261203140000 as SqliteWebhookRotation } from './sqlite/Migration20261203140000.js';
import { Migration20261203140000 as PgWebhookRotation } from './postgresql/Migration20261203140000.js';
import { Migration20261204100000 as SqliteGroups } from './sqlite/Migration20261204100000.js';
import { Migration20261204100000 as PgGroups } from './postgresql/Migration20261204100000.js';
import { Migration20261204110000 as SqliteOverrideBy } from './sqlite/Migration20261204110000.js';
import { Migration20261204110000 as PgOverrideBy } from './postgresql/Migration20261204110000.js';
import { Migration20261204120000 as SqlitePositionClass } from './sqlite/Migration20261204120000.js';
import { Migration20261205100000 as SqliteNominations } from './sqlite/Migration20261205100000.js';
import { Migration20261204120000 as PgPositionClass } from './postgresql/Migration20261204120000.js';
import { Migration20261205100000 as PgNominations } from './postgresql/Migration20261205100000.js';
import { Migration20261205200000 as SqliteNotices } from './sqlite/Migration20261205200000.js';
import { Migration20261206200000 as SqliteActionPlans } from './sqlite/Migration20261206200000.js';
import { Migration20261205200000 as PgNotices } from './postgresql/Migration20261205200000.js';
import { Migration20261206200000 as PgActionPlans } from './postgresql/Migration20261206200000.js';
import { Migration20261206100000 as SqliteEvaluations } from './sqlite/Migration20261206100000.js';
import { Migration20261206100000 as PgEvaluations } from './postgresql/Migration20261206100000.js';
import { Migration20261206300000 as SqliteCertificates } from './sqlite/Migration20261206300000.js';
import { Migration20261206300000 as PgCertificates } from './postgresql/Migration20261206300000.js';
import { Migration20261206400000 as SqliteKnowledge } from './sqlite/Migration20261206400000.js';
import { Migration20261206400000 as PgKnowledge } from './postgresql/Migration20261206400000.js';
import { Migration20261206500000 as SqliteCommunities } from './sqlite/Migration20261206500000.js';
import { Migration20261206500000 as PgCommunities } from './postgresql/Migration20261206500000.js';
import { Migration20261206600000 as SqliteKnowledgeReads } from './sqlite/Migration20261206600000.js';
import { Migration20261206600000 as PgKnowledgeReads } from './postgresql/Migration20261206600000.js';

/** Committed migrations, one list per dialect; listed here so they run the same from tsc output and from tests. */
const LISTS: Record<Dialect, MigrationObject[]> = {
  sqlite: [{ name: 'Migration20261124000000', class: SqliteInitial }, { name: 'Migration20261124011400', class: SqliteAccounts },
    { name: 'Migration20261124012800', class: SqliteSchedule }, { name: 'Migration20261124020000', class: SqliteAttendance },
    { name: 'Migration20261124030000', class: SqliteBulk }, { name: 'Migration20261124031000', class: SqliteWebhooks },
    { name: 'Migration20261124120000', class: SqliteDataVersion }, { name: 'Migration20261203070000', class: SqliteCatalogue },
    { name: 'Migration20261203120000', class: SqliteAcademyVersion }, { name: 'Migration20261203130000', class: SqlitePersonImport },
    { name: 'Migration20261203140000', class: SqliteWebhookRotation },
    { name: 'Migration20261204100000', class: SqliteGroups }, { name: 'Migration20261204110000', class: SqliteOverrideBy },
    { name: 'Migration20261204120000', class: SqlitePositionClass },
    { name: 'Migration20261205100000', class: SqliteNominations }, { name: 'Migration20261205200000', class: SqliteNotices },
    { name: 'Migration20261206100000', class: SqliteEvaluations }, { name: 'Migration20261206200000', class: SqliteActionPlans },
    { name: 'Migration20261206300000', class: SqliteCertificates }, { name: 'Migration20261206400000', class: SqliteKnowledge },
    { name: 'Migration20261206500000', class: SqliteCommunities },
    { name: 'Migration20261206600000', class: SqliteKnowledgeReads }],
  postgresql: [{ name: 'Migration20261124000000', class: PgInitial }, { name: 'Migration20261124011400', class: PgAccounts },
    { name: 'Migration20261124012800', class: PgSchedule }, { name: 'Migration20261124020000', class: PgAttendance },
    { name: 'Migration20261124030000', class: PgBulk }, { name: 'Migration20261124031000', class: PgWebhooks },
    { name: 'Migration20261124100000', class: PgUnloggedCounters }, { name: 'Migration20261124120000', class: PgDataVersion },
    { name: 'Migration20261203070000', class: PgCatalogue }, { name: 'Migration20261203120000', class: PgAcademyVersion },
    { name: 'Migration20261203130000', class: PgPersonImport }, { name: 'Migration20261203140000', class: PgWebhookRotation },
    { name: 'Migration20261204100000', class: PgGroups }, { name: 'Migration20261204110000', class: PgOverrideBy }, { name: 'Migration20261204120000', class: PgPositionClass },
    { name: 'Migration20261205100000', class: PgNominations }, { name: 'Migration20261205200000', class: PgNotices },
    { name: 'Migration20261206100000', class: PgEvaluations }, { name: 'Migration20261206200000', class: PgActionPlans },
    { name: 'Migration20261206300000', class: PgCertificates }, { name: 'Migration20261206400000', class: PgKnowledge },
    { name: 'Migration20261206500000', class: PgCommunities },
    { name: 'Migration20261206600000', class: PgKnowledgeReads }],
};

export function migrationsFor(dialect: Dialect): MigrationObject[] {
  return LISTS[dialect];
}
