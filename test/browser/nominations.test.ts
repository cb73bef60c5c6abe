import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import { UPDATE_PERSON, mutate } from '../support/catalogue';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp';
import { browserSuite, shootFailures, shootViewports, signInThroughPage, waitForPath } from './browser-support';
import type { Page } from 'playwright-core';

const suite = chromiumAvailable() ? describe : describe.skip;
const HR = ['sdm@dinkes-uji.test', 'hr-dinkes-2026!'] as const;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * On an empty install: the Dinkes HR officer nominates two of its officials in the SPA; the
 * organizer accepts one and declines the other with a reason; both see the results. The
 * accepted official then receives the invitation e-mail (through a real SMTP server started
 * here), sets a password from its link on a phone and sees the cohort's session on Jadwal Saya.
 */
suite('nominations in the browser', () => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver({ refuseRcpt: 1 });
  });
  afterAll(() => smtp?.stop());
  const s = browserSuite({
    server: {
      seed: 'none',
      // Read when the server starts, after the receiver above.
      get env() {
        return { SMTP_URL: smtp.url, LINTAS_PUBLIC_URL: 'http://lintas.uji', LINTAS_NOTICE_POLL_MS: '50', LINTAS_NOTICE_BACKOFF_MS: '50' };
      },
    },
  });
  let page: Page | undefined;
  shootFailures(() => page, 'nominations');

  it('an agency HR officer nominates two officials; the organizer accepts one and declines the other; the accepted one sets a password from the e-mailed link and sees the session', async () => {
    const server = s.server;
    await newAcademy(server);
    const program = (await server.gql('{ programs(first: 5) { nodes { id } } }')).data.programs.nodes[0].id;
    const made = await server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program, code: 'DLA-USUL-01', name: 'DLA Angkatan Usulan', startDate: day(21), endDate: day(25), capacity: 10 },
    });
    const cohortId = made.data.createCohort.cohort.id;
    expect((await server.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: cohortId, status: 'OPEN' } })).data.updateCohort.errors).toEqual([]);
    const dinkes = (await server.gql('{ agencies(first: 10) { nodes { id code } } }')).data.agencies.nodes.find((a: any) => a.code === 'DINKES-UJI').id;
    // Bambang has an e-mail address, and the cohort has a session he will see once accepted.
    const bambang = (await server.gql('{ persons(first: 20) { nodes { id name nip version } } }')).data.persons.nodes.find((p: any) => p.name === 'Bambang Uji Baru');
    expect((await mutate(server, 'updatePerson', UPDATE_PERSON, { i: { id: bambang.id, version: bambang.version, email: 'bambang@dinkes.uji' } })).errors).toEqual([]);
    const module = (await server.gql('{ programs(first: 5) { nodes { modules(first: 5) { nodes { id title } } } } }')).data.programs.nodes[0].modules.nodes[0];
    const scheduled = await server.gql('mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { errors { code } } }', {
      i: { cohortId, moduleId: module.id, startsAt: `${day(22)}T02:00:00.000Z`, endsAt: `${day(22)}T05:00:00.000Z`, force: true },
    });
    expect(scheduled.data.scheduleSession.errors).toEqual([]);

    // The organizer gives Dinkes's HR officer an account in the SPA (a short password is refused first).
    const orgFirst = await s.newPage(1280, 900);
    page = orgFirst;
    await signInThroughPage(orgFirst, server.url, ...NEW_ORGANIZER);
    await orgFirst.goto(`${server.url}/usulan-masuk`);
    await orgFirst.locator('[data-test="officer-form"] summary').click();
    await orgFirst.locator('[data-test="officer-agency"]').selectOption(dinkes);
    await orgFirst.locator('[data-test="officer-name"]').fill('Sari SDM Dinkes');
    await orgFirst.locator('[data-test="officer-email"]').fill(HR[0]);
    await orgFirst.locator('[data-test="officer-password"]').fill('pendek');
    await orgFirst.locator('[data-test="officer-submit"]').click();
    await orgFirst.locator('[data-test="officer-form"] .field--invalid').first().waitFor();
    await orgFirst.locator('[data-test="officer-password"]').fill(HR[1]);
    await orgFirst.locator('[data-test="officer-submit"]').click();
    await orgFirst.locator('[data-test="officer-notice"]').filter({ hasText: 'Sari SDM Dinkes' }).waitFor();
    await shootViewports(orgFirst, 'nominations-officer-form');

    // The HR officer lands on the agency's page and nominates Bambang and Rina.
    page = await s.newPage(1280, 900);
    await signInThroughPage(page, server.url, ...HR);
    await waitForPath(page, '/usulan');
    await page.locator('[data-test="nominate-cohort"]').selectOption(cohortId);
    await page.locator('[data-test="nominate-search"]').fill('Uji Baru');
    await page.locator('[data-test="pick-Bambang Uji Baru"]').check();
    await page.locator('[data-test="pick-Rina Uji Baru"]').check();
    // Only the agency's own people are offered.
    expect(await page.locator('[data-test="nominate-people"] input').count()).toBe(2);
    await page.locator('[data-test="nominate-note"]').fill('Pimpinan yang menggerakkan layanan kesehatan digital');
    await page.locator('[data-test="nominate-submit"]').click();
    await page.locator('[data-test="nominate-notice"]').filter({ hasText: '2 usulan terkirim' }).waitFor();
    await page.locator('[data-test="nomination-Bambang Uji Baru"] [data-test="status-PENDING"]').waitFor();
    await page.locator('[data-test="nomination-Rina Uji Baru"] [data-test="status-PENDING"]').waitFor();

    // The organizer accepts Bambang and declines Rina with a reason.
    const org = await s.newPage(1280, 900);
    page = org;
    await signInThroughPage(org, server.url, ...NEW_ORGANIZER);
    await org.goto(`${server.url}/usulan-masuk`);
    // The organizer reserves a seat for Dinkes in the cohort first.
    await org.locator('[data-test="filter-cohort"]').selectOption(cohortId);
    await org.locator('[data-test="quota-DINKES-UJI"]').fill('2');
    await org.locator('[data-test="quota-save"]').click();
    await org.locator('[data-test="nominations-notice"]').filter({ hasText: 'Kuota tersimpan' }).waitFor();
    await org.locator('[data-test="nomination-Bambang Uji Baru"] [data-test="accept"]').click();
    await org.locator('[data-test="nominations-notice"]').filter({ hasText: 'Bambang Uji Baru diterima' }).waitFor();
    await org.locator('[data-test="nomination-Bambang Uji Baru"] [data-test="status-ACCEPTED"]').waitFor();
    await org.locator('[data-test="nomination-Rina Uji Baru"] [data-test="decline"]').click();
    await org.locator('[data-test="decline-reason"]').fill('Jabatan pelaksana di luar sasaran program ini');
    await org.locator('[data-test="confirm-decline"]').click();
    await org.locator('[data-test="nomination-Rina Uji Baru"] [data-test="status-DECLINED"]').waitFor();

    // Stored: the HR officer sees both results, the reason with the decline.
    const hrPage = await s.newPage(360, 800);
    page = hrPage;
    await signInThroughPage(hrPage, server.url, ...HR);
    await waitForPath(hrPage, '/usulan');
    await hrPage.locator('[data-test="nomination-Bambang Uji Baru"] [data-test="status-ACCEPTED"]').waitFor();
    await expect.poll(() => hrPage.locator('[data-test="nomination-Rina Uji Baru"]').innerText()).toContain('Jabatan pelaksana di luar sasaran program ini');
    const enrolled = (await server.gql('query($id: ID!) { cohort(id: $id) { enrollments(first: 5) { nodes { status person { name } } } } }', { id: cohortId })).data.cohort.enrollments.nodes;
    expect(enrolled).toEqual([{ status: 'ENROLLED', person: { name: 'Bambang Uji Baru' } }]);
    // Bambang took one of the two seats reserved for Dinkes; its page shows the reservation.
    await hrPage.locator('[data-test="quota-list"]').filter({ hasText: 'DLA-USUL-01' }).waitFor();
    const quotas = (await server.gql('query($id: ID!) { cohort(id: $id) { quotas { agency { code } seats used } } }', { id: cohortId })).data.cohort.quotas;
    expect(quotas).toEqual([{ agency: { code: 'DINKES-UJI' }, seats: 2, used: 1 }]);

    // Bambang's invitation arrives by e-mail (once, though the receiver refused the first try);
    // he sets a password from its link on his phone and sees the cohort's session on Jadwal Saya.
    const [mail] = await smtp.waitFor((m) => m.some((x) => x.to === 'bambang@dinkes.uji' && /\/undangan\?kode=/.test(x.text)), 30_000)
      .then((m) => m.filter((x) => x.to === 'bambang@dinkes.uji' && /\/undangan\?kode=/.test(x.text)));
    expect(smtp.received.filter((x) => x.messageId === mail!.messageId)).toHaveLength(1);
    const link = /http:\/\/lintas\.uji(\/undangan\?kode=\S+)/.exec(mail!.text)![1]!;
    const phone = await s.newPage(360, 780, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    page = phone;
    await phone.goto(`${server.url}${link}`);
    await phone.locator('[data-test="redeem-nip"]').fill(bambang.nip);
    expect(await phone.locator('[data-test="redeem-code"]').inputValue()).not.toBe('');
    await phone.locator('[data-test="redeem-password"]').fill('sandi-bambang-2026');
    await phone.locator('[data-test="redeem-repeat"]').fill('sandi-bambang-2026');
    await phone.locator('[data-test="redeem-submit"]').click();
    await waitForPath(phone, '/saya');
    await phone.locator('[data-test="my-card"]', { hasText: module.title }).waitFor();
  }, 120_000);
});
