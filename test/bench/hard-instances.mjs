// Hard auto-schedule instances (issue 19 part 5), the exhaustive reference that decides
// them, and an independent check of a schedule. Shared by the property test
// (server/src/features/sessions/auto-schedule.hard.test.ts) and the benchmark
// (schedule-hard.mjs). Nothing here is the product: it only describes instances and
// judges the product's answers.
//
// An instance is built around a planted schedule: the sessions packed into few working
// days (about 90 % full), then facilitators, venues and the cohort's people made busy
// nearly everywhere the plant does not need them. Modules share facilitators, one venue
// is too small for the cohort, cross-generation modules may not end a day. The plant
// proves the instance feasible unless `spoil` adds bookings that ignore it. Only
// instances on which first fit in module order fails are kept as hard ones.

const MIN = 60_000;
const JP = 45;

/** Seeded PRNG (mulberry32): the same seed, the same instance. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The instant of a wall-clock minute on a date in WIB (UTC+7, no daylight saving). */
export const instant = (date, minutes) => Date.parse(`${date}T00:00:00+07:00`) + minutes * MIN;

/** The product's rule for splitting a module into sessions, restated: near-equal, at most `max` JP, larger first. */
export function split(jp, max) {
  const k = Math.ceil(jp / max);
  const base = Math.floor(jp / k);
  return Array.from({ length: k }, (_, i) => base + (i < jp % k ? 1 : 0));
}

const overlap = (a, b) => a.start < b.end && b.start < a.end;

/**
 * A hard instance, or null when the seed gives none (planting failed, or first fit succeeds and `hardOnly`).
 * `days`: the working days to draw from, in order (the caller computes them with the product's calendar rule).
 */
