// Issue 19 part 5: autoSchedule on hard instances (tight facilitators and venues, first fit
// fails). (1) Solved ÷ feasible by the exhaustive reference, on 200 instances of 10
// modules; (2) time growth from 10 to 20, 30 and 40 modules on such instances, as ratios to
// the 10-module time of the same round. CPU-bound; a few minutes on a shared machine.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { exhaustive, hardInstance, solverInput, violations } from './hard-instances.mjs';
import { machine, quiet, runStamp } from './support.mjs';

const dist = new URL('../../server/dist/', import.meta.url);
const { autoSchedule } = await import(new URL('features/sessions/auto-schedule.js', dist));
const { nationalHoliday, workingDays, WORKING_HOURS } = await import(new URL('features/sessions/local-time.js', dist));

const COUNT = 200;
const REFERENCE_NODES = 2_000_000;
/** The service's default node limit. */
const NODE_LIMIT = 200_000;
const SIZES = [10, 20, 30, 40];
const PER_SIZE = 20;
const ROUNDS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rules = { holiday: nationalHoliday, workingHours: WORKING_HOURS };

/** The first `count` hard instances of `modules` modules, seeds from 1 on; and how many seeds it took. */
function instances(modules, count, pool) {
  const out = [];
  let seed = 0;
  while (out.length < count) {
    const inst = hardInstance(++seed, { modules, days: pool });
    if (inst) out.push(inst);
  }
  return { list: out, seeds: seed };
}

