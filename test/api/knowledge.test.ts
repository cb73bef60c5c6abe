import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { CREATE_ACADEMY, IMPORT_PERSONS, mutate } from '../support/catalogue.js';
import { newAcademy } from '../support/new-academy.js';
import { nip, rosterCsv } from '../support/roster.js';
import { tokenClient } from '../support/auth.js';

/**
 * Knowledge documentation over HTTP, on an empty install built through the API: full-text
 * search by stem and by phrase in Indonesian and English with exact title matches first;
 * filters and paging; drafts seen only by their writers and the organizers; Markdown with
 * script tags rendered inert; and who retires undocumented, against a count made by hand.
 * Runs on SQLite, and on PostgreSQL under test/run-postgres.mjs.
 */
let server: RunningServer;
let org: Client;
let admin: Client;
const people: Record<string, { id: string; nip: string }> = {};
const items: Record<string, string> = {};

/** Today in WIB, as the server reckons it. */
const today = new Date(Date.now() + 7 * 3_600_000);
/**
 * A birth date (day 15) such that at `age` the person retires on the first day of the month
 * `months` from now: retirement falls on the first of the month after the birthday's month.
 */
function bornToRetireIn(months: number, age: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth() + months - 1, 15));
  return d.toISOString().slice(0, 10);
}
const appointed = (birth: string) => `${Number(birth.slice(0, 4)) + 25}-03`;

const RETIRING = [
  // name, birth, position, eselon, job title
  ['Ahmad Segera Pensiun', bornToRetireIn(6, 60), 'STRUKTURAL', 'IIa', 'Kepala Badan'],
  ['Budi Dua Tahun', bornToRetireIn(24, 58), 'PELAKSANA', '', 'Pengadministrasi Umum'],
  ['Cahya Ahli Utama', bornToRetireIn(48, 65), 'FUNGSIONAL', '', 'Widyaiswara Ahli Utama'],
  ['Dedi Sudah Lewat', bornToRetireIn(12, 60), 'FUNGSIONAL', '', 'Analis Kebijakan Ahli Muda'],
  ['Endang Diwawancarai', bornToRetireIn(7, 58), 'STRUKTURAL', 'IIIa', 'Kepala Bagian Umum'],
] as const;

const CREATE = 'mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { item { id status version bodyHtml } errors { field code } } }';
const PUBLISH = 'mutation($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }';
const ARCHIVE = 'mutation($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }';
const UPDATE = 'mutation($i: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $i) { item { id title version } errors { field code } } }';
const SEARCH = 'query($s: String, $f: KnowledgeItemFilter, $first: Int!, $after: String) { knowledgeItems(search: $s, filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id title kind status } } }';
const RISK = 'query($f: RetirementRiskFilter!) { retirementRisk(filter: $f, first: 100) { totalCount nodes { retirementAge retirementDate person { name } } } }';

async function create(as: Client, i: Record<string, unknown>, publish = true): Promise<string> {
  const made = (await as.gql(CREATE, { i })).data.createKnowledgeItem;
  expect(made.errors).toEqual([]);
  if (publish) expect((await org.gql(PUBLISH, { id: made.item.id })).data.publishKnowledgeItem.errors).toEqual([]);
  return made.item.id;
}

async function titles(as: Client, search: string | null, filter: Record<string, unknown> | null = null): Promise<string[]> {
  const res = await as.gql(SEARCH, { s: search, f: filter, first: 100 });
  expect(res.errors).toBeUndefined();
  return res.data.knowledgeItems.nodes.map((n: any) => n.title);
}