export function hardInstance(seed, {
  modules: n, days: pool, blocks = [{ start: 480, jp: 5 }, { start: 780, jp: 4 }], maxJpPerSession = 4,
  jps = [2, 3, 3, 4, 4, 5, 6], fill = 0.9, facilitatorBusy = 0.6, venueBusy = 0.5, cohortBusy = 0.15, spoil = 0, hardOnly = true,
}) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const shuffle = (xs) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  const facilitatorCount = Math.max(2, Math.ceil(n / 3));
  const modules = Array.from({ length: n }, (_, i) => {
    const first = 1 + Math.floor(r() * facilitatorCount);
    const second = 1 + Math.floor(r() * facilitatorCount);
    return { id: i + 1, jp: pick(jps), crossGeneration: r() < 0.25, facilitatorIds: r() < 0.5 || second === first ? [first] : [first, second] };
  });
  const sessions = modules.flatMap((m) => split(m.jp, maxJpPerSession).map((jp) => ({ m, jp })));
  const perDay = blocks.reduce((k, b) => k + b.jp, 0);
  const total = sessions.reduce((k, s) => k + s.jp, 0);
  const dayCount = Math.ceil(total / (perDay * fill));
  if (dayCount > pool.length) return null;
  const days = pool.slice(0, dayCount);
  // Pack the sessions into the blocks, then spread each block's slack between them.
  const room = days.flatMap((date) => blocks.map((b, bi) => ({ date, bi, left: b.jp, items: [] })));
  for (const s of shuffle([...sessions])) {
    const open = room.filter((x) => x.left >= s.jp);
    if (!open.length) return null;
    const x = pick(open);
    x.left -= s.jp;
    x.items.push(s);
  }
  const cell = (date, bi, unit) => ({ start: instant(date, blocks[bi].start + unit * JP), end: instant(date, blocks[bi].start + (unit + 1) * JP) });
  const used = new Map(); // `${date}|${bi}|${unit}` → planted session
  for (const x of room) {
    let unit = 0;
    for (const item of shuffle([...x.items, ...Array.from({ length: x.left }, () => null)])) {
      if (!item) {
        unit++;
        continue;
      }
      Object.assign(item, { date: x.date, bi: x.bi, offset: unit });
      for (let u = unit; u < unit + item.jp; u++) used.set(`${x.date}|${x.bi}|${u}`, item);
      unit += item.jp;
    }
  }
  const lastBlock = blocks.length - 1;
  for (const s of sessions) if (s.bi === lastBlock && s.offset + s.jp === blocks[lastBlock].jp) s.m.crossGeneration = false;
  const venues = [{ id: 10, capacity: 20 }, { id: 11, capacity: 40 }, { id: 12, capacity: 60 }];
  const seated = 30;
  const roomy = venues.filter((v) => v.capacity >= seated).map((v) => v.id);
  for (const s of sessions) {
    s.facilitatorId = pick(s.m.facilitatorIds);
    s.venueId = pick(roomy);
  }
  const busyFacilitator = [];
  const busyVenue = [];
  const busyCohort = [];
  // Busy in a block: every unit the plant does not give to this facilitator (venue).
  for (const x of room) {
    const units = blocks[x.bi].jp;
    for (let f = 1; f <= facilitatorCount; f++) {
      if (r() >= facilitatorBusy) continue;
      for (let u = 0; u < units; u++) if (used.get(`${x.date}|${x.bi}|${u}`)?.facilitatorId !== f) busyFacilitator.push([f, cell(x.date, x.bi, u)]);
    }
    for (const v of roomy) {
      if (r() >= venueBusy) continue;
      for (let u = 0; u < units; u++) if (used.get(`${x.date}|${x.bi}|${u}`)?.venueId !== v) busyVenue.push([v, cell(x.date, x.bi, u)]);
    }
    if (r() < cohortBusy) {
      const free = Array.from({ length: units }, (_, u) => u).filter((u) => !used.has(`${x.date}|${x.bi}|${u}`));
      if (free.length) busyCohort.push(cell(x.date, x.bi, pick(free)));
    }
  }
  // Bookings that ignore the plant: the instance may become infeasible.
  for (let k = 0; k < spoil; k++) {
    const s = pick(sessions);
    const c = cell(s.date, s.bi, s.offset + Math.floor(r() * s.jp));
    const what = r();
    if (what < 0.5) busyFacilitator.push([s.facilitatorId, c]);
    else if (what < 0.8) busyVenue.push([s.venueId, c]);
    else busyCohort.push(c);
  }
  const inst = {
    seed, days, blocks, maxJpPerSession, seated, venues, modules: modules.map(({ id, jp, crossGeneration, facilitatorIds }) => ({ id, jp, crossGeneration, facilitatorIds })),
    busyVenue: merge(busyVenue), busyFacilitator: merge(busyFacilitator), busyCohort: merge(busyCohort.map((i) => [0, i])).map(([, i]) => i),
    // The schedule the instance was built around (no longer one when spoilt).
    plant: sessions.map((x) => ({
      moduleId: x.m.id, date: x.date, jp: x.jp, venueId: x.venueId, facilitatorId: x.facilitatorId,
      start: instant(x.date, blocks[x.bi].start + x.offset * JP), end: instant(x.date, blocks[x.bi].start + (x.offset + x.jp) * JP),
    })),
  };
  if (hardOnly && firstFitSucceeds(inst)) return null;
  return inst;
}

/** Adjacent busy units of one resource become one interval (as bookings are). */
function merge(list) {
  const sorted = [...list].sort((a, b) => a[0] - b[0] || a[1].start - b[1].start);
  const out = [];
  for (const [k, i] of sorted) {
    const last = out.at(-1);
    if (last && last[0] === k && last[1].end >= i.start) last[1] = { start: last[1].start, end: Math.max(last[1].end, i.end) };
    else out.push([k, { ...i }]);
  }
  return out;
}

/** The venues the cohort fits in, in preference order (the service's rule, restated). */
export const roomyVenues = (inst) => inst.venues.filter((v) => v.capacity >= inst.seated).map((v) => v.id);

/** The product's solver input for an instance, as the service would build it. */
export function solverInput(inst, nodeLimit = 200_000) {
  const group = (list) => {
    const m = new Map();
    for (const [k, v] of list) m.set(k, [...(m.get(k) ?? []), v]);
    return m;
  };
  return {
    days: inst.days, blocks: inst.blocks, modules: inst.modules, venueIds: roomyVenues(inst),
    busyVenue: group(inst.busyVenue), busyFacilitator: group(inst.busyFacilitator), busyCohort: inst.busyCohort,
    instant, maxJpPerSession: inst.maxJpPerSession, nodeLimit,
  };
}

