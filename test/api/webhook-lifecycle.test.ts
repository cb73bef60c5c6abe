import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { nip, rosterCsv } from '../support/roster.js';

/**
 * Webhook retention (old finished deliveries and unreferenced events removed in bounded
 * batches, waiting ones kept, two runs at once) and secret rotation with an overlap
 * window, against the real server and its real database (SQLite, or PostgreSQL under
 * test/run-postgres.mjs), with a receiver on 127.0.0.1.
 */
interface Received {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  raw: string;
}

const received: Received[] = [];
let receiver: Server;
let receiverUrl: string;
let server: RunningServer;
let org: Client;
let agency: string;
let serial = 0;

/** A receiver's check of one `v1=` signature (as docs/INTEGRATORS.md shows). */
function verifies(secret: string, timestamp: string, raw: string, signature: string): boolean {
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const CREATE = 'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret subscription { id } errors { field code } } }';
const UPDATE = 'mutation($i: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $i) { errors { code } } }';
const DELIVERIES = 'query($s: ID!) { webhookDeliveries(subscriptionId: $s, first: 100) { totalCount nodes { status attemptCount eventId } } }';

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 45_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One new person per call: one `person.imported` event. */
async function importOne(): Promise<string> {
  serial++;
  const person = { nip: nip('1984-02-03', '2009-04', 'MALE', 500 + serial), name: `Retensi ${serial}`, agencyCode: agency };
  const res = (await org.gql('mutation($csv: String!) { importPersons(csv: $csv) { created errors { code } } }', { csv: rosterCsv([person]) })).data.importPersons;
  expect(res).toEqual({ created: 1, errors: [] });
  return person.nip;
}

/** The same person with a new name: one `person.changed` event. */
async function changeOne(nipValue: string): Promise<void> {
  serial++;
  const res = (await org.gql('mutation($csv: String!) { importPersons(csv: $csv) { updated errors { code } } }', {
    csv: rosterCsv([{ nip: nipValue, name: `Retensi Berubah ${serial}`, agencyCode: agency }]),
  })).data.importPersons;
  expect(res).toEqual({ updated: 1, errors: [] });
}

const deliveries = async (s: string) => (await org.gql(DELIVERIES, { s })).data.webhookDeliveries;

/** The server's own modules (server/dist), on the database the server runs on. */
async function database() {
  const dist = (path: string) => import(new URL(`../../server/dist/${path}`, import.meta.url).href);
  const [{ openOrm }, { databaseConfig }, entities, subscriptions, retention, counter] = await Promise.all([
    dist('database.js'), dist('config.js'), dist('features/webhooks/webhook-delivery.entity.js'),
    dist('features/webhooks/webhook-subscription.entity.js'), dist('features/webhooks/webhook.retention.js'), dist('db/sql-counter.js'),
  ]);
  const orm = await openOrm(databaseConfig({ DATABASE_URL: server.databaseUrl }));
  return { orm, ...entities, ...subscriptions, pruneWebhooks: retention.pruneWebhooks, sqlTally: counter.sqlTally } as {
    orm: any; WebhookDelivery: any; WebhookEvent: any; WebhookSubscription: any; sqlTally: any;
    pruneWebhooks: (em: any, config: { retentionDays: number; retentionBatch: number }, now?: Date) => Promise<{ deliveries: number; events: number; batches: number; secretsForgotten: number }>;
  };
}
type Db = Awaited<ReturnType<typeof database>>;
let db: Db;

const DAY = 86_400_000;
const old = () => new Date(Date.now() - 40 * DAY);

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const h: IncomingHttpHeaders = req.headers;
      received.push({ path: req.url!, id: String(h['lintas-event-id']), timestamp: String(h['lintas-timestamp']), signature: String(h['lintas-signature'] ?? ''), raw });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  server = await startServer({
    seed: 'demo',
    env: {
      LINTAS_WEBHOOK_POLL_MS: '50', LINTAS_WEBHOOK_TIMEOUT_MS: '2000', LINTAS_WEBHOOK_MAX_ATTEMPTS: '2',
      // A failed first attempt waits about an hour: those deliveries stay PENDING (retrying) for the whole test.
      LINTAS_WEBHOOK_BACKOFF_MS: '3600000', LINTAS_WEBHOOK_BACKOFF_MAX_MS: '3600000',
      // Retention runs when a process starts (and then hourly): the test restarts the server to see it.
      LINTAS_WEBHOOK_RETENTION_DAYS: '30', LINTAS_WEBHOOK_RETENTION_BATCH: '4', LINTAS_WEBHOOK_RETENTION_INTERVAL_MS: '3600000',
    },
  });
  org = await server.signIn(...DEMO.organizerBabel);
  agency = (await org.gql('{ agencies(first: 1) { nodes { code } } }')).data.agencies.nodes[0].code;
  db = await database();
}, 120_000);
afterAll(async () => {
  await db?.orm.close();
  await server?.stop();
  receiver?.close();
});

