import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DEFAULT_COMPLETION_THRESHOLD, type EselonGroup } from '@lintas/shared';
import { isPostgres } from '../db/dialect.js';
import { meetsThresholdSql } from '../features/attendance/jp.rules.js';
import { seatedSql } from '../features/enrollments/enrollment.rules.js';
import {
  BIRTH_YEARS, COHORT_SPREAD_DAYS, COHORTS_PER_PERSON, dayNumber, ESELON_SHARES, eselonRanges, FIRST, FIRST_COHORT_DAY, generationsByGroup,
  KINDS, LAST, MOD, nationalCatalogue, PNS_SHARE, SEATS, SESSIONS_PER_COHORT, STAMP, TODAY,
} from './national-shape.js';
import { caseOf, dialect, dropIndexes, hashSql, q, weighted } from './national-sql.js';

export { ESELON_SHARES, eselonRanges, GENERATION_SHARES, generationsByGroup, NATIONAL_ROSTER, PNS_SHARE, REGIONAL_SHARE } from './national-shape.js';

/**
 * The national roster and a proportional training load, for the benchmarks (issue 6/7).
 *
 * Everything is written by a handful of set-based statements (PostgreSQL `generate_series`,
 * SQLite a recursive CTE) in one transaction, with explicit ids, so the same `persons` and
 * `seed` give the same rows on both dialects. Randomness is a hash of the row number
 * (a Lehmer step followed by two squarings mod 2³¹−1, all in 64-bit integer arithmetic that
 * both databases compute alike).
 *
 * Shape (DESIGN.md where it speaks, stated assumptions where it is silent):
 * - 4,734,041 ASN at full scale; 75.3 % PNS (PPPK only in functional and executor posts);
 *   78 % in regional agencies, spread over 38 provinces by population; 22 % central.
 * - Generations: Gen Y 56 %, Gen Z 8.6 %, Gen X 31 %, Boomers 4.4 % (DESIGN.md gives the
 *   first two; the rest is split by the retirement age: few Boomers are still in service).
 * - Eselon groups (assumed, close to BKN's pyramid after the 2019–2021 delayering):
 *   I 0.012 %, II 0.36 %, III 1.8 %, IV 5.5 %, JF 47 %, Pelaksana the rest; who holds a
 *   structural post skews older (HOLDERS); functional and executor staff take the rest of
 *   each generation so the national shares come out as above.
 * - Training load over 2025–2026: one cohort per 333 ASN (≈ 12 % of the roster enrolled
 *   once in two years), 10 sessions of 4 JP each, 32–40 seats, 3 % withdrawn, a waitlist
 *   on open cohorts; attendance for every past session, completion by the 80 % rule, and a
 *   digital-mindset score before (and after, once closed) each cohort.
 */
export interface NationalSpec {
  persons: number;
  seed?: number;
  /** Progress: called after each step with its name and milliseconds. */
  progress?: (step: string, ms: number) => void;
}

export interface NationalCounts {
  academies: number;
  agencies: number;
  programs: number;
  persons: number;
  cohorts: number;
  sessions: number;
  enrollments: number;
  attendance: number;
  assessments: number;
  ms: number;
}