/** `startLoad`: the load average when the whole run began (later the run's own work is in it). */
export async function scheduleHardBench(startLoad = loadavg()[0]) {
  const load = startLoad.toFixed(1);
  const { commit } = runStamp();
  const pool = workingDays('2026-12-21', '2027-12-31');

  // (1) Against the exhaustive reference.
  const t0 = performance.now();
  const small = instances(10, COUNT, pool);
  const tally = { feasible: 0, infeasible: 0, undecided: 0, solved: 0, solvedUndecided: 0, wrong: 0, broken: 0, limit: 0, plantBroken: 0 };
  const nodes = [];
  for (const inst of small.list) {
    const ref = exhaustive(inst, { nodeLimit: REFERENCE_NODES });
    const r = autoSchedule(solverInput(inst, NODE_LIMIT));
    nodes.push(r.nodes);
    if (violations(inst, inst.plant, rules).length) tally.plantBroken++;
    if (violations(inst, r.placements, rules).length) tally.broken++;
    if (r.outcome === 'node-limit') tally.limit++;
    if (ref.feasible === true) {
      tally.feasible++;
      if (r.complete) tally.solved++;
    } else if (ref.feasible === false) {
      tally.infeasible++;
      if (r.complete) tally.wrong++;
    } else {
      tally.undecided++;
      if (r.complete) tally.solvedUndecided++;
    }
  }
  const referenceSeconds = (performance.now() - t0) / 1000;
  console.log(`  hard schedule: ${JSON.stringify(tally)} in ${referenceSeconds.toFixed(0)} s`);

  // (2) Growth: every round times each size's instances, sizes interleaved.
  const sets = SIZES.map((n) => ({ n, ...instances(n, PER_SIZE, pool) }));
  const outcome = sets.map((s) => s.list.map((inst) => autoSchedule(solverInput(inst, NODE_LIMIT))));
  const times = sets.map(() => []); // per round: mean ms per instance
  const each = sets.map((s) => s.list.map(() => [])); // per instance: ms in each round
  for (let round = 0; round < ROUNDS; round++) {
    sets.forEach((s, i) => {
      let sum = 0;
      s.list.forEach((inst, k) => {
        const t = performance.now();
        autoSchedule(solverInput(inst, NODE_LIMIT));
        const ms = performance.now() - t;
        each[i][k].push(ms);
        sum += ms;
      });
      times[i].push(sum / s.list.length);
    });
  }
  const ratios = times.map((ts) => ts.map((t, r) => t / times[0][r]));
  const rows = sets.map((s, i) => {
    const rs = outcome[i];
    const solved = rs.filter((r) => r.complete).length;
    const broken = rs.filter((r, k) => violations(s.list[k], r.placements, rules).length > 0).length;
    const ns = rs.map((r) => r.nodes);
    return { n: s.n, seeds: s.seeds, solved, broken, limit: rs.filter((r) => r.outcome === 'node-limit').length, medianNodes: median(ns), maxNodes: Math.max(...ns), ms: median(times[i]),
      instanceMs: median(each[i].map(median)), slowestMs: Math.max(...each[i].map(median)), ratio: median(ratios[i]), min: Math.min(...ratios[i]), max: Math.max(...ratios[i]) };
  });
  console.log(`  growth: ${JSON.stringify(rows)}`);

  const met = tally.solved === tally.feasible && tally.wrong === 0 && tally.broken === 0;
  const allLarge = rows.every((r) => r.solved === PER_SIZE && r.broken === 0);
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');
  return [
    '## autoSchedule on hard instances (issue 19, part 5)',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} at commit ${'`'}${commit}${'`'} on ${machine()}; ${quiet(Number(load)) ? 'the machine was quiet' : 'the machine was shared with other work at the same time, so absolute times are noisy and only the ratios of one run mean much'} (load average ${load} on ${cpus().length} cores when the run began).`,
    '',
    `Instances (test/bench/hard-instances.mjs, seeded): modules of 2–6 JP (sessions of at most 4 JP), packed around a planted schedule into as few working days as hold them about 90 % full (blocks 08:00 × 5 JP and 13:00 × 4 JP; days from 2026-12-21 without weekends and national holidays). About ⌈modules ÷ 3⌉ facilitators shared between modules (one or two per module), each busy in 60 % of the blocks except where the plant needs them; three venues, one too small for the cohort's 30 people, the two others each booked in half the blocks except where the plant uses them; the cohort's people away in one JP of 15 % of the blocks; a quarter of the modules cross-generation. Only instances on which first fit in module order (no going back) fails are kept. The product is ${'`'}autoSchedule${'`'} from server/dist with the service's node limit (${NODE_LIMIT.toLocaleString('en')}); every schedule it returns is checked by an independent checker (working days, hours, blocks, cross-generation, venue size and bookings, facilitators, people, overlaps, whole modules).`,
    '',
    `### Solved ÷ feasible by exhaustive search, 10 modules`,
    '',
    `${COUNT} hard instances (seeds 1–${small.seeds}; the others were not hard). The reference is plain chronological backtracking over every slot of every session, sessions in a fixed order (fewest possible slots first), no look-ahead, stopped at ${REFERENCE_NODES.toLocaleString('en')} nodes.`,
    '',
    '| exhaustive search says | instances | autoSchedule complete |',
    '|---|---:|---:|',
    `| feasible | ${tally.feasible} | ${tally.solved} |`,
    `| infeasible | ${tally.infeasible} | ${tally.wrong} |`,
    `| undecided (node limit) | ${tally.undecided} | ${tally.solvedUndecided} |`,
    '',
    `Solved ÷ exhaustive: **${tally.solved} / ${tally.feasible} = ${pct(tally.solved, tally.feasible)} %** (goal 100 %: **${met ? 'met' : 'missed'}**). Schedules breaking a rule: ${tally.broken}. autoSchedule stopped at its node limit on ${tally.limit}; its search nodes: median ${median(nodes)}, max ${Math.max(...nodes)}. Every instance is feasible by construction: its planted schedule passes the same checker (${COUNT - tally.plantBroken} of ${COUNT}), so the ${tally.undecided} the reference could not decide within its limit are feasible too; autoSchedule solved ${tally.solvedUndecided} of them. Reference and product together took ${referenceSeconds.toFixed(0)} s. Infeasible hard instances (plants spoilt by extra bookings) are the property test's (server/src/features/sessions/auto-schedule.hard.test.ts: 300 small instances, autoSchedule complete exactly when the exhaustive search over every slot × venue × facilitator finds a schedule).`,
    '',
    '### Time growth from 10 to 40 modules',
    '',
    `${PER_SIZE} hard instances per size (the first ones by seed), each solved once per round; ${ROUNDS} rounds, sizes interleaved in each. A round's time is the mean per instance of its size; ratio = that ÷ the 10-module time of the same round: median, min and max over the rounds. Also the median and the slowest instance (each instance's median over the rounds).`,
    '',
    '| modules | seeds tried | complete | stopped at node limit | search nodes median / max | ms per instance (round mean, median) | ÷ 10 modules (median) | min | max | median / slowest instance ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.n} | ${r.seeds} | ${r.solved} / ${PER_SIZE} | ${r.limit} | ${r.medianNodes} / ${r.maxNodes} | ${r.ms.toFixed(2)} | **${r.ratio.toFixed(2)}** | ${r.min.toFixed(2)} | ${r.max.toFixed(2)} | ${r.instanceMs.toFixed(2)} / ${r.slowestMs.toFixed(1)} |`),
    '',
    `From 10 to 40 modules (×4 modules, about ×4 sessions) the time per instance grows ×${rows.at(-1).ratio.toFixed(2)} (median of the rounds) and the median search nodes ×${(rows.at(-1).medianNodes / rows[0].medianNodes).toFixed(1)}: each node costs more as more chunks wait (forward checking and the room check visit them all). There is no set goal for the growth; the node limit bounds the worst case. The search's settings (slot cost, restarts) were chosen while looking at the first 40 hard 40-module and 30 hard 30-module instances, which include this table's (two 40-module ones then hit the node limit), and checked on 60 others from seed 100,000 on (all solved).`,
    '',
    allLarge
      ? 'Every larger instance was solved as well (all are feasible by construction).'
      : `Not every larger instance was solved within the node limit, though all are feasible by construction: **a miss** at ${rows.filter((r) => r.solved < PER_SIZE).map((r) => `${r.n} modules (${PER_SIZE - r.solved} of ${PER_SIZE})`).join(', ')}. Those runs end with outcome ${'`'}node-limit${'`'} and the modules left over marked ${'`'}search-limit${'`'}, and they dominate the time at their size.`,
  ].join('\n');
}
