import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseConfig } from '../config.js';
import { migrate, openOrm, type Orm } from '../database.js';
import type { Viewer } from '../graphql/viewer.js';
import { Academy } from '../features/academies/academy.entity.js';
import { KnowledgeItem, KnowledgeItemPerson } from '../features/knowledge/knowledge-item.entity.js';
import { listKnowledge } from '../features/knowledge/knowledge.search.js';
import { retirementRisk } from '../features/knowledge/retirement.service.js';
import { Person } from '../features/persons/person.entity.js';
import { seedDemo } from './seed.js';

/**
 * The demo's knowledge items (written by the reverse-mentoring pairs' seniors and young
 * mentors) and retirementRisk over the demo roster, against a count made here in plain JS,
 * without the shared rule: BUP 60 for eselon I–II, 65 for JF Ahli Utama, 60 for JF Ahli Madya,
 * 58 for everyone else; retirement on the first of the month after the birthday.
 */
const dir = mkdtempSync(join(tmpdir(), 'lintas-knowledge-seed-'));
let orm: Orm;
const DEMO_TODAY = '2026-11-24';
const TODAY = '2026-12-03';

beforeAll(async () => {
  orm = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'demo.sqlite')}` }));
  await migrate(orm);
  await seedDemo(orm, DEMO_TODAY);
}, 240_000);
afterAll(async () => {
  await orm?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function organizerOf(code: string): Promise<Viewer> {
  const academy = await orm.em.fork().findOneOrFail(Academy, { code });
  return { kind: 'account', account: { id: 0, name: 'uji' }, role: 'ORGANIZER', academyId: academy.id, personId: null, sessionId: 0, pending: null };
}

describe('demo knowledge', () => {
  it('holds items of the mentoring pairs: seniors interviewed or writing with their young mentors, one still a draft', async () => {
    const em = orm.em.fork();
    const items = await em.find(KnowledgeItem, {}, { orderBy: { id: 'asc' } });
    expect(items.map((i) => i.status)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT']);
    expect(items.every((i) => i.sourceMentoringPair)).toBe(true);
    const people = await em.find(KnowledgeItemPerson, {}, { populate: ['person'] });
    for (const item of items) {
      const mine = people.filter((p) => p.item.id === item.id);
      const senior = mine.find((p) => p.role === (item.kind === 'INTERVIEW' ? 'INTERVIEWEE' : 'AUTHOR'))!.person.getEntity();
      const young = mine.find((p) => p.role === (item.kind === 'INTERVIEW' ? 'AUTHOR' : 'CONTRIBUTOR'))!.person.getEntity();
      expect(['BOOMER', 'GEN_X']).toContain(senior.generation);
      expect(['GEN_Y', 'GEN_Z']).toContain(young.generation);
    }
    const viewer = await organizerOf('BKPSDMD-BABEL');
    const found = await listKnowledge(em, viewer, { first: 10, search: 'dasbor' });
    expect(found.nodes.map((n) => n.title)).toEqual(['Praktik baik: dasbor data kepegawaian dengan spreadsheet']);
  });

  it('retirementRisk matches the hand count over the demo roster at 1, 3 and 5 years', async () => {
    const em = orm.em.fork();
    const viewer = await organizerOf('BKPSDMD-BABEL');
    const academy = (viewer as { academyId: number }).academyId;
    const roster = await em.find(Person, { agency: { academy }, archivedAt: null });
    const published = await em.find(KnowledgeItemPerson, { item: { status: 'PUBLISHED' } });
    const documented = new Set(published.map((p) => p.person.id));
    expect(documented.size).toBe(8);
    const bup = (p: Person) => {
      if (p.positionType === 'FUNGSIONAL') return /ahli utama/i.test(p.jobTitle ?? '') ? 65 : /ahli madya/i.test(p.jobTitle ?? '') ? 60 : 58;
      return p.eselonGroup === 'I' || p.eselonGroup === 'II' ? 60 : 58;
    };
    const retires = (p: Person) => {
      const y = Number(p.birthDate.slice(0, 4)) + bup(p);
      const m = Number(p.birthDate.slice(5, 7));
      return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    };
    for (const years of [1, 3, 5]) {
      const until = `${2026 + years}-12-03`;
      const expected = roster.filter((p) => !documented.has(p.id) && retires(p) > TODAY && retires(p) <= until).map((p) => p.id).sort((a, b) => a - b);
      const got: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await retirementRisk(em, viewer, { first: 100, after, filter: { withinYears: years } }, TODAY);
        expect(page.totalCount).toBe(expected.length);
        got.push(...page.nodes.map((n) => n.person.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(got.sort((a, b) => a - b)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});
