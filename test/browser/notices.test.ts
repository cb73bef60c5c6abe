import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_COHORT, UPDATE_PERSON, mutate } from '../support/catalogue.js';
import { NEW_ORGANIZER, newAcademy } from '../support/new-academy.js';
import { chromiumAvailable } from '../support/requirements.js';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp.js';
import { browserSuite, expectAccessible, shootFailures, shootViewports, signInThroughPage, waitForPath } from './browser-support.js';

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * Issue 21's notices in the SPA: an official receives the invitation e-mail (through a real
 * SMTP server started here), sets a password from its link on a phone, sees the session on
 * Jadwal Saya, and turns the reminders off; the organizer reads the outbox.
 */
suite('notices in the browser', () => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver({ refuseRcpt: 1 });
  });
  afterAll(() => smtp?.stop());
  const env = browserSuite({
    server: {
      seed: 'none',
      // Read when the server starts, after the receiver above.
      get env() {
        return { SMTP_URL: smtp.url, LINTAS_PUBLIC_URL: 'http://lintas.uji', LINTAS_NOTICE_POLL_MS: '50', LINTAS_NOTICE_BACKOFF_MS: '50', LINTAS_REMINDER_HOURS: '0' };
      },
    },
  });
  let page: Page;
  let hendra: { id: string; nip: string };

  beforeAll(async () => {
    const server = env.server;
    await newAcademy(server);
    const roster = (await server.gql('{ persons(first: 10) { nodes { id name nip version } } }')).data.persons.nodes;
    const p = roster.find((r: any) => r.name === 'Hendra Uji Baru');
    hendra = { id: p.id, nip: p.nip };
    expect((await mutate(server, 'updatePerson', UPDATE_PERSON, { i: { id: p.id, version: p.version, email: 'hendra@instansi.uji' } })).errors).toEqual([]);
    const program = (await server.gql('{ programs(first: 5) { nodes { id modules(first: 5) { nodes { id title } } } } }')).data.programs.nodes[0];
    const venueId = (await server.gql('{ venues(first: 5) { nodes { id } } }')).data.venues.nodes[0].id;
    const day = (n: number) => new Date(Date.now() + 7 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const cohort = await mutate(server, 'createCohort', CREATE_COHORT, { i: { programId: program.id, code: 'DLA-UJI-UNDANG', name: 'DLA Angkatan Undangan', startDate: day(-1), endDate: day(20), capacity: 20, venueId } });
    expect(cohort.errors).toEqual([]);
    expect((await server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c: cohort.cohort.id, p: [hendra.id] })).data.enroll.errors).toEqual([]);
    const starts = `${day(3)}T02:00:00.000Z`;
    const ends = `${day(3)}T05:00:00.000Z`;
    const s = (await server.gql('mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { errors { code } } }', {
      i: { cohortId: cohort.cohort.id, moduleId: program.modules.nodes[0].id, venueId, startsAt: starts, endsAt: ends, force: true },
    })).data.scheduleSession;
    expect(s.errors).toEqual([]);
    page = await env.newPage(360, 780, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  }, 180_000);

  shootFailures(() => page, 'notices');

  it('the official sets a password from the e-mailed link on a phone and sees the session on Jadwal Saya', async () => {
    const server = env.server;
    const inv = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { errors { code } } }', { p: hendra.id })).data.createInvitation;
    expect(inv.errors).toEqual([]);
    const [mail] = await smtp.waitFor((m) => m.some((x) => x.to === 'hendra@instansi.uji'));
    const link = /http:\/\/lintas\.uji(\/undangan\?kode=\S+)/.exec(mail!.text)![1]!;
    // The link's path on this test server (LINTAS_PUBLIC_URL names the public address).
    await page.goto(`${server.url}${link}`);
    await page.locator('[data-test="redeem-nip"]').fill(hendra.nip);
    expect(await page.locator('[data-test="redeem-code"]').inputValue()).not.toBe('');
    await page.locator('[data-test="redeem-password"]').fill('sandi-dari-tautan-2026');
    await page.locator('[data-test="redeem-repeat"]').fill('sandi-dari-tautan-2026');
    await page.locator('[data-test="redeem-submit"]').click();
    await waitForPath(page, '/saya');
    await page.locator('[data-test="my-card"]', { hasText: 'Kepemimpinan digital' }).waitFor();
    await expect.poll(() => page.locator('[data-test="my-card-time"]').first().textContent()).toContain('WIB');
  });

  it('the participant turns reminders off on the phone; a cancellation cannot be turned off', async () => {
    await page.locator('[data-test="my-notices"]').click();
    await waitForPath(page, '/saya/pemberitahuan');
    const reminder = page.locator('[data-test="notice-switch-SESSION_REMINDER"]');
    await reminder.waitFor();
    expect(await reminder.isChecked()).toBe(true);
    expect(await page.locator('[data-test="notice-switch-SESSION_CANCELLED"]').isDisabled()).toBe(true);
    await reminder.click();
    expect(await reminder.isChecked()).toBe(false);
    await page.locator('[data-test="notice-save"]').click();
    await page.locator('[data-test="notice-saved"]').waitFor();
    await expectAccessible(page, 'notice preferences');
    await shootViewports(page, 'notices-preferences', undefined, { width: 360, height: 780 });
    const saved = await env.server.gql('query($id: ID!) { node(id: $id) { ... on Person { noticesOff } } }', { id: hendra.id });
    expect(saved.data.node.noticesOff).toEqual(['SESSION_REMINDER']);
    await page.reload();
    await reminder.waitFor();
    expect(await reminder.isChecked()).toBe(false);
  });

  it('the organizer sees the invitation in the outbox as sent, with its preview', async () => {
    const org = await env.newPage(1280, 900, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await signInThroughPage(org, env.server.url, ...NEW_ORGANIZER);
    await org.goto(`${env.server.url}/notifikasi`);
    const row = org.locator('[data-test="notice-row"]', { hasText: 'Hendra Uji Baru' });
    await row.waitFor();
    expect(await row.locator('[data-test="notice-status"]').textContent()).toContain('Terkirim');
    await row.locator('[data-test="notice-preview-open"]').click();
    await expect.poll(() => org.locator('[data-test="preview-subject"]').textContent()).toBe('Undangan Lintas: buat kata sandi Anda');
    await expectAccessible(org, 'notices outbox');
    await shootViewports(org, 'notices-outbox');
  });
});
