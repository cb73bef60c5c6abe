import { formatNip } from '@lintas/shared';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { shoot, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** PNS NIPs that pass the strict check, with a serial unlikely to collide with the demo roster. */
const nip = (birth: string, appointment: string, gender: 'MALE' | 'FEMALE', serial: number) =>
  formatNip({ birth: new Date(`${birth}T00:00:00Z`), appointment: new Date(`${appointment}-01T00:00:00Z`), gender, serial });

suite('roster import in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    await server.useAccount(...DEMO.organizerBabel);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('previews, reports the bad row without its NIP, imports the good rows, finds them on the roster', async () => {
    const agencies = await server.gql<{ agencies: { nodes: { code: string }[] } }>('{ agencies(first: 100) { nodes { code } } }');
    const codes = agencies.data!.agencies.nodes.map((a) => a.code);
    expect(codes.length).toBeGreaterThan(0);
    const code = (i: number) => codes[i % codes.length]!;

    const good = [
      { nip: nip('1967-02-14', '1992-03', 'MALE', 901), name: 'Hendrawan Uji Lintas' },
      { nip: nip('1988-11-02', '2014-01', 'FEMALE', 902), name: 'Kartika Uji Lintas' },
      { nip: nip('1999-06-21', '2023-04', 'MALE', 903), name: 'Rizky Uji Lintas' },
    ];
    const badNip = '1975133120000310'; // 16 digits, month 13: rejected for its format
    const csv = [
      'nip,name,employment_type,position_type,eselon,job_title,agency_code',
      `${good[0]!.nip},${good[0]!.name},PNS,STRUKTURAL,IIa,Kepala Dinas,${code(0)}`,
      `${good[1]!.nip},${good[1]!.name},PNS,FUNGSIONAL,,Pranata Komputer Ahli Muda,${code(1)}`,
      `${badNip},Salah Nip Uji Lintas,PNS,PELAKSANA,,Pengelola Data,${code(2)}`,
      `${good[2]!.nip},${good[2]!.name},PNS,PELAKSANA,,Pengelola Data,${code(2)}`,
    ].join('\n');

    for (const [width, height, tag] of [[1280, 800, 'desktop'], [360, 740, 'phone']] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      // Signed out, the import page sends the organizer to sign in, then back to it.
      await page.goto(`${server.url}/roster/import`);
      await page.waitForURL((u) => u.pathname === '/masuk' && u.searchParams.get('next') === '/roster/import');
      await signInThroughPage(page, server.url, ...DEMO.organizerBabel, { open: false });
      await waitForPath(page, '/roster/import');
      await page.getByRole('heading', { level: 1, name: 'Impor daftar ASN' }).waitFor();
      expect(await page.title()).toBe('Impor daftar ASN · Lintas');
      await shoot(page, `import-choose-${tag}`);

      await page.setInputFiles('[data-test="csv-file"]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const preview = page.locator('[data-test="import-preview"]');
      await preview.waitFor();
      const errors = page.locator('[data-test="row-errors"]');
      await errors.waitFor();
      // Row 4 (the header is row 1) is the bad one, explained in Indonesian, without the NIP.
      await expect(errors.locator('tbody tr').count()).resolves.toBe(1);
      const errorRow = await errors.locator('tbody tr').first().innerText();
      expect(errorRow).toContain('4');
      expect(errorRow).toContain('NIP harus 18 angka');
      const previewText = await preview.innerText();
      expect(previewText).not.toContain(badNip);
      for (const g of good) expect(previewText).not.toContain(g.nip);
      expect(previewText).toMatch(/Baris valid\s*3/);
      await shoot(page, `import-preview-${tag}`);
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await page.goto(`${server.url}/roster/import`);
    await page.setInputFiles('[data-test="csv-file"]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('[data-test="import-commit"]').click();
    const done = page.locator('[data-test="import-done"]');
    await done.waitFor();
    expect(await done.innerText()).toContain('3 ASN baru');
    await shoot(page, 'import-done-desktop');

    await page.locator('[data-test="to-roster"]').click();
    await waitForPath(page, '/roster');
    await page.fill('[data-test="roster-search"]', 'Kartika Uji');
    const row = page.locator('table tbody tr', { hasText: 'Kartika Uji Lintas' });
    await row.waitFor();
    await expect(page.locator('table tbody tr').count()).resolves.toBe(1);
    await shoot(page, 'roster-search-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'roster-search-phone');
    await context.close();

    for (const g of good) {
      const res = await server.gql<{ person: { name: string } | null }>('query($nip: String!) { person(nip: $nip) { name } }', { nip: g.nip });
      expect(res.data?.person?.name).toBe(g.name);
    }
    const bad = await server.gql<{ persons: { totalCount: number } }>('{ persons(first: 1, filter: { search: "Salah Nip Uji" }) { totalCount } }');
    expect(bad.data?.persons.totalCount).toBe(0);
  });
});
