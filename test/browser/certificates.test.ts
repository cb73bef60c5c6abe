import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import { participant, people } from '../support/certificates';
import { browserSuite, expectAccessible, shootFailures, shootViewports, signInThroughPage, waitForPath } from './browser-support';
import type { Page } from 'playwright-core';

const suite = chromiumAvailable() ? describe : describe.skip;
const DAY = '2026-10-20';

/**
 * On an empty install: a cohort ran (set up through the API); the organizer closes it in the
 * SPA and opens the completer's certificate PDF from the academy's certificates; the
 * participant sees the certificate and their JP against the 20 JP right on a 360-px phone;
 * anyone verifies it at /verify/<code>.
 */
suite('certificates in the browser', () => {
  const s = browserSuite({ server: { seed: 'none', env: { LINTAS_PUBLIC_URL: 'http://lintas.uji' } } });
  let page: Page | undefined;
  shootFailures(() => page, 'certificates');

  it('the organizer closes the cohort and opens the PDF; the participant sees it on a phone; anyone verifies it', async () => {
    const server = s.server;
    await newAcademy(server);
    const who = await people(server);
    const program = (await server.gql('{ programs(first: 5) { nodes { id modules(first: 5) { nodes { id } } } } }')).data.programs.nodes[0];
    const made = await server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.id, code: 'DLA-2026-10', name: 'DLA Angkatan Oktober', startDate: DAY, endDate: DAY, capacity: 10 },
    });
    const cohortId = made.data.createCohort.cohort.id;
    const bambang = who['Bambang Uji Baru']!;
    const sari = who['Sari Uji Baru']!;
    expect((await server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji" }) { errors { code } } }', { c: cohortId, p: [bambang.id, sari.id] })).data.enroll.errors).toEqual([]);
    const ops = program.modules.nodes.map((m: any, k: number) => ({ moduleId: m.id, startsAt: `${DAY}T0${1 + k * 4}:00:00Z`, endsAt: `${DAY}T0${4 + k * 4}:00:00Z` }));
    const sessions = (await server.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id } errors { code } } }', { c: cohortId, ops })).data.applySchedule.sessions;
    for (const session of sessions) {
      await server.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
        s: session.id, e: [{ personId: bambang.id, status: 'PRESENT' }, { personId: sari.id, status: 'ABSENT' }],
      });
    }
    for (const status of ['OPEN', 'RUNNING']) await server.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: cohortId, status } });

    // The organizer closes the cohort on its page, then opens the certificates.
    const org = await s.newPage(1280, 900);
    page = org;
    await signInThroughPage(org, server.url, ...NEW_ORGANIZER);
    await org.goto(`${server.url}/cohorts/${encodeURIComponent(cohortId)}`);
    await org.locator('.status-row button.button').click();
    await org.locator('[data-test="confirm-accept"]').click();
    await org.locator('[data-test="open-certificates"]').click();
    await waitForPath(org, '/sertifikat');
    const row = org.locator('[data-test="certificate-Bambang Uji Baru"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await org.locator('[data-test^="certificate-"]').count()).toBe(1);
    await expectAccessible(org, 'certificates');
    await shootViewports(org, 'certificates-organizer');
    const href = await row.locator('[data-test="open-pdf"]').getAttribute('href');
    expect(href).toMatch(/^\/certificates\/[a-z2-7]{26}\.pdf$/);
    const pdf = await org.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const code = /([a-z2-7]{26})/.exec(href!)![1]!;

    // The participant, on a phone: their page links to the certificates, with the JP this year against 20.
    await participant(server, server, bambang, 'bambang-uji-2026!');
    const phone = await s.newPage(360, 780);
    page = phone;
    await signInThroughPage(phone, server.url, bambang.nip, 'bambang-uji-2026!');
    await waitForPath(phone, '/saya');
    await phone.locator('a[href="/saya/sertifikat"]').click();
    await waitForPath(phone, '/saya/sertifikat');
    const mine = phone.locator('[data-test="my-certificates"] li');
    await expect.poll(() => mine.count()).toBe(1);
    expect(await phone.locator('[data-test="my-jp"]').innerText()).toContain('dari 20 JP');
    expect(await mine.innerText()).toContain('Digital Leadership Academy');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(phone, 'my-certificates');
    await shootViewports(phone, 'certificates-participant', undefined, { width: 360, height: 780 });
    expect(await mine.locator('[data-test="certificate-pdf"]').getAttribute('href')).toBe(href);

    // Anyone verifies it, without signing in.
    // The page's CSP forbids scripts; the context bypasses it only so axe can run.
    const anyone = await s.newPage(360, 780, { bypassCSP: true });
    page = anyone;
    await anyone.goto(`${server.url}/verify/${code}`);
    expect(await anyone.locator('body').innerText()).toContain('Sertifikat ini SAH');
    expect(await anyone.locator('body').innerText()).toContain('Bambang Uji Baru');
    expect(await anyone.locator('body').innerText()).not.toContain(bambang.nip);
    expect(await anyone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(anyone, 'verify');
    await shootViewports(anyone, 'certificates-verify', undefined, { width: 360, height: 780 });
  });
});
