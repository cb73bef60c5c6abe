import { ERROR_CODES } from '@lintas/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { browserSuite, shoot, signInThroughPage, VIEWPORTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

const PARTICIPANT_NIP = '197302172004062751';

suite('attendance in the browser', () => {
  const env = browserSuite({ account: DEMO.organizerBabel });
  const { newPage } = env;

  let cohortId = '';
  let sessions: { id: string; startsAt: string; endsAt: string; status: string }[] = [];

  beforeAll(async () => {
    const res = await env.server.gql(`{ cohort(code: "DLA-2026-02") { id sessions(first: 100) { nodes { id startsAt endsAt status } } } }`);
    cohortId = res.data.cohort.id;
    sessions = [...res.data.cohort.sessions.nodes].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  });

  /**
   * What the database holds for a session. The test's client shares the organizer's query
   * budget with the pages it drives (the large cohort's grid spends much of it), so a
   * throttled answer waits and asks again, as the SPA does.
   */
  async function storedStatuses(sessionId: string): Promise<Map<string, string>> {
    for (let attempt = 0; ; attempt++) {
      const res = await env.server.gql(
        `query($id: ID!) { node(id: $id) { ... on Session { attendances(first: 100) { nodes { status person { id } } } } } }`,
        { id: sessionId },
      );
      if (res.data?.node) return new Map(res.data.node.attendances.nodes.map((a: any) => [a.person.id, a.status]));
      if (attempt >= 10 || !res.errors?.some((e) => e.extensions?.code === ERROR_CODES.THROTTLED)) throw new Error(`attendance not read: ${JSON.stringify(res.errors)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  it('the organizer marks one person with the keyboard and another with a click, and both persist', async () => {
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortId)}`);
    await page.locator('[data-test="open-attendance"]').click();
    await waitForPath(page, `/cohorts/${cohortId}/kehadiran`);
    await page.locator('[data-test="attendance-grid"]').waitFor();

    // A past session, picked from the list.
    const past = sessions.filter((s) => s.status !== 'CANCELLED' && Date.parse(s.endsAt) < Date.now());
    const target = past[1] ?? past[0]!;
    await page.locator('[data-test="session-select"]').selectOption(target.id);
    await page.waitForURL((u) => u.searchParams.get('sesi') === target.id);
    const rows = page.locator('[data-test="attendance-row"]');
    await rows.first().waitFor();
    // The grid shows the recorded statuses of that session before we change anything.
    const before = await storedStatuses(target.id);
    const firstId = (await rows.nth(0).getAttribute('data-person'))!;
    await page.waitForFunction(
      ([id, status]) => document.querySelector(`[data-person="${id}"]`)?.getAttribute('data-status') === status,
      [firstId, before.get(firstId) ?? ''] as const,
    );

    // Row 1 by keyboard: focus it, press a letter; focus moves on to row 2.
    const firstBefore = await rows.nth(0).getAttribute('data-status');
    const [keyStatus, key] = firstBefore === 'SICK' ? ['EXCUSED', 'i'] : ['SICK', 's'];
    await rows.nth(0).focus();
    await page.keyboard.press(key);
    await expect.poll(() => rows.nth(0).getAttribute('data-status')).toBe(keyStatus);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('attendance-row');

    // Row 3 by a click on its button.
    const thirdBefore = await rows.nth(2).getAttribute('data-status');
    const clickStatus = thirdBefore === 'OFFICIAL_DUTY' ? 'LATE' : 'OFFICIAL_DUTY';
    await rows.nth(2).locator(`button[data-status="${clickStatus}"]`).click();
    await expect.poll(() => rows.nth(2).getAttribute('data-status')).toBe(clickStatus);
    const thirdId = (await rows.nth(2).getAttribute('data-person'))!;

    // Saved on its own after a moment.
    await page.locator('[data-test="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'attendance-grid-desktop');

    await page.reload();
    await page.locator('[data-test="attendance-grid"]').waitFor();
    await expect.poll(() => page.locator(`[data-person="${firstId}"]`).getAttribute('data-status')).toBe(keyStatus);
    await expect.poll(() => page.locator(`[data-person="${thirdId}"]`).getAttribute('data-status')).toBe(clickStatus);

    const stored = await storedStatuses(target.id);
    expect(stored.get(firstId)).toBe(keyStatus);
    expect(stored.get(thirdId)).toBe(clickStatus);

    // The warnings list speaks in words.
    await page.locator('[data-test="attendance-warnings"]').waitFor();
    expect(await page.locator('[data-test="attendance-warnings"] li').count()).toBeGreaterThan(0);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'attendance-grid-phone');
  });

  it('an online cohort of hundreds shows every participant, 100 fetched at a time, with their recorded statuses', async () => {
    const res = await env.server.gql(`{ cohort(code: "LITDIG-2026-01") { id enrollments(first: 1, statuses: [ENROLLED, COMPLETED]) { totalCount } sessions(first: 100) { nodes { id startsAt } } } }`);
    const big = res.data.cohort;
    expect(big.enrollments.totalCount).toBeGreaterThan(300);
    const first = [...big.sessions.nodes].sort((a: any, b: any) => a.startsAt.localeCompare(b.startsAt))[0];
    // What the database holds for that session, page by page.
    const stored = new Map<string, string>();
    for (let after: string | null = null; ;) {
      const page: any = (await env.server.gql(
        `query($id: ID!, $after: String) { node(id: $id) { ... on Session { attendances(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { status person { id } } } } } }`,
        { id: first.id, after },
      )).data.node.attendances;
      for (const a of page.nodes) stored.set(a.person.id, a.status);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(stored.size).toBeGreaterThan(100);

    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(big.id)}/kehadiran?sesi=${encodeURIComponent(first.id)}`);
    const rows = page.locator('[data-test="attendance-row"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-test="attendance-row"]').length === n, big.enrollments.totalCount, { timeout: 30_000 });
    // Every page of people and of records is in once the page stops saying it is loading.
    await page.locator('[data-test="attendance-loading-more"]').waitFor({ state: 'detached', timeout: 60_000 });
    const shown = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-person'), e.getAttribute('data-status')]));
    expect(new Set(shown.map(([id]) => id)).size).toBe(big.enrollments.totalCount);
    // Every status the database holds, also past the first hundred, is the one the grid shows.
    for (const [id, status] of shown) if (stored.has(id!)) expect(status, id!).toBe(stored.get(id!));
  });

  it('keeps unsaved changes through a dropped connection and sends them when it is back', async () => {
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    const past = sessions.filter((s) => s.status !== 'CANCELLED' && Date.parse(s.endsAt) < Date.now());
    const target = past[2] ?? past[0]!;
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortId)}/kehadiran?sesi=${encodeURIComponent(target.id)}`);
    const rows = page.locator('[data-test="attendance-row"]');
    await rows.first().waitFor();
    await page.locator('[data-test="save-status"][data-state="saved"]').waitFor();
    const row = rows.nth(1);
    const id = (await row.getAttribute('data-person'))!;
    const status = (await row.getAttribute('data-status')) === 'LATE' ? 'PRESENT' : 'LATE';

    await page.context().setOffline(true);
    await row.locator(`button[data-status="${status}"]`).click();
    await page.locator('[data-test="save-status"][data-state="retrying"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="save-status"]').innerText()).toContain('1 perubahan belum tersimpan');
    expect(await page.evaluate(() => localStorage.getItem('lintas.attendance.pending'))).toContain(id);
    await shoot(page, 'attendance-offline-desktop', { fullPage: false });

    await page.context().setOffline(false);
    await page.locator('[data-test="save-status"][data-state="saved"]').waitFor({ timeout: 20_000 });
    expect((await storedStatuses(target.id)).get(id)).toBe(status);
  });

  it('the mentoring page lists the pairs and offers suggestions', async () => {
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortId)}`);
    await page.locator('[data-test="open-mentoring"]').click();
    await waitForPath(page, `/cohorts/${cohortId}/mentoring`);
    await page.locator('[data-test="mentoring-pair"]').first().waitFor();
    expect(await page.locator('[data-test="mentoring-pair"]').count()).toBe(5);
    await page.locator('[data-test="suggest-pairs"]').click();
    await page.locator('[data-test="suggestions"]').waitFor();
    await shoot(page, 'mentoring-desktop');
  });

  it('the room screen shows a 6-digit code and a QR; a participant checks in with it', async () => {
    // A session open right now, whatever the date: a one-day cohort today, the participant in it.
    const program = (await env.server.gql('{ programs(first: 10) { nodes { id code modules(first: 1) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const made = await env.server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.id, code: 'DLA-HARI-INI', name: 'DLA hari ini', startDate: today, endDate: today, capacity: 5 },
    });
    const todayCohort = made.data.createCohort.cohort.id;
    const participant = (await env.server.gql('query($n: String!) { person(nip: $n) { id } }', { n: PARTICIPANT_NIP })).data.person.id;
    await env.server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c: todayCohort, p: [participant] });
    const scheduled = await env.server.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id } errors { code } } }', {
      c: todayCohort, ops: [{ moduleId: program.modules.nodes[0].id, startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), endsAt: new Date(Date.now() + 60 * 60_000).toISOString() }],
    });
    const open = scheduled.data.applySchedule.sessions[0] as { id: string };
    const sessionId = open.id;
    for (const v of VIEWPORTS) {
      const page = await newPage(v.width, v.height);
      await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
      await page.goto(`${env.server.url}/sesi/${encodeURIComponent(sessionId)}/layar`);
      await page.locator('[data-test="room-screen"]').waitFor();
      const code = page.locator('[data-test="room-code"]');
      await code.waitFor();
      expect((await code.innerText()).replace(/\s/g, '')).toMatch(/^\d{6}$/);
      await page.locator('[data-test="room-qr"]').waitFor();
      await shoot(page, `room-screen-${v.tag}`, { fullPage: false });
    }

    // The participant's side: /hadir, with a wrong code first.
    for (const v of VIEWPORTS) {
      const page = await newPage(v.width, v.height);
      await signInThroughPage(page, env.server.url, PARTICIPANT_NIP, DEMO.participantPassword);
      await page.goto(`${env.server.url}/hadir?kode=000000`);
      await waitForPath(page, '/hadir');
      const input = page.locator('[data-test="checkin-code"]');
      expect(await input.inputValue()).toBe('000000');
      expect(await input.getAttribute('inputmode')).toBe('numeric');
      await shoot(page, `checkin-${v.tag}`);
      await page.locator('[data-test="checkin-submit"]').click();
      await page.getByRole('alert').waitFor();
      await shoot(page, `checkin-error-${v.tag}`);
    }

    {
      const page = await newPage(360, 740);
      await signInThroughPage(page, env.server.url, PARTICIPANT_NIP, DEMO.participantPassword);
      // Fetch the code just before typing it, so it has not rotated yet.
      const read = async () => (await env.server.gql(`query($id: ID!) { checkInCode(sessionId: $id) { code expiresAt } }`, { id: open.id })).data.checkInCode;
      let shown = await read();
      // Leave the page enough of the code's 20 seconds; otherwise wait for the next code.
      if (Date.parse(shown.expiresAt) - Date.now() < 10_000) {
        await new Promise((r) => setTimeout(r, Date.parse(shown.expiresAt) - Date.now() + 300));
        shown = await read();
      }
      const code = shown.code;
      await page.goto(`${env.server.url}/hadir?kode=${code}`);
      await page.locator('[data-test="checkin-submit"]').click();
      await page.locator('[data-test="checkin-result"]').waitFor();
      await shoot(page, 'checkin-result-phone');
      const stored = (await env.server.gql('query($id: ID!) { node(id: $id) { ... on Session { attendances(first: 5) { nodes { status person { id } } } } } }', { id: open.id })).data.node.attendances.nodes;
      expect(stored).toEqual([{ status: 'PRESENT', person: { id: participant } }]);
    }
  });
});