/** Every slot of `jp` JP: a run of whole JP inside one block of a working day. */
function slotsOf(inst, jp) {
  const out = [];
  for (const date of inst.days) {
    inst.blocks.forEach((b, bi) => {
      for (let o = 0; o + jp <= b.jp; o++) {
        out.push({ date, interval: { start: instant(date, b.start + o * JP), end: instant(date, b.start + (o + jp) * JP) }, endsDay: bi === inst.blocks.length - 1 && o + jp === b.jp });
      }
    });
  }
  return out;
}

function sessionsOf(inst) {
  return inst.modules.flatMap((m) => split(m.jp, inst.maxJpPerSession).map((jp) => ({ m, jp })));
}

/** A predicate: may a session take `interval` with this venue and facilitator, given the bookings and the sessions already taken? */
function freeTest(inst, taken) {
  const busy = (list, key, i) => list.some(([k, b]) => k === key && overlap(b, i));
  return (i, venue, fac) =>
    !inst.busyCohort.some((b) => overlap(b, i)) &&
    !taken.some((x) => overlap(x.interval, i) || (venue !== null && x.venue === venue && overlap(x.interval, i)) || (fac !== null && x.fac === fac && overlap(x.interval, i))) &&
    !(venue !== null && busy(inst.busyVenue, venue, i)) &&
    !(fac !== null && busy(inst.busyFacilitator, fac, i));
}

/** First fit in module order, no going back: the naive scheduler hard instances defeat. */
export function firstFitSucceeds(inst) {
  const venues = roomyVenues(inst);
  const taken = [];
  const free = freeTest(inst, taken);
  for (const { m, jp } of sessionsOf(inst)) {
    let done = false;
    for (const s of slotsOf(inst, jp)) {
      if (m.crossGeneration && s.endsDay) continue;
      const venue = venues.length ? venues.find((v) => free(s.interval, v, null)) : null;
      const fac = m.facilitatorIds.find((f) => free(s.interval, null, f));
      if (venue !== undefined && fac !== undefined && free(s.interval, venue, fac)) {
        taken.push({ interval: s.interval, venue, fac });
        done = true;
        break;
      }
    }
    if (!done) return false;
  }
  return true;
}

/**
 * The reference: plain chronological backtracking, sessions in a fixed order (fewest
 * possible slots first), each over every slot of its length. With `full`, every venue × facilitator of each slot is a
 * branch of its own, and each is checked against the bookings and the sessions taken so
 * far (only for tiny instances: that multiplies the tree). Without it, a slot is one
 * branch when some venue and some facilitator are free there (from the bookings,
 * worked out once per session and slot), and the only check left while searching is
 * that the slot overlaps no session taken: the cohort's sessions never overlap, so they
 * never compete for a venue or facilitator (the property test checks that both modes
 * agree). `feasible` is null when `nodeLimit` ran out first.
 */
export function exhaustive(inst, { full = false, nodeLimit = Infinity } = {}) {
  const sessions = sessionsOf(inst);
  const venues = roomyVenues(inst);
  const venueChoices = venues.length ? venues : [null];
  const slots = new Map();
  const slotsFor = (jp) => slots.get(jp) ?? slots.set(jp, slotsOf(inst, jp)).get(jp);
  const taken = [];
  const free = freeTest(inst, taken);
  const open = sessions.map(({ m, jp }) => {
    const facs = m.facilitatorIds.length ? m.facilitatorIds : [null];
    return slotsFor(jp).filter((s) => !(m.crossGeneration && s.endsDay)).flatMap((s) => {
      if (full) return venueChoices.flatMap((venue) => facs.map((fac) => ({ interval: s.interval, venue, fac })));
      const venue = venueChoices.find((v) => free(s.interval, v, null));
      const fac = facs.find((f) => free(s.interval, null, f));
      return venue === undefined || fac === undefined ? [] : [{ interval: s.interval, venue, fac }];
    });
  });
  // Sessions with fewer possible slots first (a fixed order, decided once: still plain backtracking).
  const order = sessions.map((_, k) => k).sort((a, b) => open[a].length - open[b].length || a - b);
  let nodes = 0;
  let out = false;
  const go = (i) => {
    if (i === order.length) return true;
    const k = order[i];
    for (const o of open[k]) {
      if (full ? !free(o.interval, o.venue, o.fac) : taken.some((x) => overlap(x.interval, o.interval))) continue;
      if (++nodes > nodeLimit) {
        out = true;
        return false;
      }
      taken.push(o);
      if (go(i + 1)) return true;
      taken.pop();
      if (out) return false;
    }
    return false;
  };
  const found = go(0);
  return { feasible: found ? true : out ? null : false, nodes };
}

