import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { browserSuite, shoot, signInThroughPage, VIEWPORTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** What the server's English `message` of a schedule issue says; the Indonesian page must show none of it. */
const SERVER_ENGLISH = [/JP scheduled/, /JP planned/, /is taken by/, /leads a session of/, /enrolled people/, /already have a session of/, /outside working hours/, /national holiday/, /outside the cohort's dates/, /does not end after/, /seats \d+/];
function expectNoServerEnglish(text: string) {
  expect(SERVER_ENGLISH.filter((re) => re.test(text))).toEqual([]);
}

/** The demo participant of Bangka Belitung (WIB), enrolled in DLA-2026-02. */
const PARTICIPANT_WIB = '197302172004062751';

suite('schedule builder and Jadwal Saya in the browser', () => {
  const env = browserSuite({ account: DEMO.organizerBabel, context: { locale: 'id-ID', timezoneId: 'Asia/Jakarta' } });
  const { newPage } = env;

  let cohortIds: Record<string, string> = {};

  beforeAll(async () => {
    const res = await env.server.gql<{ cohorts: { nodes: { id: string; code: string }[] } }>('{ cohorts(first: 50) { nodes { id code } } }');
    cohortIds = Object.fromEntries(res.data!.cohorts.nodes.map((c) => [c.code, c.id]));
  });

  async function sessionCount(code: string): Promise<number> {
    const res = await env.server.gql<{ cohort: { sessions: { totalCount: number } } }>(
      'query($id: ID!) { cohort(id: $id) { sessions(first: 1) { totalCount } } }',
      { id: cohortIds[code] },
    );
    return res.data!.cohort.sessions.totalCount;
  }

  it('auto-schedules PKA-2027-01: proposal on the calendar, applied, no conflicts left', async () => {
    expect(await sessionCount('PKA-2027-01')).toBe(0);
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortIds['PKA-2027-01']!)}`);
    await page.locator('[data-test="open-schedule"]').click();
    await page.locator('[data-test="schedule-calendar"] .fc-timegrid').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/jadwal$/);
    expect(await page.locator('[data-test="schedule-zone"]').innerText()).toContain('WIB');
    await page.locator('[data-test="no-sessions"]').waitFor();

    await page.locator('[data-test="auto-schedule"]').click();
    const proposal = page.locator('[data-test="proposal"]');
    await proposal.waitFor();
    expect(await proposal.innerText()).toContain('Semua mata pelatihan dapat dijadwalkan');
    await page.locator('[data-test="proposal-event"]').first().waitFor();
    expect(await page.locator('[data-test="proposal-event"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-test="proposal-event"]').first().innerText()).toContain('Usulan');
    await shoot(page, 'schedule-proposal-desktop');

    await page.locator('[data-test="apply-proposal"]').click();
    await page.locator('[data-test="schedule-notice"]', { hasText: 'sesi disimpan' }).waitFor();
    await page.locator('[data-test="session-event"]').first().waitFor();
    expect(await page.locator('[data-test="proposal-event"]').count()).toBe(0);
    await page.locator('[data-test="no-issues"]').waitFor();
    expect(await sessionCount('PKA-2027-01')).toBeGreaterThan(0);
    // Every module now has its planned JP.
    const jp = await page.locator('[data-test="module-list"] .module-item__jp').allInnerTexts();
    for (const line of jp) expect(line).toMatch(/✓/);
    await shoot(page, 'schedule-builder-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('[data-test="session-event"]').first().waitFor();
    await shoot(page, 'schedule-builder-phone');
  });

  it('explains a conflicting session added with the keyboard and undoes it', async () => {
    const before = await sessionCount('DLA-2026-02');
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortIds['DLA-2026-02']!)}/jadwal?tanggal=2026-11-23`);
    await page.locator('[data-test="session-event"]').first().waitFor();

    // Same time and venue as the first session of the cohort (Mon 16 Nov 2026, 08.00 WIB, its lab).
    const form = page.locator('[data-test="new-session-form"]');
    await form.locator('[data-test="new-venue"]').focus();
    await page.keyboard.press('Tab'); // facilitator: left as it is
    await page.keyboard.press('Tab');
    await form.locator('[data-test="new-module"]').selectOption({ label: 'DLA-02 · Keputusan Berbasis Data' });
    await form.locator('[data-test="new-date"]').fill('2026-11-16');
    await form.locator('[data-test="new-time"]').fill('08:00');
    await form.locator('[data-test="new-jp"]').fill('2');
    await form.locator('[data-test="new-jp"]').press('Enter');

    const pending = page.locator('[data-test="pending-conflicts"]');
    await pending.waitFor();
    const text = await pending.innerText();
    expect(text).toContain('Belum disimpan');
    // Worded in Indonesian from the issue's code and params: the venue, the other cohort and when.
    expect(text).toMatch(/\S.* sudah dipakai angkatan DLA-2026-02 pada Sen, 16 Nov 08\.00\. Pilih waktu atau tempat lain\./);
    expectNoServerEnglish(text);
    expect(text).toContain('Bentrok');
    expect(await pending.locator('[data-code="schedule/venue-double-booked"]').count()).toBeGreaterThan(0);
    // Focus moves to the explanation, so keyboard and screen-reader users land on it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('pending-conflicts');
    await shoot(page, 'schedule-conflict-desktop', { fullPage: false });
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'schedule-conflict-phone', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });

    await pending.locator('[data-test="undo"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-test="schedule-notice"]', { hasText: 'Perubahan dibatalkan' }).waitFor();
    expect(await pending.count()).toBe(0);
    expect(await sessionCount('DLA-2026-02')).toBe(before);

    // A session is selected and moved from the keyboard, then moved back.
    await page.locator('[data-test="session-table"] tbody tr').first().getByRole('button').press('Enter');
    const selected = page.locator('[data-test="selected-session"]');
    await selected.waitFor();
    expect(await selected.locator('[data-test="move-time"]').inputValue()).toBe('08:00');
  });

  it('moves by dragging: a clash is refused and undone; a dropped module becomes a session, then is cancelled', async () => {
    const before = await sessionCount('DLA-2026-02');
    // Tall enough that the module list and the whole grid are on screen together for the mouse.
    const page = await newPage(1280, 1600);
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortIds['DLA-2026-02']!)}/jadwal?tanggal=2026-11-23`);
    await page.locator('[data-test="session-event"]').first().waitFor();
    await page.locator('[data-test="no-issues"]').waitFor();

    const column = async (date: string) => (await page.locator(`th.fc-col-header-cell[data-date="${date}"]`).boundingBox())!;
    const slot = async (time: string) => (await page.locator(`td.fc-timegrid-slot-lane[data-time="${time}"]`).boundingBox())!;
    async function drag(from: { x: number; y: number }, to: { x: number; y: number }) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 5, from.y + 5, { steps: 3 });
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
    }

    // Wednesday's session dragged onto Tuesday's (same venue, same people): refused, then undone.
    const wed = page.locator('.fc-timegrid-col[data-date="2026-11-25"] .fc-event').first();
    const box = (await wed.boundingBox())!;
    const tue = await column('2026-11-24');
    await drag({ x: box.x + box.width / 2, y: box.y + 12 }, { x: tue.x + tue.width / 2, y: box.y + 12 });
    const pending = page.locator('[data-test="pending-conflicts"]');
    await pending.waitFor();
    expect(await pending.innerText()).toContain('sudah dipakai angkatan DLA-2026-02');
    expectNoServerEnglish(await pending.innerText());
    expect(await pending.innerText()).toContain('Bentrok dengan');
    await pending.locator('[data-test="undo"]').click();
    await page.locator('[data-test="schedule-notice"]', { hasText: 'Perubahan dibatalkan' }).waitFor();
    expect(await page.locator('.fc-timegrid-col[data-date="2026-11-25"] .fc-event').count()).toBe(1);
    expect(await sessionCount('DLA-2026-02')).toBe(before);

    // A module dropped on Friday 13.00 becomes a session with the venue chosen above.
    const fri = await column('2026-11-27');
    const one = await slot('13:00:00');
    const item = (await page.locator('[data-test="module-list"] [data-module-id]').nth(1).boundingBox())!;
    await drag({ x: item.x + 30, y: item.y + 15 }, { x: fri.x + fri.width / 2, y: one.y + 4 });
    await page.locator('[data-test="schedule-notice"]', { hasText: 'DLA-02 disimpan' }).waitFor();
    const created = page.locator('.fc-timegrid-col[data-date="2026-11-27"] [data-test="session-event"]', { hasText: 'DLA-02' });
    await created.waitFor();
    expect(await created.innerText()).toContain('13.00');
    expect(await sessionCount('DLA-2026-02')).toBe(before + 1);
    // One JP more than planned is a warning, shown on the session in words.
    await page.locator('[data-test="issue-summary"]').waitFor();
    expect(await created.innerText()).toContain('Peringatan');
    // The JP warning in Indonesian with its numbers, and no English from the server anywhere in the list.
    const issuesSection = page.locator('[data-test="schedule-issues"]');
    const jpWarning = issuesSection.locator('[data-code="schedule/jp-mismatch"]');
    await jpWarning.first().waitFor();
    expect(await jpWarning.first().innerText()).toMatch(/DLA-02 · .*: \d+(,\d+)? JP terjadwal, padahal rencananya \d+(,\d+)? JP\./);
    expectNoServerEnglish(await issuesSection.innerText());
    expect(await issuesSection.locator('[lang="en"]').count()).toBe(0);
    await shoot(page, 'schedule-warning-desktop');
    await jpWarning.first().scrollIntoViewIfNeeded();
    await shoot(page, 'schedule-warning-issues-desktop', { fullPage: false });
    await page.setViewportSize({ width: 360, height: 740 });
    // The calendar re-renders for the phone (one day) after a resize: wait until the page fits.
    await page.waitForFunction(() => {
      const cal = document.querySelector('[data-test="schedule-calendar"]');
      return document.documentElement.scrollWidth <= innerWidth && !!cal && cal.getBoundingClientRect().right <= innerWidth;
    });
    await jpWarning.first().scrollIntoViewIfNeeded();
    expect(await jpWarning.first().innerText()).toMatch(/JP terjadwal, padahal rencananya/);
    await shoot(page, 'schedule-warning-phone', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 1600 });

    // Selected with Enter, cancelled with the keyboard.
    // FullCalendar's event element (eventInteractive) is the focusable one.
    await page.locator('.fc-timegrid-col[data-date="2026-11-27"] .fc-event', { hasText: 'DLA-02' }).focus();
    await page.keyboard.press('Enter');
    const selected = page.locator('[data-test="selected-session"]');
    await selected.waitFor();
    expect(await selected.innerText()).toContain('DLA-02');
    // The app asks in its own dialog (not the browser's): Escape keeps the session...
    await selected.locator('[data-test="cancel-session"]').press('Enter');
    const confirm = page.locator('[data-test="confirm-dialog"]');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('DLA-02');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-test="confirm-dialog"]') != null)).toBe(true);
    await shoot(page, 'schedule-confirm-cancel', { fullPage: false });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await sessionCount('DLA-2026-02')).toBe(before + 1);
    // ...and "Yes" cancels it.
    await selected.locator('[data-test="cancel-session"]').press('Enter');
    await confirm.locator('[data-test="confirm-accept"]').click();
    await page.locator('[data-test="schedule-notice"]', { hasText: 'dibatalkan' }).waitFor();
    await page.locator('[data-test="no-issues"]').waitFor();
    expect(await sessionCount('DLA-2026-02')).toBe(before);
  });

  it('shows the WIB participant Jadwal Saya as large cards and a webcal link to the .ics feed', async () => {
    // A session tomorrow, whatever the date the suite runs on: a short cohort from today, the participant in it.
    const program = (await env.server.gql('{ programs(first: 10) { nodes { id code modules(first: 1) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA');
    const day = (n: number) => new Date(Date.now() + 7 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const made = await env.server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } } }', {
      i: { programId: program.id, code: 'DLA-PEKAN-INI', name: 'DLA pekan ini', startDate: day(0), endDate: day(3), capacity: 5 },
    });
    const person = (await env.server.gql('query($n: String!) { person(nip: $n) { id } }', { n: PARTICIPANT_WIB })).data.person.id;
    await env.server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c: made.data.createCohort.cohort.id, p: [person] });
    await env.server.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { errors { code } } }', {
      c: made.data.createCohort.cohort.id, ops: [{ moduleId: program.modules.nodes[0].id, startsAt: `${day(1)}T02:00:00Z`, endsAt: `${day(1)}T03:30:00Z` }],
    });
    for (const v of VIEWPORTS) {
      const page = await newPage(v.width, v.height);
      await signInThroughPage(page, env.server.url, PARTICIPANT_WIB, DEMO.participantPassword);
      await waitForPath(page, '/saya');
      await page.getByRole('heading', { name: 'Jadwal Saya' }).waitFor();
      await page.locator('[data-test="my-card"]').first().waitFor();
      const times = await page.locator('[data-test="my-card-time"]').allInnerTexts();
      expect(times.length).toBeGreaterThan(0);
      for (const time of times) expect(time.trim()).toMatch(/^\d{2}\.\d{2}–\d{2}\.\d{2} WIB$/);
      const firstCard = await page.locator('[data-test="my-card"]').first().innerText();
      expect(firstCard).toMatch(/(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4}/);
      expect(firstCard).toMatch(/DLA-2026-02|DLA-PEKAN-INI/);
      // Body text of the cards is at least 18px for senior readers.
      const size = await page.locator('[data-test="my-card"]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(18);
      await shoot(page, `my-schedule-${v.tag}`);

      await page.locator('[data-test="calendar-add"]').click();
      const link = page.locator('[data-test="calendar-link"]');
      await link.waitFor();
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^webcal:\/\/.+\.ics$/);
      expect(await page.locator('[data-test="calendar-address"]').innerText()).toMatch(/^https?:\/\/.+\.ics$/);
      await page.locator('[data-test="calendar-ready"]').scrollIntoViewIfNeeded();
      await shoot(page, `my-calendar-feed-${v.tag}`, { fullPage: false });
      const feed = await fetch(href.replace(/^webcal:\/\//, 'http://'));
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    }
  });
});
