import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { adminClient, tokenClient } from '../support/auth.js';

let server: RunningServer;
let admin: Client;
let a: Client;
let b: Client;
let aCohort: { id: string; code: string };
let aPerson: { id: string; nip: string };

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  admin = (await adminClient(server)).client;
  a = await server.signIn(...DEMO.organizerBabel);
  b = await server.signIn(...DEMO.organizerSulsel);
  aCohort = (await a.gql('{ cohort(code: "DLA-2027-01") { id code } }')).data.cohort;
  aPerson = (await a.gql('{ persons(first: 1) { nodes { id nip } } }')).data.persons.nodes[0];
}, 60_000);
afterAll(() => server?.stop());

const missing = (type: string) => Buffer.from(`${type}:987654321`).toString('base64url');

describe('tenancy', () => {
  it("shows an organizer only their academy's data", async () => {
    const mine = (await b.gql('{ cohorts(first: 10) { totalCount } persons(first: 1) { totalCount } programs(first: 10) { nodes { academy { code } } } }')).data;
    expect(mine.cohorts.totalCount).toBe(0);
    expect(mine.persons.totalCount).toBe(420);
    expect(new Set(mine.programs.nodes.map((p: any) => p.academy.code))).toEqual(new Set(['BPSDMD-SULSEL']));
    const all = (await admin.gql('{ persons(first: 1) { totalCount } }')).data.persons.totalCount;
    expect(all).toBe(6739);
    // Reports too: an organizer's figures cover their academy, whatever academy they ask for.
    const babel = (await a.gql('{ academies(first: 1) { nodes { id } } }')).data.academies.nodes[0].id;
    const report = (await b.gql('query($a: ID) { participationByEselon(filter: { academyId: $a }) { roster enrolled } }', { a: babel })).data.participationByEselon;
    expect(report.reduce((n: number, r: any) => n + r.roster, 0)).toBe(420);
    expect(report.reduce((n: number, r: any) => n + r.enrolled, 0)).toBe(0);
  });

  it("answers a question about another academy's object exactly as one about a missing object", async () => {
    const q = 'query($id: ID!) { node(id: $id) { id } }';
    expect(await b.gql(q, { id: aCohort.id }).then((r) => r.data)).toEqual(await b.gql(q, { id: missing('Cohort') }).then((r) => r.data));
    expect((await b.gql(q, { id: aCohort.id })).data.node).toBeNull();
    expect((await b.gql('query($c: String!) { cohort(code: $c) { id } }', { c: aCohort.code })).data.cohort).toBeNull();
    expect((await b.gql('query($n: String!) { person(nip: $n) { id } }', { n: aPerson.nip })).data.person).toBeNull();
    const ENROLL = 'mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { field code } } }';
    const theirs = (await b.gql(ENROLL, { c: aCohort.id, p: [] })).data.enroll.errors;
    const nothing = (await b.gql(ENROLL, { c: missing('Cohort'), p: [] })).data.enroll.errors;
    expect(theirs).toEqual([{ field: 'cohortId', code: ERROR_CODES.NOT_FOUND }]);
    expect(theirs).toEqual(nothing);
    const invite = (await b.gql('mutation($p: ID!) { createInvitation(personId: $p) { errors { code } } }', { p: aPerson.id })).data.createInvitation.errors;
    expect(invite).toEqual([{ code: ERROR_CODES.NOT_FOUND }]);
  });

  it("shows an agency's HR officer its own agency only: people, nominations, open cohorts; the rest looks missing", async () => {
    const hr = await server.signIn(...DEMO.agencyHrBabel);
    const seen = (await hr.gql('{ agencies(first: 5) { nodes { code } } persons(first: 100) { totalCount nodes { agency { code } } } cohorts(first: 50) { nodes { status } } nominations(first: 50) { nodes { id status agency { code } } } }')).data;
    expect(seen.agencies.nodes.map((x: any) => x.code)).toEqual(['BABEL-DISKOMINFO']);
    expect(new Set(seen.persons.nodes.map((p: any) => p.agency.code))).toEqual(new Set(['BABEL-DISKOMINFO']));
    const roster = (await a.gql('query($c: String) { agencies(first: 1, search: $c) { nodes { id } } }', { c: 'BABEL-DISKOMINFO' })).data.agencies.nodes[0].id;
    expect(seen.persons.totalCount).toBe((await a.gql('query($g: String!) { persons(first: 1, filter: { agencyId: $g }) { totalCount } }', { g: roster })).data.persons.totalCount);
    expect(new Set(seen.cohorts.nodes.map((c: any) => c.status))).toEqual(new Set(['OPEN']));
    // The demo's nominations of that agency, in every state.
    expect(new Set(seen.nominations.nodes.map((n: any) => n.status))).toEqual(new Set(['ACCEPTED', 'WAITLISTED', 'PENDING', 'SUPERVISOR_PENDING', 'DECLINED', 'WITHDRAWN', 'EXPIRED']));
    // Another academy's organizer and a made-up id get the same answer for one of them.
    const q = 'query($id: ID!) { node(id: $id) { id } }';
    const one = seen.nominations.nodes[0].id;
    expect((await hr.gql(q, { id: one })).data.node).toEqual({ id: one });
    expect((await b.gql(q, { id: one })).data).toEqual((await b.gql(q, { id: missing('Nomination') })).data);
    expect((await b.gql(q, { id: one })).data.node).toBeNull();
    // Someone of another agency of the same academy is missing for the HR officer.
    const other = (await a.gql('{ persons(first: 50) { nodes { nip agency { code } } } }')).data.persons.nodes.find((p: any) => p.agency.code !== 'BABEL-DISKOMINFO');
    expect((await hr.gql('query($n: String!) { person(nip: $n) { id } }', { n: other.nip })).data.person).toBeNull();
    // And reports, tokens and webhooks are not the HR officer's.
    expect((await hr.gql('{ participationByEselon { roster } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });

  it("refuses to rewrite a person on another academy's roster through an import", async () => {
    const agency = (await b.gql('{ agencies(first: 1) { nodes { code } } }')).data.agencies.nodes[0].code;
    const csv = `nip,name,employment_type,position_type,eselon,job_title,agency_code\n${aPerson.nip},Pindahan,PNS,PELAKSANA,,,${agency}\n`;
    const res = (await b.gql('mutation($csv: String!) { importPersons(csv: $csv) { validRows rowErrors { field code message } } }', { csv })).data.importPersons;
    expect(res.validRows).toBe(0);
    expect(res.rowErrors).toEqual([{ field: 'nip', code: ERROR_CODES.OTHER_ROSTER, message: expect.any(String) }]);
    expect(JSON.stringify(res)).not.toContain(aPerson.nip);
    const aAgency = (await a.gql('{ agencies(first: 1) { nodes { code } } }')).data.agencies.nodes[0].code;
    const foreign = `nip,name,employment_type,position_type,eselon,job_title,agency_code\n197001011995031001,Orang Baru,PNS,PELAKSANA,,,${aAgency}\n`;
    expect((await b.gql('mutation($csv: String!) { importPersons(csv: $csv, dryRun: true) { rowErrors { code } } }', { csv: foreign })).data.importPersons.rowErrors).toEqual([{ code: ERROR_CODES.AGENCY_UNKNOWN }]);
  });

  it("shows a participant only their own person, cohorts and enrolments", async () => {
    const nip = (await admin.gql('{ accounts(first: 20) { nodes { role person { nip } } } }')).data.accounts.nodes.find((x: any) => x.role === 'PARTICIPANT').person.nip;
    const p = await server.signIn(nip, DEMO.participantPassword);
    const v = (await p.gql('{ viewer { person { nip enrollments(first: 10) { nodes { cohort { code } } } } } cohorts(first: 20) { nodes { code enrollments(first: 100) { totalCount } } } }')).data;
    expect(v.viewer.person.nip).toBe(nip);
    const own = v.viewer.person.enrollments.nodes.map((e: any) => e.cohort.code).sort();
    expect(v.cohorts.nodes.map((c: any) => c.code).sort()).toEqual(own);
    for (const c of v.cohorts.nodes) expect(c.enrollments.totalCount).toBe(1);
    expect((await p.gql('{ persons(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });
});

describe('personal fields', () => {
  const Q = '{ cohort(code: "DLA-2027-01") { enrollments(first: 3) { nodes { person { id nip birthDate gender } } } } }';

  it('are masked for a token without the roster scope, shown and audited with it', async () => {
    const schedule = await tokenClient(server, a, ['schedule:read']);
    const masked = (await schedule.gql(Q)).data.cohort.enrollments.nodes.map((n: any) => n.person);
    for (const p of masked) {
      expect(p.nip).toMatch(/^\d{4}\*{12}\d{2}$/);
      expect(p.birthDate).toBeNull();
      expect(p.gender).toBeNull();
    }
    const roster = await tokenClient(server, a, ['roster:read', 'schedule:read'], 'SIASN');
    const shown = (await roster.gql(Q)).data.cohort.enrollments.nodes.map((n: any) => n.person);
    for (const p of shown) {
      expect(p.nip).toMatch(/^\d{18}$/);
      expect(p.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const trail = (await admin.gql('{ auditEvents(first: 50, filter: { action: "personal-data.read" }) { nodes { actor actorLabel targetType targetId } } }')).data.auditEvents.nodes;
    expect(trail.filter((t: any) => t.actorLabel === 'SIASN')).toHaveLength(shown.length);
    const ids = new Set(shown.map((p: any) => Buffer.from(p.id, 'base64url').toString().split(':')[1]));
    expect(new Set(trail.filter((t: any) => t.actorLabel === 'SIASN').map((t: any) => t.targetId))).toEqual(ids);
  });
});

describe('audit trail and the data subject', () => {
  it('records every write with who, what, when and from where', async () => {
    await a.gql('mutation($id: ID!) { updateCohort(input: { id: $id, name: "DLA Angkatan I 2027 (revisi)" }) { errors { code } } }', { id: aCohort.id });
    const res = await admin.gql(`{ auditEvents(first: 20, filter: { action: "mutation.updateCohort" }) { nodes { actor actorLabel action ip createdAt details } } }`);
    if (!res.data) console.log(JSON.stringify(res.errors));
    const events = res.data.auditEvents.nodes;
    expect(events[0]).toMatchObject({ actor: expect.stringMatching(/^account:\d+$/), actorLabel: 'Rahmawati (BKPSDMD Babel)', action: 'mutation.updateCohort', ip: expect.any(String), details: { ok: true } });
  });

  it("exports everything held about a person and erases them while the counts stay", async () => {
    const enrolled = (await a.gql('{ cohort(code: "DLA-2027-01") { enrolledCount enrollments(first: 1, statuses: [ENROLLED]) { nodes { person { id nip name } } } } }')).data.cohort;
    const person = enrolled.enrollments.nodes[0].person;
    const exported = (await admin.gql('mutation($p: ID!) { exportPersonData(personId: $p) { data errors { code } } }', { p: person.id })).data.exportPersonData;
    expect(exported.data.person).toMatchObject({ nip: person.nip, name: person.name });
    expect(exported.data.enrollments).toContainEqual(expect.objectContaining({ cohort: 'DLA-2027-01' }));
    const erased = (await admin.gql('mutation($p: ID!) { erasePerson(personId: $p) { person { name nip gender } errors { code } } }', { p: person.id })).data.erasePerson;
    expect(erased.person.name).not.toContain(person.name);
    expect(erased.person.nip).not.toBe(person.nip);
    expect(erased.person.gender).toBeNull();
    expect((await admin.gql('query($n: String!) { person(nip: $n) { id } }', { n: person.nip })).data.person).toBeNull();
    expect((await a.gql('{ cohort(code: "DLA-2027-01") { enrolledCount } }')).data.cohort.enrolledCount).toBe(enrolled.enrolledCount);
    const trail = (await admin.gql(`{ auditEvents(first: 10, filter: { targetType: "Person", targetId: "${Buffer.from(person.id, 'base64url').toString().split(':')[1]}" }) { nodes { action } } }`)).data.auditEvents.nodes.map((e: any) => e.action);
    expect(trail).toContain('privacy.export');
  });
});
