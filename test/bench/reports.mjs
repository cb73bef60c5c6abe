// Reports at national scale (issue 6; issue 7 benchmarks 5 and 6): each report over HTTP
// against the real built server, signed in as an admin (national scope), and the best
// hand-written SQL for the same numbers through the raw driver on the same database in the
// same run. The numbers must be equal; the figure is report time ÷ hand-written SQL time.
import { performance } from 'node:perf_hooks';
import { adminHeaders, fmt, gql, median, nationalDatabase, parseScales, rawConnection, startServer } from './national.mjs';
import { scheduleLoad } from './schedule-load.mjs';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const YEAR = 2026;
const EARNING = "('PRESENT', 'LATE')";
const FIGURES = 'roster enrolled attended completed jpEarned jpScheduled digitalLiteracyRate';

/** Each person's latest digital-mindset score: the best form each dialect has. */
const latestSql = (pg) => (pg
  ? 'select distinct on (person_id) person_id, score from assessment order by person_id, assessed_at desc, id desc'
  : 'select person_id, score from (select person_id, score, row_number() over (partition by person_id order by assessed_at desc, id desc) as rn from assessment) where rn = 1');

/** Participation by the given person columns, written by hand for the national scope and a period. */
function participationSql(pg, keys) {
  return `
    with enr as (
      select e.id, e.person_id, e.cohort_id, e.status from enrollment e join cohort c on c.id = e.cohort_id
      where e.status <> 'WITHDRAWN' and c.start_date <= ? and c.end_date >= ?
    ),
    sched as (select cohort_id, sum(jp) as jp from session where status = 'SCHEDULED' and cohort_id in (select cohort_id from enr) group by cohort_id),
    earned as (
      select enr.id, sum(s.jp) as jp, count(*) as n from enr
      join attendance a on a.person_id = enr.person_id join session s on s.id = a.session_id and s.cohort_id = enr.cohort_id
      where s.status = 'SCHEDULED' and a.status in ${EARNING} group by enr.id
    ),
    pp as (
      select enr.person_id, max(case when earned.n > 0 then 1 else 0 end) as attended, max(case when enr.status = 'COMPLETED' then 1 else 0 end) as completed,
        sum(coalesce(sched.jp, 0)) as jp_scheduled, sum(coalesce(earned.jp, 0)) as jp_earned
      from enr left join sched on sched.cohort_id = enr.cohort_id left join earned on earned.id = enr.id group by enr.person_id
    ),
    latest as (${latestSql(pg)})
    select ${keys.map((k) => `p.${k}`).join(', ')}, count(*) as roster, count(pp.person_id) as enrolled, coalesce(sum(pp.attended), 0) as attended,
      coalesce(sum(pp.completed), 0) as completed, coalesce(sum(pp.jp_scheduled), 0) as jp_scheduled, coalesce(sum(pp.jp_earned), 0) as jp_earned,
      sum(case when l.score >= 70 then 1 else 0 end) as literate
    from person p left join pp on pp.person_id = p.id left join latest l on l.person_id = p.id
    group by ${keys.map((k) => `p.${k}`).join(', ')}`;
}

const yearStart = (y) => new Date(`${y}-01-01T00:00:00+07:00`);
const instant = (pg, d) => (pg ? d.toISOString() : d.getTime());