describe('webhook retention', () => {
  let delivered: string;
  let retrying: string;

  it('removes old finished deliveries and the events nothing refers to, in bounded set-based batches, keeping recent and waiting ones', async () => {
    const ok = (await org.gql(CREATE, { i: { url: `${receiverUrl}/ok`, events: ['PERSON_IMPORTED', 'PERSON_CHANGED'] } })).data.createWebhookSubscription;
    const dead = (await org.gql(CREATE, { i: { url: 'http://127.0.0.1:9/mati', events: ['PERSON_CHANGED'] } })).data.createWebhookSubscription;
    expect([ok.errors, dead.errors]).toEqual([[], []]);
    delivered = ok.subscription.id;
    retrying = dead.subscription.id;

    // Old: 9 imports (one delivery each) and 3 changes (delivered to /ok, retrying to the dead address).
    const people: string[] = [];
    for (let i = 0; i < 9; i++) people.push(await importOne());
    for (let i = 0; i < 3; i++) await changeOne(people[i]!);
    await until(async () => (await deliveries(delivered)).nodes.filter((d: any) => d.status === 'SUCCEEDED').length === 12, '12 deliveries');
    await until(async () => (await deliveries(retrying)).nodes.filter((d: any) => d.attemptCount === 1).length === 3, '3 failed first attempts');
    const em = db.orm.em.fork();
    // Forty days ago, as if written then.
    await em.nativeUpdate(db.WebhookDelivery, {}, { createdAt: old(), updatedAt: old() });
    await em.nativeUpdate(db.WebhookEvent, {}, { occurredAt: old() });

    // Recent: 2 imports and 1 change.
    for (let i = 0; i < 2; i++) await importOne();
    await changeOne(people[3]!);
    await until(async () => (await deliveries(delivered)).nodes.filter((d: any) => d.status === 'SUCCEEDED').length === 15, '15 deliveries');
    await until(async () => (await deliveries(retrying)).nodes.filter((d: any) => d.attemptCount === 1).length === 4, '4 failed first attempts');
    expect((await deliveries(retrying)).nodes.every((d: any) => d.status === 'PENDING')).toBe(true);

    // 12 old deliveries and 9 old events (the 3 old changes are still owed to the dead address): 5 rows a batch.
    const tally = { statements: 0 };
    const result = await db.sqlTally.run(tally, () => db.pruneWebhooks(db.orm.em.fork(), { retentionDays: 30, retentionBatch: 5 }));
    expect(result).toEqual({ deliveries: 12, events: 9, batches: 3 + 2, secretsForgotten: 0 });
    // Set-based: per batch one DELETE in its own transaction (BEGIN, DELETE, COMMIT), plus the
    // statement for expired secrets; fewer statements than the 21 rows removed, and never one per row.
    expect(tally.statements).toBeLessThanOrEqual(3 * (result.batches + 1));
    expect(tally.statements).toBeLessThan(result.deliveries + result.events);

    const kept = await deliveries(delivered);
    expect(kept.totalCount).toBe(3);
    const waiting = await deliveries(retrying);
    expect(waiting.totalCount).toBe(4);
    expect(waiting.nodes.every((d: any) => d.status === 'PENDING')).toBe(true);
    // The events left: the 3 recent ones, and the 3 old changes their waiting deliveries still need.
    const events = await db.orm.em.fork().find(db.WebhookEvent, {});
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e: any) => e.id))).toEqual(new Set([...kept.nodes, ...waiting.nodes].map((d: any) => d.eventId)));

    // Nothing more is old: a second run removes nothing.
    expect(await db.pruneWebhooks(db.orm.em.fork(), { retentionDays: 30, retentionBatch: 5 })).toEqual({ deliveries: 0, events: 0, batches: 2, secretsForgotten: 0 });
  });

  it('is safe when two processes run it at once: every old row removed once, no error, waiting ones kept', async () => {
    const em = db.orm.em.fork();
    const subscription = await em.findOneOrFail(db.WebhookSubscription, { url: `${receiverUrl}/ok` });
    const academy = subscription.academy.id;
    // 120 old delivered events, written straight into the outbox.
    const events = Array.from({ length: 120 }, () => ({ id: randomUUID(), academy, type: 'person.imported', occurredAt: old(), data: { count: 0 } }));
    await em.insertMany(db.WebhookEvent, events);
    await em.insertMany(db.WebhookDelivery, events.map((e, i) => ({
      subscription: subscription.id, event: e.id, status: i % 10 === 0 ? 'FAILED' : 'SUCCEEDED', attemptCount: 1, nextAttemptAt: null, lease: 1,
      attempts: [], redelivery: false, deliveredAt: old(), createdAt: old(), updatedAt: old(),
    })));
    const second = await database();
    try {
      const [a, b] = await Promise.all([
        db.pruneWebhooks(db.orm.em.fork(), { retentionDays: 30, retentionBatch: 7 }),
        second.pruneWebhooks(second.orm.em.fork(), { retentionDays: 30, retentionBatch: 7 }),
      ]);
      expect(a.deliveries + b.deliveries).toBe(120);
      expect(a.events + b.events).toBe(120);
    } finally {
      await second.orm.close();
    }
    expect((await deliveries(delivered)).totalCount).toBe(3);
    expect((await deliveries(retrying)).totalCount).toBe(4);
    expect(await db.orm.em.fork().count(db.WebhookEvent, {})).toBe(6);
  });

  it('runs in the background of every server process', async () => {
    // Everything becomes old; a restarted process prunes on start.
    const em = db.orm.em.fork();
    await em.nativeUpdate(db.WebhookDelivery, {}, { updatedAt: old() });
    await em.nativeUpdate(db.WebhookEvent, {}, { occurredAt: old() });
    await server.restart();
    org = await server.signIn(...DEMO.organizerBabel);
    await until(async () => (await deliveries(delivered)).totalCount === 0, 'the restarted process to remove the delivered ones');
    const waiting = await deliveries(retrying);
    expect(waiting.totalCount).toBe(4);
    expect(waiting.nodes.every((d: any) => d.status === 'PENDING')).toBe(true);
    await until(async () => (await db.orm.em.fork().count(db.WebhookEvent, {})) === 4, 'only the events of waiting deliveries to remain');
    // Out of the way of the rotation tests.
    expect((await org.gql(UPDATE, { i: { id: delivered, active: false } })).data.updateWebhookSubscription.errors).toEqual([]);
  });
});

