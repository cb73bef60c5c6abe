// Benchmarks (`pnpm bench`): every figure is a ratio to a baseline measured in the
// same run, since these machines are shared and noisy. Results go to RESULTS.md.
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const dist = new URL('../../server/dist/', import.meta.url);
const { openOrm, migrate } = await import(new URL('database.js', dist));
const { databaseConfig } = await import(new URL('config.js', dist));
const { sqlTally } = await import(new URL('db/sql-counter.js', dist));
const { findIssues } = await import(new URL('features/sessions/conflicts.js', dist));
const { autoSchedule } = await import(new URL('features/sessions/auto-schedule.js', dist));
const { Cohort } = await import(new URL('features/cohorts/cohort.entity.js', dist));

const { statementsBench } = await import('./statements.mjs');
const { postgraphileBench, apolloBench } = await import('./peers.mjs');
const { importBench } = await import('./import.mjs');
const { cleanupAll, quiet, runStamp } = await import('./support.mjs');
// Before anything starts: the commit measured and how busy the machine already was.
const stamp = runStamp();
const { knowledgeBench } = await import('./knowledge.mjs');

const only = process.argv[2];
const sections = [];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** A schedule database of `cohorts` cohorts, `perCohort` sessions each, spread over a year. */
async function scheduleDb(cohorts, perCohort) {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-bench-'));
  const orm = await openOrm(databaseConfig({ DATABASE_URL: `sqlite:${join(dir, 'b.sqlite')}` }));
  await migrate(orm);
  const em = orm.em.fork();
  const knex = em.getKnex();
  const now = Date.now();
  const [academy] = await knex('academy').insert({ code: 'BENCH', name: 'Bench', time_zone: 'WIB', created_at: now, updated_at: now }).returning('id');
  const [agency] = await knex('agency').insert({ code: 'BENCH-A', name: 'A', level: 'DAERAH', time_zone: 'WIB', academy_id: academy.id, created_at: now, updated_at: now }).returning('id');
  const [program] = await knex('program').insert({ code: 'P', name: 'P', target_eselon_groups: '[]', academy_id: academy.id, created_at: now, updated_at: now }).returning('id');
  const [module] = await knex('training_module').insert({ program_id: program.id, code: 'M', title: 'M', competency_area: 'LEADERSHIP', format: 'CLASSROOM', jp: 200, target_generations: '[]', cross_generation: false, position: 1, created_at: now, updated_at: now }).returning('id');
  const venues = [];
  for (let v = 0; v < 50; v++) venues.push((await knex('venue').insert({ academy_id: academy.id, code: `V${v}`, name: `V${v}`, capacity: 60, created_at: now, updated_at: now }).returning('id'))[0].id);
  const facs = [];
  for (let f = 0; f < 100; f++) facs.push((await knex('facilitator').insert({ academy_id: academy.id, name: `F${f}`, kind: 'WIDYAISWARA', created_at: now, updated_at: now }).returning('id'))[0].id);
  const persons = [];
  for (let i = 0; i < cohorts * 20; i += 500) {
    const rows = Array.from({ length: Math.min(500, cohorts * 20 - i) }, (_, k) => ({
      nip: String(197001011995031000n + BigInt(i + k)), name: `P${i + k}`, employment_type: 'PNS', position_type: 'PELAKSANA', eselon_group: 'PELAKSANA',
      agency_id: agency.id, birth_date: '1970-01-01', created_at: now, updated_at: now,
    }));
    persons.push(...(await knex('person').insert(rows).returning('id')).map((r) => r.id));
  }
  const day0 = Date.UTC(2026, 0, 5, 1);
  for (let c = 0; c < cohorts; c++) {
    const start = day0 + (c % 50) * 7 * 86_400_000;
    const [cohort] = await knex('cohort').insert({
      code: `C${c}`, name: `C${c}`, program_id: program.id, academy_id: academy.id, start_date: new Date(start).toISOString().slice(0, 10),
      end_date: new Date(start + 30 * 86_400_000).toISOString().slice(0, 10), time_zone: 'WIB', capacity: 40, online: false, status: 'RUNNING',
      completion_threshold: 0.8, created_at: now, updated_at: now,
    }).returning('id');
    await knex('enrollment').insert(Array.from({ length: 20 }, (_, k) => ({ cohort_id: cohort.id, person_id: persons[(c * 20 + k) % persons.length], status: 'ENROLLED', created_at: now, updated_at: now })));
    const rows = Array.from({ length: perCohort }, (_, s) => {
      const t = start + Math.floor(s / 2) * 86_400_000 + (s % 2) * 5 * 3_600_000;
      return { cohort_id: cohort.id, module_id: module.id, starts_at: t, ends_at: t + 3 * 3_600_000, jp: 4, venue_id: venues[c % venues.length], facilitator_id: facs[(c + s) % facs.length], status: 'SCHEDULED', version: 1, created_at: now, updated_at: now };
    });
    for (let i = 0; i < rows.length; i += 400) await knex('session').insert(rows.slice(i, i + 400));
  }
  return { orm, dir, cohortId: 1, venue: venues[0], facilitator: facs[0], module: module.id };
}