/** Writes the national dataset into a freshly migrated, empty database. */
export async function generateNational(orm: MikroORM, spec: NationalSpec): Promise<NationalCounts> {
  const started = Date.now();
  const n = Math.floor(spec.persons);
  const seed = spec.seed ?? 1;
  if (!(n >= 100) || n > 999 * 8064) throw new Error(`persons must be between 100 and ${999 * 8064}`);
  const em = orm.em.fork() as SqlEntityManager;
  const pg = isPostgres(em);
  const knex = em.getKnex();
  const [{ c: existing }] = await knex('person').count({ c: '*' }) as { c: number | string }[];
  if (Number(existing) > 0) throw new Error('the database already has people; generate into a freshly migrated database');
  if (!pg) {
    await knex.raw('PRAGMA synchronous = OFF');
    await knex.raw('PRAGMA cache_size = -400000');
    await knex.raw('PRAGMA temp_store = MEMORY');
  }
  const d = dialect(pg);
  const h = hashSql(d.big, seed);
  const stamp = d.ts(STAMP);
  const ranges = eselonRanges(n);
  const range = (g: EselonGroup) => ranges.find((r) => r.group === g)!;
  const gens = generationsByGroup();

  await knex.transaction(async (trx) => {
    let last = Date.now();
    const run = async (sql: string) => {
      const result = await trx.raw(sql);
      const step = /^\s*(insert into|update|create temporary table|drop table|select setval\(pg_get_serial_sequence\(|create (?:unique )?index|alter table)\s*[`"']?(\w+)/i.exec(sql);
      spec.progress?.(step ? `${step[1]!.split(' ')[0]} ${step[2]}` : sql.trim().slice(0, 30), Date.now() - last);
      last = Date.now();
      return result;
    };
    if (pg) {
      await run('set local synchronous_commit = off');
      await run("set local work_mem = '256MB'");
      // Like pg_restore --disable-triggers: the rows are consistent by construction (the
      // generator's test checks every reference), so foreign-key triggers are skipped when
      // the role may do so.
      const [{ su }] = (await trx.raw("select current_setting('is_superuser') = 'on' as su")).rows as { su: boolean }[];
      if (su) await run('set local session_replication_role = replica');
      await run("set local maintenance_work_mem = '512MB'");
    }
    const restoreIndexes = await dropIndexes(trx, pg, ['person', 'session', 'attendance', 'assessment']);

    // Academies, agencies, programs and modules: a few hundred rows, written from here.
    const { academies, agencies, weights, programs, modules } = nationalCatalogue();
    const stamped = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, created_at: pg ? new Date(STAMP) : STAMP, updated_at: pg ? new Date(STAMP) : STAMP }));
    for (const [table, rows] of [['academy', academies], ['agency', agencies], ['program', programs], ['training_module', modules]] as const) {
      for (let i = 0; i < rows.length; i += 200) await trx(table).insert(stamped(rows.slice(i, i + 200)));
    }

    // Lookup tables for the set-based statements: agency by bucket (by weight), names.
    const BUCKETS = 100_000;
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const pick: { bucket: number; agency_id: number }[] = [];
    let cum = 0;
    let agency = 0;
    for (let b = 0; b < BUCKETS; b++) {
      while (agency < weights.length - 1 && (b + 0.5) / BUCKETS > (cum + weights[agency]!) / totalWeight) cum += weights[agency++]!;
      pick.push({ bucket: b, agency_id: agency + 1 });
    }
    await run('create temporary table gen_agency_pick (bucket integer primary key, agency_id integer not null)');
    await run('create temporary table gen_name (i integer primary key, first text not null, last text not null)');
    for (let i = 0; i < pick.length; i += 400) await trx('gen_agency_pick').insert(pick.slice(i, i + 400));
    await trx('gen_name').insert(FIRST.map((first, i) => ({ i, first, last: LAST[i % LAST.length] })));

    // People, numbered eselon group by group.
    const groupOf = caseOf(ranges.slice(0, -1).map((r) => [`i <= ${r.hi}`, q(r.group)]), q('PELAKSANA'));
    const genOf = caseOf(ranges.slice(0, -1).map((r) => [`i <= ${r.hi}`, weighted('h_gen', gens[r.group].map(([g, w]) => [g, w]))]),
      weighted('h_gen', gens.PELAKSANA.map(([g, w]) => [g, w])));
    const yearOf = caseOf(Object.entries(BIRTH_YEARS).map(([g, [lo, hi]]) => [`generation = ${q(g)}`, `${lo} + h_year % ${hi - lo + 1}`]), '1990');
    const eselonOf = caseOf([
      ["eselon_group = 'I'", "case when h_es % 10 < 3 then 'Ia' else 'Ib' end"], ["eselon_group = 'II'", "case when h_es % 10 < 2 then 'IIa' else 'IIb' end"],
      ["eselon_group = 'III'", "case when h_es % 10 < 4 then 'IIIa' else 'IIIb' end"], ["eselon_group = 'IV'", "case when h_es % 10 < 6 then 'IVa' else 'IVb' end"],
    ], 'null');
    const nonStructural = 1 - (['I', 'II', 'III', 'IV'] as const).reduce((a, g) => a + ESELON_SHARES[g], 0);
    const pppk = Math.round(((1 - PNS_SHARE) / nonStructural) * MOD);
    // NIP: birth date + appointment month + gender + serial. A permutation of the row mod 8064
    // over (day 1–28, month, appointment month, gender) and the serial = row div 8064 keep it unique.
    await run(`
      insert into person (id, created_at, updated_at, nip, name, employment_type, position_type, eselon, eselon_group, job_title, agency_id, birth_date, gender, generation)
      select b.i, ${stamp}, ${stamp},
        ${d.digits([['b.birth_year', 4], ['b.month', 2], ['b.day', 2], ['b.appointed', 4], ['b.appointed_month', 2], ['b.gender_digit', 1], ['b.serial', 3]])},
        n1.first || ' ' || n2.last,
        case when b.eselon_group in ('JF', 'PELAKSANA') and b.h_pppk < ${pppk} then 'PPPK' else 'PNS' end,
        case when b.eselon_group = 'JF' then 'FUNGSIONAL' when b.eselon_group = 'PELAKSANA' then 'PELAKSANA' else 'STRUKTURAL' end,
        b.eselon, b.eselon_group, null, ap.agency_id,
        ${pg ? 'make_date(cast(b.birth_year as int), cast(b.month as int), cast(b.day as int))' : "printf('%04d-%02d-%02d', b.birth_year, b.month, b.day)"},
        case when b.gender_digit = 1 then 'MALE' else 'FEMALE' end, b.generation
      from (
        select a.*, ${yearOf} as birth_year, ${eselonOf} as eselon,
          ${d.least(`${yearOf} + 19 + h_appoint % 12`, '2025')} as appointed,
          (a.perm % 2) + 1 as gender_digit, (a.perm / 2) % 28 + 1 as day, (a.perm / 56) % 12 + 1 as month, (a.perm / 672) % 12 + 1 as appointed_month,
          (a.i - 1) / 8064 + 1 as serial
        from (
          select x.*, ${genOf} as generation from (
            select i, ${groupOf} as eselon_group, ((i - 1) % 8064 * 4909) % 8064 as perm,
              ${h(1, 'i')} as h_gen, ${h(2, 'i')} as h_year, ${h(3, 'i')} as h_es, ${h(4, 'i')} as h_appoint, ${h(5, 'i')} as h_pppk,
              ${h(6, 'i')} as h_agency, ${h(7, 'i')} as h_first, ${h(8, 'i')} as h_last
            from ${d.series(n)} ${d.fence}
          ) x ${d.fence}
        ) a ${d.fence}
      ) b
      join gen_agency_pick ap on ap.bucket = b.h_agency % ${BUCKETS}
      join gen_name n1 on n1.i = b.h_first % ${FIRST.length}
      join gen_name n2 on n2.i = b.h_last % ${LAST.length}`);

    // Cohorts: an academy and a program kind each, spread over 2025–2026.
    const cohorts = Math.max(10, Math.round(n * COHORTS_PER_PERSON));
    const first = dayNumber(FIRST_COHORT_DAY);
    const today = dayNumber(TODAY);
    let kindCum = 0;
    const kindOf = caseOf(KINDS.slice(0, -1).map((k, i) => [`h_kind % 1000 < ${(kindCum += k.perMille)}`, String(i)]), String(KINDS.length - 1));
    const lastDay = SESSIONS_PER_COHORT / 2 - 1;
    await run(`
      insert into cohort (id, created_at, updated_at, code, name, program_id, academy_id, start_date, end_date, time_zone, capacity, venue_id, online, status, completion_threshold)
      select k.i, ${stamp}, ${stamp}, 'NAT-' || ${d.digits([['k.i', 6]])}, p.name || ' Angkatan ' || k.i, p.id, a.id,
        ${d.date('k.start_day')}, ${d.date(`k.start_day + ${lastDay}`)}, a.time_zone, 40, null, ${d.bool(false)},
        case when k.start_day + ${lastDay} < ${today} then 'CLOSED' when k.start_day <= ${today} then 'RUNNING' else 'OPEN' end, ${DEFAULT_COMPLETION_THRESHOLD}
      from (
        select i, 1 + ${h(11, 'i')} % ${academies.length} as academy, ${kindOf} as kind, ${first} + ${h(13, 'i')} % ${COHORT_SPREAD_DAYS} as start_day
        from (select i, ${h(12, 'i')} as h_kind from ${d.series(cohorts)} ${d.fence}) y ${d.fence}
      ) k
      join academy a on a.id = k.academy
      join program p on p.id = (k.academy - 1) * ${KINDS.length} + k.kind + 1`);

    // Sessions: two a day (08:00 and 13:00 WIB), 4 JP each; one in fifty cancelled.
    await run(`
      insert into session (id, created_at, updated_at, cohort_id, module_id, starts_at, ends_at, venue_id, online_url, facilitator_id, status, version, jp, check_in_secret)
      select (c.id - 1) * ${SESSIONS_PER_COHORT} + g.i, ${stamp}, ${stamp}, c.id, (c.program_id - 1) * 5 + (g.i - 1) % 5 + 1,
        ${d.ts(`(${d.dayOf('c.start_date')} + (g.i - 1) / 2) * 86400000 + case when g.i % 2 = 1 then 3600000 else 21600000 end`)},
        ${d.ts(`(${d.dayOf('c.start_date')} + (g.i - 1) / 2) * 86400000 + case when g.i % 2 = 1 then 14400000 else 32400000 end`)},
        null, null, null, case when ${h(21, `c.id * 16 + g.i`)} % 50 = 0 then 'CANCELLED' else 'SCHEDULED' end, 1, 4, null
      from cohort c cross join ${d.series(SESSIONS_PER_COHORT)}`);

    // Enrolments: 32–40 seats drawn from the program's eselon range, 3 % withdrawn; two waitlisted on open cohorts.
    const span = (groups: EselonGroup[]) => {
      const rs = groups.map(range).filter((r) => r.hi >= r.lo);
      return rs.length ? { lo: Math.min(...rs.map((r) => r.lo)), size: Math.max(...rs.map((r) => r.hi)) - Math.min(...rs.map((r) => r.lo)) + 1 } : { lo: 1, size: n };
    };
    const pools = KINDS.map((k) => span(k.targets));
    const kindIndex = caseOf(KINDS.map((k, i) => [`(c.program_id - 1) % ${KINDS.length} = ${i}`, String(i)]), '0');
    const personOf = caseOf(pools.map((p, i) => [`e.kind = ${i}`, `${p.lo} + e.h_person % ${p.size}`]), '1');
    await run(`
      insert into enrollment (id, created_at, updated_at, cohort_id, person_id, status, waitlist_position, override_reason, withdrawal_reason)
      select (e.cohort_id - 1) * ${SEATS} + e.seat, ${stamp}, ${stamp}, e.cohort_id, ${personOf},
        case when e.seat > 40 then 'WAITLISTED' when e.h_status % 100 < 3 then 'WITHDRAWN' else 'ENROLLED' end,
        case when e.seat > 40 then e.seat - 40 end, null, case when e.seat <= 40 and e.h_status % 100 < 3 then 'Tugas kedinasan' end
      from (
        select c.id as cohort_id, g.i as seat, ${kindIndex} as kind, c.status,
          ${h(31, `c.id * 64 + g.i`)} as h_person, ${h(32, `c.id * 64 + g.i`)} as h_status, 32 + ${h(33, 'c.id')} % 9 as seats
        from cohort c cross join ${d.series(SEATS)} ${d.fence}
      ) e
      where e.seat <= e.seats or (e.seat > 40 and e.seats = 40 and e.status = 'OPEN')
      on conflict do nothing`);

    // Attendance for every past scheduled session of the enrolled.
    const cutoff = d.ts(Date.parse(`${TODAY}T00:00:00+07:00`));
    const statusOf = weighted('x.h', [['PRESENT', 84], ['LATE', 6], ['EXCUSED', 3], ['SICK', 2], ['OFFICIAL_DUTY', 1], ['ABSENT', 4]]);
    await run(`
      insert into attendance (id, created_at, updated_at, session_id, person_id, status, note, check_in_at, recorded_at, recorded_by)
      select x.id, ${stamp}, ${stamp}, x.session_id, x.person_id, ${statusOf}, null, null, x.ends_at, 'generator'
      from (
        select (e.id - 1) * ${SESSIONS_PER_COHORT} + (s.id - (s.cohort_id - 1) * ${SESSIONS_PER_COHORT}) as id, s.id as session_id, e.person_id, s.ends_at,
          ${h(41, `e.id * 16 + s.id - (s.cohort_id - 1) * ${SESSIONS_PER_COHORT}`)} as h
        from enrollment e join session s on s.cohort_id = e.cohort_id
        where e.status = 'ENROLLED' and s.status = 'SCHEDULED' and s.starts_at < ${cutoff} ${d.fence}
      ) x`);

    // Completion on closed cohorts: earned ≥ 80 % of scheduled JP, excused and official duty left out.
    // An attendance id encodes its enrolment: (enrolment id − 1) × sessions per cohort + session number.
    const enrollmentOfAttendance = `(a.id - 1) / ${SESSIONS_PER_COHORT} + 1`;
    await run(`
      update enrollment set status = 'COMPLETED'
      where id in (
        select ${enrollmentOfAttendance} from attendance a join session s on s.id = a.session_id join cohort c on c.id = s.cohort_id
        where c.status = 'CLOSED'
        group by ${enrollmentOfAttendance}
        having ${meetsThresholdSql(String(DEFAULT_COMPLETION_THRESHOLD), 'a', 's')}
      )`);

    // Digital-mindset scores: before each started cohort, and after each closed one.
    const pre = `35 + ${h(51, 'e.id')} % 50`;
    await run(`
      insert into assessment (id, created_at, updated_at, person_id, cohort_id, kind, score, assessed_at)
      select e.id * 2 - 1, ${stamp}, ${stamp}, e.person_id, e.cohort_id, 'PRE', ${pre}, ${d.ts(`${d.dayOf('c.start_date')} * 86400000 + 3600000`)}
      from enrollment e join cohort c on c.id = e.cohort_id
      where ${seatedSql('e')} and c.status in ('RUNNING', 'CLOSED')`);
    await run(`
      insert into assessment (id, created_at, updated_at, person_id, cohort_id, kind, score, assessed_at)
      select e.id * 2, ${stamp}, ${stamp}, e.person_id, e.cohort_id, 'POST', ${d.least(`${pre} + ${h(52, 'e.id')} % 25`, '100')},
        ${d.ts(`${d.dayOf('c.end_date')} * 86400000 + 32400000`)}
      from enrollment e join cohort c on c.id = e.cohort_id
      where ${seatedSql('e')} and c.status = 'CLOSED'`);

    for (const sql of restoreIndexes) await run(sql);
    await run('drop table gen_agency_pick');
    await run('drop table gen_name');
    if (pg) {
      for (const table of ['academy', 'agency', 'program', 'training_module', 'person', 'cohort', 'session', 'enrollment', 'attendance', 'assessment']) {
        await run(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from "${table}"), 1))`);
      }
    }
  });
  await knex.raw(pg ? 'analyze' : 'PRAGMA analysis_limit = 2000');
  if (!pg) {
    await knex.raw('analyze');
    await knex.raw('PRAGMA synchronous = NORMAL');
  }
  const count = async (table: string) => Number(((await knex(table).count({ c: '*' })) as { c: number | string }[])[0]!.c);
  const counts = {
    academies: await count('academy'), agencies: await count('agency'), programs: await count('program'), persons: await count('person'),
    cohorts: await count('cohort'), sessions: await count('session'), enrollments: await count('enrollment'),
    attendance: await count('attendance'), assessments: await count('assessment'),
  };
  return { ...counts, ms: Date.now() - started };
}
