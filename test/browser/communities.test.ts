import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import { participant, peopleByName } from '../support/communities';
import { browserSuite, expectAccessible, shootFailures, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;
const SHOTS = '/tmp/shots-communities';

/**
 * On an empty install: the organizer creates a community in the SPA with a young facilitator;
 * a unit is added; a senior official (eselon II, Gen X) completes it on a 360-px phone by
 * answering its check (a wrong answer first); the organizer then sees the generation mix chart.
 */
suite('communities in the browser', () => {
  const s = browserSuite({ server: { seed: 'none' } });
  let page: Page | undefined;
  shootFailures(() => page, 'communities');

  it('an organizer makes a community; a senior official completes a unit on a phone; the organizer sees the mix', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const server = s.server;
    await newAcademy(server);
    const people = await peopleByName(server);

    const org = await s.newPage(1280, 800);
    page = org;
    await signInThroughPage(org, server.url, ...NEW_ORGANIZER);
    await org.goto(`${server.url}/komunitas`);
    await org.locator('[data-test="community-name"]').fill('Komunitas Keputusan Berbasis Data');
    await org.getByLabel('Fokus kompetensi').selectOption('DATA_DRIVEN_DECISIONS');
    await org.locator('[data-test="person-search"]').fill('Dimas');
    const value = await org.locator('[data-test="facilitator-pick"] option', { hasText: 'Dimas Uji Baru' }).getAttribute('value');
    await org.locator('[data-test="facilitator-pick"]').selectOption(value!);
    await org.getByRole('button', { name: 'Buat komunitas' }).click();
    await expect.poll(() => org.locator('[data-test="community-detail"] h2').textContent()).toBe('Komunitas Keputusan Berbasis Data');
    // A unit, through the form on the community.
    const detail = org.locator('[data-test="community-detail"]');
    await detail.getByLabel('Judul unit').fill('Mulai dari pertanyaan, bukan grafik');
    await detail.getByLabel('Menit (1–15)').fill('10');
    await detail.getByLabel('Materi singkat').fill('Sebelum membuka dasbor, tuliskan satu pertanyaan keputusan yang ingin dijawab minggu ini.');
    await detail.getByLabel('Pertanyaan cek pemahaman').fill('Apa langkah pertama membaca data?');
    await detail.getByLabel('Pilihan jawaban, satu per baris; yang benar di baris pertama').fill('Menetapkan pertanyaan keputusan\nMemilih jenis grafik\nMengunduh semua data');
    await detail.getByRole('button', { name: 'Tambah unit' }).click();
    await expect.poll(() => detail.textContent()).toContain('Mulai dari pertanyaan, bukan grafik · 10 menit');
    // Bambang (Gen X, eselon II) is added as a member.
    const community = (await server.gql('{ communities(first: 5) { nodes { id } } }')).data.communities.nodes[0].id;
    expect((await server.gql('mutation($i: JoinCommunityInput!) { joinCommunity(input: $i) { errors { code } } }', { i: { communityId: community, personId: people['Bambang Uji Baru']!.id } })).data.joinCommunity.errors).toEqual([]);

    // On his phone.
    await participant(server, server, people['Bambang Uji Baru']!, 'bambang-komunitas-2026!');
    const phone = await s.newPage(360, 780);
    page = phone;
    await signInThroughPage(phone, server.url, people['Bambang Uji Baru']!.nip, 'bambang-komunitas-2026!');
    await phone.goto(`${server.url}/saya/komunitas`);
    await waitForPath(phone, '/saya/komunitas');
    const unit = phone.locator('[data-test="unit-Mulai dari pertanyaan, bukan grafik"]');
    await unit.getByRole('button', { name: 'Jawab pertanyaan' }).click();
    await unit.getByLabel('Memilih jenis grafik').check();
    await unit.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect.poll(() => unit.locator('.unit__verdict').textContent()).toContain('belum tepat');
    await unit.getByLabel('Menetapkan pertanyaan keputusan').check();
    await phone.screenshot({ path: `${SHOTS}/komunitas-saya-check-360.png`, fullPage: true });
    await unit.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect.poll(() => unit.textContent()).toContain('Selesai');
    await expect.poll(() => phone.locator('[data-test="my-minutes"]').textContent()).toContain('10 menit');
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: `${SHOTS}/komunitas-saya-360.png`, fullPage: true });
    await expectAccessible(phone, 'Komunitas saya');

    // The organizer's mix: Gen X has one member, active (he completed a unit); Gen Z one, the facilitator, not active yet (staff made the unit).
    page = org;
    await org.reload();
    const mix = org.locator('[data-test="community-mix"]');
    await expect.poll(() => mix.locator('canvas').count()).toBe(1);
    await mix.getByRole('button').first().click().catch(() => {});
    const table = await mix.locator('table').textContent();
    expect(table).toMatch(/Gen X\s*1\s*1/);
    expect(table).toMatch(/Gen Z\s*1\s*0/);
    await org.screenshot({ path: `${SHOTS}/komunitas-1280.png`, fullPage: true });
    await expectAccessible(org, 'Komunitas');
    const narrow = await s.newPage(360, 780);
    await signInThroughPage(narrow, server.url, ...NEW_ORGANIZER);
    await narrow.goto(`${server.url}/komunitas`);
    await narrow.locator('[data-test="community-mix"] canvas').waitFor();
    await narrow.screenshot({ path: `${SHOTS}/komunitas-360.png`, fullPage: true });
    await narrow.goto(`${server.url}/jp-luar`);
    await narrow.getByRole('heading', { name: 'Catatan JP luar', level: 1 }).waitFor();
    await narrow.screenshot({ path: `${SHOTS}/jp-luar-360.png`, fullPage: true });
    await org.goto(`${server.url}/jp-luar`);
    await org.getByRole('heading', { name: 'Catatan JP luar', level: 1 }).waitFor();
    await org.screenshot({ path: `${SHOTS}/jp-luar-1280.png`, fullPage: true });
    await expectAccessible(org, 'Catatan JP luar');

    // Bambang leaves the community on his phone, after confirming; he may join again.
    page = phone;
    await phone.goto(`${server.url}/saya/komunitas`);
    await phone.locator('[data-test^="leave-"]').first().waitFor();
    const before = await phone.locator('[data-test^="leave-"]').count();
    phone.once('dialog', (d) => void d.accept());
    await phone.locator('[data-test^="leave-"]').first().click();
    await expect.poll(() => phone.getByRole('status').first().textContent()).toContain('Anda keluar dari');
    await expect.poll(() => phone.locator('[data-test^="leave-"]').count(), { timeout: 15_000 }).toBe(before - 1);
    await phone.screenshot({ path: `${SHOTS}/komunitas-saya-keluar-360.png`, fullPage: true });
  });
});
