import { describe, expect, it } from 'vitest';
import { totpNow } from '../support/auth';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { browserSuite, shoot, signInThroughPage, VIEWPORTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('sign-in, MFA and invitations in the browser', () => {
  const env = browserSuite();
  const { newPage } = env;

  it('shows the sign-in page to signed-out visitors, with translated errors', async () => {
    for (const v of VIEWPORTS) {
      const page = await newPage(v.width, v.height);
      await page.goto(`${env.server.url}/`);
      await waitForPath(page, '/masuk');
      await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
      expect(await page.title()).toBe('Masuk · Lintas');
      // Signed out, no menu of the admin SPA is offered.
      expect(await page.locator('.nav__link').count()).toBe(0);
      await shoot(page, `signin-${v.tag}`);

      await page.locator('[data-test="signin-identifier"]').fill(DEMO.organizerBabel[0]);
      await page.locator('[data-test="signin-password"]').fill('wrong-password-123');
      await page.locator('[data-test="signin-submit"]').click();
      await page.getByRole('alert').filter({ hasText: 'kata sandi salah' }).waitFor();
      await shoot(page, `signin-error-${v.tag}`);
    }
  });

  it('an organizer signs in and lands on the roster, sees no admin menu, and issues a printable invitation', async () => {
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.getByRole('heading', { level: 1, name: 'Daftar ASN' }).waitFor();
    const nav = await page.locator('#main-nav').innerText();
    expect(nav).toContain('Token API');
    expect(nav).not.toContain('Log audit');
    // Some twenty pages: in a side bar, in named groups, none of them wrapping the header.
    expect(await page.locator('aside.sidebar #main-nav [data-group="impact"]').innerText()).toMatch(/^DAMPAK\s+Proyek perubahan\s+Evaluasi\s+Sertifikat\s+Laporan$/i);
    expect((await page.locator('header.header').boundingBox())!.height).toBeLessThan(80);
    expect(nav).not.toContain('Akun pengguna');

    // An admin page is not offered to an organizer: the guard sends them home.
    await page.goto(`${env.server.url}/admin/audit`);
    await waitForPath(page, '/roster');

    const firstRow = page.locator('table tbody tr').first();
    await firstRow.waitFor();
    const name = (await firstRow.locator('th').innerText()).trim();
    await firstRow.locator('[data-test="invite"]').click();
    await page.locator('[data-test="invite-create"]').waitFor();
    await shoot(page, 'invitation-confirm-desktop', { fullPage: false });
    await page.locator('[data-test="invite-create"]').click();
    const card = page.locator('[data-test="invitation-card"]');
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain(name);
    expect(cardText).toContain(`${env.server.url}/undangan`);
    expect(await page.locator('[data-test="invitation-code"]').innerText()).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    // A modal: the viewport, not the full page behind it.
    await shoot(page, 'invitation-card-desktop', { fullPage: false });
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'invitation-card-phone', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('[data-test="invite-close"]').click();

    for (const v of VIEWPORTS) {
      await page.setViewportSize({ width: v.width, height: v.height });
      await page.goto(`${env.server.url}/token`);
      await page.getByRole('heading', { level: 1, name: 'Token API' }).waitFor();
      await shoot(page, `tokens-${v.tag}`);
      await page.goto(`${env.server.url}/akun`);
      await page.locator('[data-test="account-facts"]').waitFor();
      expect(await page.locator('[data-test="account-facts"]').innerText()).toContain('Penyelenggara');
      await shoot(page, `account-${v.tag}`);
    }

    // A token is shown once, with a copy button and a warning.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${env.server.url}/token`);
    await page.locator('[data-test="token-name"]').fill('Sinkronisasi SIASN uji');
    await page.getByLabel('roster:read').check();
    await page.locator('[data-test="token-submit"]').click();
    const created = page.locator('[data-test="token-created"]');
    await created.waitFor();
    expect((await page.locator('[data-test="token-value"]').innerText()).length).toBeGreaterThan(20);
    await page.locator('table tbody tr', { hasText: 'Sinkronisasi SIASN uji' }).waitFor();
    await shoot(page, 'tokens-created-desktop');

    await page.locator('[data-test="sign-out"]').count();
    await page.goto(`${env.server.url}/akun`);
    await page.locator('[data-test="sign-out"]').click();
    await waitForPath(page, '/masuk');
    await page.goto(`${env.server.url}/roster`);
    await page.waitForURL((u) => u.pathname === '/masuk');
  });

  it('the admin must enrol an authenticator, sees recovery codes once, then reads the audit log', async () => {
    const page = await newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.admin);
    await page.locator('[data-test="mfa-enrol"]').waitFor();
    // Admins are held on the enrolment step: other pages send them back to it.
    await page.goto(`${env.server.url}/roster`);
    await page.locator('[data-test="mfa-enrol"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/masuk');
    const secret = page.locator('[data-test="mfa-secret"]');
    await page.waitForFunction(() => !!document.querySelector('[data-test="mfa-secret"]')?.getAttribute('data-secret'));
    await page.locator('.mfa-qr img').waitFor();
    await shoot(page, 'mfa-enrol-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'mfa-enrol-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The test reads the key as a person would type it into an app.
    const shown = (await secret.innerText()).replace(/\s+/g, '');
    expect(shown).toMatch(/^[A-Z2-7]{16,}$/);
    expect(shown).toBe(await secret.getAttribute('data-secret'));
    await page.locator('[data-test="mfa-enrol-code"]').fill(totpNow(shown));
    await page.locator('[data-test="mfa-enrol-submit"]').click();
    const codes = page.locator('[data-test="recovery-codes"]');
    await codes.waitFor();
    const recovery = (await codes.locator('li').allInnerTexts()).map((c) => c.trim());
    expect(recovery.length).toBeGreaterThanOrEqual(6);
    expect(await codes.innerText()).toContain('hanya ditampilkan sekali');
    await shoot(page, 'mfa-recovery-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'mfa-recovery-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('[data-test="recovery-done"]').isDisabled()).toBe(true);
    await page.locator('[data-test="recovery-saved"]').check();
    await page.locator('[data-test="recovery-done"]').click();
    await waitForPath(page, '/roster');
    const nav = await page.locator('#main-nav').innerText();
    expect(nav).toContain('Log audit');

    await page.goto(`${env.server.url}/admin/audit`);
    const table = page.locator('[data-test="audit-table"]');
    await table.waitFor();
    await page.locator('[data-test="audit-action"]').fill('auth.');
    // The filter applies once typing settles: every row is then an auth.* event.
    await page.waitForFunction(() => {
      const actions = [...document.querySelectorAll('[data-test="audit-table"] tbody tr code')].map((c) => c.textContent ?? '');
      return actions.length > 0 && actions.every((a) => a.startsWith('auth.'));
    });
    const text = await table.innerText();
    expect(text).toContain('Admin Lintas');
    expect(text).toContain('auth.mfa.enrolled');
    expect(text).toMatch(/auth\.sign-in\b/);
    expect(text).not.toContain('mutation.');
    await shoot(page, 'audit-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'audit-phone');

    for (const v of VIEWPORTS) {
      await page.setViewportSize({ width: v.width, height: v.height });
      await page.goto(`${env.server.url}/admin/akun`);
      await page.locator('table tbody tr').first().waitFor();
      await shoot(page, `admin-accounts-${v.tag}`);
      await page.goto(`${env.server.url}/admin/data-pribadi`);
      await page.locator('[data-test="subject-nip"]').waitFor();
      await shoot(page, `data-subject-${v.tag}`);
    }

    // The next sign-in asks for the app's code; a recovery code works in its place.
    const again = await newPage(360, 740);
    await signInThroughPage(again, env.server.url, ...DEMO.admin);
    await again.locator('[data-test="mfa-code"]').waitFor();
    await shoot(again, 'mfa-code-phone');
    await again.locator('[data-test="mfa-code"]').fill('000000');
    await again.locator('[data-test="mfa-submit"]').click();
    await again.getByRole('alert').filter({ hasText: 'Kode salah' }).waitFor();
    await again.locator('[data-test="mfa-code"]').fill(recovery[0]!);
    await again.locator('[data-test="mfa-submit"]').click();
    await waitForPath(again, '/roster');
  });

  it('a participant redeems an invitation on the phone and lands on their own page', async () => {
    const organizer = await env.server.signIn(...DEMO.organizerBabel);
    const people = await organizer.gql<{ persons: { nodes: { id: string; name: string; nip: string }[] } }>(
      '{ persons(first: 40) { nodes { id name nip } } }',
    );
    const person = people.data!.persons.nodes.at(-1)!;
    const invite = await organizer.gql<{ createInvitation: { code: string; errors: { code: string }[] } }>(
      'mutation($id: ID!) { createInvitation(personId: $id) { code errors { code } } }',
      { id: person.id },
    );
    expect(invite.data?.createInvitation.errors).toEqual([]);
    const code = invite.data!.createInvitation.code;

    const page = await newPage(360, 740);
    await page.goto(`${env.server.url}/undangan`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'redeem-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shoot(page, 'redeem-desktop');
    await page.setViewportSize({ width: 360, height: 740 });

    // A mistake is explained next to its field before anything is sent.
    await page.locator('[data-test="redeem-nip"]').fill(person.nip.slice(0, 10));
    await page.locator('[data-test="redeem-submit"]').click();
    await page.getByText('NIP harus 18 angka (sekarang 10)').waitFor();

    // Spaces, as copied from a staff card, are fine; the code is typed in lower case.
    await page.locator('[data-test="redeem-nip"]').fill(`${person.nip.slice(0, 8)} ${person.nip.slice(8, 14)} ${person.nip.slice(14)}`);
    await page.locator('[data-test="redeem-code"]').fill(code.toLowerCase());
    await page.locator('[data-test="redeem-password"]').fill('sandi-baru-peserta');
    await page.locator('[data-test="redeem-repeat"]').fill('sandi-baru-peserta');
    await page.locator('[data-test="redeem-submit"]').click();
    await waitForPath(page, '/saya');
    const greeting = page.locator('[data-test="me-greeting"]');
    await greeting.waitFor();
    expect(await greeting.innerText()).toContain(person.name);
    expect(await page.getByRole('heading', { name: 'Jadwal Saya' }).count()).toBe(1);
    // Participants see no admin menu and cannot open staff pages. On the phone the
    // navigation sits behind the Menu button, in a sheet that Escape closes.
    await page.locator('[data-test="menu-toggle"]').click();
    expect(await page.locator('#main-nav').innerText()).toContain('Jadwal Saya');
    expect(await page.locator('#main-nav').innerText()).not.toContain('Daftar ASN');
    await shoot(page, 'me-phone-menu', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.locator('#main-nav').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('menu-toggle');
    await page.goto(`${env.server.url}/roster`);
    await waitForPath(page, '/saya');
    await greeting.waitFor();
    await shoot(page, 'me-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shoot(page, 'me-desktop');

    // The new password works for the next sign-in, with the NIP.
    await page.locator('[data-test="sign-out"]').click();
    await page.locator('[data-test="signin-identifier"]').waitFor();
    await signInThroughPage(page, env.server.url, person.nip, 'sandi-baru-peserta');
    await waitForPath(page, '/saya');
  });
});
