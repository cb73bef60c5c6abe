import { ESELON_GROUPS, GENERATION_CODES, LEADER_GROUPS } from '@lintas/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { browserSuite, shoot, SHOTS, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

const REPORTS = `query($filter: ReportFilter, $year: Int!) {
  participationByEselon(filter: $filter) { group roster enrolled completed participationRate completionRate attendanceRate }
  participationByGeneration(filter: $filter) { group roster enrolled participationRate }
  participationMatrix(filter: $filter) { eselonGroup generation roster enrolled participationRate }
  literacyTarget(filter: $filter) { rate byEselon { group roster literate rate } }
  jpCompliance(year: $year, filter: $filter) { byEselon { group roster reached rate } below(first: 1) { totalCount } }
}`;

/** How the Indonesian UI writes numbers, independently of the SPA's code. */
const num = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const pct = (share: number) => new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(share);

async function rowsOf(page: Page, figure: string): Promise<string[][]> {
  return page.locator(`[data-test="${figure}"] table tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).textContent!.trim())),
  );
}

suite('reports dashboard', () => {
  const env = browserSuite({ account: DEMO.organizerBabel });

  async function api(filter: Record<string, string> | null, year = 2026) {
    const res = await env.server.gql(REPORTS, { filter, year });
    expect(res.errors).toBeUndefined();
    return res.data;
  }

  /** Every figure on the page against the API's answer for the same filter. */
  async function expectFigures(page: Page, filter: Record<string, string> | null) {
    const d = await api(filter);
    const rows = d.participationByEselon as { group: string; roster: number; enrolled: number; completed: number; participationRate: number; completionRate: number; attendanceRate: number }[];
    const sum = (k: 'roster' | 'enrolled' | 'completed', only?: readonly string[]) => rows.filter((r) => !only || only.includes(r.group)).reduce((s, r) => s + r[k], 0);
    await expect.poll(() => page.locator('[data-test="stat-enrolled"]').innerText()).toBe(num(sum('enrolled')));
    expect(await page.locator('[data-test="stat-roster"]').innerText()).toBe(num(sum('roster')));
    expect(await page.locator('[data-test="stat-participation"]').innerText()).toBe(pct(sum('enrolled') / sum('roster')));

    // The gap sentence: leaders pooled against the rest, counted here from the API rows.
    const rest = ESELON_GROUPS.filter((g) => !LEADER_GROUPS.includes(g));
    const leaderRate = sum('enrolled', LEADER_GROUPS) / sum('roster', LEADER_GROUPS);
    const restRate = sum('enrolled', rest) / sum('roster', rest);
    const sentence = await page.locator('[data-test="gap-sentence"]').innerText();
    expect(sentence).toContain(`Pimpinan (eselon I–II) berpartisipasi ${pct(leaderRate)}`);
    expect(sentence).toContain(`(${pct(restRate)})`);
    if (leaderRate > 0 && restRate > 0) {
      const ratio = Math.max(leaderRate, restRate) / Math.min(leaderRate, restRate);
      expect(sentence).toContain(`${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio)} kali lebih ${leaderRate < restRate ? 'rendah' : 'tinggi'}`);
    }

    // Heatmap: every cell prints its rate and counts.
    const cellText = (e: string, g: string) => page.locator(`[data-cell="${e}/${g}"]`).innerText();
    for (const c of d.participationMatrix as { eselonGroup: string; generation: string | null; roster: number; enrolled: number; participationRate: number }[]) {
      if (!c.generation) continue;
      const text = await cellText(c.eselonGroup, c.generation);
      expect(text, `${c.eselonGroup}/${c.generation}`).toBe(c.roster ? `${pct(c.participationRate)}\n${num(c.enrolled)} dari ${num(c.roster)}` : 'tidak ada ASN');
    }
    for (const r of rows) if (r.roster) expect(await cellText(r.group, 'all')).toBe(`${pct(r.participationRate)}\n${num(r.enrolled)} dari ${num(r.roster)}`);
    for (const g of d.participationByGeneration as { group: string | null; roster: number; enrolled: number; participationRate: number }[]) {
      if (g.group && g.roster) expect(await cellText('all', g.group)).toBe(`${pct(g.participationRate)}\n${num(g.enrolled)} dari ${num(g.roster)}`);
    }

    // The tables behind the charts carry the same numbers.
    expect(await rowsOf(page, 'eselon-bars')).toEqual(
      rows.map((r) => [expect.any(String), num(r.roster), num(r.enrolled), pct(r.participationRate), num(r.completed), pct(r.completionRate), pct(r.attendanceRate)]),
    );
    expect(await rowsOf(page, 'literacy-by-eselon')).toEqual(
      d.literacyTarget.byEselon.map((r: any) => [expect.any(String), num(r.roster), num(r.literate), pct(r.rate)]),
    );
    expect(await page.locator('[data-test="literacy-now"]').innerText()).toContain(pct(d.literacyTarget.rate));
    await expect.poll(() => rowsOf(page, 'jp-by-eselon')).toEqual(
      d.jpCompliance.byEselon.map((r: any) => [expect.any(String), num(r.roster), num(r.reached), pct(r.rate)]),
    );
    const below = d.jpCompliance.below.totalCount as number;
    if (below) expect(await page.locator('[data-test="jp-below-count"]').innerText()).toBe(`${num(below)} ASN belum mencapai 20 JP.`);
    return d;
  }

  it('shows the figures the API returns, follows a filter into the address, and keeps the numbers for screen readers', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })).newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await page.getByRole('link', { name: 'Laporan' }).click();
    await waitForPath(page, '/laporan');
    // The JP year is named in the address so the test does not depend on the calendar.
    await page.goto(`${env.server.url}/laporan?tahun=2026`);
    await page.locator('[data-test="gap-sentence"]').waitFor();
    const all = await expectFigures(page, null);

    // The demo tells the product's story: the leaders take part far less than everyone else, and the younger a generation, the more it is reached.
    const pooled = (leaders: boolean) => {
      const rows = (all.participationByEselon as { group: (typeof ESELON_GROUPS)[number]; roster: number; enrolled: number }[]).filter((r) => LEADER_GROUPS.includes(r.group) === leaders);
      return rows.reduce((s, r) => s + r.enrolled, 0) / rows.reduce((s, r) => s + r.roster, 0);
    };
    expect(pooled(true)).toBeLessThan(pooled(false) / 2);
    const byGeneration = (all.participationByGeneration as { group: string | null; roster: number; participationRate: number }[]).filter((g) => g.group && g.roster);
    expect(byGeneration.map((g) => g.group)).toEqual(['BOOMER', 'GEN_X', 'GEN_Y', 'GEN_Z']);
    expect(byGeneration.map((g) => g.participationRate)).toEqual([...byGeneration.map((g) => g.participationRate)].sort((x, y) => x - y));

    // Screen readers: a captioned <table> behind every chart, plus the heatmap itself.
    const captions = await page.locator('[data-test="figure-table"] table caption').allTextContents();
    expect(captions).toEqual([
      'Partisipasi dan penyelesaian menurut kelompok eselon',
      'Melek digital menurut kelompok eselon, dibanding target',
      'Melek digital di akhir tiap tahun, dan laju yang dibutuhkan sampai 2029',
      'Rata-rata kenaikan skor pola pikir digital (pasca − pra) menurut kelompok eselon dan generasi',
      'ASN yang mencapai 20 JP pada 2026, menurut kelompok eselon',
    ]);
    expect(await page.locator('[data-test="heatmap"] caption').textContent()).toContain('Partisipasi (terdaftar ÷ ASN)');
    expect(await page.getByRole('table', { name: 'Partisipasi dan penyelesaian menurut kelompok eselon' }).count()).toBe(1);
    // Hidden from sight until asked for, then shown.
    const barsTable = page.locator('[data-test="eselon-bars"] [data-test="figure-table"]');
    const width = async () => (await barsTable.boundingBox())?.width ?? 0;
    expect(await width()).toBeLessThanOrEqual(1);
    await page.locator('[data-test="eselon-bars"]').getByRole('button', { name: 'Tampilkan tabel' }).click();
    expect(await width()).toBeGreaterThan(600);
    // Every generation has a column, plus the eselon names and the totals.
    expect(await page.locator('[data-test="heatmap"] thead th').count()).toBe(GENERATION_CODES.length + 2);

    expect(await page.locator('[data-test="export-participation-by-eselon"] a').first().getAttribute('href')).toBe('/exports/participation-by-eselon.csv?lang=id');
    expect(await page.locator('[data-test="export-jp-compliance"] a').nth(1).getAttribute('href')).toBe('/exports/jp-compliance.xlsx?year=2026&lang=id');
    await shoot(page, 'dashboard-desktop');

    // A program narrows the scope: the address, the export links and the figures follow.
    const programs = (await env.server.gql('{ programs(first: 20) { nodes { id code } } }')).data.programs.nodes as { id: string; code: string }[];
    const dla = programs.find((p) => p.code === 'DLA')!;
    await page.locator('[data-test="filter-program"]').selectOption(dla.id);
    await page.waitForURL((u) => u.searchParams.get('program') === dla.id && u.searchParams.get('tahun') === '2026');
    const narrowed = await expectFigures(page, { programId: dla.id });
    const enrolled = (d: any) => d.participationByEselon.reduce((s: number, r: any) => s + r.enrolled, 0);
    expect(enrolled(narrowed)).toBeLessThan(enrolled(all));
    expect(await page.locator('[data-test="export-participation-matrix"] a').nth(1).getAttribute('href')).toBe(
      `/exports/participation-matrix.xlsx?programId=${encodeURIComponent(dla.id)}&lang=id`,
    );

    // A period as well; the link, opened afresh, shows the same view.
    await page.locator('[data-test="filter-from"]').fill('2026-10-01');
    await page.waitForURL((u) => u.searchParams.get('dari') === '2026-10-01');
    const filter = { programId: dla.id, from: '2026-10-01' };
    await expectFigures(page, filter);
    await page.reload();
    await page.locator('[data-test="gap-sentence"]').waitFor();
    expect(await page.locator('[data-test="filter-program"]').inputValue()).toBe(dla.id);
    expect(await page.locator('[data-test="filter-from"]').inputValue()).toBe('2026-10-01');
    await expectFigures(page, filter);

    // Printed: no navigation, no filter form, the scope written out instead.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('[data-test="report-filters"]').isVisible()).toBe(false);
    expect(await page.locator('[data-test="report-scope"]').innerText()).toContain('Digital Leadership Academy');
    await page.waitForTimeout(300);
    await shoot(page, 'dashboard-print');
    await page.pdf({ path: `${SHOTS}dashboard-print.pdf`, format: 'A4', printBackground: true });
  });

  it('fits a phone, and speaks English with English exports', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' })).newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await page.goto(`${env.server.url}/laporan?tahun=2026`);
    await page.locator('[data-test="gap-sentence"]').waitFor();
    await page.locator('[data-test="jp-below"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shoot(page, 'dashboard-phone');

    await page.getByRole('button', { name: /Menu/ }).click();
    await page.getByLabel('Bahasa').selectOption('en');
    await expect.poll(() => page.locator('[data-test="gap-sentence"]').innerText()).toMatch(/^Leaders \(eselon I–II\) participate at /);
    expect(await page.locator('[data-test="export-literacy-target"] a').first().getAttribute('href')).toBe('/exports/literacy-target.csv?lang=en');
  });
});
