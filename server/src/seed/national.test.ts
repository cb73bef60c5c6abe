import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eselonGroupOf, generationOfYear, parseNip, type Eselon, type PositionType } from '@lintas/shared';
import { databaseConfig } from '../config.js';
import { migrate, openOrm, type Orm } from '../database.js';
import { eselonRanges, ESELON_SHARES, generateNational, GENERATION_SHARES, PNS_SHARE, REGIONAL_SHARE, type NationalCounts } from './national.js';
import { postgresAvailable, tempDatabase } from '../../../test/support/postgres.js';

const PERSONS = 2_000;

/** Every foreign key the generator writes, as (table, column, parent). */
const REFERENCES: [string, string, string][] = [
  ['agency', 'academy_id', 'academy'], ['program', 'academy_id', 'academy'], ['training_module', 'program_id', 'program'],
  ['person', 'agency_id', 'agency'], ['cohort', 'program_id', 'program'], ['cohort', 'academy_id', 'academy'],
  ['session', 'cohort_id', 'cohort'], ['session', 'module_id', 'training_module'], ['enrollment', 'cohort_id', 'cohort'],
  ['enrollment', 'person_id', 'person'], ['attendance', 'session_id', 'session'], ['attendance', 'person_id', 'person'],
  ['assessment', 'person_id', 'person'], ['assessment', 'cohort_id', 'cohort'],
];

async function rows<T = Record<string, unknown>>(orm: Orm, sql: string): Promise<T[]> {
  return orm.em.fork().getConnection().execute(sql) as Promise<T[]>;
}
const num = async (orm: Orm, sql: string) => Number(Object.values((await rows(orm, sql))[0]!)[0]);

async function indexNames(orm: Orm, pg: boolean): Promise<string[]> {
  const list = pg
    ? await rows<{ name: string }>(orm, "select indexname as name from pg_indexes where schemaname = current_schema()")
    : await rows<{ name: string }>(orm, "select name from sqlite_master where type = 'index'");
  return list.map((r) => r.name).sort();
}

