import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { newAcademy, NEW_ORGANIZER } from '../support/new-academy';
import { browserSuite, shootFailures, signInThroughPage, waitForPath } from './browser-support';
import type { Page } from 'playwright-core';

const suite = chromiumAvailable() ? describe : describe.skip;
const HR = ['sdm@dinkes-uji.test', 'hr-dinkes-2026!'] as const;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * On an empty install: the Dinkes HR officer nominates two of its officials in the SPA; the
 * organizer accepts one and declines the other with a reason; both see the results.
 */
suite('nominations in the browser', () => {
  const s = browserSuite({ server: { seed: 'none' } });
  let page: Page | undefined;
  shootFailures(() => page, 'nominations');

  it('an agency HR officer nominates two officials; the organizer accepts one and declines the other', async () => {
    const server = s.server;
    await newAcademy(server);
    const program = (await server.gql('{ programs(first: 5) { nodes { id } } }')).data.programs.nodes[0].id;
    const made = await server.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program, code: 'DLA-USUL-01', name: 'DLA Angkatan Usulan', startDate: day(21), endDate: day(25), capacity: 10 },
    });
    const cohortId = made.data.createCohort.cohort.id;
    expect((await server.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: cohortId, status: 'OPEN' } })).data.updateCohort.errors).toEqual([]);
    const dinkes = (await server.gql('{ agencies(first: 10) { nodes { id code } } }')).data.agencies.nodes.find((a: any) => a.code === 'DINKES-UJI').id;
    const account = await server.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: HR[0], name: 'Sari SDM Dinkes', role: 'AGENCY_HR', agencyId: dinkes, password: HR[1] },
    });
    expect(account.data.createAccount.errors).toEqual([]);

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
  }, 120_000);
});
