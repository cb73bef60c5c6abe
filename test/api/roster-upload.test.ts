import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { tokenClient } from '../support/auth.js';
import { nip, rosterCsv } from '../support/roster.js';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { sqlRows } from '../support/sql.js';
import { PERSON_IMPORT, settled, upload, uploadCsv } from '../support/upload.js';

let server: RunningServer;
/** A server whose uploads may be 0.25 MB at most. */
let small: RunningServer;
let agency: string;
let writer: Client;
let reader: Client;
let smallWriter: Client;

const CSV = { 'content-type': 'text/csv' };
const total = async () => (await server.gql(`{ persons(first: 1) { totalCount } }`)).data.persons.totalCount as number;
const count = async (like: string) =>
  Number((await sqlRows<{ n: number | string }>(server.databaseUrl, `select count(*) as n from person where name like '${like}'`))[0]!.n);

beforeAll(async () => {
  [server, small] = await Promise.all([
    startServer({ seed: 'demo' }),
    startServer({ seed: 'demo', env: { LINTAS_IMPORT_LIMIT_MB: '0.25' } }),
  ]);
  await server.useAccount(...DEMO.organizerBabel);
  await small.useAccount(...DEMO.organizerBabel);
  agency = (await server.gql(`{ agencies(first: 1, search: "DISKOMINFO") { nodes { code } } }`)).data.agencies.nodes[0].code;
  writer = await tokenClient(server, server, ['roster:write']);
  reader = await tokenClient(server, server, ['roster:read']);
  smallWriter = await tokenClient(small, small, ['roster:write']);
}, 180_000);
afterAll(async () => {
  await Promise.all([server?.stop(), small?.stop()]);
});

describe('POST /imports/persons: refusals', () => {
  const body = () => rosterCsv([{ nip: nip('1980-01-01', '2005-01', 'MALE', 701), name: 'Refused', agencyCode: agency }]);

  it('401 without credentials, 403 with a token lacking roster:write, nothing written', async () => {
    const before = await total();
    const anonymous = await upload(server, body(), CSV);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe(ERROR_CODES.UNAUTHENTICATED);
    const bad = await upload(server, body(), { ...CSV, authorization: 'Bearer lnt_nonsense' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe(ERROR_CODES.TOKEN_INVALID);
    const forbidden = await upload(server, body(), { ...CSV, ...reader.headers });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe(ERROR_CODES.FORBIDDEN);
    expect(await total()).toBe(before);
  });

  it('415 for a body that is neither text/csv nor multipart/form-data', async () => {
    const res = await upload(server, JSON.stringify({ csv: body() }), { 'content-type': 'application/json', ...writer.headers });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe(ERROR_CODES.UNSUPPORTED_MEDIA_TYPE);
    const none = await upload(server, new Blob([body()]), writer.headers);
    expect(none.status).toBe(415);
  });

  it('400 for a file that is not a roster CSV: missing column, broken quoting further down, no rows', async () => {
    const missing = await upload(server, 'nip,name\n1,a\n', { ...CSV, ...writer.headers });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: ERROR_CODES.CSV_MISSING_COLUMN, field: 'csv.employment_type' });
    const broken = await upload(server, `${body()}\n"unterminated,x,y\n`, { ...CSV, ...writer.headers });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe(ERROR_CODES.CSV_MALFORMED);
    const empty = await upload(server, body().split('\n')[0]!, { ...CSV, ...writer.headers });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe(ERROR_CODES.CSV_EMPTY);
    const dryRun = await upload(server, body(), { ...CSV, ...writer.headers }, '?dryRun=maybe');
    expect(dryRun.status).toBe(400);
    expect(dryRun.body.error.code).toBe(ERROR_CODES.INVALID_VALUE);
  });

  it("reads a body past Fastify's global 32 MB limit: the route's own limit (64 MB) applies", async () => {
    // 33 MB that are no roster CSV: received whole, then refused for its header (400), not for its size.
    const body = `nip,name\n${'1,a\n'.repeat((33 * 1024 * 1024) / 4)}`;
    const res = await upload(server, body, { ...CSV, ...writer.headers });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(ERROR_CODES.CSV_MISSING_COLUMN);
  });

  it('413 request/body-too-large over the configured limit, from Content-Length, before anything is read', async () => {
    const big = uploadCsv(agency, 4_000, 'Terlalu Besar').csv;
    expect(Buffer.byteLength(big)).toBeGreaterThan(0.25 * 1024 * 1024);
    const res = await upload(small, big, { ...CSV, ...smallWriter.headers });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe(ERROR_CODES.BODY_TOO_LARGE);
    const form = new FormData();
    form.append('file', new Blob([big], { type: 'text/csv' }), 'roster.csv');
    const multipart = await upload(small, form, smallWriter.headers);
    expect(multipart.status).toBe(413);
    expect(multipart.body.error.code).toBe(ERROR_CODES.BODY_TOO_LARGE);
  });

  it('413 for a body without Content-Length, stopped once past the limit: the rest is never read', async () => {
    const chunk = new TextEncoder().encode(`${'x'.repeat(1023)}\n`);
    let pulled = 0;
    const LOTS = 256 * 1024 * 1024;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= LOTS) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    let status: number | null = null;
    let code: string | null = null;
    try {
      const res = await upload(small, stream, { ...CSV, ...smallWriter.headers });
      status = res.status;
      code = res.body.error.code;
    } catch {
      // The server closed the connection after its answer while the body was still being sent.
    }
    if (status !== null) {
      expect(status).toBe(413);
      expect(code).toBe(ERROR_CODES.BODY_TOO_LARGE);
    }
    expect(pulled).toBeLessThan(LOTS / 4);
    // The server goes on serving.
    expect((await small.gql('{ viewer { role } }')).data.viewer.role).toBe('ORGANIZER');
    expect(await count('Terlalu Besar%')).toBe(0);
  });

  it('a form upload under a session cookie needs the preflight header, as GraphQL does (CSRF)', async () => {
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob([body()], { type: 'text/csv' }), 'roster.csv');
      return f;
    };
    const refused = await upload(server, form(), server.headers, '?dryRun=true');
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe(ERROR_CODES.BAD_REQUEST);
    const accepted = await upload(server, form(), { ...server.headers, 'apollo-require-preflight': 'true' }, '?dryRun=true');
    expect(accepted.status).toBe(202);
    expect((await settled(server, accepted.body.id)).status).toBe('COMPLETED');
  });
});