describe('secret rotation with an overlap window', () => {
  const ROTATE = `mutation($id: ID!, $h: Float) { rotateWebhookSecret(id: $id, overlapHours: $h) {
    secret subscription { secretHint previousSecretExpiresAt } errors { field code } } }`;
  const ROTATE_DEFAULT = 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { secretHint previousSecretExpiresAt } errors { field code } } }';
  let id: string;
  let first: string;
  let second: string;

  /** Imports one person and returns the request the receiver got for it at `path`. */
  async function nextDelivery(path: string): Promise<Received> {
    const before = received.filter((r) => r.path === path).length;
    await importOne();
    await until(() => received.filter((r) => r.path === path).length > before, `a delivery to ${path}`);
    return received.filter((r) => r.path === path).at(-1)!;
  }

  it('signs with both secrets during the overlap (default 24 hours), each signature verifying with its own secret', async () => {
    const created = (await org.gql(CREATE, { i: { url: `${receiverUrl}/rot`, events: ['PERSON_IMPORTED'] } })).data.createWebhookSubscription;
    expect(created.errors).toEqual([]);
    id = created.subscription.id;
    first = created.secret;
    const before = await nextDelivery('/rot');
    expect(before.signature.split(' ')).toHaveLength(1);
    expect(verifies(first, before.timestamp, before.raw, before.signature)).toBe(true);

    const asked = Date.now();
    const rotated = (await org.gql(ROTATE_DEFAULT, { id })).data.rotateWebhookSecret;
    expect(rotated.errors).toEqual([]);
    second = rotated.secret;
    expect(second).not.toBe(first);
    expect(rotated.subscription.secretHint).toBe(`…${second.slice(-4)}`);
    const ends = Date.parse(rotated.subscription.previousSecretExpiresAt);
    expect(ends).toBeGreaterThanOrEqual(asked + 24 * 3600_000 - 1000);
    expect(ends).toBeLessThanOrEqual(Date.now() + 24 * 3600_000 + 1000);

    const during = await nextDelivery('/rot');
    // `v1=<new> v1=<old>`: the new secret's signature first.
    const signatures = during.signature.split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures.every((s) => /^v1=[0-9a-f]{64}$/.test(s))).toBe(true);
    expect(verifies(second, during.timestamp, during.raw, signatures[0]!)).toBe(true);
    expect(verifies(first, during.timestamp, during.raw, signatures[1]!)).toBe(true);
    expect(verifies(first, during.timestamp, during.raw, signatures[0]!)).toBe(false);
    expect(verifies(second, during.timestamp, during.raw, signatures[1]!)).toBe(false);
  });

  it('never shows the previous secret', async () => {
    const fields = (await org.gql('{ __type(name: "WebhookSubscription") { fields { name } } }')).data.__type.fields.map((f: any) => f.name);
    expect(fields.filter((f: string) => /secret/i.test(f)).sort()).toEqual(['previousSecretExpiresAt', 'secretHint']);
    const listed = await org.gql('{ webhookSubscriptions(first: 10) { nodes { id secretHint previousSecretExpiresAt } } }');
    expect(JSON.stringify(listed)).not.toContain(first.slice(6));
    expect(listed.data.webhookSubscriptions.nodes.find((n: any) => n.id === id).previousSecretExpiresAt).toEqual(expect.any(String));
  });

  it('refuses an overlap out of range and changes nothing', async () => {
    for (const h of [-1, 169]) {
      const res = (await org.gql(ROTATE, { id, h })).data.rotateWebhookSecret;
      expect(res).toEqual({ secret: null, subscription: null, errors: [{ field: 'overlapHours', code: ERROR_CODES.OUT_OF_RANGE }] });
    }
    const still = await nextDelivery('/rot');
    const signatures = still.signature.split(' ');
    expect(signatures).toHaveLength(2);
    expect(verifies(second, still.timestamp, still.raw, signatures[0]!)).toBe(true);
    expect(verifies(first, still.timestamp, still.raw, signatures[1]!)).toBe(true);
  });

  it('after the window, signs with the new secret only, and forgets the previous one', async () => {
    // An overlap of 1.8 seconds; the next delivery is made once the subscription says it is over.
    const rotated = (await org.gql(ROTATE, { id, h: 0.0005 })).data.rotateWebhookSecret;
    expect(rotated.errors).toEqual([]);
    const third = rotated.secret as string;
    expect(rotated.subscription.previousSecretExpiresAt).toEqual(expect.any(String));
    const subscription = async () => (await org.gql('query($id: ID!) { node(id: $id) { ... on WebhookSubscription { previousSecretExpiresAt } } }', { id })).data.node;
    await until(async () => (await subscription()).previousSecretExpiresAt === null, 'the overlap to end');
    const after = await nextDelivery('/rot');
    expect(after.signature.split(' ')).toHaveLength(1);
    expect(verifies(third, after.timestamp, after.raw, after.signature)).toBe(true);
    expect(verifies(second, after.timestamp, after.raw, after.signature)).toBe(false);

    // Retention forgets the secret whose window ended.
    const row = () => db.orm.em.fork().findOneOrFail(db.WebhookSubscription, { url: `${receiverUrl}/rot` });
    expect((await row()).previousSecret).toBe(second);
    expect((await db.pruneWebhooks(db.orm.em.fork(), { retentionDays: 30, retentionBatch: 5 })).secretsForgotten).toBe(1);
    expect(await row()).toMatchObject({ previousSecret: null, previousSecretUntil: null });

    // Overlap 0: the old secret stops at once.
    const now = (await org.gql(ROTATE, { id, h: 0 })).data.rotateWebhookSecret;
    expect(now.errors).toEqual([]);
    expect(now.subscription.previousSecretExpiresAt).toBeNull();
    const immediate = await nextDelivery('/rot');
    expect(immediate.signature.split(' ')).toHaveLength(1);
    expect(verifies(now.secret, immediate.timestamp, immediate.raw, immediate.signature)).toBe(true);
  });
});
