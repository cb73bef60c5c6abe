// Issue 23: knowledge search latency at scale ÷ the same full-text statements in raw SQL,
// on SQLite (FTS5) and PostgreSQL (tsvector, GIN). `pnpm bench knowledge`; the number of
// items is LINTAS_BENCH_KNOWLEDGE_ITEMS (default 100,000).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fmt, machine, tempPg, tempSqlite } from './support.mjs';

const dist = new URL('../../server/dist/', import.meta.url);
const { openOrm, migrate } = await import(new URL('database.js', dist));
const { databaseConfig } = await import(new URL('config.js', dist));
const { listKnowledge, searchStatements } = await import(new URL('features/knowledge/knowledge.search.js', dist));
const { indexedText } = await import(new URL('features/knowledge/knowledge.text.js', dist));

const ITEMS = Number(process.env.LINTAS_BENCH_KNOWLEDGE_ITEMS ?? 100_000);
const RUNS = 20;
const ROUNDS = 5;
const SEARCH = 'kepemimpinan digital';
const WORDS = ('pelayanan publik kebijakan pegawai arsip mutasi anggaran pelatihan rapat keputusan data dasbor keamanan sandi '
  + 'kepemimpinan memimpin pemimpin digital digitalisasi budaya organisasi pembelajaran learning leaders dashboards decisions '
  + 'meeting policy records training budget generasi muda senior purnabakti wawancara prosedur langkah dokumen').split(' ');

/** A deterministic text of `n` words, item `i`. */
function text(i, n) {
  let x = (i * 2654435761) >>> 0;
  const out = [];
  for (let k = 0; k < n; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]);
  }
  return out.join(' ');
}

async function fill(orm, pg) {
  const em = orm.em.fork();
  const knex = em.getKnex();
  const now = new Date();
  const [academy] = await knex('academy').insert({ code: 'BENCH', name: 'Bench', time_zone: 'WIB', created_at: now, updated_at: now }).returning('id');
  const academyId = academy.id ?? academy;
  const CHUNK = 500;
  for (let from = 0; from < ITEMS; from += CHUNK) {
    const rows = [];
    for (let i = from; i < Math.min(ITEMS, from + CHUNK); i++) {
      rows.push({
        academy_id: academyId, kind: 'BEST_PRACTICE', title: text(i, 5), body: text(i + 7, 80), links: '[]', competency_areas: '["LEADERSHIP"]',
        status: 'PUBLISHED', version: 1, created_at: now, updated_at: now,
      });
    }
    await knex.transaction(async (trx) => {
      const ids = (await trx('knowledge_item').insert(rows).returning('id')).map((r) => r.id ?? r);
      const index = ids.map((id, k) => ({ id, title: indexedText(rows[k].title), body: indexedText(rows[k].body) }));
      if (pg) {
        for (const r of index) {
          await trx.raw(`insert into knowledge_search (item_id, document) values (?, setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))`, [r.id, r.title, r.body]);
        }
      } else {
        for (const r of index) await trx.raw('insert into knowledge_search (rowid, title, body) values (?, ?, ?)', [r.id, r.title, r.body]);
      }
    });
  }
  if (pg) await knex.raw('analyze');
  return academyId;
}

/** The median of RUNS timed calls of `fn`, after 3 warm-ups. */
async function median(fn) {
  for (let i = 0; i < 3; i++) await fn();
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

/** ROUNDS alternating rounds (Lintas then raw, raw then Lintas, …): each figure's median, min and max over the rounds, and the ratio's. */
async function alternate(lintasFn, rawFn) {
  const l = [];
  const r = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) (l.push(await median(lintasFn)), r.push(await median(rawFn)));
    else (r.push(await median(rawFn)), l.push(await median(lintasFn)));
  }
  const ratios = l.map((x, i) => x / r[i]);
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { lintas: mid(l), raw: mid(r), ratio: mid(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

async function one(url, pg) {
  const orm = await openOrm(databaseConfig({ DATABASE_URL: url }));
  try {
    await migrate(orm);
    const academyId = await fill(orm, pg);
    const viewer = { kind: 'account', account: { id: 0, name: 'bench' }, role: 'ORGANIZER', academyId, personId: null, sessionId: 0, pending: null };
    const args = { first: 20, search: SEARCH, filter: null };
    let total = 0;
    const lintasFn = async () => { total = (await listKnowledge(orm.em.fork(), viewer, args)).totalCount; };
    // The same statements, by hand: the count and the page of ids, then the page's rows.
    const rawFn = async () => {
      const em = orm.em.fork();
      const { count, page } = searchStatements(em, viewer, args, 0, 21);
      const conn = em.getConnection();
      const [, ids] = await Promise.all([conn.execute(count.sql, count.bind), conn.execute(page.sql, page.bind)]);
      const list = ids.slice(0, 20).map((r) => r.id);
      if (list.length) await conn.execute(`select * from knowledge_item where id in (${list.map(() => '?').join(', ')})`, list);
    };
    const result = await alternate(lintasFn, rawFn);
    return { ...result, total };
  } finally {
    await orm.close();
  }
}

export async function knowledgeBench() {
  const sqlite = tempSqlite();
  const pg = await tempPg('lintas_bench_knowledge');
  const rows = [];
  for (const [name, url, isPg] of [['SQLite (FTS5)', sqlite.url ?? sqlite, false], ['PostgreSQL (tsvector, GIN)', pg.url ?? pg, true]]) {
    const r = await one(url, isPg);
    rows.push(`| ${name} | ${fmt(ITEMS)} | ${fmt(r.total)} | ${r.lintas.toFixed(2)} | ${r.raw.toFixed(2)} | **${r.ratio.toFixed(2)}** (${r.min.toFixed(2)}–${r.max.toFixed(2)}) |`);
  }
  return [
    '## Knowledge search (issue 23)',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} at commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()} on ${machine()}. ${fmt(ITEMS)} published items of 5-word titles and 80-word bodies (Indonesian and English words),`,
    `searched for \`${SEARCH}\` as an organizer, first page of 20 with its total. Lintas: \`listKnowledge\`, what \`Query.knowledgeItems\` runs`,
    '(stemming of the query, the count and the page of ids by relevance with exact titles first, the items through MikroORM); raw SQL: the same',
    `two full-text statements and a plain select of the 20 rows on the same connection. ${ROUNDS} alternating rounds (Lintas first, then raw first, …),`,
    `each the median of ${RUNS} runs after 3 warm-ups; the figures are the medians of the rounds, the ratio's min–max in brackets. Target: at most 1.2.`,
    '',
    '| database | items | matches | Lintas ms | raw SQL ms | Lintas ÷ raw (min–max) |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
