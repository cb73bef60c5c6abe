import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { closedCohort, participant, people } from '../support/certificates.js';
import { mutate, CREATE_ACADEMY } from '../support/catalogue.js';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy.js';
import { tokenClient } from '../support/auth.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { sqlRun } from '../support/sql.js';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));

// Certificates (STTP): issued at close to completers only, numbered and with unguessable
// codes; the PDF for holder and organizers only; public verification with exactly the
// allowed fields; revocation audited; another academy's certificates look missing.

const PUBLIC = 'https://lintas.example.id';
const CERTS = `query($f: CertificateFilter) { certificates(first: 50, filter: $f) { totalCount nodes {
  id number code jp valid revokedAt revokeReason verifyUrl pdfPath modules { code title jp } person { name } cohort { code } enrollment { id status certificateNumber certificate { id } } } } }`;
const VERIFY = `query($c: String!) { verifyCertificate(code: $c) { status number holderName programName cohortName cohortCode startDate endDate jp academyName issuedAt revokedAt } }`;
const REVOKE = 'mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { certificate { id valid revokeReason } errors { field code } } }';
const SHOTS = '/tmp/shots-certificates';

let server: RunningServer;
let admin: Client;
let org: Client;
let who: Record<string, { id: string; nip: string }>;
let certs: any[];
let closeStatements: number;

beforeAll(async () => {
  server = await startServer({ seed: 'none', env: { LINTAS_PUBLIC_URL: PUBLIC } });
  ({ admin } = await newAcademy(server));
  org = await server.signIn(...NEW_ORGANIZER);
  who = await people(org);
  const closed = await closedCohort(org, 'DLA', 'DLA-2026-09', '2026-09-10', [who['Bambang Uji Baru']!.id, who['Hendra Uji Baru']!.id], [who['Sari Uji Baru']!.id]);
  closeStatements = closed.statements;
  certs = (await org.gql(CERTS, {})).data.certificates.nodes;
}, 120_000);
afterAll(() => server?.stop());

const pdf = (c: Client | null, code: string) => fetch(`${server.url}/certificates/${code}.pdf`, { headers: c?.headers ?? {} });

describe('issuing', () => {
  it('gives one certificate to each completer, numbered, with a 128-bit base32 code, the JP and the modules', () => {
    expect(certs.map((c) => c.person.name).sort()).toEqual(['Bambang Uji Baru', 'Hendra Uji Baru']);
    expect(new Set(certs.map((c) => c.number)).size).toBe(2);
    for (const c of certs) {
      expect(c.number).toMatch(/^BPSDMD-UJI\/DLA\/2026\/[12]$/);
      expect(c.code).toMatch(/^[a-z2-7]{26}$/);
      expect(c.jp).toBe(8);
      expect(c.modules.map((m: any) => [m.code, m.jp])).toEqual([['DLA-01', 4], ['DLA-02', 4]]);
      expect(c.valid).toBe(true);
      expect(c.verifyUrl).toBe(`${PUBLIC}/verify/${c.code}`);
      expect(c.pdfPath).toBe(`/certificates/${c.code}.pdf`);
      expect(c.enrollment).toMatchObject({ status: 'COMPLETED', certificateNumber: c.number, certificate: { id: c.id } });
    }
    expect(certs[0].code).not.toBe(certs[1].code);
    expect(closeStatements).toBeGreaterThan(0);
  });

  it('lists a person\'s certificates on Person.certificates and filters by cohort and revoked', async () => {
    const res = await org.gql('query($id: ID!) { node(id: $id) { ... on Person { certificates(first: 10) { totalCount nodes { number } } } } }', { id: who['Sari Uji Baru']!.id });
    expect(res.data.node.certificates).toEqual({ totalCount: 0, nodes: [] });
    const b = await org.gql('query($id: ID!) { node(id: $id) { ... on Person { certificates(first: 10) { totalCount } } } }', { id: who['Bambang Uji Baru']!.id });
    expect(b.data.node.certificates.totalCount).toBe(1);
    expect((await org.gql(CERTS, { f: { revoked: true } })).data.certificates.totalCount).toBe(0);
  });
});