function reportCases(pg) {
  const years = Array.from({ length: 6 }, (_, i) => new Date().getUTCFullYear() - 5 + i);
  const participation = (field, group, keys) => ({
    name: field,
    query: `query($f: ReportFilter) { r: ${field}(filter: $f) { ${group} ${FIGURES} } }`,
    variables: { f: PERIOD },
    /** Report rows → comparable records keyed by group. */
    fromReport: (data) => Object.fromEntries(data.r.filter((r) => keys.every((k) => r[k.report] !== null)).map((r) => [
      keys.map((k) => r[k.report]).join('/'),
      [r.roster, r.enrolled, r.attended, r.completed, r.jpEarned, r.jpScheduled, Math.round(r.digitalLiteracyRate * r.roster)],
    ])),
    hand: async (raw) => {
      const rows = await raw.query(participationSql(pg, keys.map((k) => k.column)), [PERIOD.to, PERIOD.from]);
      return rows;
    },
    fromHand: (rows, report) => Object.fromEntries(Object.keys(report).map((key) => {
      const r = rows.find((x) => keys.map((k) => x[k.column]).join('/') === key);
      return [key, r ? [r.roster, r.enrolled, r.attended, r.completed, r.jp_earned, r.jp_scheduled, r.literate].map(Number) : [0, 0, 0, 0, 0, 0, 0]];
    })),
  });
  const eselon = { report: 'group', column: 'eselon_group' };
  return [
    participation('participationByEselon', 'group', [eselon]),
    participation('participationByGeneration', 'group', [{ report: 'group', column: 'generation' }]),
    participation('participationMatrix', 'eselonGroup generation', [{ report: 'eselonGroup', column: 'eselon_group' }, { report: 'generation', column: 'generation' }]),
    {
      name: 'literacyTarget',
      query: 'query { r: literacyTarget { byEselon { group roster literate } trend { year literate } } }',
      variables: {},
      fromReport: (data) => ({
        ...Object.fromEntries(data.r.byEselon.map((g) => [g.group, [g.roster, g.literate]])),
        ...Object.fromEntries(data.r.trend.map((t) => [`year ${t.year}`, [t.literate]])),
      }),
      hand: async (raw) => {
        const values = years.map(() => (pg ? '(?, cast(? as timestamptz))' : '(?, ?)')).join(', ');
        const latest = pg
          ? 'select distinct on (yr.y, a.person_id) yr.y, a.person_id, a.score from years yr join assessment a on a.assessed_at < yr.cutoff order by yr.y, a.person_id, a.assessed_at desc, a.id desc'
          : 'select y, person_id, score from (select yr.y, a.person_id, a.score, row_number() over (partition by yr.y, a.person_id order by a.assessed_at desc, a.id desc) as rn from years yr join assessment a on a.assessed_at < yr.cutoff) where rn = 1';
        const literate = await raw.query(`with years(y, cutoff) as (values ${values}), latest as (${latest})
          select l.y, p.eselon_group, count(*) as n from latest l join person p on p.id = l.person_id where l.score >= 70 group by l.y, p.eselon_group`,
        years.flatMap((y) => [y, instant(pg, yearStart(y + 1))]));
        const roster = await raw.query('select eselon_group, count(*) as n from person group by eselon_group');
        return { literate, roster };
      },
      fromHand: ({ literate, roster }, report) => Object.fromEntries(Object.keys(report).map((key) => {
        if (key.startsWith('year ')) return [key, [literate.filter((r) => Number(r.y) === Number(key.slice(5))).reduce((a, r) => a + Number(r.n), 0)]];
        const now = years[years.length - 1];
        return [key, [Number(roster.find((r) => r.eselon_group === key)?.n ?? 0), Number(literate.find((r) => Number(r.y) === now && r.eselon_group === key)?.n ?? 0)]];
      })),
    },
    {
      name: 'jpCompliance',
      query: `query { r: jpCompliance(year: ${YEAR}) { byEselon { group roster reached } } }`,
      variables: {},
      fromReport: (data) => Object.fromEntries(data.r.byEselon.map((g) => [g.group, [g.roster, g.reached]])),
      hand: (raw) => raw.query(`
        with earned as (
          select a.person_id, sum(s.jp) as jp from attendance a join session s on s.id = a.session_id
          where a.status in ${EARNING} and s.status = 'SCHEDULED' and s.starts_at >= ${pg ? 'cast(? as timestamptz)' : '?'} and s.starts_at < ${pg ? 'cast(? as timestamptz)' : '?'}
          group by a.person_id
        )
        select p.eselon_group, count(*) as roster, sum(case when e.jp >= 20 then 1 else 0 end) as reached
        from person p left join earned e on e.person_id = p.id group by p.eselon_group`, [instant(pg, yearStart(YEAR)), instant(pg, yearStart(YEAR + 1))]),
      fromHand: (rows, report) => Object.fromEntries(Object.keys(report).map((key) => {
        const r = rows.find((x) => x.eselon_group === key);
        return [key, r ? [Number(r.roster), Number(r.reached ?? 0)] : [0, 0]];
      })),
    },
  ];
}