async function conflictBench() {
  const measure = async (cohorts, perCohort) => {
    const db = await scheduleDb(cohorts, perCohort);
    const em = db.orm.em.fork();
    const cohort = await em.findOneOrFail(Cohort, db.cohortId);
    const start = new Date(Date.UTC(2026, 0, 7, 1));
    const candidate = { moduleId: db.module, startsAt: start, endsAt: new Date(start.getTime() + 3 * 3_600_000), venueId: db.venue, facilitatorId: db.facilitator };
    const tally = { statements: 0 };
    await sqlTally.run(tally, () => findIssues(em.fork(), cohort, [candidate]));
    const ms = await time(() => findIssues(em.fork(), cohort, [candidate]), 200);
    await db.orm.close();
    rmSync(db.dir, { recursive: true, force: true });
    return { ms, statements: tally.statements };
  };
  const small = await measure(10, 50);
  const large = await measure(1000, 50);
  sections.push([
    '## Conflict check of one session (issue 4)',
    '',
    'SQLite; the checked cohort has 20 people and 50 sessions. Median of 200 checks.',
    '',
    '| database | cohorts | sessions | median ms | SQL statements per check |',
    '|---|---:|---:|---:|---:|',
    `| baseline | 10 | 500 | ${small.ms.toFixed(2)} | ${small.statements} |`,
    `| large | 1,000 | 50,000 | ${large.ms.toFixed(2)} | ${large.statements} |`,
    '',
    `Large ÷ baseline time: **${(large.ms / small.ms).toFixed(2)}** (the check reads only the time window through indexes; 1.0 means independent of the database's size). Statements: ${large.statements === small.statements ? 'equal' : 'different'}.`,
  ].join('\n'));
}

function solverInstance(modules, days, venues, facilitators) {
  const dates = Array.from({ length: days }, (_, i) => `2026-11-${String(2 + i + 2 * Math.floor(i / 5)).padStart(2, '0')}`);
  const busyFacilitator = new Map();
  // Each facilitator already teaches elsewhere on one morning in five.
  for (let f = 1; f <= facilitators; f++) busyFacilitator.set(f, dates.filter((_, i) => (i + f) % 5 === 0).map((d) => ({ start: Date.parse(`${d}T01:00:00Z`), end: Date.parse(`${d}T04:45:00Z`) })));
  return {
    days: dates,
    blocks: [{ start: 480, jp: 5 }, { start: 780, jp: 4 }],
    modules: Array.from({ length: modules }, (_, i) => ({ id: i + 1, jp: 2, crossGeneration: i % 7 === 0, facilitatorIds: [1 + (i % facilitators), 1 + ((i + 3) % facilitators)] })),
    venueIds: Array.from({ length: venues }, (_, i) => 100 + i),
    busyVenue: new Map(), busyFacilitator, busyCohort: [],
    instant: (date, minutes) => Date.parse(`${date}T00:00:00+07:00`) + minutes * 60_000,
    maxJpPerSession: 4, nodeLimit: 1_000_000,
  };
}

async function solverBench() {
  const base = solverInstance(10, 10, 3, 8);
  const full = solverInstance(40, 10, 3, 8);
  const rb = autoSchedule(base);
  const rf = autoSchedule(full);
  const tb = await time(() => autoSchedule(base), 30);
  const tf = await time(() => autoSchedule(full), 30);
  sections.push([
    '## autoSchedule (issue 4)',
    '',
    '10 working days, blocks 08:00 (5 JP) and 13:00 (4 JP), 3 venues, 8 facilitators each busy one morning in five; modules of 2 JP, one in seven cross-generation. Median of 30 runs.',
    '',
    '| instance | modules | complete | search nodes | median ms |',
    '|---|---:|---|---:|---:|',
    `| baseline | 10 | ${rb.complete} | ${rb.nodes} | ${tb.toFixed(2)} |`,
    `| issue 4 | 40 | ${rf.complete} | ${rf.nodes} | ${tf.toFixed(2)} |`,
    '',
    `40 ÷ 10 modules time: **${(tf / tb).toFixed(2)}**.`,
  ].join('\n'));
}