describe('POST /imports/persons: imports', () => {
  const BAD_NIP = '199913451990031001';
  const good = () => [
    { nip: nip('1968-04-12', '1994-03', 'MALE', 811), name: 'Unggah Satu', agencyCode: agency },
    { nip: nip('1991-09-30', '2015-02', 'FEMALE', 812), name: 'Unggah Dua', agencyCode: agency },
    { nip: nip('1999-01-05', '2023-06', 'MALE', 813), name: 'Unggah Tiga', agencyCode: agency },
  ];
  const csv = () => rosterCsv([...good(), { nip: BAD_NIP, name: 'Unggah Salah', agencyCode: agency }, { nip: nip('1980-01-01', '2005-01', 'MALE', 814), name: 'Unggah Tanpa Instansi', agencyCode: 'NO-SUCH' }]);

  it('a dry run checks every row, reports the bad ones by line and column, and writes nothing', async () => {
    const before = await total();
    const res = await upload(server, csv(), { ...CSV, ...writer.headers }, '?dryRun=true');
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'QUEUED' });
    const imp = await settled(writer, res.body.id);
    expect(imp).toMatchObject({ status: 'COMPLETED', dryRun: true, totalRows: 5, rowsRead: 5, validRows: 3, created: 3, updated: 0, rejectedRows: 2, progress: 1, errorCode: null });
    expect(imp.rowErrors).toEqual([
      { line: 5, field: 'nip', code: ERROR_CODES.NIP_BIRTH_DATE, message: expect.any(String) },
      { line: 6, field: 'agency_code', code: ERROR_CODES.AGENCY_UNKNOWN, message: expect.any(String) },
    ]);
    expect(imp.unknownAgencyCodes).toEqual(['NO-SUCH']);
    expect(JSON.stringify(imp)).not.toContain(BAD_NIP);
    expect(await total()).toBe(before);
    expect(await count('Unggah %')).toBe(0);
  });

  it('writes the good rows and reports the bad ones with their lines, never their NIP; again, it updates', async () => {
    const res = await upload(server, csv(), { ...CSV, ...writer.headers });
    expect(res.status).toBe(202);
    const imp = await settled(writer, res.body.id);
    expect(imp).toMatchObject({ status: 'COMPLETED', dryRun: false, totalRows: 5, validRows: 3, created: 3, updated: 0, rejectedRows: 2, bytesReceived: Buffer.byteLength(csv()) });
    expect(imp.rowErrors.map((e: any) => [e.line, e.field, e.code])).toEqual([[5, 'nip', ERROR_CODES.NIP_BIRTH_DATE], [6, 'agency_code', ERROR_CODES.AGENCY_UNKNOWN]]);
    expect(JSON.stringify(imp)).not.toContain(BAD_NIP);
    expect(await count('Unggah %')).toBe(3);
    const again = await settled(writer, (await upload(server, csv(), { ...CSV, ...writer.headers })).body.id);
    expect(again).toMatchObject({ created: 0, updated: 3 });
    expect(await count('Unggah %')).toBe(3);
  });

  it('takes the file of a multipart form, `;`-separated with a BOM', async () => {
    const rows = [{ nip: nip('1985-05-05', '2010-01', 'FEMALE', 821), name: 'Formulir Satu', agencyCode: agency }];
    const form = new FormData();
    form.append('note', 'ignored');
    form.append('file', new Blob([`\uFEFF${rosterCsv(rows, ';')}`], { type: 'text/csv' }), 'roster.csv');
    const res = await upload(server, form, writer.headers);
    expect(res.status).toBe(202);
    expect(await settled(writer, res.body.id)).toMatchObject({ status: 'COMPLETED', created: 1, rejectedRows: 0 });
    expect(await count('Formulir %')).toBe(1);
  });

  it('is a node of its academy: reachable by node(id:) and personImports, invisible to another academy', async () => {
    const res = await upload(server, csv(), { ...CSV, ...writer.headers }, '?dryRun=true');
    await settled(writer, res.body.id);
    const node = await server.gql(`query($id: ID!) { node(id: $id) { __typename ... on PersonImport { status dryRun } } }`, { id: res.body.id });
    expect(node.data.node).toEqual({ __typename: 'PersonImport', status: 'COMPLETED', dryRun: true });
    const list = await server.gql(`{ personImports(first: 1) { nodes { id } } }`);
    expect(list.data.personImports.nodes[0].id).toBe(res.body.id);
    const other = await server.signIn(...DEMO.organizerSulsel);
    expect((await other.gql(PERSON_IMPORT, { id: res.body.id })).data.personImport).toBeNull();
    expect((await other.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: res.body.id })).data.node).toBeNull();
  });

  it('imports a 20 MB file of 200,000 rows with a token: every good row in the database, the bad ones reported', async () => {
    const { csv: big, bad, badNips } = uploadCsv(agency, 200_000, 'Massal', 10_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(19 * 1024 * 1024);
    const res = await upload(server, big, { ...CSV, ...writer.headers });
    expect(res.status).toBe(202);
    const imp = await settled(writer, res.body.id);
    expect(imp).toMatchObject({
      status: 'COMPLETED', totalRows: 200_000, rowsRead: 200_000, validRows: 200_000 - bad, rejectedRows: bad,
      bytesReceived: Buffer.byteLength(big), progress: 1,
    });
    // A few generated NIPs may belong to the demo roster already: updated, not created.
    expect(imp.created + imp.updated).toBe(200_000 - bad);
    expect(imp.updated).toBeLessThan(10);
    expect(imp.rowErrors).toHaveLength(bad);
    expect(imp.rowErrors[0]).toMatchObject({ line: 10_001, field: 'nip', code: ERROR_CODES.NIP_GENDER });
    expect(imp.rowErrors.at(-1)).toMatchObject({ line: 200_001 });
    for (const n of badNips) expect(JSON.stringify(imp)).not.toContain(n);
    expect(await count('Massal %')).toBe(200_000 - bad);
  }, 300_000);
});
