import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
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
