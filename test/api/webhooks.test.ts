import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { nip, rosterCsv } from '../support/roster.js';
import { postgresAvailable, tempDatabase } from '../support/postgres.js';

/**
 * A receiver on 127.0.0.1 that answers the first attempt at an event with 500, lets the
 * second run past the server's timeout, and accepts from the third on. It checks every
 * signature the way the integrator guide tells receivers to.
 */
interface Received {
  path: string;
  id: string;
  type: string;
  attempt: number;
  signatureOk: boolean;
  accepted: boolean;
  body: any;
}

const TIMEOUT_MS = 2000;
const secrets = new Map<string, string>();
const received: Received[] = [];
const seenPerId = new Map<string, number>();
let receiver: Server;
let receiverUrl: string;

function verify(secret: string, headers: IncomingHttpHeaders, raw: string): boolean {
  const ts = String(headers['lintas-timestamp'] ?? '');
  if (!/^\d+$/.test(ts) || Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${ts}.${raw}`).digest('hex')}`);
  // One `v1=` signature per signing secret, space-separated (two during a rotation's overlap): one must match.
  return String(headers['lintas-signature'] ?? '').split(' ').some((signature) => {
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

function startReceiver(): Promise<void> {
  receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const id = String(req.headers['lintas-event-id']);
      const n = (seenPerId.get(id) ?? 0) + 1;
      seenPerId.set(id, n);
      const body = JSON.parse(raw);
      const entry: Received = {
        path: req.url!, id, type: String(req.headers['lintas-event-type']), attempt: Number(req.headers['lintas-delivery-attempt']),
        signatureOk: verify(secrets.get(req.url!) ?? '', req.headers, raw), accepted: false, body,
      };
      received.push(entry);
      if (n === 1) return res.writeHead(500).end('not yet');
      if (n === 2) return void setTimeout(() => res.writeHead(200).end('too late'), TIMEOUT_MS * 2).unref();
      entry.accepted = true;
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => receiver.listen(0, '127.0.0.1', () => {
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
    resolve();
  }));
}

let server: RunningServer;
let org: Client;
let subscriptionId: string;

const CREATE = 'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret subscription { id url events active secretHint } errors { field code } } }';
const DELIVERIES = `query($s: ID!, $status: WebhookDeliveryStatus) { webhookDeliveries(subscriptionId: $s, first: 100, status: $status) {
  totalCount nodes { id eventId eventType status attemptCount maxAttempts lastHttpStatus lastError deliveredAt redelivery payload
    attempts { number attemptedAt httpStatus durationMs error } } } }`;
const EXPECTED: Record<string, number> = {
  'person.imported': 1, 'person.changed': 1, 'enrollment.changed': 2, 'session.scheduled': 2, 'session.moved': 1,
  'session.cancelled': 1, 'attendance.recorded': 1, 'enrollment.completed': 1,
};
const ALL_EVENTS = ['PERSON_IMPORTED', 'PERSON_CHANGED', 'ENROLLMENT_CHANGED', 'ENROLLMENT_COMPLETED', 'SESSION_SCHEDULED', 'SESSION_MOVED', 'SESSION_CANCELLED', 'ATTENDANCE_RECORDED'];

const accepted = (path: string) => received.filter((r) => r.path === path && r.accepted);
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 45_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(received.map((r) => [r.path, r.type, r.attempt]))}\n${server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  await startReceiver();
  server = await startServer({
    seed: 'demo',
    env: {
      LINTAS_WEBHOOK_POLL_MS: '50', LINTAS_WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS), LINTAS_WEBHOOK_BACKOFF_MS: '50',
      LINTAS_WEBHOOK_BACKOFF_MAX_MS: '200', LINTAS_WEBHOOK_MAX_ATTEMPTS: '4', ...(process.env.WEBHOOK_TEST_LOG ? { LINTAS_LOG_SQL: '1' } : {}),
    },
  });
  org = await server.signIn(...DEMO.organizerBabel);
}, 120_000);
afterAll(async () => {
  if (process.env.WEBHOOK_TEST_LOG) (await import('node:fs')).writeFileSync(process.env.WEBHOOK_TEST_LOG, server?.output() ?? '');
  await server?.stop();
  receiver?.close();
});

