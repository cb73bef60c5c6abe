import { describe, expect, it } from 'vitest';
import { IMPORT_PERSONS, mutate } from '../support/catalogue';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy } from '../support/new-academy';
import { nip, rosterCsv } from '../support/roster';
import { browserSuite, shoot, shootFailures, signInThroughPage, waitForPath } from './browser-support';
import type { Page } from 'playwright-core';

const suite = chromiumAvailable() ? describe : describe.skip;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
const SUPERVISOR = { nip: nip('1969-06-01', '1994-03', 'FEMALE', 903), name: 'Dewi Dinkes Atasan', password: 'atasan-dinkes-2026!' };
const NOMINATE = 'mutation($i: NominateInput!) { nominate(input: $i) { nomination { id status } errors { code } } }';
const STATUS = 'query($id: ID!) { node(id: $id) { ... on Nomination { status supervisorNote reason } } }';

/**
 * On an empty install: a program asks for the supervisor's approval; the organizer nominates
 * two Dinkes officials supervised by Dewi, who signs in on a phone, approves one (it goes on
 * to the organizer as PENDING) and refuses the other with a reason.
 */
suite('the supervisor stage in the browser', () => {
  const s = browserSuite({ server: { seed: 'none' } });
  let page: Page | undefined;
  shootFailures(() => page, 'nomination-supervisor');

  it("the nominee's supervisor approves one nomination and refuses another on her phone", async () => {
    const server = s.server;
    await newAcademy(server);
    expect(await mutate(server, 'importPersons', IMPORT_PERSONS, {
      csv: rosterCsv([{ nip: SUPERVISOR.nip, name: SUPERVISOR.name, positionType: 'STRUKTURAL', eselon: 'IIa', jobTitle: 'Kepala Dinas', agencyCode: 'DINKES-UJI' }]),
    })).toMatchObject({ created: 1, rowErrors: [] });
    const people: Record<string, string> = {};
    for (const p of (await server.gql('{ persons(first: 50) { nodes { id name } } }')).data.persons.nodes) people[p.name] = p.id;
    // Dewi supervises Bambang and Rina, and has a participant account (an invitation she redeems).
    for (const name of ['Bambang Uji Baru', 'Rina Uji Baru']) {
      const set = await server.gql('mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { errors { code } } }', { i: { id: people[name], version: 1, supervisorId: people[SUPERVISOR.name] } });
      expect(set.data.updatePerson.errors).toEqual([]);
    }
    const invite = (await server.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: people[SUPERVISOR.name] })).data.createInvitation;
    expect(invite.errors).toEqual([]);
    const redeemed = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', {
      i: { nip: SUPERVISOR.nip, code: invite.code, password: SUPERVISOR.password },
    });
    expect(redeemed.data.redeemInvitation.errors).toEqual([]);

    const program = await server.gql('mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id } errors { code } } }', {
      i: { code: 'PKN2', name: 'PKN Tingkat II', kind: 'PKN_II', targetEselonGroups: ['II'], requiresSupervisorApproval: true },
    });
    expect(program.data.createProgram.errors).toEqual([]);
    const made = await server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.data.createProgram.program.id, code: 'PKN2-01', name: 'PKN II Angkatan I', startDate: day(21), endDate: day(25), capacity: 10 },
    });
    const cohortId = made.data.createCohort.cohort.id;
    expect((await server.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: cohortId, status: 'OPEN' } })).data.updateCohort.errors).toEqual([]);
    const nominations: Record<string, string> = {};
    for (const [name, note] of [['Bambang Uji Baru', 'Memimpin transformasi layanan kesehatan'], ['Rina Uji Baru', 'Pengelola data dinas']] as const) {
      const n = (await server.gql(NOMINATE, { i: { cohortId, personId: people[name], note } })).data.nominate;
      expect(n.nomination.status).toBe('SUPERVISOR_PENDING');
      nominations[name] = n.nomination.id;
    }

    // Dewi signs in on her phone: her page lists both, with the cohort and the agency's note.
    page = await s.newPage(360, 800);
    await signInThroughPage(page, server.url, SUPERVISOR.nip, SUPERVISOR.password);
    await waitForPath(page, '/saya');
    const section = page.locator('[data-test="supervisor-approvals"]');
    await section.getByRole('heading', { name: 'Usulan menunggu persetujuan Anda' }).waitFor();
    const bambang = section.locator('[data-test="approval-card"]').filter({ hasText: 'Bambang Uji Baru' });
    const rina = section.locator('[data-test="approval-card"]').filter({ hasText: 'Rina Uji Baru' });
    await expect.poll(() => section.locator('[data-test="approval-card"]').count()).toBe(2);
    expect(await bambang.innerText()).toContain('PKN II Angkatan I');
    expect(await bambang.innerText()).toContain('Memimpin transformasi layanan kesehatan');
    // The buttons are large enough for a thumb.
    const box = await bambang.locator('[data-test="approval-approve"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await shoot(page, 'nomination-supervisor-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shoot(page, 'nomination-supervisor-desktop');
    await page.setViewportSize({ width: 360, height: 800 });

    // She approves Bambang: the academy decides next.
    await bambang.locator('[data-test="approval-approve"]').click();
    await page.locator('[data-test="approvals-notice"]').filter({ hasText: 'Usulan untuk Bambang Uji Baru disetujui' }).waitFor();
    await expect.poll(() => section.locator('[data-test="approval-card"]').count()).toBe(1);
    expect((await server.gql(STATUS, { id: nominations['Bambang Uji Baru'] })).data.node.status).toBe('PENDING');
    const pending = (await server.gql('query($c: ID!) { nominations(first: 10, filter: { cohortId: $c, statuses: [PENDING] }) { nodes { person { name } } } }', { c: cohortId })).data.nominations.nodes;
    expect(pending).toEqual([{ person: { name: 'Bambang Uji Baru' } }]);

    // A refusal asks for a reason: without one, the error is worded in Indonesian.
    await rina.locator('[data-test="approval-refuse"]').click();
    await rina.locator('[data-test="approval-send-refusal"]').click();
    await page.locator('[data-test="approvals-error"]').filter({ hasText: 'Tuliskan alasannya' }).waitFor();
    await shoot(page, 'nomination-supervisor-phone-refusal', { fullPage: false });
    expect((await server.gql(STATUS, { id: nominations['Rina Uji Baru'] })).data.node.status).toBe('SUPERVISOR_PENDING');
    await rina.locator('[data-test="approval-reason"]').fill('Sedang menyelesaikan laporan tahunan');
    await rina.locator('[data-test="approval-send-refusal"]').click();
    await page.locator('[data-test="approvals-notice"]').filter({ hasText: 'Usulan untuk Rina Uji Baru ditolak' }).waitFor();
    expect((await server.gql(STATUS, { id: nominations['Rina Uji Baru'] })).data.node).toEqual({ status: 'DECLINED', supervisorNote: 'Sedang menyelesaikan laporan tahunan', reason: 'Sedang menyelesaikan laporan tahunan' });
    await expect.poll(() => section.locator('[data-test="approval-card"]').count()).toBe(0);
    await shoot(page, 'nomination-supervisor-phone-done');

    // Nothing waits any more: after a reload the section is gone.
    await page.reload();
    await page.locator('[data-test="my-schedule"]').waitFor();
    expect(await page.locator('[data-test="supervisor-approvals"]').count()).toBe(0);
  }, 120_000);
});