/** Generates 2,000 people into a migrated database and checks the shape and every reference. */
async function checkGenerated(url: string): Promise<{ counts: NationalCounts; fingerprint: unknown[] }> {
  const config = databaseConfig({ DATABASE_URL: url });
  const pg = config.dialect === 'postgresql';
  const orm = await openOrm(config);
  try {
    await migrate(orm);
    const indexesBefore = await indexNames(orm, pg);
    const counts = await generateNational(orm, { persons: PERSONS, seed: 7 });
    expect(counts.persons).toBe(PERSONS);
    // The indexes dropped for the bulk load are all back.
    expect(await indexNames(orm, pg)).toEqual(indexesBefore);

    // Referential integrity: no row points at a missing parent.
    for (const [table, column, parent] of REFERENCES) {
      const orphans = await num(orm, `select count(*) from ${table} t left join ${parent} p on p.id = t.${column} where t.${column} is not null and p.id is null`);
      expect(orphans, `${table}.${column} → ${parent}`).toBe(0);
    }

    // Eselon groups exactly as the shares say; generations, PNS and regional shares close to DESIGN.md's.
    const groups = Object.fromEntries((await rows<{ g: string; n: number }>(orm, 'select eselon_group as g, count(*) as n from person group by eselon_group')).map((r) => [r.g, Number(r.n)]));
    for (const r of eselonRanges(PERSONS)) expect(groups[r.group] ?? 0, r.group).toBe(r.hi - r.lo + 1);
    expect(groups.JF).toBe(Math.round(PERSONS * ESELON_SHARES.JF));
    const share = async (where: string) => (await num(orm, `select count(*) from person p join agency ag on ag.id = p.agency_id where ${where}`)) / PERSONS;
    for (const [gen, expected] of Object.entries(GENERATION_SHARES)) expect(Math.abs((await share(`p.generation = '${gen}'`)) - expected), gen).toBeLessThan(0.04);
    expect(Math.abs((await share("p.employment_type = 'PNS'")) - PNS_SHARE)).toBeLessThan(0.04);
    expect(Math.abs((await share("ag.level = 'DAERAH'")) - REGIONAL_SHARE)).toBeLessThan(0.04);
    expect(await num(orm, "select count(*) from person where employment_type = 'PPPK' and eselon_group not in ('JF', 'PELAKSANA')")).toBe(0);
    expect(await num(orm, "select count(*) from agency where level = 'DAERAH' and province is null")).toBe(0);

    // Each person is consistent: a valid NIP that gives the birth date and gender, the generation of the birth year, the group of the post.
    const people = await rows<{ nip: string; birth_date: string | Date; gender: string; generation: string; eselon: string | null; eselon_group: string; position_type: string; employment_type: string }>(
      orm, 'select nip, birth_date, gender, generation, eselon, eselon_group, position_type, employment_type from person');
    expect(new Set(people.map((p) => p.nip)).size).toBe(PERSONS);
    for (const p of people) {
      const parsed = parseNip(p.nip, p.employment_type as 'PNS' | 'PPPK');
      expect(parsed.ok, p.nip).toBe(true);
      const birth = typeof p.birth_date === 'string' ? p.birth_date : p.birth_date.toISOString().slice(0, 10);
      expect(p.nip.slice(0, 8)).toBe(birth.replace(/-/g, ''));
      expect(p.gender).toBe(p.nip[14] === '1' ? 'MALE' : 'FEMALE');
      expect(p.generation).toBe(generationOfYear(Number(birth.slice(0, 4))));
      expect(p.eselon_group).toBe(eselonGroupOf(p.position_type as PositionType, p.eselon as Eselon | null));
    }

    // The training load follows the rules the product enforces.
    expect(counts.cohorts).toBeGreaterThanOrEqual(10);
    expect(counts.sessions).toBe(counts.cohorts * 10);
    expect(await num(orm, `select count(*) from attendance a join session s on s.id = a.session_id
      left join enrollment e on e.cohort_id = s.cohort_id and e.person_id = a.person_id and e.status in ('ENROLLED', 'COMPLETED')
      where e.id is null or s.status <> 'SCHEDULED'`)).toBe(0);
    expect(await num(orm, "select count(*) from enrollment e join cohort c on c.id = e.cohort_id where e.status = 'COMPLETED' and c.status <> 'CLOSED'")).toBe(0);
    expect(await num(orm, "select count(*) from enrollment where status = 'COMPLETED'")).toBeGreaterThan(0);
    expect(await num(orm, "select count(*) from enrollment where status = 'WITHDRAWN'")).toBeGreaterThan(0);
    expect(await num(orm, "select count(*) from enrollment e join cohort c on c.id = e.cohort_id join program p on p.id = c.program_id where p.code = 'PKP' and e.person_id not in (select id from person where eselon_group = 'IV')")).toBe(0);
    expect(await num(orm, 'select count(*) from assessment where score < 0 or score > 100')).toBe(0);
    expect(counts.assessments).toBeGreaterThan(0);

    // New rows get ids after the generated ones.
    await orm.em.fork().getConnection().execute(`insert into academy (created_at, updated_at, code, name, time_zone) values (${pg ? 'now(), now()' : '0, 0'}, 'NEXT', 'Next', 'WIB')`);
    expect(await num(orm, "select id from academy where code = 'NEXT'")).toBe(counts.academies + 1);

    const fingerprint = await rows(orm, `select (select sum(length(nip)) from person) as a, (select min(nip) from person) as b, (select max(name) from person) as c,
      (select sum(score) from assessment) as d, (select count(*) from attendance where status = 'PRESENT') as e`);
    return { counts, fingerprint: Object.values(fingerprint[0]!).map(String) };
  } finally {
    await orm.close();
  }
}

describe('national generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-national-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let sqlite: Awaited<ReturnType<typeof checkGenerated>> | null = null;

  it('SQLite: 2,000 people with the national shares, every reference intact, indexes restored', async () => {
    sqlite = await checkGenerated(`sqlite:${join(dir, 'n.sqlite')}`);
  }, 60_000);

  it('refuses a database that already has people', async () => {
    const orm = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'n.sqlite')}` }));
    try {
      await expect(generateNational(orm, { persons: 100 })).rejects.toThrow(/already has people/);
    } finally {
      await orm.close();
    }
  });

  it.runIf(postgresAvailable())('PostgreSQL: the same rows as on SQLite for the same seed', async () => {
    const db = await tempDatabase('lintas_national');
    try {
      const pg = await checkGenerated(db.url);
      if (sqlite) {
        const { ms: _a, ...a } = sqlite.counts;
        const { ms: _b, ...b } = pg.counts;
        expect(b).toEqual(a);
        expect(pg.fingerprint).toEqual(sqlite.fingerprint);
      }
    } finally {
      await db.drop();
    }
  }, 90_000);
});
