import { describe, expect, it } from 'vitest';
import { DEMO } from '../support/server';
import { chromiumAvailable } from '../support/requirements';
import { sqlRows } from '../support/sql';
import { uploadCsv } from '../support/upload';
import { browserSuite, shoot, signInThroughPage } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('roster upload on the import page', () => {
  const env = browserSuite({ account: DEMO.organizerBabel });
  const count = async (prefix: string) =>
    Number((await sqlRows<{ n: number | string }>(env.server.databaseUrl, `select count(*) as n from person where name like '${prefix} %'`))[0]!.n);

  /** Opens the import page signed in (in `locale`), recording the uploads it sends. */
  async function importPage(locale: 'id' | 'en') {
    const page = await env.newPage(1280, 900);
    await page.addInitScript((l) => {
      localStorage.setItem('lintas.locale', l);
      // Records each progress bar the page shows, however briefly.
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[data-test="import-progress"]')) {
          const what = bar.textContent?.trim() ?? '';
          if (!seen.includes(what)) seen.push(what);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, locale);
    const uploads: { url: string; type: string | null; csrf: string | null }[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/imports/persons') {
        uploads.push({ url: r.url().replace(env.server.url, ''), type: r.headers()['content-type'] ?? null, csrf: r.headers()['apollo-require-preflight'] ?? null });
      }
    });
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await page.goto(`${env.server.url}/roster/import`);
    return { page, uploads };
  }

  it('uploads the chosen file to check it, shows counts and rejected lines without NIPs, then imports it with progress', async () => {
    const agency = (await env.server.gql(`{ agencies(first: 1, search: "DISKOMINFO") { nodes { code } } }`)).data.agencies.nodes[0].code;
    const { csv, bad, badNips } = uploadCsv(agency, 3_000, 'Unggah Peramban', 1_000);
    const { page, uploads } = await importPage('id');
    await page.getByRole('heading', { level: 1, name: 'Impor daftar ASN' }).waitFor();

    await page.setInputFiles('[data-test="csv-file"]', { name: 'roster-besar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.locator('[data-test="import-preview"]');
    await preview.waitFor();
    const errors = page.locator('[data-test="row-errors"]');
    await errors.waitFor();
    await expect(errors.locator('tbody tr').count()).resolves.toBe(bad);
    const rows = await errors.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toContain('1.001');
    expect(rows[2]).toContain('3.001');
    const text = await preview.innerText();
    expect(text).toMatch(/Baris dibaca\s*3\.000/);
    expect(text).toMatch(/Baris valid\s*2\.997/);
    expect(text).toMatch(/Ditolak\s*3/);
    for (const n of badNips) expect(text).not.toContain(n);
    expect(await count('Unggah Peramban')).toBe(0);
    expect(uploads).toEqual([{ url: '/imports/persons?dryRun=true', type: 'text/csv', csrf: 'true' }]);
    await shoot(page, 'upload-preview-desktop');

    await page.locator('[data-test="import-commit"]').click();
    const done = page.locator('[data-test="import-done"]');
    await done.waitFor();
    expect(await done.innerText()).toMatch(/ASN baru ditambahkan/);
    expect(await done.innerText()).toContain('3 baris ditolak');
    expect(await done.locator('[data-test="row-errors"] tbody tr').count()).toBe(bad);
    expect(uploads.map((u) => u.url)).toEqual(['/imports/persons?dryRun=true', '/imports/persons']);
    // A progress bar was shown while the file was checked and while it was imported.
    expect((await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)).length).toBeGreaterThan(0);
    expect(await count('Unggah Peramban')).toBe(3_000 - bad);
    await shoot(page, 'upload-done-desktop');
  }, 120_000);

  it('speaks English, and says in words why a file is not a roster CSV', async () => {
    const { page } = await importPage('en');
    await page.getByRole('heading', { level: 1, name: 'Import roster' }).waitFor();
    await page.setInputFiles('[data-test="csv-file"]', { name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('nip,name\n1,a\n') });
    const preview = page.locator('[data-test="import-preview"]');
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('This file cannot be imported yet');
    expect(text).toContain('employment_type');
  }, 60_000);
});