describe('webhook subscriptions', () => {
  it('refuses addresses that are not http(s) and subscriptions without events', async () => {
    const bad = (await org.gql(CREATE, { i: { url: 'ftp://127.0.0.1/x', events: ['PERSON_IMPORTED'] } })).data.createWebhookSubscription;
    expect(bad).toEqual({ secret: null, subscription: null, errors: [{ field: 'url', code: ERROR_CODES.WEBHOOK_URL_INVALID }] });
    const creds = (await org.gql(CREATE, { i: { url: 'https://user:pw@example.org/h', events: ['PERSON_IMPORTED'] } })).data.createWebhookSubscription;
    expect(creds.errors).toEqual([{ field: 'url', code: ERROR_CODES.WEBHOOK_URL_INVALID }]);
    const none = (await org.gql(CREATE, { i: { url: 'https://example.org/h', events: [] } })).data.createWebhookSubscription;
    expect(none.errors).toEqual([{ field: 'events', code: ERROR_CODES.REQUIRED }]);
    expect((await org.gql('{ webhookSubscriptions(first: 10) { totalCount } }')).data.webhookSubscriptions.totalCount).toBe(0);
  });

  it('shows the secret once, on creation', async () => {
    const res = (await org.gql(CREATE, { i: { url: `${receiverUrl}/babel`, events: ALL_EVENTS, description: 'portal akademi' } })).data.createWebhookSubscription;
    expect(res.errors).toEqual([]);
    expect(res.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(res.subscription).toMatchObject({ url: `${receiverUrl}/babel`, active: true, secretHint: `…${res.secret.slice(-4)}` });
    expect(res.subscription.events).toHaveLength(8);
    subscriptionId = res.subscription.id;
    secrets.set('/babel', res.secret);
    // The secret is never readable afterwards.
    const fields = (await org.gql('{ __type(name: "WebhookSubscription") { fields { name } } }')).data.__type.fields.map((f: any) => f.name);
    expect(fields).not.toContain('secret');
  });

  it("keeps each academy's subscriptions to itself, and tokens out", async () => {
    const sulsel = await server.signIn(...DEMO.organizerSulsel);
    const own = (await sulsel.gql(CREATE, { i: { url: `${receiverUrl}/sulsel`, events: ALL_EVENTS } })).data.createWebhookSubscription;
    expect(own.errors).toEqual([]);
    secrets.set('/sulsel', own.secret);
    expect((await sulsel.gql('{ webhookSubscriptions(first: 10) { nodes { id } } }')).data.webhookSubscriptions.nodes).toEqual([{ id: own.subscription.id }]);
    expect((await sulsel.gql(DELIVERIES, { s: subscriptionId })).data.webhookDeliveries.totalCount).toBe(0);
    const steal = (await sulsel.gql('mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret errors { code } } }', { id: subscriptionId })).data.rotateWebhookSecret;
    expect(steal).toEqual({ secret: null, errors: [{ code: ERROR_CODES.NOT_FOUND }] });
    expect((await sulsel.gql('query($id: ID!) { node(id: $id) { id } }', { id: subscriptionId })).data.node).toBeNull();
  });
});

describe('delivery', () => {
  let enrolledPerson: string;
  it('sends every event type, signed, retried through a 500 and a timeout, once per event id', async () => {
    // A second subscription whose address never answers ends FAILED after the last attempt.
    const dead = (await org.gql(CREATE, { i: { url: 'http://127.0.0.1:9/mati', events: ['SESSION_CANCELLED'] } })).data.createWebhookSubscription;
    expect(dead.errors).toEqual([]);

    // person.imported, then person.changed
    const agency = (await org.gql('{ agencies(first: 1) { nodes { code } } }')).data.agencies.nodes[0].code;
    const people = [
      { nip: nip('1979-04-02', '2003-03', 'MALE', 801), name: 'Uji Webhook Satu', positionType: 'STRUKTURAL', eselon: 'IVa', agencyCode: agency },
      { nip: nip('1981-08-15', '2006-01', 'FEMALE', 802), name: 'Uji Webhook Dua', positionType: 'STRUKTURAL', eselon: 'IVb', agencyCode: agency },
    ];
    const IMPORT = 'mutation($csv: String!) { importPersons(csv: $csv) { created updated errors { code } rowErrors { code field } } }';
    const imported = (await org.gql(IMPORT, { csv: rosterCsv(people) })).data.importPersons;
    expect(imported).toMatchObject({ created: 2, updated: 0, errors: [], rowErrors: [] });
    const changed = (await org.gql(IMPORT, { csv: rosterCsv([{ ...people[0]!, name: 'Uji Webhook Satu Berubah' }]) })).data.importPersons;
    expect(changed).toMatchObject({ created: 0, updated: 1 });
    const ids = await Promise.all(people.map(async (p) => (await org.gql('query($n: String!) { person(nip: $n) { id } }', { n: p.nip })).data.person.id));

    // enrollment.changed ×2 (one seat: one enrolled, one waitlisted)
    const program = (await org.gql('{ programs(first: 10) { nodes { id code modules(first: 1) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'PKP');
    const cohort = (await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.id, code: 'PKP-UJI-WEBHOOK', name: 'PKP uji webhook', startDate: '2027-03-01', endDate: '2027-03-05', capacity: 1 },
    })).data.createCohort.cohort.id;
    const enrolled = (await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { enrollments { status person { id } } errors { code } } }', { c: cohort, p: ids })).data.enroll;
    expect(enrolled.enrollments.map((e: any) => e.status)).toEqual(['ENROLLED', 'WAITLISTED']);
    enrolledPerson = enrolled.enrollments[0].person.id;

    // session.scheduled ×2, session.moved, session.cancelled
    const APPLY = 'mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id version status } errors { code } } }';
    const moduleId = program.modules.nodes[0].id;
    const made = (await org.gql(APPLY, { c: cohort, ops: [
      { moduleId, startsAt: '2027-03-02T01:00:00Z', endsAt: '2027-03-02T03:15:00Z' },
      { moduleId, startsAt: '2027-03-03T01:00:00Z', endsAt: '2027-03-03T03:15:00Z' },
    ] })).data.applySchedule;
    expect(made.errors).toEqual([]);
    const [kept, dropped] = made.sessions;
    const moved = (await org.gql(APPLY, { c: cohort, ops: [{ id: kept.id, version: kept.version, startsAt: '2027-03-02T02:00:00Z', endsAt: '2027-03-02T04:15:00Z' }, { id: dropped.id, cancel: true }] })).data.applySchedule;
    expect(moved.errors).toEqual([]);

    // attendance.recorded, then enrollment.completed when the cohort closes
    const recorded = (await org.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', { s: kept.id, e: [{ personId: enrolledPerson, status: 'PRESENT' }] })).data.recordAttendance;
    expect(recorded.errors).toEqual([]);
    const closed = (await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { cohort { status } errors { code } } }', { i: { id: cohort, status: 'CLOSED' } })).data.updateCohort;
    expect(closed).toEqual({ cohort: { status: 'CLOSED' }, errors: [] });

    const total = Object.values(EXPECTED).reduce((a, b) => a + b, 0);
    await until(() => new Set(accepted('/babel').map((r) => r.id)).size >= total, `${total} accepted events`);
    await new Promise((r) => setTimeout(r, 500)); // room for a duplicate to show up, if there were one
    const babel = accepted('/babel');
    const byType: Record<string, number> = {};
    for (const r of babel) byType[r.type] = (byType[r.type] ?? 0) + 1;
    expect(byType).toEqual(EXPECTED);
    // Exactly once per event id after the failed attempts, every request signed.
    expect(new Set(babel.map((r) => r.id)).size).toBe(babel.length);
    expect(received.filter((r) => r.path === '/babel').every((r) => r.signatureOk)).toBe(true);
    for (const r of babel) {
      expect(r.attempt).toBe(3);
      expect(r.body).toMatchObject({ id: r.id, type: r.type, academyId: expect.any(String), data: expect.any(Object) });
      expect(new Date(r.body.occurredAt).toISOString()).toBe(r.body.occurredAt);
    }
    // Payloads name what changed by global id, without personal values.
    const imports = babel.find((r) => r.type === 'person.imported')!.body.data;
    expect(imports).toEqual({ count: 2, personIds: expect.arrayContaining(ids) });
    expect(JSON.stringify(babel.map((r) => r.body))).not.toContain(people[0]!.nip);
    expect(babel.find((r) => r.type === 'enrollment.completed')!.body.data).toMatchObject({ personId: enrolledPerson, cohortId: cohort, status: 'COMPLETED' });
    expect(babel.find((r) => r.type === 'session.moved')!.body.data).toMatchObject({ sessionId: kept.id, startsAt: '2027-03-02T02:00:00.000Z' });
    expect(babel.find((r) => r.type === 'attendance.recorded')!.body.data.records).toEqual([expect.objectContaining({ personId: enrolledPerson, status: 'PRESENT' })]);
    // Another academy's subscription heard nothing of it.
    expect(received.filter((r) => r.path === '/sulsel')).toEqual([]);

    // The dead address: FAILED after 4 attempts, with the error kept.
    await until(async () => (await org.gql(DELIVERIES, { s: dead.subscription.id, status: 'FAILED' })).data.webhookDeliveries.totalCount === 1, 'the dead address to fail');
    const failed = (await org.gql(DELIVERIES, { s: dead.subscription.id })).data.webhookDeliveries.nodes[0];
    expect(failed).toMatchObject({ status: 'FAILED', attemptCount: 4, maxAttempts: 4, lastHttpStatus: null, deliveredAt: null });
    expect(failed.lastError).toBeTruthy();
    expect(failed.attempts.map((a: any) => a.number)).toEqual([1, 2, 3, 4]);
  });

  it('keeps a log of every attempt: the 500, the timeout, the success', async () => {
    const log = (await org.gql(DELIVERIES, { s: subscriptionId })).data.webhookDeliveries;
    expect(log.totalCount).toBe(10);
    const succeeded = (await org.gql(DELIVERIES, { s: subscriptionId, status: 'SUCCEEDED' })).data.webhookDeliveries.totalCount;
    expect(succeeded).toBe(10);
    for (const d of log.nodes) {
      expect(d).toMatchObject({ status: 'SUCCEEDED', attemptCount: 3, lastHttpStatus: 204, lastError: null, redelivery: false });
      expect(d.attempts.map((a: any) => [a.number, a.httpStatus])).toEqual([[1, 500], [2, null], [3, 204]]);
      expect(d.attempts[0].error).toBe('HTTP 500');
      expect(d.attempts[1].error).toMatch(/no answer within/);
      expect(d.attempts[1].durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(d.attempts[2].error).toBeNull();
      expect(JSON.parse(d.payload).id).toBe(d.eventId);
      expect(d.eventType).toBe(accepted('/babel').find((r) => r.id === d.eventId)!.type.toUpperCase().replace('.', '_'));
    }
  });

  it('redelivers with the same event id, signed with the current secret', async () => {
    const UPDATE = 'mutation($i: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $i) { subscription { active } errors { code } } }';
    const log = (await org.gql(DELIVERIES, { s: subscriptionId })).data.webhookDeliveries.nodes;
    const target = log.find((d: any) => d.eventType === 'ENROLLMENT_COMPLETED');
    // Paused, the redelivery waits: a second redeliver of it is refused while it is pending.
    expect((await org.gql(UPDATE, { i: { id: subscriptionId, active: false } })).data.updateWebhookSubscription.errors).toEqual([]);
    const before = received.length;
    const again = (await org.gql('mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { delivery { id eventId status redelivery } errors { code } } }', { id: target.id })).data.redeliverWebhookDelivery;
    expect(again.errors).toEqual([]);
    expect(again.delivery).toMatchObject({ eventId: target.eventId, status: 'PENDING', redelivery: true });
    const pending = (await org.gql('mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { errors { code } } }', { id: again.delivery.id })).data.redeliverWebhookDelivery;
    expect(pending.errors).toEqual([{ code: ERROR_CODES.WEBHOOK_DELIVERY_PENDING }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(received.length).toBe(before);

    const rotated = (await org.gql('mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { secretHint } errors { code } } }', { id: subscriptionId })).data.rotateWebhookSecret;
    expect(rotated.errors).toEqual([]);
    expect(rotated.secret).not.toBe(secrets.get('/babel'));
    expect(rotated.subscription.secretHint).toBe(`…${rotated.secret.slice(-4)}`);
    secrets.set('/babel', rotated.secret);
    expect((await org.gql(UPDATE, { i: { id: subscriptionId, active: true } })).data.updateWebhookSubscription.errors).toEqual([]);
    await until(() => received.length > before, 'the redelivery');
    const sent = received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ id: target.eventId, type: 'enrollment.completed', attempt: 1, signatureOk: true, accepted: true });
    // The receiver saw the id twice; after de-duplication it is still one event.
    const ids = accepted('/babel').map((r) => r.id);
    expect(ids.filter((id) => id === target.eventId)).toHaveLength(2);
    expect(new Set(ids).size).toBe(10);
    await until(async () => (await org.gql(DELIVERIES, { s: subscriptionId, status: 'SUCCEEDED' })).data.webhookDeliveries.totalCount === 11, 'the redelivery to be logged');
  });

  it('sends nothing to a paused subscription, and nothing after it is deleted', async () => {
    const UPDATE = 'mutation($i: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $i) { subscription { active events } errors { code } } }';
    const paused = (await org.gql(UPDATE, { i: { id: subscriptionId, active: false, events: ['ENROLLMENT_CHANGED'] } })).data.updateWebhookSubscription;
    expect(paused).toEqual({ subscription: { active: false, events: ['ENROLLMENT_CHANGED'] }, errors: [] });
    const before = (await org.gql(DELIVERIES, { s: subscriptionId })).data.webhookDeliveries.totalCount;
    const enrollment = (await org.gql('{ persons(first: 1, filter: { eselonGroups: [IV] }) { nodes { id } } }')).data.persons.nodes[0].id;
    const cohort = (await org.gql('{ cohorts(first: 20) { nodes { id status } } }')).data.cohorts.nodes.find((c: any) => c.status !== 'CLOSED').id;
    await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji" }) { errors { code } } }', { c: cohort, p: [enrollment] });
    expect((await org.gql(DELIVERIES, { s: subscriptionId })).data.webhookDeliveries.totalCount).toBe(before);
    const deleted = (await org.gql('mutation($id: ID!) { deleteWebhookSubscription(id: $id) { deletedId errors { code } } }', { id: subscriptionId })).data.deleteWebhookSubscription;
    expect(deleted).toEqual({ deletedId: subscriptionId, errors: [] });
    expect((await org.gql('{ webhookSubscriptions(first: 10) { nodes { id } } }')).data.webhookSubscriptions.nodes).toHaveLength(1);
  });
});

describe.runIf(process.env.LINTAS_TEST_DIALECT === 'postgresql' && postgresAvailable())('two server processes on one PostgreSQL database', () => {
  it('deliver each event once between them (claims by conditional UPDATE)', async () => {
    const db = await tempDatabase('lintas_wh2');
    const hits = new Map<string, number>();
    const sink = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const id = String(req.headers['lintas-event-id']);
        hits.set(id, (hits.get(id) ?? 0) + 1);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
    const env = { LINTAS_WEBHOOK_POLL_MS: '20', LINTAS_WEBHOOK_BACKOFF_MS: '50', LINTAS_WEBHOOK_CONCURRENCY: '4' };
    const a = await startServer({ seed: 'demo', databaseUrl: db.url, env });
    const b = await startServer({ seed: 'none', databaseUrl: db.url, env });
    try {
      const orgA = await a.signIn(...DEMO.organizerBabel);
      const orgB = await b.signIn(...DEMO.organizerBabel);
      const created = (await orgA.gql(CREATE, { i: { url: `http://127.0.0.1:${(sink.address() as { port: number }).port}/`, events: ['PERSON_IMPORTED'] } })).data.createWebhookSubscription;
      expect(created.errors).toEqual([]);
      const agency = (await orgA.gql('{ agencies(first: 1) { nodes { code } } }')).data.agencies.nodes[0].code;
      // 40 imports, half through each process: 40 events for the two workers to share.
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? orgA : orgB).gql(
        'mutation($csv: String!) { importPersons(csv: $csv) { created errors { code } } }',
        { csv: rosterCsv([{ nip: nip('1985-05-10', '2010-03', 'FEMALE', 300 + i), name: `Dua Proses ${i}`, agencyCode: agency }]) },
      )));
      await until(() => hits.size >= 40, '40 events through two processes');
      await new Promise((r) => setTimeout(r, 500));
      expect(hits.size).toBe(40);
      expect([...hits.values()].every((n) => n === 1)).toBe(true);
      const log = (await orgA.gql(DELIVERIES, { s: created.subscription.id })).data.webhookDeliveries;
      expect(log.totalCount).toBe(40);
      expect(log.nodes.every((d: any) => d.status === 'SUCCEEDED' && d.attemptCount === 1)).toBe(true);
    } finally {
      await a.stop();
      await b.stop();
      sink.close();
      await db.drop();
    }
  }, 180_000);
});
