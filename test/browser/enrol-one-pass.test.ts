import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/server';
import { chromiumAvailable } from '../support/requirements';
import { browserSuite, shootFailures, shootViewports, signInThroughPage } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

const ENROLL = 'mutation($input: EnrollInput!) { enroll(input: $input) { errors { code } } }';
const PEOPLE = 'query($g: [EselonGroup!]) { persons(first: 100, filter: { eselonGroups: $g }) { nodes { id name generation } } }';

/**
 * Issue 20, part 4 in the SPA: the organizer picks three people, one outside the program's
 * targets and one seated in an overlapping session of another cohort, gives a reason for the
 * first, enrols the second anyway, and all three are enrolled in one step.
 */
suite('enrolment in one pass, in the browser', () => {
  const env = browserSuite({ account: DEMO.organizerBabel, context: { locale: 'id-ID', timezoneId: 'Asia/Jakarta' } });
  let page: Page;
  let cohortB = '';
  type Someone = { id: string; name: string; generation: string | null };
  let people: { eligible: Someone; busy: Someone; outside: Someone };
  let targeted = { code: '', generations: [] as string[] };

  /** A DLA cohort in August 2027 with one session on Tuesday 3 August, 08:00–11:00 WIB. */
  async function cohortWithSession(programId: string, moduleId: string, code: string): Promise<string> {
    const created = (await env.server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId, code, name: `Uji ${code}`, startDate: '2027-08-02', endDate: '2027-08-13', capacity: 10 },
    })).data.createCohort;
    expect(created.errors).toEqual([]);
    const applied = (await env.server.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { errors { code } } }', {
      c: created.cohort.id, ops: [{ moduleId, startsAt: '2027-08-03T01:00:00.000Z', endsAt: '2027-08-03T04:00:00.000Z' }],
    })).data.applySchedule;
    expect(applied.errors).toEqual([]);
    return created.cohort.id;
  }

  beforeAll(async () => {
    const server = env.server;
    const dla = (await server.gql('{ programs(first: 20) { nodes { id code modules(first: 20) { nodes { id code version } } } } }')).data.programs.nodes.find((p: any) => p.code === 'DLA');
    // One module for the younger generations only: the page shows how much of the cohort it reaches.
    const young = dla.modules.nodes.find((m: any) => m.code === 'DLA-04');
    targeted = { code: young.code, generations: ['GEN_Y', 'GEN_Z'] };
    const updated = await server.gql('mutation($i: UpdateTrainingModuleInput!) { updateTrainingModule(input: $i) { errors { code } } }', { i: { id: young.id, version: young.version, targetGenerations: targeted.generations } });
    expect(updated.data.updateTrainingModule.errors).toEqual([]);
    const cohortA = await cohortWithSession(dla.id, dla.modules.nodes[0].id, 'UJI-A-2027');
    cohortB = await cohortWithSession(dla.id, dla.modules.nodes[0].id, 'UJI-B-2027');
    const busyIds = new Set<string>();
    for (const code of ['DLA-2026-01', 'DLA-2026-02', 'DLA-2027-01']) {
      const c = (await server.gql('query($c: String!) { cohort(code: $c) { enrollments(first: 50) { nodes { person { id } } } } }', { c: code })).data.cohort;
      for (const e of c.enrollments.nodes) busyIds.add(e.person.id);
    }
    // Names unique on the roster, so that a search finds exactly them.
    const leaders = (await server.gql(PEOPLE, { g: ['I', 'II'] })).data.persons.nodes.filter((p: any) => !busyIds.has(p.id));
    const jf = (await server.gql(PEOPLE, { g: ['JF'] })).data.persons.nodes;
    const unique = (list: Someone[]) => list.filter((p) => [...leaders, ...jf].filter((q) => q.name === p.name).length === 1);
    const [eligible, busy] = unique(leaders);
    // A young JF if there is one, so that the module for the young reaches someone.
    const [outside] = unique(jf).sort((a, b) => Number(targeted.generations.includes(b.generation ?? '')) - Number(targeted.generations.includes(a.generation ?? '')));
    people = { eligible: eligible!, busy: busy!, outside: outside! };
    expect((await server.gql(ENROLL, { input: { cohortId: cohortA, personIds: [busy!.id] } })).data.enroll.errors).toEqual([]);
    page = await env.newPage(1280, 900);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
  }, 180_000);

  shootFailures(() => page, 'enrol-one-pass');

  it('shows each chosen person’s result, takes a reason and a force, and enrols all three in one step', async () => {
    await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohortB)}`);
    await page.locator('#enrol-search').waitFor();
    // Module targeting is on the page: no module of DLA has target generations, so each targets everyone.
    await page.locator('[data-test="module-targeting"] li').first().waitFor();

    for (const p of [people.eligible, people.outside, people.busy]) {
      await page.locator('#enrol-search').fill(p.name);
      const pick = page.locator('.pick-list label', { hasText: p.name }).locator('input[type="checkbox"]');
      await pick.waitFor();
      await pick.check();
    }
    const form = page.locator('form.enrol-form');
    const row = (name: string) => form.locator('.enrol-person', { hasText: name });
    await row(people.busy.name).waitFor();
    expect(await row(people.eligible.name).locator('.enrol-person__result').innerText()).toBe('Memenuhi sasaran');
    expect(await row(people.outside.name).locator('.enrol-person__result').innerText()).toBe('Di luar sasaran eselon');

    // The first try checks everyone and enrols nobody: the conflict shows, with its cohort.
    await form.locator('button[type="submit"]').click();
    await form.getByRole('alert').waitFor();
    expect(await row(people.busy.name).locator('.enrol-person__result').innerText()).toBe('Jadwal bentrok');
    expect(await row(people.busy.name).innerText()).toContain('Bentrok dengan sesi angkatan UJI-A-2027');
    expect(await row(people.outside.name).innerText()).toContain('Tulis alasannya');
    expect((await env.server.gql('query($id: ID!) { cohort(id: $id) { enrolledCount } }', { id: cohortB })).data.cohort.enrolledCount).toBe(0);
    await shootViewports(page, 'enrol-one-pass-checked');

    await row(people.outside.name).locator('textarea').fill('Pendamping reverse mentoring');
    await row(people.busy.name).getByLabel('Tetap daftarkan meski bentrok').check();
    await form.locator('button[type="submit"]', { hasText: 'Daftarkan 3 orang' }).click();
    const outcome = page.locator('[data-test="enrol-outcome"]');
    await outcome.waitFor();
    expect((await outcome.locator('li').allInnerTexts()).sort()).toEqual([people.eligible, people.outside, people.busy].map((p) => `${p.name}: mendapat kursi`).sort());
    await page.locator('#enrolled-h', { hasText: '(3)' }).waitFor();
    // The targeting of the young people's module, counted by hand from the three.
    const reached = [people.eligible, people.outside, people.busy].filter((p) => targeted.generations.includes(p.generation ?? '')).length;
    const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 }).format(reached / 3);
    await page.locator('[data-test="module-targeting"] li', { hasText: targeted.code }).filter({ hasText: `${reached} dari 3 peserta (${percent})` }).waitFor();
    await shootViewports(page, 'enrol-one-pass-done');

    const stored = (await env.server.gql('query($id: ID!) { cohort(id: $id) { enrollments(first: 10) { nodes { status overrideReason person { id } } } } }', { id: cohortB })).data.cohort.enrollments.nodes;
    expect(stored.find((e: any) => e.person.id === people.outside.id)).toMatchObject({ status: 'ENROLLED', overrideReason: 'Pendamping reverse mentoring' });
    expect(stored.map((e: any) => e.person.id).sort()).toEqual([people.eligible.id, people.outside.id, people.busy.id].sort());
  });
});
