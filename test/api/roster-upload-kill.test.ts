import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { tokenClient } from '../support/auth.js';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { sqlRows } from '../support/sql.js';
import { PERSON_IMPORT, settled, upload, uploadCsv } from '../support/upload.js';

const ROWS = 200_000;
const CSV = { 'content-type': 'text/csv' };

/** What an import writes of each of its people, in NIP order (no ids, timestamps or versions). */
async function roster(server: RunningServer): Promise<string> {
  const rows = await sqlRows(server.databaseUrl, `select p.nip, p.name, p.employment_type, p.position_type, p.eselon, p.eselon_group, p.job_title,
    a.code as agency, p.birth_date, p.gender, p.generation, p.archived_at from person p join agency a on a.id = p.agency_id order by p.nip`);
  return JSON.stringify(rows);
}
async function count(server: RunningServer): Promise<number> {
  return Number((await sqlRows<{ n: number | string }>(server.databaseUrl, `select count(*) as n from person where name like 'Henti %'`))[0]!.n);
}

let killed: RunningServer;
let reference: RunningServer;
let csv: string;

async function setUp(server: RunningServer): Promise<{ writer: Client; agency: string }> {
  await server.useAccount(...DEMO.organizerBabel);
  const agency = (await server.gql(`{ agencies(first: 1, search: "DISKOMINFO") { nodes { code } } }`)).data.agencies.nodes[0].code as string;
  return { writer: await tokenClient(server, server, ['roster:write']), agency };
}

beforeAll(async () => {
  [killed, reference] = await Promise.all([startServer({ seed: 'demo' }), startServer({ seed: 'demo' })]);
}, 180_000);
afterAll(async () => {
  await Promise.all([killed?.stop(), reference?.stop()]);
});

describe('a roster upload killed mid-import', () => {
  it('leaves all of its people or none, reads FAILED (import/interrupted) or COMPLETED after the restart, and a retry gives the uninterrupted result', async () => {
    // The uninterrupted import, on a server of its own: the database to end up with, and how long the import runs.
    const ref = await setUp(reference);
    csv = uploadCsv(ref.agency, ROWS, 'Henti').csv;
    const refStart = await upload(reference, csv, { ...CSV, ...ref.writer.headers });
    expect(refStart.status).toBe(202);
    const accepted = Date.now();
    expect(await settled(ref.writer, refStart.body.id)).toMatchObject({ status: 'COMPLETED', totalRows: ROWS });
    const running = Date.now() - accepted;
    expect(await count(reference)).toBe(ROWS);

    const { writer, agency } = await setUp(killed);
    expect(agency).toBe(ref.agency);
    const before = await roster(killed);
    const start = await upload(killed, csv, { ...CSV, ...writer.headers });
    expect(start.status).toBe(202);
    // Halfway through the import as the reference ran it: past the file's receipt, mid-transaction.
    await new Promise((r) => setTimeout(r, running / 2));
    await killed.restart('SIGKILL');

    const after = (await writer.gql(PERSON_IMPORT, { id: start.body.id })).data.personImport;
    const people = await count(killed);
    console.info(`killed ${running / 2} ms into a ${running} ms import: it reads ${after.status} ${after.errorCode ?? ''}, ${people} of its people written`);
    if (after.status === 'COMPLETED') {
      expect(people).toBe(ROWS);
    } else {
      expect(after).toMatchObject({ status: 'FAILED', errorCode: ERROR_CODES.IMPORT_INTERRUPTED, startedAt: expect.any(String), finishedAt: expect.any(String) });
      expect(people).toBe(0);
      expect(await roster(killed)).toBe(before);
    }

    const retry = await upload(killed, csv, { ...CSV, ...writer.headers });
    expect(retry.status).toBe(202);
    expect(await settled(writer, retry.body.id)).toMatchObject({ status: 'COMPLETED', totalRows: ROWS, validRows: ROWS });
    expect(await count(killed)).toBe(ROWS);
    expect(await roster(killed)).toBe(await roster(reference));
  }, 600_000);
});
