import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import type { Client, RunningServer } from '../support/server';
import { browserSuite, shoot, shootFailures, shootViewports, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const PASSWORD = 'peserta-evaluasi-2026!';

async function participant(server: RunningServer, person: { id: string; nip: string }): Promise<Client> {
  const invite = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: person.id })).data.createInvitation;
  const redeemed = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: person.nip, code: invite.code, password: PASSWORD } });
  expect(redeemed.data.redeemInvitation.errors).toEqual([]);
  return server.signIn(person.nip, PASSWORD);
}

/**
 * On an empty install (the new academy built through the API): the organizer attaches the two
 * maintained templates to a cohort from the SPA; a participant answers the running of the
 * cohort on a 360-px phone from Jadwal Saya; once five have answered, the organizer's report
 * page shows the results with a chart.
 */
suite('evaluations in the browser', () => {
  const s = browserSuite({ server: { seed: 'none' } });
  let page: Page | undefined;
  shootFailures(() => page, 'evaluations');

  it('the organizer attaches forms, a participant answers on a phone, the organizer reads the chart', async () => {
    const server = s.server;
    await newAcademy(server);
    const program = (await server.gql('{ programs(first: 5) { nodes { id modules(first: 5) { nodes { id } } } } }')).data.programs.nodes[0];
    const made = await server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.id, code: 'DLA-EVAL-01', name: 'DLA Angkatan Evaluasi', startDate: day(-2), endDate: day(-1), capacity: 10 },
    });
    const cohortId = made.data.createCohort.cohort.id;
    const people = (await server.gql('{ persons(first: 20) { nodes { id name nip } } }')).data.persons.nodes;
    expect((await server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "uji evaluasi" }) { errors { code } } }', { c: cohortId, p: people.map((p: any) => p.id) })).data.enroll.errors).toEqual([]);
    const facilitator = (await server.gql('{ facilitators(first: 5) { nodes { id } } }')).data.facilitators.nodes[0].id;
    const ops = [-2, -1].map((d, i) => ({ moduleId: program.modules.nodes[i].id, facilitatorId: facilitator, startsAt: `${day(d)}T01:00:00Z`, endsAt: `${day(d)}T04:00:00Z` }));
    expect((await server.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { errors { code } } }', { c: cohortId, ops })).data.applySchedule.errors).toEqual([]);

    // The organizer attaches the two templates in the SPA.
    const org = await s.newPage(1280, 900);
    page = org;
    await signInThroughPage(org, server.url, ...NEW_ORGANIZER);
    await org.goto(`${server.url}/evaluasi`);
    await org.locator('[data-test="evaluation-cohort"]').selectOption(cohortId);
    await org.locator('[data-test="use-template-PENYELENGGARAAN"]').click();
    await expect.poll(() => org.locator('[data-test="evaluation-form-row"]').count()).toBe(1);
    await org.locator('[data-test="use-template-PENGAJAR"]').click();
    await expect.poll(() => org.locator('[data-test="evaluation-form-row"]').count()).toBe(2);
    // And makes one of its own.
    await org.locator('[data-test="new-form"]').click();
    await org.locator('[data-test="new-form-title"]').fill('Evaluasi konsumsi');
    await org.locator('[data-test="new-question-0"]').fill('Mutu makanan dan minuman');
    await org.locator('[data-test="new-form-save"]').click();
    await expect.poll(() => org.locator('[data-test="evaluation-form-row"]').count()).toBe(3);
    expect(await org.locator('[data-test="evaluation-form-row"]').allInnerTexts()).toEqual([
      expect.stringContaining('Evaluasi penyelenggaraan'), expect.stringContaining('Evaluasi pengajar/widyaiswara'), expect.stringContaining('Evaluasi konsumsi'),
    ]);
    await shoot(org, 'evaluations-forms-desktop');

    // Bambang answers the running of the cohort on his phone, from Jadwal Saya.
    const bambang = people.find((p: any) => p.name === 'Bambang Uji Baru');
    await participant(server, bambang);
    const phone = await s.newPage(360, 780, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    page = phone;
    await signInThroughPage(phone, server.url, bambang.nip, PASSWORD);
    await waitForPath(phone, '/saya');
    await phone.locator('[data-test="my-evaluations"]').click();
    await waitForPath(phone, '/saya/evaluasi');
    await expect.poll(() => phone.locator('[data-test="evaluation-card"]').count()).toBe(3);
    await shootViewports(phone, 'evaluations-participant-list', undefined, { width: 360, height: 780 });
    const card = phone.locator('[data-test="evaluation-card"]', { hasText: 'Evaluasi penyelenggaraan' });
    await card.locator('[data-test="evaluation-open"]').click();
    const form = phone.locator('[data-test="evaluation-form"]');
    for (let q = 0; q < 4; q++) await form.locator(`[data-test="question-${q}"] label`, { hasText: String(4 + (q % 2)) }).click();
    await form.locator('[data-test="question-4"] label', { hasText: 'Ya' }).click();
    await form.locator('[data-test="question-5"] textarea').fill('Jadwal sangat tertata.');
    await shoot(phone, 'evaluations-participant-form-phone');
    await phone.locator('[data-test="evaluation-send"]').click();
    await phone.locator('[data-test="evaluation-thanks"]').waitFor();
    await expect.poll(() => card.innerText()).toContain('Sudah diisi');
    await shoot(phone, 'evaluations-participant-done-phone');

    // Four more answer through the API: five respondents, so the results show.
    for (const p of people.filter((x: any) => x.id !== bambang.id)) {
      const c = await participant(server, p);
      const mine = (await c.gql('{ myEvaluations { open target form { id title questions { index kind } } } }')).data.myEvaluations;
      const running = mine.find((m: any) => m.open && m.form.title === 'Evaluasi penyelenggaraan');
      const answers = running.form.questions.filter((q: any) => q.kind !== 'TEXT').map((q: any) => (q.kind === 'RATING' ? { question: q.index, rating: 4 } : { question: q.index, choice: 0 }));
      expect((await c.gql('mutation($i: SubmitEvaluationInput!) { submitEvaluation(input: $i) { ok errors { code } } }', { i: { formId: running.form.id, answers } })).data.submitEvaluation).toEqual({ ok: true, errors: [] });
    }

    page = org;
    await org.goto(`${server.url}/evaluasi?angkatan=${encodeURIComponent(cohortId)}`);
    const results = org.locator('[data-test="evaluation-target"]', { hasText: 'Evaluasi penyelenggaraan' });
    await results.locator('canvas').first().waitFor();
    expect(await results.locator('[data-test="evaluation-figures"]').innerText()).toMatch(/Responden: 5 \/ 5/);
    // The facilitator's form has no answers yet: hidden, with the reason.
    expect(await org.locator('[data-test="evaluation-target"]', { hasText: 'Evaluasi pengajar' }).locator('[data-test="evaluation-suppressed"]').count()).toBe(1);
    await shootViewports(org, 'evaluations-report');
  });
});