describe('the PDF', () => {
  it('is served to the holder and the organizers, 404 to anyone else and for unknown codes', async () => {
    const bambang = certs.find((c) => c.person.name === 'Bambang Uji Baru');
    const hendra = certs.find((c) => c.person.name === 'Hendra Uji Baru');
    const res = await pdf(org, bambang.code);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(`${SHOTS}/certificate.pdf`, bytes);
    // Rendered to PNG to be looked at (poppler-utils' pdftoppm; .ci/run installs it): a one-page A4 document.
    const info = execFileSync('pdfinfo', [`${SHOTS}/certificate.pdf`]).toString();
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', `${SHOTS}/certificate.pdf`, `${SHOTS}/certificate-pdf`]);
    expect(existsSync(`${SHOTS}/certificate-pdf.png`)).toBe(true);

    const holder = await participant(server, org, who['Bambang Uji Baru']!, 'bambang-uji-2026!');
    expect((await pdf(holder, bambang.code)).status).toBe(200);
    expect((await pdf(holder, hendra.code)).status).toBe(404);
    expect((await pdf(null, bambang.code)).status).toBe(404);
    expect((await pdf(org, 'a'.repeat(26))).status).toBe(404);
    // The holder sees their own certificates and their JP this year against the 20 JP right.
    const mine = await holder.gql('{ viewer { person { jpThisYear certificates(first: 10) { nodes { number verifyUrl pdfPath } } } } }');
    expect(mine.data.viewer.person.certificates.nodes).toEqual([{ number: bambang.number, verifyUrl: bambang.verifyUrl, pdfPath: bambang.pdfPath }]);
    expect((await holder.gql(CERTS, {})).data.certificates.nodes.map((c: any) => c.number)).toEqual([bambang.number]);
  });
});

describe('public verification', () => {
  it('shows exactly the allowed fields, no NIP or birth date, to anyone; unknown codes get the same shape', async () => {
    const c = certs[0];
    const anon = server.client();
    const v = (await anon.gql(VERIFY, { c: c.code })).data.verifyCertificate;
    expect(v).toMatchObject({
      status: 'VALID', number: c.number, holderName: c.person.name, programName: 'Digital Leadership Academy', cohortName: 'Angkatan DLA-2026-09',
      cohortCode: 'DLA-2026-09', startDate: '2026-09-10', endDate: '2026-09-10', jp: 8, academyName: 'BPSDMD Provinsi Uji', revokedAt: null,
    });
    const unknown = (await anon.gql(VERIFY, { c: 'b'.repeat(26) })).data.verifyCertificate;
    expect(Object.keys(unknown)).toEqual(Object.keys(v));
    expect(unknown.status).toBe('UNKNOWN');
    expect(Object.values(unknown).filter((x) => x !== null)).toEqual(['UNKNOWN']);

    const page = await fetch(`${server.url}/verify/${c.code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(`${SHOTS}/verify.html`, html);
    for (const s of ['Sertifikat ini SAH', c.number, c.person.name, 'Digital Leadership Academy', 'DLA-2026-09', '10 September 2026', 'BPSDMD Provinsi Uji']) expect(html).toContain(s.replace(/&/g, '&amp;'));
    const nip = who[c.person.name]!.nip;
    expect(html).not.toContain(nip);
    expect(html).not.toContain(nip.slice(0, 8));
    expect(JSON.stringify(v)).not.toContain(nip.slice(0, 8));
    const missing = await fetch(`${server.url}/verify/${'b'.repeat(26)}`);
    expect(missing.status).toBe(200);
    expect(await missing.text()).toContain('Sertifikat tidak ditemukan');
  });

  it('escapes what it shows', async () => {
    const res = await fetch(`${server.url}/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(await res.text()).not.toContain('<script>');
  });
});

describe('revocation', () => {
  it('needs a reason, is audited, shows as revoked, and cannot be repeated', async () => {
    const c = certs.find((x) => x.person.name === 'Hendra Uji Baru');
    expect((await org.gql(REVOKE, { i: { certificateId: c.id, reason: '  ' } })).data.revokeCertificate.errors).toEqual([{ field: 'reason', code: ERROR_CODES.CERTIFICATE_REASON_REQUIRED }]);
    const done = (await org.gql(REVOKE, { i: { certificateId: c.id, reason: 'Data kehadiran keliru' } })).data.revokeCertificate;
    expect(done).toEqual({ certificate: { id: c.id, valid: false, revokeReason: 'Data kehadiran keliru' }, errors: [] });
    expect((await org.gql(REVOKE, { i: { certificateId: c.id, reason: 'lagi' } })).data.revokeCertificate.errors).toEqual([{ field: 'certificateId', code: ERROR_CODES.CERTIFICATE_ALREADY_REVOKED }]);
    const v = (await server.client().gql(VERIFY, { c: c.code })).data.verifyCertificate;
    expect(v.status).toBe('REVOKED');
    expect(v.revokedAt).not.toBeNull();
    const html = await (await fetch(`${server.url}/verify/${c.code}`)).text();
    expect(html).toContain('DICABUT');
    const trail = await admin.gql('{ auditEvents(first: 20) { nodes { action targetType } } }');
    expect(trail.errors).toBeUndefined();
    expect(trail.data.auditEvents.nodes).toContainEqual({ action: 'certificate.revoked', targetType: 'Certificate' });
    expect((await org.gql(CERTS, { f: { revoked: true } })).data.certificates.totalCount).toBe(1);
  });
});

describe('tenancy', () => {
  it("another academy's organizer and tokens see nothing of these certificates, except through public verification", async () => {
    const academy = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'LAIN-UJI', name: 'Akademi Lain' } });
    expect(academy.errors).toEqual([]);
    const made = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: 'lain@akademi-lain.test', name: 'Penyelenggara Lain', role: 'ORGANIZER', academyId: academy.academy.id, password: 'penyelenggara-lain-2026!' },
    });
    expect(made.data.createAccount.errors).toEqual([]);
    const other = await server.signIn('lain@akademi-lain.test', 'penyelenggara-lain-2026!');
    const c = certs.find((x) => x.person.name === 'Bambang Uji Baru');
    expect((await other.gql(CERTS, {})).data.certificates.totalCount).toBe(0);
    expect((await other.gql('query($id: ID!) { node(id: $id) { id } }', { id: c.id })).data.node).toBeNull();
    const revoke = (await other.gql(REVOKE, { i: { certificateId: c.id, reason: 'coba' } })).data.revokeCertificate;
    expect(revoke.errors).toEqual([{ field: 'certificateId', code: ERROR_CODES.NOT_FOUND }]);
    expect((await pdf(other, c.code)).status).toBe(404);
    expect((await other.gql(VERIFY, { c: c.code })).data.verifyCertificate.status).toBe('VALID');
    // A token of the issuing academy with the roster scope reads them and the PDF.
    const token = await tokenClient(server, org, ['roster:read']);
    expect((await token.gql(CERTS, {})).data.certificates.totalCount).toBe(2);
    expect((await pdf(token, c.code)).status).toBe(200);
  });
});

