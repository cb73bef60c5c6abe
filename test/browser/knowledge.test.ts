import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import { browserSuite, expectAccessible, shootFailures, shootViewports, signInThroughPage, SHOTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;
const OUT = '/tmp/shots-knowledge/';

/**
 * On an empty install: the organizer writes an item in the SPA (Markdown with a script tag
 * that must stay text), names its author from the roster and publishes it; then a senior
 * official signs in on a 360-px phone, searches Pengetahuan and reads the item in large type.
 */
suite('knowledge in the browser', () => {
  const s = browserSuite({ server: { seed: 'none' } });
  let page: Page | undefined;
  shootFailures(() => page, 'knowledge');

  async function keep(name: string) {
    mkdirSync(OUT, { recursive: true });
    for (const tag of ['desktop', 'phone']) copyFileSync(`${SHOTS}${name}-${tag}.png`, `${OUT}${name}-${tag}.png`);
  }

  it('an organizer writes and publishes an item; a senior official reads it on a phone', async () => {
    const server = s.server;
    await newAcademy(server);

    const org = await s.newPage(1280, 900);
    page = org;
    await signInThroughPage(org, server.url, ...NEW_ORGANIZER);
    await org.goto(`${server.url}/pengetahuan`);
    await org.locator('[data-test="knowledge-count"]').waitFor();
    expect(await org.locator('[data-test="knowledge-count"]').innerText()).toContain('0');
    // The two eselon II officials of the roster retire within five years; nobody has documented them yet.
    await org.locator('[data-test="risk-years"]').selectOption('5');
    await org.locator('[data-test="risk-Bambang Uji Baru"]').waitFor();
    await expectAccessible(org, 'knowledge-list-empty');

    await org.locator('[data-test="knowledge-new"]').click();
    await waitForPath(org, '/pengetahuan/baru/ubah');
    await org.locator('[data-test="knowledge-form-kind"]').selectOption('BEST_PRACTICE');
    await org.locator('[data-test="knowledge-form-title"]').fill('Memimpin rapat lintas generasi');
    await org.locator('[data-test="knowledge-form-body"]').fill([
      'Rapat yang baik memberi suara kepada pegawai muda **sebelum** pimpinan berbicara.',
      '',
      '1. Kirim bahan sehari sebelumnya.',
      '2. Minta pendapat yang termuda lebih dulu.',
      '3. Tutup dengan keputusan dan penanggung jawab.',
      '',
      '<script>alert("bukan kode")</script>',
    ].join('\n'));
    await org.locator('[data-test="knowledge-form-links"]').fill('https://lan.go.id');
    await org.locator('[data-test="knowledge-form-person"]').fill('Bambang');
    await org.locator('[data-test="knowledge-person-Bambang Uji Baru"] [data-test="add-author"]').click();
    await org.locator('[data-test="knowledge-form-person"]').fill('Dimas');
    await org.locator('[data-test="knowledge-person-Dimas Uji Baru"] [data-test="add-contributor"]').click();
    expect(await org.locator('[data-test="knowledge-form-authors"]').innerText()).toContain('Bambang Uji Baru');
    await expectAccessible(org, 'knowledge-editor');
    await shootViewports(org, 'knowledge-editor');
    await keep('knowledge-editor');
    await org.locator('[data-test="knowledge-save"]').click();
    await org.waitForURL((u) => /^\/pengetahuan\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/baru'));
    await org.locator('[data-test="knowledge-publish"]').click();
    await org.locator('[data-test="knowledge-notice"]').waitFor();
    // The script tag is shown as text, never run.
    expect(await org.locator('[data-test="knowledge-body"] script').count()).toBe(0);
    expect(await org.locator('[data-test="knowledge-body"]').innerText()).toContain('<script>alert("bukan kode")</script>');
    await org.goto(`${server.url}/pengetahuan`);
    await org.locator('[data-test="knowledge-Memimpin rapat lintas generasi"]').waitFor();
    // Bambang is documented now: the five-year list keeps only Hendra.
    await org.locator('[data-test="risk-years"]').selectOption('5');
    await org.locator('[data-test="risk-Hendra Uji Baru"]').waitFor();
    expect(await org.locator('[data-test="risk-Bambang Uji Baru"]').count()).toBe(0);
    await shootViewports(org, 'knowledge-list');
    await keep('knowledge-list');

    // Bambang, a senior official, gets his account and reads on a phone.
    const bambang = (await server.gql('{ persons(first: 20, filter: { search: "Bambang" }) { nodes { id nip } } }')).data.persons.nodes[0];
    const code = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { code } }', { p: bambang.id })).data.createInvitation.code;
    const redeemed = await server.client({}).gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: bambang.nip, code, password: 'sandi-bambang-2026' } });
    expect(redeemed.data.redeemInvitation.errors).toEqual([]);
    const phone = await s.newPage(360, 740);
    page = phone;
    await signInThroughPage(phone, server.url, bambang.nip, 'sandi-bambang-2026');
    await phone.goto(`${server.url}/pengetahuan`);
    await phone.locator('[data-test="knowledge-search"]').fill('pimpin rapat');
    await phone.locator('[data-test="knowledge-search"]').press('Enter');
    await phone.locator('[data-test="knowledge-Memimpin rapat lintas generasi"] a').click();
    await phone.locator('[data-test="knowledge-read"]').waitFor();
    expect(await phone.locator('h1').innerText()).toBe('Memimpin rapat lintas generasi');
    expect(await phone.locator('[data-test="knowledge-edit"]').count()).toBe(0);
    // Large type and nothing wider than the phone.
    const size = await phone.locator('[data-test="knowledge-body"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(19);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(phone, 'knowledge-read-phone');
    await shootViewports(phone, 'knowledge-read', 'knowledge', { width: 360, height: 740 });
    await keep('knowledge-read');
  }, 240_000);
});