async function timed(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** One dialect at one scale: generate, serve, compare and time every report. */
async function measure(dialect, persons, { load }) {
  const gen = await timed(() => nationalDatabase(dialect, persons));
  const db = gen.value;
  console.log(`${dialect} ${fmt(persons)}: generated in ${(gen.ms / 1000).toFixed(0)} s ${JSON.stringify(db.counts)}`);
  const server = await startServer(db);
  const raw = await rawConnection(db);
  const out = { dialect, persons, counts: db.counts, generationMs: gen.ms, reports: [], load: null };
  try {
    const headers = await adminHeaders(server, db.admin);
    // At least 5 everywhere; more where a report takes tens of milliseconds and one slow moment weighs more.
    const rounds = persons <= 200_000 ? 15 : 5;
    for (const c of reportCases(dialect === 'postgresql')) {
      const report = () => gql(server.url, headers, c.query, c.variables);
      // Warm both once, and check they give the same numbers.
      const got = c.fromReport((await report()).data);
      const want = c.fromHand(await c.hand(raw), got);
      const equal = JSON.stringify(got) === JSON.stringify(want);
      if (!equal) console.error(`${c.name}: report ${JSON.stringify(got)}\n  hand ${JSON.stringify(want)}`);
      const reportMs = [];
      const handMs = [];
      for (let i = 0; i < rounds; i++) {
        reportMs.push((await timed(report)).ms);
        handMs.push((await timed(() => c.hand(raw))).ms);
      }
      const row = { name: c.name, reportMs: median(reportMs), handMs: median(handMs), equal };
      console.log(`  ${c.name}: report ${row.reportMs.toFixed(0)} ms, hand ${row.handMs.toFixed(0)} ms, ratio ${(row.reportMs / row.handMs).toFixed(2)}, equal ${equal}`);
      out.reports.push(row);
    }
    if (load) out.load = await scheduleLoad(db, server);
  } finally {
    await raw.close();
    await server.stop();
    await db.drop();
  }
  return out;
}

/** The goal: a report over HTTP at most this × the best hand-written SQL (issue 19). */
const GOAL = 1.15;

const rowsRead = (c) => c.persons + c.enrollments + c.attendance + c.assessments + c.sessions;

/** How many of the ratios miss the goal, named. */
function misses(results) {
  const all = results.flatMap((r) => r.reports.map((x) => ({ ...x, dialect: r.dialect, persons: r.persons, ratio: x.reportMs / x.handMs })));
  const missed = all.filter((x) => x.ratio > GOAL);
  if (missed.length === 0) return `All ${all.length} ratios meet the goal of ≤ ${GOAL}.`;
  return `**Missed: ${missed.length} of ${all.length} ratios** are above ${GOAL}: ${missed.map((x) => `${x.name} on ${x.dialect} at ${fmt(x.persons)} (${x.ratio.toFixed(2)})`).join('; ')}.`;
}

/**
 * Per dialect, the largest growth of a report's time ÷ the growth of the rows read, from the
 * smallest scale run to each larger one, beside the same for the hand-written SQL (the
 * database's own growth): above 1.0 is worse than linear.
 */
function growthVerdicts(results) {
  const lines = [];
  for (const dialect of [...new Set(results.map((r) => r.dialect))]) {
    const runs = results.filter((r) => r.dialect === dialect);
    if (runs.length < 2) continue;
    const [base, ...larger] = runs;
    let report = { v: 0 };
    let hand = { v: 0 };
    for (const r of larger) {
      const rows = rowsRead(r.counts) / rowsRead(base.counts);
      r.reports.forEach((x, i) => {
        const rv = x.reportMs / base.reports[i].reportMs / rows;
        const hv = x.handMs / base.reports[i].handMs / rows;
        if (rv > report.v) report = { v: rv, name: x.name, persons: r.persons };
        if (hv > hand.v) hand = { v: hv, name: x.name, persons: r.persons };
      });
    }
    lines.push(`- ${dialect}: the largest report growth ÷ rows growth is **${report.v.toFixed(2)}** (${report.name} at ${fmt(report.persons)}), ${report.v <= GOAL ? `at most ${GOAL} (linear, within the tolerance of the report goal): met` : 'worse than linear: **missed**'}; the hand-written SQL's largest is ${hand.v.toFixed(2)} (${hand.name} at ${fmt(hand.persons)}).`);
  }
  return lines.length ? ['Growth ÷ rows growth (1.00 is linear):', '', ...lines] : [];
}

/** `pnpm bench reports [scales]`: scales like `100000,1000000,full` (default 100000). */
export async function reportsBench(sections, scalesText, { dialects = ['sqlite', 'postgresql'] } = {}) {
  const scales = parseScales(scalesText);
  const results = [];
  for (const persons of scales) {
    for (const dialect of dialects) {
      const last = persons === scales[scales.length - 1] && dialect === 'postgresql';
      results.push(await measure(dialect, persons, { load: last }));
    }
  }
  const lines = [
    '## Reports at national scale (issue 6; issue 7 benchmark 5)',
    '',
    `Each report over HTTP against the built server (production mode, signed in as an admin: national scope), and the best hand-written SQL for the same numbers through the raw driver (\`pg\` / \`sqlite3\`) on the same database, alternately, median of the rounds (15 at 100,000 people, 5 at 1,000,000 and at the full roster) after one warm-up that also checks both give **the same numbers**. Participation reports for the period ${PERIOD.from}..${PERIOD.to}; \`jpCompliance(year: ${YEAR})\` by eselon group; \`literacyTarget\` with its six-year trend. Data from \`pnpm lintas generate:national\` (seed 1); the report time includes HTTP, sign-in check, cost budget and GraphQL. Target: ratio ≤ ${GOAL}.`,
    '',
    `| dialect | people | report | report ms | hand SQL ms | report ÷ hand | goal ≤ ${GOAL} | same numbers |`,
    '|---|---:|---|---:|---:|---:|---|---|',
    ...results.flatMap((r) => r.reports.map((x) => `| ${r.dialect} | ${fmt(r.persons)} | ${x.name} | ${x.reportMs.toFixed(0)} | ${x.handMs.toFixed(0)} | **${(x.reportMs / x.handMs).toFixed(2)}** | ${x.reportMs / x.handMs <= GOAL ? 'met' : '**missed**'} | ${x.equal ? 'yes' : 'NO'} |`)),
    '',
    misses(results),
    '',
    '### Growth with the data',
    '',
    'Report time at each scale ÷ its time at the smallest scale run, against the rows the reports read (people + enrolments + attendance + assessments + sessions) in the same proportion.',
    '',
    '| dialect | people | rows | rows ÷ smallest | ' + (results[0]?.reports.map((x) => `${x.name} ÷ smallest`).join(' | ') ?? '') + ' |',
    '|---|---:|---:|---:|' + (results[0]?.reports.map(() => '---:').join('|') ?? '') + '|',
    ...results.map((r) => {
      const base = results.find((b) => b.dialect === r.dialect);
      return `| ${r.dialect} | ${fmt(r.persons)} | ${fmt(rowsRead(r.counts))} | ${(rowsRead(r.counts) / rowsRead(base.counts)).toFixed(1)} | ${r.reports.map((x, i) => (x.reportMs / base.reports[i].reportMs).toFixed(1)).join(' | ')} |`;
    }),
    '',
    ...growthVerdicts(results),
    '',
    '### Generation',
    '',
    '| dialect | people | cohorts | sessions | enrolments | attendance | assessments | generation s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.dialect} | ${fmt(r.persons)} | ${fmt(r.counts.cohorts)} | ${fmt(r.counts.sessions)} | ${fmt(r.counts.enrollments)} | ${fmt(r.counts.attendance)} | ${fmt(r.counts.assessments)} | ${(r.generationMs / 1000).toFixed(0)} |`),
  ];
  sections.push(lines.join('\n'));
  const load = results.find((r) => r.load);
  if (load) sections.push(load.load.section(load));
}

/** `pnpm bench myschedule [scale]`: benchmark 6 alone, on PostgreSQL with the national dataset (default the full roster). */
export async function scheduleBench(sections, scaleText = 'full') {
  const [persons] = parseScales(scaleText);
  const gen = await timed(() => nationalDatabase('postgresql', persons));
  const db = gen.value;
  console.log(`postgresql ${fmt(persons)}: generated in ${(gen.ms / 1000).toFixed(0)} s`);
  const server = await startServer(db);
  try {
    const load = await scheduleLoad(db, server);
    sections.push(load.section({ persons, counts: db.counts }));
  } finally {
    await server.stop();
    await db.drop();
  }
}