if (!only || only === 'schedule') {
  await solverBench();
  await conflictBench();
}
if (!only || only === 'schedule-hard') {
  // Issue 19 part 5: `pnpm bench schedule-hard` (a few minutes, CPU-bound).
  const { scheduleHardBench } = await import('./schedule-hard.mjs');
  sections.push(await scheduleHardBench(stamp.load));
}
if (!only || only === 'reports') {
  const { reportsBench } = await import('./reports.mjs');
  // `pnpm bench reports 100000,1000000,full`; the whole suite runs the 100,000 scale.
  // LINTAS_BENCH_DIALECTS=postgresql runs one dialect only.
  const dialects = process.env.LINTAS_BENCH_DIALECTS?.split(',').map((d) => d.trim()).filter(Boolean);
  await reportsBench(sections, process.argv[3] ?? process.env.LINTAS_BENCH_SCALES, dialects?.length ? { dialects } : {});
}
if (!only || only === 'export-memory') {
  // `pnpm bench export-memory 200000,1000000`: the report export's memory, streaming vs in memory, and as the rows grow.
  const { exportMemoryBench } = await import('./export-memory.mjs');
  await exportMemoryBench(sections, process.argv[3]);
}
if (only === 'myschedule') {
  // Benchmark 6 alone (the reports section runs it too, at its largest scale): `pnpm bench myschedule full`.
  const { scheduleBench } = await import('./reports.mjs');
  await scheduleBench(sections, process.argv[3] ?? 'full');
}

/** Issue 8: LCP of the participant view, measured by the browser test in Chromium. */
function lcpBench() {
  const run = spawnSync('npx', ['vitest', 'run', 'test/browser/participant-speed.test.ts'], { stdio: 'inherit', cwd: fileURLToPath(new URL('../../', import.meta.url)) });
  if (run.status !== 0) throw new Error('the participant-speed browser test failed');
  const r = JSON.parse(readFileSync(new URL('../artifacts/lcp.json', import.meta.url), 'utf8'));
  sections.push([
    '## Largest contentful paint of the participant view (issue 8)',
    '',
    `Run ${new Date().toISOString().slice(0, 10)}. Debian Chromium, ${r.viewport} viewport, empty HTTP cache each time, the real server with the demo data on the same machine; median of ${r.runs} loads. Baseline: the sign-in page (static text, no data) loaded the same way in the same run.`,
    '',
    '| page | median LCP ms | LCP element |',
    '|---|---:|---|',
    `| baseline: /masuk (sign-in) | ${r.signInPage.medianMs.toFixed(0)} | ${r.signInPage.elements.join(', ')} |`,
    `| /saya (Jadwal Saya, signed in) | ${r.participantView.medianMs.toFixed(0)} | ${r.participantView.elements.join(', ')} |`,
    '',
    `Jadwal Saya ÷ sign-in page: **${(r.participantView.medianMs / r.signInPage.medianMs).toFixed(2)}** (the participant view ships ≤ 150 KB gz of JavaScript, checked by web/src/bundle-budget.test.ts).`,
  ].join('\n'));
}

if (!only || only === 'lcp') lcpBench();

// Issue 7: statements per request, PostGraphile, plain Apollo, roster import; issue 23: knowledge search.
const ISSUE7 = { statements: statementsBench, postgraphile: postgraphileBench, apollo: apolloBench, import: importBench, knowledge: knowledgeBench };
try {
  for (const [name, bench] of Object.entries(ISSUE7)) {
    if (!only || only === name) sections.push(await bench());
  }
} finally {
  await cleanupAll();
}

const header = [
  '# Benchmark results',
  '',
  `Last run ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. `,
  'Figures are ratios to a baseline measured in the same run; absolute times are shown for context only.',
  'Each section says when it was run; running one section (`pnpm bench <name>`) keeps the others.',
  '',
].join('\n');
const out = new URL('RESULTS.md', import.meta.url);
// Sections are keyed by their heading: the ones run now replace their earlier versions.
const heading = (section) => section.split('\n', 1)[0];
const kept = existsSync(out)
  ? readFileSync(out, 'utf8').split(/\n(?=## )/).slice(1).map((s) => s.trim())
  : [];
// A section that does not name its commit gets the run's stamp.
const stamped = (s) => (/at commit/.test(s) ? s : `${s}\n\nRun ${stamp.date} at commit ${stamp.commit}; ${quiet(stamp.load) ? 'the machine was quiet' : '**the machine was busy with other work**'} when the run began (load average ${stamp.load.toFixed(1)} on ${cpus().length} cores).`);
const fresh = new Map(sections.map((s) => [heading(s), stamped(s)]));
const merged = kept.map((s) => fresh.get(heading(s)) ?? s);
for (const [h, s] of fresh) if (!kept.some((k) => heading(k) === h)) merged.push(s);
writeFileSync(out, `${header}\n${merged.join('\n\n')}\n`);
console.log(readFileSync(out, 'utf8'));
