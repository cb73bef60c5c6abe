import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { CREATE_COHORT } from '../support/catalogue';
import { NEW_ORGANIZER, newAcademy } from '../support/new-academy';
import { browserSuite, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** Ids of the people each group card shows, in order. */
async function groupsOnPage(page: Page): Promise<string[][]> {
  return page.locator('[data-test="groups"] > li').evaluateAll((cards) =>
    cards.map((c) => [...c.querySelectorAll('[data-test^="member-"]')].map((m) => m.getAttribute('data-test')!.slice('member-'.length))));
}

/** The organizer proposes groups for the running DLA cohort, moves one person by dragging and one with the keyboard, and applies. */
suite('groups (kelompok) in the browser', () => {
  const s = browserSuite({ account: DEMO.organizerBabel });

  it('proposes, drags one person across, moves one by keyboard, applies, and the groups persist after reload', async () => {
    const cohort = (await s.server.gql<{ cohort: { id: string } }>('{ cohort(code: "DLA-2026-02") { id } }')).data!.cohort;
    const page = await s.newPage(1280, 900);
    await signInThroughPage(page, s.server.url, ...DEMO.organizerBabel);
    await page.goto(`${s.server.url}/cohorts/${encodeURIComponent(cohort.id)}`);
    await page.locator('[data-test="open-groups"]').click();
    await waitForPath(page, `/cohorts/${cohort.id}/kelompok`);

    await page.locator('[data-test="group-size"]').fill('3');
    await page.locator('[data-test="propose-groups"]').click();
    await page.locator('[data-test="apply-groups"]').waitFor();
    const proposed = await groupsOnPage(page);
    expect(proposed.length).toBeGreaterThanOrEqual(3);

    // Mouse: drag the first person of group 1 onto group 2.
    const dragged = proposed[0]![0]!;
    await page.locator(`[data-test="member-${dragged}"]`).dragTo(page.locator('[data-test="group-2"]'), { sourcePosition: { x: 12, y: 12 }, targetPosition: { x: 40, y: 20 } });
    let now = await groupsOnPage(page);
    expect(now[1]).toContain(dragged);
    expect(now[0]).not.toContain(dragged);

    // Keyboard: focus the move control of group 3's first person and choose the next group (group 1) with the arrow key.
    const moved = proposed[2]![0]!;
    const control = page.locator(`[data-test="member-${moved}"] [data-test="move-to"]`);
    await control.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await groupsOnPage(page))[0]).toContain(moved);
    expect(await page.locator('[data-test="groups-live"]').innerText()).toContain('Kelompok 1');
    now = await groupsOnPage(page);

    await page.locator('[data-test="apply-groups"]').click();
    // The cohort already had groups: the organizer confirms replacing them.
    await page.locator('[data-test="confirm-accept"]').click();
    await page.locator('.alert--success').filter({ hasText: 'diterapkan' }).waitFor();

    await page.reload();
    await page.locator('[data-test="group-1"]').waitFor();
    const saved = await groupsOnPage(page);
    expect(saved.map((g) => [...g].sort())).toEqual(now.map((g) => [...g].sort()));
    expect(saved[1]).toContain(dragged);
    expect(saved[0]).toContain(moved);
  }, 120_000);
});

/** Nothing of the demo: a new academy (built through the API), its cohort of five, grouped in the SPA. */
suite('groups on an empty install', () => {
  const s = browserSuite({ server: { seed: 'none' } });

  it('the organizer of a new academy proposes groups for its cohort and applies them', async () => {
    await newAcademy(s.server);
    const program = (await s.server.gql('{ programs(first: 1) { nodes { id } } }')).data.programs.nodes[0].id;
    const created = (await s.server.gql(CREATE_COHORT, { i: { programId: program, code: 'KLP-BARU-01', name: 'Angkatan kelompok', startDate: '2027-03-01', endDate: '2027-03-05', capacity: 10 } })).data.createCohort;
    expect(created.errors).toEqual([]);
    const people = (await s.server.gql('{ persons(first: 10) { nodes { id } } }')).data.persons.nodes.map((p: { id: string }) => p.id);
    expect(people).toHaveLength(5);
    const enrolled = (await s.server.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p, overrideReason: "kelompok lintas generasi" }) { errors { code } } }', { c: created.cohort.id, p: people })).data.enroll;
    expect(enrolled.errors).toEqual([]);

    const page = await s.newPage(1280, 900);
    await signInThroughPage(page, s.server.url, ...NEW_ORGANIZER);
    await page.goto(`${s.server.url}/cohorts/${encodeURIComponent(created.cohort.id)}`);
    await page.locator('[data-test="open-groups"]').click();
    await waitForPath(page, `/cohorts/${created.cohort.id}/kelompok`);
    await page.locator('[data-test="group-size"]').fill('3');
    await page.locator('[data-test="propose-groups"]').click();
    await page.locator('[data-test="apply-groups"]').waitFor();
    const proposed = await groupsOnPage(page);
    expect(proposed.flat().sort()).toEqual([...people].sort());
    expect(proposed.map((g) => g.length).sort()).toEqual([2, 3]);
    await page.locator('[data-test="apply-groups"]').click();
    await page.locator('.alert--success').filter({ hasText: 'diterapkan' }).waitFor();
    await page.reload();
    await page.locator('[data-test="group-1"]').waitFor();
    expect((await groupsOnPage(page)).map((g) => [...g].sort())).toEqual(proposed.map((g) => [...g].sort()));
  }, 180_000);
});
