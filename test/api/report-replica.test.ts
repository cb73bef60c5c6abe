import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, postgresAvailable, tempDatabase } from '../support/postgres.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { FIXTURE_PASSWORD, gid, reportFixture, type FixtureIds } from '../support/report-fixture.js';

/**
 * With a read replica (DATABASE_REPLICA_URLS), the reports' aggregates, their CSV/XLSX
 * exports and the rows of bulk exports are read from it; writes, the caller's session and
 * the bulk worker's bookkeeping stay on the primary. The "replica" is a copy of the
 * primary that never replicates, and holds one person the primary does not: whatever
 * counts or lists that person was read from the replica.
 */
const BY_ESELON = 'query { participationByEselon { group roster } }';

describe.runIf(postgresAvailable())('reports and exports on a read replica', () => {
  const files = mkdtempSync(join(tmpdir(), 'lintas-replica-files-'));
  let primary: { url: string; drop: () => Promise<void> };
  let replica: { url: string; drop: () => Promise<void> };
  let onPrimary: pg.Client;
  let onReplica: pg.Client;
  let server: RunningServer;
  let ids: FixtureIds;
  let org: Client;
  const roster = async (db: pg.Client, group: string) => (await db.query(`select count(*)::int as n from person p join agency a on a.id = p.agency_id
    where a.academy_id = $1 and p.eselon_group = $2`, [ids.academy, group])).rows[0].n as number;
  const rosterII = (db: pg.Client) => roster(db, 'II');

  beforeAll(async () => {
    primary = await tempDatabase('lintas_rpt_primary');
    const migrated = await startServer({ databaseUrl: primary.url });
    await migrated.stop();
    ids = await reportFixture(primary.url);
    replica = await tempDatabase('lintas_rpt_replica');
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const [primaryName, replicaName] = [new URL(primary.url).pathname.slice(1), new URL(replica.url).pathname.slice(1)];
    await admin.query(`drop database "${replicaName}"`);
    await admin.query(`create database "${replicaName}" template "${primaryName}"`);
    await admin.end();
    onPrimary = new pg.Client({ connectionString: primary.url });
    await onPrimary.connect();
    onReplica = new pg.Client({ connectionString: replica.url });
    await onReplica.connect();
    await onReplica.query(`insert into person (created_at, updated_at, nip, name, employment_type, position_type, eselon, eselon_group, birth_date, generation, agency_id)
      values (now(), now(), '198001012005011099', 'Hanya di replika', 'PNS', 'STRUKTURAL', 'IIb', 'II', '1980-01-01', 'GEN_X', $1)`, [ids.a1]);
    server = await startServer({
      databaseUrl: primary.url,
      env: { DATABASE_REPLICA_URLS: replica.url, LINTAS_MIGRATE: '0', LINTAS_DATA_DIR: files, LINTAS_EXPORT_POLL_MS: '200' },
    });
    org = await server.signIn('org@fix.test', FIXTURE_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await onPrimary?.end();
    await onReplica?.end();
    await replica?.drop();
    await primary?.drop();
    rmSync(files, { recursive: true, force: true });
  });

  it('the report aggregates, in GraphQL and in the CSV/XLSX exports, come from the replica', async () => {
    const onBoth = await rosterII(onPrimary);
    expect(await rosterII(onReplica)).toBe(onBoth + 1);
    const api = (await org.gql(BY_ESELON)).data.participationByEselon;
    expect(api.find((r: any) => r.group === 'II').roster).toBe(onBoth + 1);
    const res = await fetch(`${server.url}/exports/participation-by-eselon.csv?lang=en`, { headers: org.headers });
    expect(res.status).toBe(200);
    const rows = parse(Buffer.from(await res.arrayBuffer()), { bom: true }) as string[][];
    expect(rows.find((r) => r[0] === 'II')![1]).toBe(String(onBoth + 1));
    // Everyone below 20 JP: the statement that picks them and the names beside them.
    const below = parse(Buffer.from(await (await fetch(`${server.url}/exports/jp-compliance-below.csv?year=2026`, { headers: org.headers })).arrayBuffer()), { bom: true }) as string[][];
    expect(below.map((r) => r[1])).toContain('Hanya di replika');
  });

  it('the learning gain and its export come from the replica', async () => {
    // A pre/post pair only the replica holds (p6 in C1, 40 → 80).
    for (const [kind, score] of [['PRE', 40], ['POST', 80]] as const) {
      await onReplica.query(`insert into assessment (created_at, updated_at, person_id, cohort_id, kind, score, assessed_at)
        values (now(), now(), $1, $2, $3, $4, now())`, [ids.p6, ids.c1, kind, score]);
    }
    const gain = (await org.gql('{ assessmentGain { eselonGroup generation paired meanGain crossed } }')).data.assessmentGain;
    expect(gain.find((c: any) => c.eselonGroup === 'PELAKSANA')).toEqual({ eselonGroup: 'PELAKSANA', generation: 'GEN_Y', paired: 1, meanGain: 40, crossed: 1 });
    const rows = parse(Buffer.from(await (await fetch(`${server.url}/exports/assessment-gain.csv?lang=en`, { headers: org.headers })).arrayBuffer()), { bom: true }) as string[][];
    expect(rows.find((r) => r[0] === 'PELAKSANA')?.slice(0, 3)).toEqual(['PELAKSANA', 'GEN_Y', '1']);
  });

  it('a mutation writes the primary only; the reports keep reading the replica', async () => {
    const created = await org.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { code } } }', {
      input: { agencyId: gid('Agency', ids.a1), nip: '198001012005011098', name: 'Hanya di primer', employmentType: 'PNS', positionType: 'PELAKSANA' },
    });
    expect(created.data.createPerson.errors).toEqual([]);
    const count = (db: pg.Client) => db.query(`select count(*)::int as n from person where name = 'Hanya di primer'`).then((r) => r.rows[0].n);
    expect(await count(onPrimary)).toBe(1);
    expect(await count(onReplica)).toBe(0);
    const onReplicaOnly = await roster(onReplica, 'PELAKSANA');
    expect(await roster(onPrimary, 'PELAKSANA')).toBe(onReplicaOnly + 1);
    const api = (await org.gql(BY_ESELON)).data.participationByEselon;
    expect(api.find((r: any) => r.group === 'PELAKSANA').roster).toBe(onReplicaOnly);
  });

  it("a bulk export is run from the primary's queue and reads its rows from the replica", async () => {
    const start = await org.gql('mutation { startBulkExport(kind: PERSONS, format: CSV) { bulkOperation { id } errors { code } } }');
    expect(start.data.startBulkExport.errors).toEqual([]);
    const id = Number(Buffer.from(start.data.startBulkExport.bulkOperation.id, 'base64url').toString().split(':')[1]);
    // The worker finds the queued export on the primary, where it was written.
    let status = '';
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      status = (await onPrimary.query('select status from bulk_operation where id = $1', [id])).rows[0].status;
      if (status === 'COMPLETED' || status === 'FAILED') break;
    }
    expect(status).toBe('COMPLETED');
    // The replica catches up with the finished operation (here by hand), so the API can hand out its link.
    const { rows: [op] } = await onPrimary.query('select * from bulk_operation where id = $1', [id]);
    const columns = Object.keys(op);
    await onReplica.query(`insert into bulk_operation (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => (op[c] !== null && typeof op[c] === 'object' && !(op[c] instanceof Date) ? JSON.stringify(op[c]) : op[c])));
    const url = (await org.gql('query($id: ID!) { bulkOperation(id: $id) { url } }', { id: start.data.startBulkExport.bulkOperation.id })).data.bulkOperation.url;
    const file = parse(await (await fetch(url)).text(), { columns: true }) as Record<string, string>[];
    const names = file.map((r) => r.name);
    expect(names).toContain('Hanya di replika');
    expect(names).not.toContain('Hanya di primer');
  });
});
