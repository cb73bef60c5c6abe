import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { FIXTURE_PASSWORD, gid, reportFixture, type FixtureIds } from '../support/report-fixture.js';

/**
 * Formula (CSV) injection: people whose names a spreadsheet program would run as a
 * formula (refused by the API now, but stored earlier or by another system) come out of every CSV and XLSX the server writes as
 * text after an apostrophe; numbers stay numbers.
 */
const NAMES = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'];
const files = mkdtempSync(join(tmpdir(), 'lintas-formula-files-'));
let server: RunningServer;
let ids: FixtureIds;
let org: Client;

beforeAll(async () => {
  server = await startServer({ seed: 'none', env: { LINTAS_DATA_DIR: files, LINTAS_EXPORT_POLL_MS: '200' } });
  ids = await reportFixture(server.databaseUrl);
  org = await server.signIn('org@fix.test', FIXTURE_PASSWORD);
  // The API refuses such names today (shared/src/text.ts); rows written before that rule, or
  // by another system on the same database, still hold them: they go in behind the API.
  const refused = await org.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { name } errors { field code } } }', {
    input: { agencyId: gid('Agency', ids.a1), nip: '199001012015011099', name: NAMES[0], employmentType: 'PNS', positionType: 'PELAKSANA' },
  });
  expect(refused.data.createPerson).toEqual({ person: null, errors: [{ field: 'name', code: 'input/invalid-value' }] });
  const { openOrm } = await import(new URL('../../server/dist/database.js', import.meta.url).href);
  const { databaseConfig } = await import(new URL('../../server/dist/config.js', import.meta.url).href);
  const orm = await openOrm(databaseConfig({ DATABASE_URL: server.databaseUrl }));
  try {
    const em = orm.em.fork();
    const now = em.getPlatform().processDateProperty(new Date());
    await em.getKnex()('person').insert(NAMES.map((name, i) => ({
      nip: `19900101201501101${i}`, name, employment_type: 'PNS', position_type: 'PELAKSANA', eselon_group: 'PELAKSANA',
      birth_date: '1990-01-01', generation: 'GEN_Y', agency_id: ids.a1, created_at: now, updated_at: now,
    })));
  } finally {
    await orm.close();
  }
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(files, { recursive: true, force: true });
});

async function download(path: string): Promise<Buffer> {
  const res = await fetch(`${server.url}${path}`, { headers: org.headers });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe('formula characters in exports', () => {
  it('report CSV: each risky name is written after an apostrophe, the numbers as numbers', async () => {
    const rows = parse(await download('/exports/jp-compliance-below.csv?year=2026'), { bom: true }) as string[][];
    const names = rows.slice(1).map((r) => r[1]);
    for (const name of NAMES) {
      expect(names).toContain(`'${name}`);
      expect(names).not.toContain(name);
    }
    // No cell of the file starts with a formula character.
    expect(rows.flat().filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
    const risky = rows.find((r) => r[1] === `'${NAMES[0]}`)!;
    expect(risky[0]).toMatch(/^\d+$/);
    expect(risky[5]).toBe('0');
  });

  it('report XLSX: the names are string cells after an apostrophe, never formulas; the numbers numeric cells', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('/exports/jp-compliance-below.xlsx?year=2026')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const found = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => {
      const v = row.getCell(2).value;
      if (typeof v === 'string') found.set(v, row);
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    });
    for (const name of NAMES) {
      const row = found.get(`'${name}`);
      expect(row, name).toBeDefined();
      expect(found.has(name)).toBe(false);
      expect(row!.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(row!.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      expect(row!.getCell(6).value).toBe(0);
    }
  });

  it('bulk CSV export of the roster: the names neutralised as in the reports', async () => {
    const start = await org.gql('mutation { startBulkExport(kind: PERSONS, format: CSV) { bulkOperation { id } errors { code } } }');
    expect(start.data.startBulkExport.errors).toEqual([]);
    const id = start.data.startBulkExport.bulkOperation.id;
    let op: any;
    for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 150))) {
      op = (await org.gql('query($id: ID!) { bulkOperation(id: $id) { status url } }', { id })).data.bulkOperation;
      if (['COMPLETED', 'FAILED'].includes(op.status) || Date.now() > deadline) break;
    }
    expect(op.status).toBe('COMPLETED');
    const res = await fetch(op.url);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const names = rows.map((r) => r.name);
    for (const name of NAMES) {
      expect(names).toContain(`'${name}`);
      expect(names).not.toContain(name);
    }
    expect(rows.flatMap((r) => Object.values(r)).filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });
});
