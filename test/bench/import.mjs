// Issue 7, benchmark 4: rows per second of a 100,000-row roster through `importPersons`
// (HTTP, CSV parsing, checks, tenancy, one transaction) ÷ the same rows bulk-inserted
// with the database driver directly, in the same run on the same database.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { formatNip } from '@lintas/shared';
import { rosterFixture } from './roster-fixture.mjs';
import { fmt, gql, machine } from './support.mjs';

const require = createRequire(import.meta.url);
const dist = new URL('../../server/dist/', import.meta.url);
const ROWS = Number(process.env.LINTAS_BENCH_IMPORT_ROWS ?? 100_000);
const COLUMNS = ['nip', 'name', 'employment_type', 'position_type', 'eselon', 'eselon_group', 'job_title', 'agency_id', 'birth_date', 'gender', 'generation', 'created_at', 'updated_at'];
const IMPORT = `mutation($csv: String!) { importPersons(csv: $csv) { totalRows validRows created updated rejectedRows } }`;

/** 100,000 distinct valid rows of one agency, as CSV and as the column values the import stores. */
async function roster(agencyCode, agencyId) {
  const { checkPerson } = await import(new URL('features/persons/person.rules.js', dist));
  const lines = ['nip,name,employment_type,position_type,eselon,job_title,agency_code'];
  const values = [];
  const day0 = Date.UTC(1970, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const birth = new Date(day0 + (i % 10_000) * 86_400_000);
    const appointment = new Date(Date.UTC(birth.getUTCFullYear() + 24, i % 12, 1));
    const nip = formatNip({ birth, appointment, gender: i % 2 ? 'MALE' : 'FEMALE', serial: 500 + Math.floor(i / 10_000) * 50 + (i % 50) });
    const raw = { nip, name: `Peserta ${i}`, employmentType: 'PNS', positionType: 'PELAKSANA', eselon: '', jobTitle: 'Pengadministrasi Umum', agencyCode };
    lines.push(`${nip},${raw.name},PNS,PELAKSANA,,${raw.jobTitle},${agencyCode}`);
    const checked = checkPerson(raw);
    if (!checked.ok) throw new Error(`bench row ${i} is invalid: ${JSON.stringify(checked.errors)}`);
    const p = checked.value;
    values.push([p.nip, p.name, p.employmentType, p.positionType, p.eselon, p.eselonGroup, p.jobTitle, agencyId, p.birthDate, p.gender, p.generation]);
  }
  return { csv: lines.join('\n'), values };
}

/** SQLite through node-sqlite3: one transaction, one prepared 500-row INSERT run again and again. */
async function rawSqlite(file, values) {
  const sqlite3 = require('sqlite3');
  const db = new sqlite3.Database(file);
  const run = (sql, params = []) => new Promise((res, rej) => db.run(sql, params, (err) => (err ? rej(err) : res())));
  const now = Date.now();
  const CHUNK = 500;
  const rowSql = `(${COLUMNS.map(() => '?').join(',')})`;
  await run('PRAGMA busy_timeout = 10000');
  const t = performance.now();
  await run('BEGIN IMMEDIATE');
  const full = db.prepare(`insert into person (${COLUMNS.join(',')}) values ${Array(CHUNK).fill(rowSql).join(',')}`);
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK).flatMap((v) => [...v, now, now]);
    if (chunk.length === CHUNK * COLUMNS.length) await new Promise((res, rej) => full.run(chunk, (err) => (err ? rej(err) : res())));
    else await run(`insert into person (${COLUMNS.join(',')}) values ${Array(chunk.length / COLUMNS.length).fill(rowSql).join(',')}`, chunk);
  }
  await new Promise((res) => full.finalize(res));
  await run('COMMIT');
  const ms = performance.now() - t;
  await run(`delete from person where nip in (select nip from person order by id desc limit ${values.length})`);
  await new Promise((res) => db.close(res));
  return ms;
}

/** PostgreSQL through node-postgres: one transaction, `INSERT … SELECT FROM unnest(arrays)` per 10,000 rows. */
async function rawPostgres(url, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const types = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'date', 'text', 'text'];
  const CHUNK = 10_000;
  const t = performance.now();
  await client.query('begin');
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK);
    const arrays = types.map((_, c) => chunk.map((v) => v[c]));
    await client.query(
      `insert into person (${COLUMNS.join(',')}) select *, now(), now() from unnest(${types.map((ty, c) => `$${c + 1}::${ty}[]`).join(',')})`,
      arrays,
    );
  }
  await client.query('commit');
  const ms = performance.now() - t;
  await client.query(`delete from person where id in (select id from person order by id desc limit ${values.length})`);
  await client.end();
  return ms;
}

export async function importBench() {
  const rows = [];
  const ratios = [];
  for (const dialect of ['sqlite', 'postgresql']) {
    const f = await rosterFixture(dialect);
    const agency = (await gql(f.server.url, '{ agencies(first: 1) { nodes { id code } } }', {}, f.headers)).data.agencies.nodes[0];
    const agencyId = Number(Buffer.from(agency.id, 'base64url').toString('utf8').split(':')[1]);
    const { csv, values } = await roster(agency.code, agencyId);
    const rawMs = dialect === 'sqlite' ? await rawSqlite(f.databaseUrl.slice('sqlite:'.length), values) : await rawPostgres(f.databaseUrl, values);
    const t = performance.now();
    const res = await gql(f.server.url, IMPORT, { csv }, f.headers);
    const ourMs = performance.now() - t;
    const r = res.data?.importPersons;
    if (!r || r.created !== ROWS || r.rejectedRows !== 0) throw new Error(`import: ${JSON.stringify(res.errors ?? r)}`);
    const name = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    rows.push(`| ${name} | raw driver (${dialect === 'sqlite' ? 'sqlite3, prepared 500-row INSERT' : 'pg, INSERT … unnest, 10,000 rows'}) | ${fmt(rawMs / 1000, 2)} | ${fmt(ROWS / (rawMs / 1000))} |`);
    rows.push(`| ${name} | \`importPersons\` over HTTP | ${fmt(ourMs / 1000, 2)} | ${fmt(ROWS / (ourMs / 1000))} |`);
    ratios.push(`${name} **${(rawMs / ourMs).toFixed(2)}**`);
  }
  return [
    '## Roster import: importPersons ÷ raw driver (issue 7, benchmark 4)',
    '',
    `Machine: ${machine()}. ${fmt(ROWS)} new, valid people of one agency, on the same database as the other`,
    "sections. The baseline inserts exactly the values the import stores into the same `person` table with the database's",
    'own Node driver in one transaction (then they are deleted again). `importPersons` is timed from sending the',
    '8 MB CSV to the answer: HTTP, CSV parsing, every row checked (NIP, eselon), agency and other-roster lookups, and the',
    'upsert (`INSERT … SELECT … ON CONFLICT (nip) DO UPDATE`, 10,000 rows a statement bound as one JSON text) in one',
    'transaction, the database writing one batch while the next is parsed and checked. Both write through the table\'s',
    'data-version trigger (db/data-version.entity.ts: a row trigger on SQLite, one per statement on PostgreSQL).',
    '',
    '| database | path | seconds | rows/s |',
    '|---|---|---:|---:|',
    ...rows,
    '',
    `importPersons ÷ raw driver (rows/s): ${ratios.join(', ')} (target ≥ 0.5).`,
  ].join('\n');
}
