import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import { IMPORT_PERSONS, mutate } from '../support/catalogue';
import { nip, rosterCsv } from '../support/roster';
import { browserSuite, expectAccessible, shootFailures, shootViewports, signInThroughPage, waitForPath } from './browser-support';
import type { Page } from 'playwright-core';

const suite = chromiumAvailable() ? describe : describe.skip;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * On an empty install: a participant writes and submits a change project on a 360-px phone;
 * the organizer names the coach; the coach, signed in as a participant-role account, finds it
 * under "Proyek perubahan yang menunggu Anda" and approves it; the participant sees it approved.
 * Then the organizer sets the final seminar (after being sent to the cohort's schedule for a
 * session), the coach scores it on the phone, the organizer scores as the examiner, and the
 * participant sees the seminar's day and the scores.
 */
suite('change projects in the browser', () => {
  const s = browserSuite({ server: { seed: 'none' } });
  let page: Page | undefined;
  shootFailures(() => page, 'action-plans');

  it('a participant submits a plan on a phone; the coach approves it; the organizer sets the seminar; coach and examiner score it; the participant sees the result', async () => {
    const server = s.server;
    await newAcademy(server);
    expect(await mutate(server, 'importPersons', IMPORT_PERSONS, { csv: rosterCsv([
      { nip: nip('1978-08-08', '2003-03', 'FEMALE', 932), name: 'Yuni Coach Uji', positionType: 'FUNGSIONAL', jobTitle: 'Widyaiswara Ahli Madya', agencyCode: 'DINKES-UJI' },
    ]) })).toMatchObject({ created: 1 });
    const people = Object.fromEntries((await server.gql('{ persons(first: 20) { nodes { id name nip } } }')).data.persons.nodes.map((p: any) => [p.name, p]));
    const program = (await server.gql('{ programs(first: 5) { nodes { id } } }')).data.programs.nodes[0].id;
    const made = await server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program, code: 'DLA-AKSI-01', name: 'DLA Angkatan Aksi Perubahan', startDate: day(-5), endDate: day(30), capacity: 10 },
    });
    const cohortId = made.data.createCohort.cohort.id;
    expect((await server.gql('mutation($i: EnrollInput!) { enroll(input: $i) { errors { code } } }', { i: { cohortId, personIds: [people['Bambang Uji Baru'].id] } })).data.enroll.errors).toEqual([]);
    const coach = await server.gql('mutation($i: CreateFacilitatorInput!) { createFacilitator(input: $i) { facilitator { id } errors { code } } }', {
      i: { name: 'Dr. Yuni Coach', kind: 'COACH' },
    });
    expect(coach.data.createFacilitator.errors).toEqual([]);
    const password = async (name: string, pw: string) => {
      const invite = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { code } }', { p: people[name].id })).data.createInvitation;
      const r = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: people[name].nip, code: invite.code, password: pw } });
      expect(r.data.redeemInvitation.errors).toEqual([]);
    };
    await password('Bambang Uji Baru', 'bambang-aksi-2026!');
    await password('Yuni Coach Uji', 'yuni-coach-2026!');

    // The participant, on a 360-px phone: Jadwal Saya → Proyek perubahan saya → write → submit.
    page = await s.newPage(360, 780);
    await signInThroughPage(page, server.url, people['Bambang Uji Baru'].nip, 'bambang-aksi-2026!');
    await waitForPath(page, '/saya');
    await page.locator('[data-test="my-plan-link"]').click();
    await waitForPath(page, '/saya/proyek');
    await page.locator('[data-test="plan-start"]').click();
    await page.locator('[data-test="plan-title"]').fill('Dasbor layanan kesehatan terpadu');
    await page.locator('[data-test="plan-problem"]').fill('Data layanan tersebar di lima aplikasi; pimpinan menunggu laporan lima hari.');
    await page.locator('[data-test="plan-goal"]').fill('Satu dasbor harian untuk pimpinan.');
    await page.locator('[data-test="milestone-title"]').first().fill('Inventarisasi data layanan');
    await page.locator('[data-test="milestone-due"]').first().fill(day(14));
    await page.locator('[data-test="add-milestone"]').click();
    await page.locator('[data-test="milestone-title"]').nth(1).fill('Purwarupa dasbor');
    await page.locator('[data-test="milestone-due"]').nth(1).fill(day(28));
    await shootViewports(page, 'action-plan-form', undefined, { width: 360, height: 780 });
    await expectAccessible(page, 'my change project (form)');
    await page.locator('[data-test="plan-submit"]').click();
    await page.locator('[data-test="plan-notice"]').waitFor();
    await expect.poll(() => page!.locator('[data-test="plan-status"]').getAttribute('data-status')).toBe('SUBMITTED');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);

    // The organizer links the coach to her own roster record (her sign-in), then names her the plan's coach.
    const org = await s.newPage(1280, 900);
    await signInThroughPage(org, server.url, ...NEW_ORGANIZER);
    await org.goto(`${server.url}/fasilitator/${encodeURIComponent(coach.data.createFacilitator.facilitator.id)}`);
    await org.locator('[data-test="facilitator-edit"]').click();
    await org.locator('[data-test="facilitator-person-search"]').fill('Yuni');
    await org.locator('[data-test="facilitator-person-pick"]').filter({ hasText: 'Yuni Coach Uji' }).click();
    await org.locator('[data-test="facilitator-save"]').click();
    await expect.poll(() => org.locator('[data-test="facilitator-person-fact"]').textContent()).toBe('Yuni Coach Uji');
    await org.goto(`${server.url}/proyek-perubahan`);
    await org.locator('[data-test="plan-row"]').first().waitFor();
    await org.locator('[data-test="plan-open"]').click();
    await org.locator('[data-test="plan-coach"]').selectOption({ label: 'Dr. Yuni Coach' });
    await org.locator('[data-test="plan-assign"]').click();
    await org.locator('[data-test="plans-notice"]').waitFor();
    await shootViewports(org, 'action-plans-organizer');
    await expectAccessible(org, 'change projects (organizer)');

    // The coach, on their own page: the waiting plan, approved with one tap.
    const coachPage = await s.newPage(360, 780);
    page = coachPage;
    await signInThroughPage(coachPage, server.url, people['Yuni Coach Uji'].nip, 'yuni-coach-2026!');
    await waitForPath(coachPage, '/saya');
    await coachPage.locator('[data-test="plans-waiting-link"]').click();
    await waitForPath(coachPage, '/saya/proyek-menunggu');
    await expect.poll(() => coachPage.locator('[data-test="review-name"]').allTextContents()).toEqual(['Bambang Uji Baru']);
    expect(await coachPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shootViewports(coachPage, 'action-plans-waiting', undefined, { width: 360, height: 780 });
    await expectAccessible(coachPage, 'change projects waiting for me');
    await coachPage.locator('[data-test="review-approve"]').click();
    await coachPage.locator('[data-test="review-notice"]').filter({ hasText: 'Bambang Uji Baru' }).waitFor();
    await coachPage.locator('[data-test="waiting-empty"]').waitFor();

    // The participant sees it approved.
    page = await s.newPage(360, 780);
    await signInThroughPage(page, server.url, people['Bambang Uji Baru'].nip, 'bambang-aksi-2026!');
    await page.goto(`${server.url}/saya/proyek`);
    await expect.poll(() => page!.locator('[data-test="plan-status"]').getAttribute('data-status')).toBe('APPROVED');
    await shootViewports(page, 'action-plan-approved', undefined, { width: 360, height: 780 });

    // The organizer opens the plan: the cohort has no session yet, so the page says so and links to its schedule.
    await org.goto(`${server.url}/proyek-perubahan`);
    await org.locator('[data-test="plan-open"]').click();
    await org.locator('[data-test="seminar-no-sessions"]').waitFor();
    expect(await org.locator('[data-test="seminar-schedule-link"]').getAttribute('href')).toBe(`/cohorts/${encodeURIComponent(cohortId)}/jadwal`);
    await expectAccessible(org, 'change projects (organizer, no seminar session)');
    // A session is made on the schedule (here through the API), then chosen as the seminar.
    const modules = (await server.gql('query($id: ID!) { node(id: $id) { ... on Program { modules(first: 5) { nodes { id title } } } } }', { id: program })).data.node.modules.nodes;
    const scheduled = (await server.gql('mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { sessions { id } errors { code } } }', {
      i: { cohortId, moduleId: modules[0].id, startsAt: `${day(3)}T09:00:00+07:00`, endsAt: `${day(3)}T11:00:00+07:00`, force: true },
    })).data.scheduleSession;
    expect(scheduled.errors).toEqual([]);
    await org.reload();
    await org.locator('[data-test="plan-open"]').click();
    await org.locator('[data-test="seminar-session"]').selectOption(scheduled.sessions[0].id);
    await org.locator('[data-test="seminar-save"]').click();
    await org.locator('[data-test="plans-notice"]').filter({ hasText: 'Jadwal seminar tersimpan' }).waitFor();
    await expect.poll(() => org.locator('[data-test="seminar-current"]').textContent()).toContain(`09.00–11.00 WIB · ${modules[0].title}`);

    // The coach, on the 360-px phone: the approved plan to score, as COACH; a score out of range is refused in Indonesian.
    await coachPage.reload();
    await coachPage.locator('[data-test="score-card"]').waitFor();
    expect(await coachPage.locator('[data-test="score-seminar"]').textContent()).toContain('09.00–11.00 WIB');
    expect(await coachPage.locator('[data-test="score-role"]').count()).toBe(0);
    const coachInputs = coachPage.locator('[data-test="score-input"]');
    expect(await coachInputs.count()).toBe(3);
    await coachInputs.nth(0).fill('80');
    await coachInputs.nth(1).fill('101');
    await coachInputs.nth(2).fill('85');
    await coachPage.locator('[data-test="score-save"]').click();
    expect(await coachPage.locator('[data-test="score-error"]').textContent()).toBe('Nilai "Inovasi" harus bilangan bulat dari 1 sampai 100.');
    await coachInputs.nth(1).fill('90');
    await coachPage.locator('[data-test="score-save"]').click();
    await coachPage.locator('[data-test="review-notice"]').filter({ hasText: 'Nilai sebagai Coach tersimpan.' }).waitFor();
    await expect.poll(() => coachPage.locator('[data-test="seminar-final"]').textContent()).toBe('85');
    expect(await coachPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shootViewports(coachPage, 'action-plans-score', undefined, { width: 360, height: 780 });
    await expectAccessible(coachPage, 'change projects to score (coach)');

    // The organizer scores as the examiner (penguji); the final score is the mean of the roles.
    await org.reload();
    await org.locator('[data-test="plan-open"]').click();
    await org.locator('[data-test="score-role"]').selectOption('EXAMINER');
    const orgInputs = org.locator('[data-test="score-input"]');
    for (const i of [0, 1, 2]) await orgInputs.nth(i).fill('90');
    await org.locator('[data-test="score-save"]').click();
    await org.locator('[data-test="plans-notice"]').filter({ hasText: 'Nilai sebagai Penguji tersimpan.' }).waitFor();
    await expect.poll(() => org.locator('[data-test="seminar-final"]').textContent()).toBe('87,5');
    expect(await org.locator('[data-test="seminar-kept"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['COACH', 'EXAMINER']);
    await shootViewports(org, 'action-plans-seminar');
    await expectAccessible(org, 'change projects (organizer, seminar and scores)');

    // The participant sees the seminar's day and the scores.
    await page.reload();
    await page.locator('[data-test="my-seminar"]').waitFor();
    expect(await page.locator('[data-test="my-seminar"]').textContent()).toContain('09.00–11.00 WIB');
    expect(await page.locator('[data-test="seminar-final"]').textContent()).toBe('87,5');
    expect(await page.locator('[data-test="seminar-kept"]').allTextContents()).toEqual([
      expect.stringContaining('Coach: 85'), expect.stringContaining('Penguji: 90'),
    ]);
    expect(await page.locator('[data-test="score-input"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shootViewports(page, 'action-plan-seminar', undefined, { width: 360, height: 780 });
    await expectAccessible(page, 'my change project (seminar and scores)');
  }, 240_000);
});