/**
 * What is wrong with a schedule for an instance, checked on its own terms (empty when
 * nothing): working days (Mon–Fri, not `holiday`), working hours, whole JP inside a
 * block, cross-generation modules not ending a day, venues large enough and free,
 * facilitators of the module and free, the cohort's people free, no two sessions
 * overlapping, each module whole (all its JP) or absent, sessions of at most the largest size.
 */
export function violations(inst, placements, { holiday, workingHours }) {
  const out = [];
  const venues = roomyVenues(inst);
  const lastBlock = inst.blocks.at(-1);
  placements.forEach((p, i) => {
    const at = `session ${i} (module ${p.moduleId}, ${p.date})`;
    const m = inst.modules.find((x) => x.id === p.moduleId);
    const interval = { start: p.start, end: p.end };
    if (!m) return out.push(`${at}: no such module`);
    const weekday = new Date(`${p.date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || holiday(p.date) || !inst.days.includes(p.date)) out.push(`${at}: not a working day of the cohort`);
    const startMinute = (p.start - instant(p.date, 0)) / MIN;
    const endMinute = (p.end - instant(p.date, 0)) / MIN;
    if (startMinute < workingHours.start || endMinute > workingHours.end) out.push(`${at}: outside working hours`);
    if (p.jp < 1 || p.jp > inst.maxJpPerSession || endMinute - startMinute !== p.jp * JP) out.push(`${at}: not ${p.jp} JP of at most ${inst.maxJpPerSession}`);
    const block = inst.blocks.find((b) => startMinute >= b.start && endMinute <= b.start + b.jp * JP && (startMinute - b.start) % JP === 0);
    if (!block) out.push(`${at}: not inside a block`);
    if (m.crossGeneration && block === lastBlock && endMinute === lastBlock.start + lastBlock.jp * JP) out.push(`${at}: a cross-generation module ends the day`);
    if (venues.length ? !venues.includes(p.venueId) : p.venueId !== null) out.push(`${at}: venue ${p.venueId} not one the cohort fits in`);
    if (inst.busyVenue.some(([v, b]) => v === p.venueId && overlap(b, interval))) out.push(`${at}: venue ${p.venueId} is booked`);
    if (m.facilitatorIds.length ? !m.facilitatorIds.includes(p.facilitatorId) : p.facilitatorId !== null) out.push(`${at}: facilitator ${p.facilitatorId} may not lead it`);
    if (inst.busyFacilitator.some(([f, b]) => f === p.facilitatorId && overlap(b, interval))) out.push(`${at}: facilitator ${p.facilitatorId} is busy`);
    if (inst.busyCohort.some((b) => overlap(b, interval))) out.push(`${at}: the cohort's people are busy`);
    placements.forEach((q, j) => {
      if (j > i && overlap(interval, { start: q.start, end: q.end })) out.push(`${at}: overlaps session ${j}`);
    });
  });
  for (const m of inst.modules) {
    const jp = placements.filter((p) => p.moduleId === m.id).reduce((k, p) => k + p.jp, 0);
    if (jp !== 0 && jp !== m.jp) out.push(`module ${m.id}: ${jp} of ${m.jp} JP placed`);
  }
  return out;
}