async function participant(name: string, password: string): Promise<Client> {
  const code = (await org.gql('mutation($p: ID!) { createInvitation(personId: $p) { code errors { code } } }', { p: people[name]!.id })).data.createInvitation.code;
  const redeemed = await server.client({}).gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', { i: { nip: people[name]!.nip, code, password } });
  expect(redeemed.data.redeemInvitation.errors).toEqual([]);
  return server.signIn(people[name]!.nip, password);
}

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ({ admin } = await newAcademy(server));
  org = server;
  const csv = rosterCsv(RETIRING.map(([name, birth, positionType, eselon, jobTitle], i) => ({
    nip: nip(birth, appointed(birth), 'MALE', 950 + i), name, positionType, eselon, jobTitle, agencyCode: 'DINKES-UJI',
  })));
  expect(await mutate(org, 'importPersons', IMPORT_PERSONS, { csv })).toMatchObject({ created: 5, rowErrors: [] });
  for (const p of (await org.gql('{ persons(first: 50) { nodes { id name nip } } }')).data.persons.nodes) people[p.name] = { id: p.id, nip: p.nip };
  const agency = (await org.gql('{ agencies(first: 10) { nodes { id code } } }')).data.agencies.nodes.find((a: any) => a.code === 'DISKOMINFO-UJI').id;

  items.digital = await create(org, {
    kind: 'BEST_PRACTICE', title: 'Transformasi digital pelayanan publik', competencyAreas: ['SPBE'], agencyId: agency,
    body: 'Pengalaman kami mendigitalkan **pelayanan publik**: perizinan daring, antrean, dan kebijakan satu data.',
    authorIds: [people['Ahmad Segera Pensiun']!.id], contributorIds: [people['Dimas Uji Baru']!.id],
  });
  items.data = await create(org, {
    kind: 'PROCEDURE', title: 'Leading with data', competencyAreas: ['DATA_DRIVEN_DECISIONS'],
    body: 'Senior leaders learned to read dashboards every week. Kepemimpinan, kepemimpinan, kepemimpinan: data-driven decisions start with questions.',
    authorIds: [people['Sari Uji Baru']!.id],
  });
  items.lead = await create(org, { kind: 'FAQ', title: 'Kepemimpinan', body: 'Apa yang dimaksud dengan memimpin lintas generasi?', authorIds: [people['Hendra Uji Baru']!.id] });
  items.interview = await create(org, {
    kind: 'INTERVIEW', title: 'Wawancara purnabakti: arsip kepegawaian',
    body: 'Beliau menjelaskan pengarsipan dokumen kepegawaian dan kebijakan mutasi.',
    authorIds: [people['Dimas Uji Baru']!.id], intervieweeId: people['Endang Diwawancarai']!.id,
  });
  items.script = await create(org, {
    kind: 'FAQ', title: 'Tautan dan skrip', authorIds: [people['Rina Uji Baru']!.id],
    body: 'Halo <script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror="alert(1)"> https://lan.go.id',
  });
  items.draft = await create(org, { kind: 'PROCEDURE', title: 'Rahasia draf kepemimpinan', body: 'Belum terbit.', authorIds: [people['Sari Uji Baru']!.id] }, false);
}, 240_000);
afterAll(() => server?.stop());

