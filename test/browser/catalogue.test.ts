import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpNow } from '../support/auth';
import { createNewAdmin, NEW_ADMIN as ADMIN, NEW_ORGANIZER as ORGANIZER, ROSTER_FILE } from '../support/new-academy';
import { chromiumAvailable } from '../support/requirements';
import { browserSuite, expectAccessible, shootFailures, shootViewports, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * Issue 17 in the SPA, from an empty database (`LINTAS_SEED=none`): the set-up checklist
 * leads the admin to create the academy and its organizer; the organizer creates, edits,
 * archives and restores the catalogue, meets a stale edit without losing the typing, and
 * creates a roster file's unknown agencies from the import preview. The academy's first
 * cohort runs in first-cohort.test.ts. `pnpm screenshots` also writes the README's set-up
 * pictures from this walk.
 */
suite('an academy from nothing, in the browser', () => {
  const env = browserSuite({ server: { seed: 'none' } });
  let server: typeof env.server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = env.server;
    await createNewAdmin(server);
    page = await env.newPage(1280, 900, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    context = page.context();
  }, 180_000);

  shootFailures(() => page, 'catalogue');

  /** The same page at 1280 px and 360 px, back to 1280 px after; `readme` names the README's picture of it. */
  const shootBoth = (name: string, readme?: string) => shootViewports(page, `catalogue-${name}`, readme);

  const step = (key: string) => page.locator(`[data-test="step-${key}"]`);

  it('the admin enrols an authenticator, lands on the set-up checklist and creates the academy there', async () => {
    await signInThroughPage(page, server.url, ...ADMIN);
    await page.locator('[data-test="mfa-enrol"]').waitFor();
    await page.waitForFunction(() => !!document.querySelector('[data-test="mfa-secret"]')?.getAttribute('data-secret'));
    const secret = (await page.locator('[data-test="mfa-secret"]').getAttribute('data-secret'))!;
    await page.locator('[data-test="mfa-enrol-code"]').fill(totpNow(secret));
    await page.locator('[data-test="mfa-enrol-submit"]').click();
    await page.locator('[data-test="recovery-saved"]').check();
    await page.locator('[data-test="recovery-done"]').click();

    await waitForPath(page, '/persiapan');
    await page.getByRole('heading', { level: 1, name: 'Persiapan akademi' }).waitFor();
    expect(await page.title()).toBe('Persiapan akademi · Lintas');
    await step('COHORT').waitFor();
    expect(await page.locator('[data-test="setup-steps"] > li').count()).toBe(9);
    expect(await page.locator('[data-test="setup-steps"] > li[data-done="true"]').count()).toBe(0);
    expect(await page.locator('#main-nav').innerText()).toContain('Persiapan');
    await shootBoth('setup-empty', 'setup-checklist');
    await expectAccessible(page, 'setup-empty');

    const form = step('ACADEMY').locator('[data-test="academy-form"]');
    await form.locator('#academy-code').fill('BPSDMD-UJI');
    await form.locator('#academy-name').fill('BPSDMD Provinsi Uji');
    await form.locator('#academy-province').fill('Kepulauan Bangka Belitung');
    await form.locator('[data-test="academy-save"]').click();
    await page.locator('[data-test="step-ACADEMY"][data-done="true"]').waitFor();
    await shootBoth('setup-academy-done');
  });

  it('the admin creates the first organizer from the checklist’s link', async () => {
    await step('ORGANIZER').getByRole('link').click();
    await waitForPath(page, '/admin/akun');
    const form = page.locator('[data-test="account-form"]');
    await form.locator('input').first().waitFor({ state: 'visible' });
    // The only academy is chosen for the admin once the list is in.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-test="account-form"] select')].some((s) => (s as HTMLSelectElement).value.length > 10));
    await form.locator('input').nth(0).fill('Penyelenggara Uji');
    await form.locator('input[type="email"]').fill(ORGANIZER[0]);
    await form.locator('input[autocomplete="new-password"]').fill(ORGANIZER[1]);
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await page.locator('.alert--success').waitFor();
    await shootBoth('accounts-organizer');

    await page.goto(`${server.url}/persiapan`);
    await page.locator('[data-test="step-ORGANIZER"][data-done="true"]').waitFor();
  });

  it('the organizer adds, edits, archives and restores agencies, and lands on the checklist', async () => {
    await context.clearCookies();
    await signInThroughPage(page, server.url, ...ORGANIZER);
    await waitForPath(page, '/persiapan');
    await step('AGENCIES').getByRole('link').click();
    await waitForPath(page, '/instansi');
    await page.locator('[data-test="empty"]').waitFor();
    expect(await page.locator('[data-test="empty"]').innerText()).toContain('Tambah instansi');
    await shootBoth('agencies-empty');

    for (const [code, name] of [['DISKOMINFO-UJI', 'Dinas Kominfo Provinsi Uji'], ['BKD-UJI', 'Badan Kepegawaian Daerah Uji']]) {
      await page.locator('[data-test="agency-add"]').click();
      const form = page.locator('[data-test="agency-form"]');
      await form.locator('#agency-code').fill(code!);
      await form.locator('#agency-name').fill(name!);
      await form.locator('#agency-province').fill('Kepulauan Bangka Belitung');
      await form.locator('[data-test="agency-save"]').click();
      await page.locator('[data-test="agency-table"]').getByText(name!).waitFor();
    }
    await shootBoth('agencies-list', 'setup-agencies');
    await expectAccessible(page, 'agencies-list');

    // Edit: the new name shows in the list.
    const row = page.locator('[data-test="agency-table"] tbody tr', { hasText: 'BKD-UJI' });
    await row.locator('[data-test="edit"]').click();
    await page.locator('#agency-name').fill('Badan Kepegawaian dan Pengembangan SDM Uji');
    await page.locator('[data-test="agency-save"]').click();
    await page.locator('[data-test="agency-table"]').getByText('Badan Kepegawaian dan Pengembangan SDM Uji').waitFor();

    // Archive asks first, then the agency leaves the list; "show archived" brings it back to restore.
    await page.locator('[data-test="agency-table"] tbody tr', { hasText: 'BKD-UJI' }).locator('[data-test="archive"]').click();
    await page.locator('[data-test="confirm-accept"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-test="agency-table"]')?.textContent?.includes('BKD-UJI'));
    await page.locator('[data-test="show-archived"]').check();
    const archived = page.locator('[data-test="agency-table"] tbody tr', { hasText: 'BKD-UJI' });
    await archived.getByText('Diarsipkan').waitFor();
    await shootBoth('agencies-archived');
    await archived.locator('[data-test="restore"]').click();
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-test="agency-table"] tbody tr')].some((r) => r.textContent?.includes('BKD-UJI') && r.textContent.includes('Diarsipkan')));
  });

  it('a stale edit says someone changed it, shows the current value and keeps what was typed', async () => {
    await page.goto(`${server.url}/instansi`);
    const row = page.locator('[data-test="agency-table"] tbody tr', { hasText: 'DISKOMINFO-UJI' });
    await row.locator('[data-test="edit"]').click();
    await page.locator('#agency-name').fill('Nama yang saya ketik');

    // Meanwhile someone else saves the same agency.
    await server.useAccount(...ORGANIZER);
    const list = await server.gql('{ agencies(first: 10) { nodes { id code version } } }');
    const agency = list.data.agencies.nodes.find((a: { code: string }) => a.code === 'DISKOMINFO-UJI');
    const other = await server.gql(
      'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { errors { code } } }',
      { input: { id: agency.id, version: agency.version, name: 'Nama dari rekan kerja' } },
    );
    expect(other.data.updateAgency.errors).toEqual([]);

    await page.locator('[data-test="agency-save"]').click();
    const stale = page.locator('[data-test="stale-notice"]');
    await stale.waitFor();
    expect(await stale.innerText()).toContain('Seseorang telah mengubah data ini; nilai terbarunya:');
    expect(await stale.innerText()).toContain('Nama dari rekan kerja');
    expect(await page.locator('#agency-name').inputValue()).toBe('Nama yang saya ketik');
    expect(await page.locator('[data-test="agency-form"]').innerText()).not.toMatch(/stale|version/i);
    await shootBoth('stale-edit');
    await expectAccessible(page, 'stale-edit');

    // Saving again deliberately replaces the colleague's value with the typed one.
    await page.locator('[data-test="agency-save"]').click();
    await page.locator('[data-test="agency-table"]').getByText('Nama yang saya ketik').waitFor();
  });

  it('agencies import from CSV: a preview with the refused rows, then the valid ones', async () => {
    await page.goto(`${server.url}/instansi`);
    await page.getByRole('link', { name: 'Impor instansi dari CSV' }).click();
    await waitForPath(page, '/instansi/impor');
    await page.getByRole('heading', { level: 1, name: 'Impor instansi' }).waitFor();
    const csv = [
      'code,name,level,province,time_zone',
      'KOMDIGI-UJI,Kementerian Komunikasi dan Digital Uji,PUSAT,,WIB',
      'DISDIK-UJI,Dinas Pendidikan Provinsi Uji,DAERAH,Kepulauan Bangka Belitung,WIB',
      'SALAH-UJI,Baris dengan tingkat salah,KABUPATEN,Kepulauan Bangka Belitung,WIB',
    ].join('\n');
    await page.locator('summary', { hasText: 'tempel' }).click();
    await page.locator('[data-test="csv-paste"]').fill(csv);
    await page.locator('[data-test="csv-check"]').click();
    const preview = page.locator('[data-test="import-preview"]');
    await preview.waitFor();
    const errors = page.locator('[data-test="row-errors"]');
    await errors.waitFor();
    expect(await errors.locator('tbody tr').count()).toBe(1);
    expect(await errors.innerText()).toContain('level');
    expect(await preview.innerText()).toMatch(/Baris valid\s*2/);
    await shootBoth('agency-import-preview');
    await expectAccessible(page, 'agency-import-preview');
    await page.locator('[data-test="import-commit"]').click();
    const done = page.locator('[data-test="import-done"]');
    await done.waitFor();
    expect(await done.innerText()).toContain('2 instansi baru');
    await page.goto(`${server.url}/instansi`);
    await page.locator('[data-test="agency-table"]').getByText('Dinas Pendidikan Provinsi Uji').waitFor();
  });

  it('the organizer adds a venue, a facilitator, a program and its modules', async () => {
    await page.goto(`${server.url}/tempat`);
    await page.locator('[data-test="empty"]').waitFor();
    await page.locator('[data-test="venue-add"]').click();
    await page.locator('#venue-code').fill('AULA-1');
    await page.locator('#venue-name').fill('Aula Utama BPSDMD');
    await page.locator('#venue-capacity').fill('40');
    await page.locator('#venue-address').fill('Jl. Pulau Bangka No. 1, Pangkalpinang');
    await page.locator('[data-test="venue-save"]').click();
    await page.locator('[data-test="venue-table"]').getByText('Aula Utama BPSDMD').waitFor();
    await shootBoth('venues');
    await expectAccessible(page, 'venues');

    // Archived while the form was open: the save is refused with words that say what to do.
    await page.locator('[data-test="venue-table"] tbody tr', { hasText: 'AULA-1' }).locator('[data-test="edit"]').click();
    await page.locator('#venue-capacity').fill('45');
    const venues = await server.gql('{ venues(first: 10) { nodes { id code } } }');
    const venueId = venues.data.venues.nodes.find((v: { code: string }) => v.code === 'AULA-1').id;
    expect((await server.gql('mutation($id: ID!) { archive(id: $id) { errors { code } } }', { id: venueId })).data.archive.errors).toEqual([]);
    await page.locator('[data-test="venue-save"]').click();
    const refused = page.locator('[data-test="form-errors"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('sudah diarsipkan');
    expect(await page.locator('#venue-capacity').inputValue()).toBe('45');
    await shootBoth('venue-archived-edit');
    expect((await server.gql('mutation($id: ID!) { restore(id: $id) { errors { code } } }', { id: venueId })).data.restore.errors).toEqual([]);

    await page.goto(`${server.url}/fasilitator`);
    await page.locator('[data-test="facilitator-add"]').click();
    await page.locator('#fac-name').fill('Dr. Wulan Widyaiswara');
    await page.locator('#fac-email').fill('wulan@bpsdmd.test');
    await page.locator('[data-test="facilitator-save"]').click();
    await page.locator('[data-test="facilitator-table"]').getByText('Dr. Wulan Widyaiswara').waitFor();
    await shootBoth('facilitators');
    await expectAccessible(page, 'facilitators');
    await page.locator('[data-test="facilitator-table"]').getByRole('link', { name: 'Dr. Wulan Widyaiswara' }).click();
    await page.locator('[data-test="unavailability"]').waitFor();
    await shootBoth('facilitator-page');

    await page.goto(`${server.url}/programs`);
    await page.locator('[data-test="empty"]').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/hubungi admin|contact (your|the) admin/i);
    await page.locator('[data-test="program-add"]').click();
    await page.locator('#program-code').fill('DLA');
    await page.locator('#program-name').fill('Digital Leadership Academy');
    await page.locator('[data-test="program-form"]').getByLabel('Eselon II', { exact: true }).check();
    await page.locator('[data-test="program-save"]').click();
    await page.getByRole('heading', { level: 1, name: /Digital Leadership Academy/ }).waitFor();
    await page.locator('[data-test="modules-empty"]').waitFor();

    for (const [code, title] of [['DLA-01', 'Kepemimpinan digital'], ['DLA-02', 'Keputusan berbasis data']]) {
      await page.locator('[data-test="module-add"]').click();
      const form = page.locator('[data-test="module-form"]');
      await form.locator('#module-code').fill(code!);
      await form.locator('#module-title').fill(title!);
      await form.getByLabel(/Dr\. Wulan Widyaiswara/).check();
      await form.locator('[data-test="module-save"]').click();
      await page.locator('[data-test="module-table"]').getByText(title!).waitFor();
    }
    expect(await page.locator('[data-test="module-table"]').innerText()).toContain('Dr. Wulan Widyaiswara');
    await shootBoth('program-detail', 'setup-program');
    await expectAccessible(page, 'program-detail');
  });

  it('the roster import lists unknown agency codes together and creates them in one step', async () => {
    await page.goto(`${server.url}/roster/import`);
    await page.setInputFiles('[data-test="csv-file"]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER_FILE) });
    const unknown = page.locator('[data-test="unknown-agencies"]');
    await unknown.waitFor();
    expect(await unknown.locator('tbody tr').count()).toBe(2);
    const text = await unknown.innerText();
    expect(text).toContain('BAPPEDA-UJI');
    expect(text).toContain('DINKES-UJI');
    await shootBoth('import-unknown-agencies', 'setup-unknown-agencies');
    await expectAccessible(page, 'import-unknown-agencies');

    await unknown.locator('[data-test="unknown-BAPPEDA-UJI"] [data-test="unknown-name"]').fill('Bappeda Provinsi Uji');
    await unknown.locator('[data-test="unknown-DINKES-UJI"] [data-test="unknown-name"]').fill('Dinas Kesehatan Provinsi Uji');
    await unknown.locator('[data-test="create-agencies"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-test="unknown-agencies"]'));
    const preview = page.locator('[data-test="import-preview"]');
    await page.waitForFunction(() => /Baris valid\s*5/.test(document.querySelector('[data-test="import-preview"]')?.textContent?.replace(/\s+/g, ' ') ?? ''));
    expect(await page.locator('[data-test="row-errors"]').count()).toBe(0);
    await shootBoth('import-agencies-created');
    await preview.locator('[data-test="import-commit"]').click();
    await page.locator('[data-test="import-done"]').waitFor();
  });

  it('a person page shows the person, edits them and offers their unavailability page', async () => {
    await page.goto(`${server.url}/roster`);
    await page.getByRole('link', { name: 'Bambang Uji Baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bambang Uji Baru' }).waitFor();
    await page.locator('[data-test="person-jp"]').waitFor();
    await shootBoth('person-page');
    await expectAccessible(page, 'person-page');
    await page.locator('[data-test="edit"]').click();
    await page.locator('#person-position').fill('Kepala Dinas Kesehatan');
    await page.locator('[data-test="person-save"]').click();
    await page.getByText('Kepala Dinas Kesehatan').waitFor();
    await page.getByRole('link', { name: 'Atur waktu tidak tersedia' }).click();
    await page.locator('[data-test="unavailability"]').waitFor();
    await page.locator('#u-start').fill('2027-01-11T08:00');
    await page.locator('#u-end').fill('2027-01-11T16:00');
    await page.locator('#u-reason').fill('Rapat paripurna DPRD');
    await page.locator('[data-test="unavailability-add"]').click();
    await page.getByText('Rapat paripurna DPRD').waitFor();
    await shootBoth('person-unavailability');
    await expectAccessible(page, 'person-unavailability');
  });
  it('the first cohort completes the set-up: the checklist says so and leaves the menu', async () => {
    await page.goto(`${server.url}/persiapan`);
    await page.locator('[data-test="step-COHORT"][data-done="false"]').waitFor();
    expect(await page.locator('[data-test="setup-steps"] > li[data-done="true"]').count()).toBe(8);
    await step('COHORT').getByRole('link').click();
    await waitForPath(page, '/cohorts/new');
    const programs = page.locator('#programId option:not([disabled])');
    await programs.first().waitFor({ state: 'attached' });
    await page.locator('#programId').selectOption({ index: 1 });
    await page.locator('#code').fill('DLA-2027-01');
    await page.locator('#name').fill('DLA Angkatan I 2027');
    await page.locator('#startDate').fill('2027-02-01');
    await page.locator('#endDate').fill('2027-02-12');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((u) => /^\/cohorts\/[^/]+$/.test(u.pathname) && u.pathname !== '/cohorts/new');

    await page.goto(`${server.url}/persiapan`);
    await page.locator('[data-test="setup-complete"]').waitFor();
    await shootBoth('setup-complete');
    await page.waitForFunction(() => !document.querySelector('#main-nav')?.textContent?.includes('Persiapan'));
    // Signed in again, the organizer now starts on the roster.
    await context.clearCookies();
    await signInThroughPage(page, server.url, ...ORGANIZER);
    await waitForPath(page, '/roster');
  });
});