describe('floods', () => {
  it('are limited per address: 429 on the page, the sign-in limit code in GraphQL', async () => {
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) last = (await fetch(`${server.url}/verify/${'c'.repeat(26)}`)).status;
    expect(last).toBe(429);
    const limited = await fetch(`${server.url}/verify/${certs[0].code}`);
    expect(limited.status).toBe(429);
    const body = await limited.text();
    expect(body).toContain('Terlalu banyak');
    expect(body).not.toContain(certs[0].number);
    const g = await server.client().gql(VERIFY, { c: certs[0].code });
    expect(g.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.RATE_LIMITED);
  });
});

describe('backfill', () => {
  it('issues, once, the certificates of completers who have none (completed before certificates existed)', async () => {
    await closedCohort(org, 'DLA', 'DLA-2026-08', '2026-08-12', [who['Bambang Uji Baru']!.id], [who['Sari Uji Baru']!.id]);
    const issued = (await org.gql(CERTS, {})).data.certificates.nodes.filter((c: any) => c.cohort.code === 'DLA-2026-08');
    expect(issued.map((c: any) => c.person.name)).toEqual(['Bambang Uji Baru']);
    // As before the feature: the enrolment is completed and numbered, and no certificate exists.
    await sqlRun(server.databaseUrl, `delete from certificate where code = '${issued[0].code}'`);
    expect((await org.gql(CERTS, {})).data.certificates.nodes.filter((c: any) => c.cohort.code === 'DLA-2026-08')).toEqual([]);
    const cli = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: server.databaseUrl }, encoding: 'utf8' });
    expect(cli('certificates:backfill')).toContain('certificates issued: 1');
    const back = (await org.gql(CERTS, {})).data.certificates.nodes.filter((c: any) => c.cohort.code === 'DLA-2026-08');
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ number: issued[0].number, jp: 8, valid: true, person: { name: 'Bambang Uji Baru' } });
    expect(back[0].code).toMatch(/^[a-z2-7]{26}$/);
    expect(back[0].code).not.toBe(issued[0].code);
    // Idempotent, and the other cohorts' certificates are untouched.
    expect(cli('certificates:backfill')).toContain('certificates issued: 0');
    expect((await org.gql(CERTS, {})).data.certificates.totalCount).toBe(certs.length + 1);
  }, 60_000);
});