describe('search', () => {
  it('finds Indonesian words by their stem', async () => {
    expect(await titles(org, 'pemimpin')).toEqual(expect.arrayContaining(['Kepemimpinan', 'Leading with data']));
    expect(await titles(org, 'arsip')).toEqual(['Wawancara purnabakti: arsip kepegawaian']);
    expect(await titles(org, 'mendigitalkan')).toEqual(['Transformasi digital pelayanan publik']);
    expect(await titles(org, 'bijak')).toEqual(expect.arrayContaining(['Transformasi digital pelayanan publik', 'Wawancara purnabakti: arsip kepegawaian']));
  });

  it('finds English words by their stem', async () => {
    expect(await titles(org, 'learning')).toEqual(['Leading with data']);
    expect(await titles(org, 'decision dashboard')).toEqual(['Leading with data']);
  });

  it('matches "quoted phrases" in both languages, in order only', async () => {
    expect(await titles(org, '"pelayanan publik"')).toEqual(['Transformasi digital pelayanan publik']);
    expect(await titles(org, '"publik pelayanan"')).toEqual([]);
    expect(await titles(org, '"read dashboards"')).toEqual(['Leading with data']);
    expect(await titles(org, '"dashboards read"')).toEqual([]);
  });

  it('ranks an exact title match first', async () => {
    const found = await titles(org, 'kepemimpinan');
    expect(found[0]).toBe('Kepemimpinan');
    expect(found).toContain('Leading with data');
  });

  it('filters by kind, competency, agency and the authors\' generation', async () => {
    expect(await titles(org, null, { kinds: ['INTERVIEW'] })).toEqual(['Wawancara purnabakti: arsip kepegawaian']);
    expect(await titles(org, null, { competencyAreas: ['SPBE', 'CYBERSECURITY'] })).toEqual(['Transformasi digital pelayanan publik']);
    const agencies = (await org.gql('{ agencies(first: 10) { nodes { id code } } }')).data.agencies.nodes;
    // Named, or by default the first author's (Dimas and Hendra work at Diskominfo).
    expect((await titles(org, null, { agencyIds: [agencies.find((a: any) => a.code === 'DISKOMINFO-UJI').id] })).sort())
      .toEqual(['Kepemimpinan', 'Transformasi digital pelayanan publik', 'Wawancara purnabakti: arsip kepegawaian']);
    // Sari (1986) is Gen Y, Dimas (1999) Gen Z; Ahmad, Hendra and Rina are older or not authors there.
    expect((await titles(org, null, { authorGenerations: ['GEN_Y'], statuses: ['PUBLISHED'] })).sort()).toEqual(['Leading with data', 'Tautan dan skrip']);
    expect(await titles(org, 'kepemimpinan', { authorGenerations: ['GEN_Z'] })).toEqual([]);
    expect(await titles(org, null, { statuses: ['DRAFT'] })).toEqual(['Rahasia draf kepemimpinan']);
  });

  it('pages through a list with cursors, every item once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const page: any = (await org.gql(SEARCH, { s: null, f: null, first: 2, after })).data.knowledgeItems;
      total = page.totalCount;
      seen.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(6);
    expect(new Set(seen).size).toBe(6);
    expect((await org.gql(SEARCH, { s: 'kepemimpinan', f: null, first: 1 })).data.knowledgeItems).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect((await org.gql(SEARCH, { s: null, f: null, first: 101 })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.INVALID_PAGE_SIZE);
  });
});

describe('Markdown', () => {
  it('renders script tags, javascript: links and raw HTML inert', async () => {
    const res = await org.gql('query($id: ID!) { node(id: $id) { ... on KnowledgeItem { bodyHtml body } } }', { id: items.script });
    const html: string = res.data.node.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="https://lan.go.id" rel="noopener noreferrer nofollow" target="_blank">');
    expect(res.data.node.body).toContain('<script>');
  });
});

