import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server';
import { expectAccessible, shoot, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** WITA is UTC+8: the Sulawesi Selatan academy's zone. */
const witaDay = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 8, the participant's whole first visit on a phone, on a fresh server: an
 * official in Makassar gets an invitation, redeems it, signs in again later, sees
 * Jadwal Saya in WITA and checks in with the code on the room screen.
 */
suite('end to end: a participant in WITA', () => {
  let server: RunningServer;
  let browser: Browser;
  let organizer: Client;
  const contexts: BrowserContext[] = [];
  let person: { id: string; name: string; nip: string };
  let sessionId: string;
  let inviteCode: string;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    // The organizer's part happens through the API here (the organizer flow has its own test):
    // a cohort running now in the WITA academy, with a session open at this moment.
    organizer = await server.signIn(...DEMO.organizerSulsel);
    const programs = await organizer.gql('{ programs(first: 10) { nodes { id code modules(first: 1) { nodes { id } } } } }');
    const program = programs.data.programs.nodes[0];
    const people = await organizer.gql('{ persons(first: 50, filter: { eselonGroups: [II] }) { nodes { id name nip } } }');
    person = people.data.persons.nodes.at(-1);
    const made = await organizer.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.id, code: 'E2E-WITA', name: 'Angkatan uji WITA', startDate: witaDay(-1), endDate: witaDay(1), capacity: 10 },
    });
    expect(made.data.createCohort.errors).toEqual([]);
    const cohortId = made.data.createCohort.cohort.id;
    const enrolled = await organizer.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji ujung ke ujung" }) { errors { code } } }', { c: cohortId, p: [person.id] });
    expect(enrolled.data.enroll.errors).toEqual([]);
    const scheduled = await organizer.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id } errors { code } } }', {
      c: cohortId, ops: [{ moduleId: program.modules.nodes[0].id, startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), endsAt: new Date(Date.now() + 90 * 60_000).toISOString() }],
    });
    expect(scheduled.data.applySchedule.errors).toEqual([]);
    sessionId = scheduled.data.applySchedule.sessions[0].id;
    const invite = await organizer.gql('mutation($id: ID!) { createInvitation(personId: $id) { code errors { code } } }', { id: person.id });
    expect(invite.data.createInvitation.errors).toEqual([]);
    inviteCode = invite.data.createInvitation.code;
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'id-ID' });
    contexts.push(context);
    return context.newPage();
  }

  it('redeems the invitation, sees Jadwal Saya in WITA, signs in again and checks in with the room code', async () => {
    const page = await phone();
    await page.goto(`${server.url}/undangan`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'e2e-redeem');
    await page.locator('[data-test="redeem-nip"]').fill(person.nip);
    await page.locator('[data-test="redeem-code"]').fill(inviteCode);
    await page.locator('[data-test="redeem-password"]').fill('sandi-makassar-2026');
    await page.locator('[data-test="redeem-repeat"]').fill('sandi-makassar-2026');
    await shoot(page, 'e2e-participant-1-redeem');
    await page.locator('[data-test="redeem-submit"]').click();
    await waitForPath(page, '/saya');

    // Jadwal Saya: the open session, its times named in WITA.
    await page.locator('[data-test="my-card"]').first().waitFor();
    const times = await page.locator('[data-test="my-card-time"]').allInnerTexts();
    expect(times.length).toBe(1);
    expect(times[0]!.trim()).toMatch(/^\d{2}\.\d{2}–\d{2}\.\d{2} WITA$/);
    const start = new Date(Date.now() - 5 * 60_000 + 8 * 3_600_000);
    expect(times[0]).toContain(`${String(start.getUTCHours()).padStart(2, '0')}.`);
    expect(await page.locator('[data-test="my-card"]').first().innerText()).toContain('E2E-WITA');
    await expectAccessible(page, 'e2e-saya');
    await shoot(page, 'e2e-participant-2-jadwal-saya');

    // Later, on the same phone: signed out, signs in with NIP and the new password.
    await page.context().clearCookies();
    await signInThroughPage(page, server.url, person.nip, 'sandi-makassar-2026');
    await waitForPath(page, '/saya');

    // In the room: the organizer's screen shows the code; the participant types it.
    const screen = await phone();
    await signInThroughPage(screen, server.url, ...DEMO.organizerSulsel);
    await screen.setViewportSize({ width: 1280, height: 800 });
    await screen.goto(`${server.url}/sesi/${encodeURIComponent(sessionId)}/layar`);
    const codeOnScreen = screen.locator('[data-test="room-code"]');
    await codeOnScreen.waitFor();
    // Read the code with enough of its 20 seconds left to type it.
    let code = '';
    for (let i = 0; i < 3 && !code; i++) {
      const now = await organizer.gql('query($id: ID!) { checkInCode(sessionId: $id) { code expiresAt } }', { id: sessionId });
      const left = Date.parse(now.data.checkInCode.expiresAt) - Date.now();
      if (left < 10_000) await new Promise((r) => setTimeout(r, left + 300));
      else code = (await codeOnScreen.innerText()).replace(/\s/g, '');
    }
    expect(code).toMatch(/^\d{6}$/);
    await shoot(screen, 'e2e-participant-3-room-screen', { fullPage: false });

    await page.locator('a[href="/hadir"]').first().click();
    await waitForPath(page, '/hadir');
    await page.locator('[data-test="checkin-code"]').fill(code);
    await page.locator('[data-test="checkin-submit"]').click();
    await page.locator('[data-test="checkin-result"]').waitFor();
    await shoot(page, 'e2e-participant-4-checked-in');
    await expectAccessible(page, 'e2e-checkin');

    const stored = await organizer.gql('query($id: ID!) { node(id: $id) { ... on Session { attendances(first: 5) { nodes { status person { id } } } } } }', { id: sessionId });
    expect(stored.data.node.attendances.nodes).toEqual([{ status: 'PRESENT', person: { id: person.id } }]);
  }, 240_000);
});