describe('review states and who reads', () => {
  it('publishes only with an author, an interview only with its interviewee; archives and republishes', async () => {
    const bare = (await org.gql(CREATE, { i: { kind: 'INTERVIEW', title: 'Tanpa narasumber', body: 'Isi.', authorIds: [people['Dimas Uji Baru']!.id] } })).data.createKnowledgeItem.item.id;
    expect((await org.gql(PUBLISH, { id: bare })).data.publishKnowledgeItem.errors).toEqual([{ field: 'intervieweeId', code: ERROR_CODES.KNOWLEDGE_AUTHOR_REQUIRED }]);
    expect((await org.gql(PUBLISH, { id: items.lead })).data.publishKnowledgeItem.errors).toEqual([{ field: 'id', code: ERROR_CODES.KNOWLEDGE_WRONG_STATE }]);
    expect((await org.gql(ARCHIVE, { id: bare })).data.archiveKnowledgeItem.item.status).toBe('ARCHIVED');
    const stale = (await org.gql(UPDATE, { i: { id: bare, version: 1, fields: { kind: 'FAQ', title: 'x', body: 'y' } } })).data.updateKnowledgeItem;
    expect(stale.errors[0].code).toBe(ERROR_CODES.STALE_VERSION);
    const current = (await org.gql('query($id: ID!) { node(id: $id) { ... on KnowledgeItem { version } } }', { id: bare })).data.node.version;
    expect((await org.gql(UPDATE, { i: { id: bare, version: current, fields: { kind: 'FAQ', title: 'x', body: 'y' } } })).data.updateKnowledgeItem.errors)
      .toEqual([{ field: 'id', code: ERROR_CODES.KNOWLEDGE_WRONG_STATE }]);
  });

  it('keeps an edit of a published item in the index, in its transaction', async () => {
    const version = (await org.gql('query($id: ID!) { node(id: $id) { ... on KnowledgeItem { version } } }', { id: items.lead })).data.node.version;
    const edited = (await org.gql(UPDATE, { i: { id: items.lead, version, fields: { kind: 'FAQ', title: 'Kepemimpinan', body: 'Memimpin lintas generasi: mendengar yang muda.', authorIds: [people['Hendra Uji Baru']!.id] } } })).data.updateKnowledgeItem;
    expect(edited.errors).toEqual([]);
    expect(await titles(org, 'dengar')).toEqual(['Kepemimpinan']);
  });

  it('shows drafts to their writers and the organizers only; published items to every signed-in person of the academy', async () => {
    const bambang = await participant('Bambang Uji Baru', 'sandi-bambang-2026');
    const sari = await participant('Sari Uji Baru', 'sandi-sari-2026!');
    const readable = await titles(bambang, null);
    expect(readable).not.toContain('Rahasia draf kepemimpinan');
    expect(readable).toContain('Kepemimpinan');
    expect(readable.length).toBe(5);
    expect((await bambang.gql('query($id: ID!) { node(id: $id) { id } }', { id: items.draft })).data.node).toBeNull();
    expect(await titles(sari, 'rahasia')).toEqual(['Rahasia draf kepemimpinan']);
    expect((await sari.gql('query($id: ID!) { node(id: $id) { id } }', { id: items.draft })).data.node).toEqual({ id: items.draft });
    expect((await bambang.gql('query($id: ID!) { node(id: $id) { ... on KnowledgeItem { title authors { name } } } }', { id: items.lead })).data.node)
      .toEqual({ title: 'Kepemimpinan', authors: [{ name: 'Hendra Uji Baru' }] });

    // A participant writes a draft of their own (always among its authors) but does not publish it.
    const own = (await bambang.gql(CREATE, { i: { kind: 'BEST_PRACTICE', title: 'Catatan Bambang', body: 'Draf saya.' } })).data.createKnowledgeItem;
    expect(own.errors).toEqual([]);
    expect((await bambang.gql(PUBLISH, { id: own.item.id })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    expect(await titles(sari, 'catatan')).toEqual([]);
    expect(await titles(org, 'catatan')).toEqual(['Catatan Bambang']);
  });

  it('hides everything from another academy, and drafts from tokens; a token needs knowledge:read', async () => {
    const other = await mutate(admin, 'createAcademy', CREATE_ACADEMY, { i: { code: 'BPSDM-LAIN', name: 'BPSDM Lain', province: 'Sulawesi Selatan' } });
    const made = await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: 'lain@akademi.test', name: 'Penyelenggara Lain', role: 'ORGANIZER', academyId: other.academy.id, password: 'penyelenggara-lain-2026' },
    });
    expect(made.data.createAccount.errors).toEqual([]);
    const stranger = await server.signIn('lain@akademi.test', 'penyelenggara-lain-2026');
    expect(await titles(stranger, null)).toEqual([]);
    expect((await stranger.gql('query($id: ID!) { node(id: $id) { id } }', { id: items.lead })).data.node).toBeNull();
    expect((await stranger.gql(PUBLISH, { id: items.draft })).data.publishKnowledgeItem.errors).toEqual([{ field: 'id', code: ERROR_CODES.NOT_FOUND }]);

    const reader = await tokenClient(server, org, ['knowledge:read']);
    const list = await titles(reader, null);
    expect(list).not.toContain('Rahasia draf kepemimpinan');
    expect(list).not.toContain('Catatan Bambang');
    expect(list).toContain('Kepemimpinan');
    expect((await reader.gql('query($id: ID!) { node(id: $id) { id } }', { id: items.draft })).data.node).toBeNull();
    const schedule = await tokenClient(server, org, ['schedule:read']);
    expect((await schedule.gql(SEARCH, { s: null, f: null, first: 5 })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
  });
});

describe('retirementRisk', () => {
  /** The hand count: see RETIRING; Bambang (IIa, born 1968-03) retires 2028-04-01, Hendra (IIb, 1971-09) 2031-10-01. */
  const horizon = (years: number) => {
    const until = new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), today.getUTCDate())).toISOString().slice(0, 10);
    const inMonths = (n: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + n, 1)).toISOString().slice(0, 10);
    const all: [string, string][] = [
      ['Ahmad Segera Pensiun', inMonths(6)], ['Endang Diwawancarai', inMonths(7)], ['Budi Dua Tahun', inMonths(24)], ['Cahya Ahli Utama', inMonths(48)],
      ['Bambang Uji Baru', '2028-04-01'], ['Hendra Uji Baru', '2031-10-01'],
    ];
    return all.filter(([, date]) => date <= until).sort((a, b) => a[1].localeCompare(b[1])).map(([name]) => name);
  };

  it('lists who retires within 1, 3 or 5 years and is not documented, soonest first', async () => {
    // Endang is the interviewee of a published interview; Ahmad authored a published item: both documented.
    // Hendra authored "Kepemimpinan" (published); Sari, Dimas, Rina are young.
    const undocumented = (names: string[]) => names.filter((n) => !['Endang Diwawancarai', 'Ahmad Segera Pensiun', 'Hendra Uji Baru'].includes(n));
    for (const years of [1, 3, 5]) {
      const res = (await org.gql(RISK, { f: { withinYears: years } })).data.retirementRisk;
      expect(res.nodes.map((n: any) => n.person.name)).toEqual(undocumented(horizon(years)));
      expect(res.totalCount).toBe(undocumented(horizon(years)).length);
    }
    const five = (await org.gql(RISK, { f: { withinYears: 5 } })).data.retirementRisk.nodes;
    expect(five.find((n: any) => n.person.name === 'Cahya Ahli Utama').retirementAge).toBe(65);
    expect(five.find((n: any) => n.person.name === 'Bambang Uji Baru')).toMatchObject({ retirementAge: 60, retirementDate: '2028-04-01' });
    // Dedi, JF Ahli Muda (58), is already retired: a rule of 60 for every JF would list him.
    expect(five.map((n: any) => n.person.name)).not.toContain('Dedi Sudah Lewat');
  });

  it('counts an archived item as not documenting anyone, and filters by eselon group', async () => {
    expect((await org.gql(ARCHIVE, { id: items.digital })).data.archiveKnowledgeItem.errors).toEqual([]);
    const one = (await org.gql(RISK, { f: { withinYears: 1 } })).data.retirementRisk.nodes.map((n: any) => n.person.name);
    expect(one).toEqual(['Ahmad Segera Pensiun']);
    const groups = (await org.gql(RISK, { f: { withinYears: 5, eselonGroups: ['PELAKSANA'] } })).data.retirementRisk.nodes.map((n: any) => n.person.name);
    expect(groups).toEqual(['Budi Dua Tahun']);
    expect((await org.gql(RISK, { f: { withinYears: 2 } })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.OUT_OF_RANGE);
    expect((await org.gql(PUBLISH, { id: items.digital })).data.publishKnowledgeItem.errors).toEqual([]);
  });
});

describe('SQL statements per request', () => {
  it('do not grow with the length of the knowledge list or the retirement list', async () => {
    const LIST = `query($first: Int!, $s: String) { knowledgeItems(first: $first, search: $s) { totalCount nodes { title bodyHtml summary kind status
      authors { name agency { name } } contributors { name } interviewee { name } sourceMentoringPair { id } } } }`;
    for (const s of [null, 'kepemimpinan', 'bijak']) {
      const one = await org.gql(LIST, { first: 1, s });
      const all = await org.gql(LIST, { first: 100, s });
      expect(one.errors).toBeUndefined();
      expect(all.errors).toBeUndefined();
      expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
      expect(all.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    }
    const RISKS = 'query($first: Int!) { retirementRisk(filter: { withinYears: 5 }, first: $first) { totalCount nodes { retirementDate person { name agency { name } } } } }';
    const one = await org.gql(RISKS, { first: 1 });
    const all = await org.gql(RISKS, { first: 100 });
    expect(all.data.retirementRisk.nodes.length).toBeGreaterThan(2);
    expect(all.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});
