import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Faker, base } from '@faker-js/faker';
import { LEADER_GROUPS, type FacilitatorKind, type Generation, type TimeZoneCode } from '@lintas/shared';
import { Academy } from '../features/academies/academy.entity.js';
import { Agency } from '../features/academies/agency.entity.js';
import { Cohort } from '../features/cohorts/cohort.entity.js';
import { Facilitator } from '../features/cohorts/facilitator.entity.js';
import { Venue } from '../features/cohorts/venue.entity.js';
import { Enrollment } from '../features/enrollments/enrollment.entity.js';
import { Person } from '../features/persons/person.entity.js';
import { Program } from '../features/programs/program.entity.js';
import { TrainingModule } from '../features/programs/training-module.entity.js';
import { BABEL, COHORTS, DEMO_ACCOUNTS, LITERACY_PROGRAM, LITERACY_UPTAKE, PROGRAMS, SULSEL, TALENT_POOL_REASON, type CohortSeed } from './babel.data.js';
import { Account } from '../features/accounts/account.entity.js';
import { hashPassword } from '../features/accounts/secrets.js';
import { generateRoster, type GeneratedPerson } from './roster-generator.js';
import { proposeSchedule } from '../features/sessions/auto-schedule.service.js';
import { Session } from '../features/sessions/session.entity.js';
import { Attendance } from '../features/attendance/attendance.entity.js';
import { Certificate } from '../features/certificates/certificate.entity.js';
import { completeEnrollments } from '../features/attendance/attendance.service.js';
import { earnsJp } from '../features/attendance/jp.rules.js';
import { isEligible, seatedWhere } from '../features/enrollments/enrollment.rules.js';
import { suggestPairs } from '../features/mentoring/mentoring.service.js';
import { seedKnowledge } from './knowledge.seed.js';
import { CohortGroup, CohortGroupMember } from '../features/groups/cohort-group.entity.js';
import { groupName, propose as proposeGroupsOf } from '../features/groups/groups.service.js';
import { MentoringMeeting, MentoringPair } from '../features/mentoring/mentoring-pair.entity.js';
import { Assessment } from '../features/assessments/assessment.entity.js';
import type { AttendanceStatus } from '@lintas/shared';
import { addDays, demoToday, placeCohorts } from './demo-calendar.js';
import { seedActionPlans } from './action-plans.seed.js';
import { seedEvaluations } from './evaluations.seed.js';
import { CohortQuota, Nomination } from '../features/nominations/nomination.entity.js';
import { seedCommunities } from './communities.seed.js';
import type { NominationStatus } from '@lintas/shared';

/**
 * Babel's Diskominfo as an agency taking part: its HR officer's account, four seats reserved
 * for it in the open PKA cohort, and its nominations in every state (pending and waiting for
 * the supervisor in open cohorts, accepted and waitlisted with their enrolments, declined,
 * withdrawn, and expired in a cohort that has started).
 */
async function seedNominations(tem: EntityManager, agencies: Agency[], organizer: Account, cohortOf: (seedCode: string) => Cohort): Promise<number> {
  const hr = DEMO_ACCOUNTS.agencyHrBabel;
  const agency = agencies.find((a) => a.code.endsWith(`-${hr.agency}`))!;
  const account = tem.create(Account, { role: 'AGENCY_HR', email: hr.email, name: hr.name, academy: agency.academy, agency, passwordHash: await hashPassword(hr.password) });
  const pka = cohortOf('PKA-2027-01');
  const dla = cohortOf('DLA-2027-01');
  const pkn = cohortOf('PKN-II-2026-01');
  tem.create(CohortQuota, { cohort: pka, agency, seats: 4 });
  await tem.flush();
  const candidates = async (cohort: Cohort, groups: string[], n: number) => {
    const enrolled = (await tem.find(Enrollment, { cohort })).map((e) => e.person.id);
    return tem.find(Person, { agency, eselonGroup: { $in: groups as never }, id: { $nin: enrolled } }, { orderBy: { id: 'asc' }, limit: n });
  };
  const reasons: Partial<Record<NominationStatus, string>> = {
    DECLINED: 'Peserta belum memenuhi masa kerja minimal dalam jabatan.',
    WITHDRAWN: 'Ditarik instansi: tugas dinas luar bersamaan dengan jadwal angkatan.',
  };
  const now = new Date();
  let made = 0;
  const nominate = async (cohort: Cohort, person: Person, status: NominationStatus) => {
    const decided = !['PENDING', 'SUPERVISOR_PENDING'].includes(status);
    let enrollment: Enrollment | null = null;
    if (status === 'ACCEPTED' || status === 'WAITLISTED') {
      const [last] = await tem.find(Enrollment, { cohort, status: 'WAITLISTED' }, { orderBy: { waitlistPosition: 'desc' }, limit: 1 });
      enrollment = tem.create(Enrollment, { cohort, person, status: status === 'ACCEPTED' ? 'ENROLLED' : 'WAITLISTED', waitlistPosition: status === 'ACCEPTED' ? null : (last?.waitlistPosition ?? 0) + 1 });
    }
    tem.create(Nomination, {
      cohort, person, agency, nominatedBy: account, status, enrollment,
      note: 'Pejabat yang memimpin transformasi layanan digital di instansi.',
      reason: reasons[status] ?? null,
      decidedBy: status === 'EXPIRED' ? 'system' : decided ? `account:${organizer.id}` : null,
      decidedAt: decided ? (status === 'EXPIRED' ? new Date(`${cohort.startDate}T00:00:00+07:00`) : now) : null,
    });
    await tem.flush();
    made++;
  };
  const third = await candidates(pka, ['III'], 6);
  const pkaStates: NominationStatus[] = ['ACCEPTED', 'ACCEPTED', 'PENDING', 'SUPERVISOR_PENDING', 'DECLINED', 'WITHDRAWN'];
  for (const [i, person] of third.entries()) await nominate(pka, person, pkaStates[i]!);
  for (const person of await candidates(dla, ['I', 'II'], 2)) await nominate(dla, person, 'PENDING');
  // The open literacy class is over its capacity: an accepted nomination waits in line.
  for (const person of await candidates(cohortOf('LITDIG-2027-01'), ['JF'], 1)) await nominate(cohortOf('LITDIG-2027-01'), person, 'WAITLISTED');
  const [late] = await candidates(pkn, ['II'], 1);
  if (late) await nominate(pkn, late, 'EXPIRED');
  return made;
}

const CHUNK = 500;
const instantOfDate = (date: string) => new Date(`${date}T09:00:00+07:00`);
/** Digital-mindset scores before training, by generation: those who grew up with the tools start higher. */
const PRE_SCORE: Partial<Record<Generation, [number, number]>> = { BOOMER: [32, 70], GEN_X: [36, 76], GEN_Y: [44, 84], GEN_Z: [50, 88] };
/** Points gained by the end of a cohort, by generation: everyone gains, the seniors somewhat less. */
const GAIN: Partial<Record<Generation, [number, number]>> = { BOOMER: [2, 14], GEN_X: [4, 18], GEN_Y: [6, 22], GEN_Z: [7, 24] };

async function insertPeople(em: EntityManager, people: GeneratedPerson[], agencies: Agency[]): Promise<void> {
  for (let i = 0; i < people.length; i += CHUNK) {
    await em.insertMany(Person, people.slice(i, i + CHUNK).map(({ agencyIndex, ...p }) => ({
      ...p, agency: agencies[agencyIndex]!.id, createdAt: new Date(), updatedAt: new Date(),
    })));
  }
}

function createAcademy(em: EntityManager, a: { code: string; name: string; province: string }, zone: TimeZoneCode, agencies: readonly (readonly [string, string])[]) {
  const academy = em.create(Academy, { ...a, timeZone: zone });
  const prefix = a.code.split('-').at(-1)!;
  const list = agencies.map(([code, name]) =>
    em.create(Agency, { code: `${prefix}-${code}`, name: `${name} Provinsi ${a.province}`, level: 'DAERAH', province: a.province, timeZone: zone, academy }),
  );
  return { academy, agencies: list };
}

/**
 * Loads the demo: a province academy (Bangka Belitung, 6,319 ASN over four
 * generations) with its programs, modules, venues, facilitators, cohorts in every
 * state and their enrolments, plus a small second academy in WITA. The enrolments
 * tell the story of context/000: the online literacy classes reach most young JF and
 * pelaksana staff, the leaders' programs a quarter of the eselon I–II officials.
 * Laid out around `today` (demo-calendar.ts): every date moves by whole weeks so that a
 * cohort runs this week, past ones have their attendance and future ones are open.
 * Deterministic: the same data for the same week.
 */
export async function seedDemo(orm: MikroORM, today: string = demoToday()): Promise<Record<string, number>> {
  const placed = placeCohorts(COHORTS, today);
  const em = orm.em.fork();
  if ((await em.count(Academy)) > 0) throw new Error('the database already has data; the demo seed loads into an empty one only');
  return em.transactional(async (tem) => {
    const babel = createAcademy(tem, BABEL.academy, 'WIB', BABEL.agencies);
    const sulsel = createAcademy(tem, SULSEL.academy, 'WITA', SULSEL.agencies);
    const venues = BABEL.venues.map(([name, capacity, address], i) => tem.create(Venue, { academy: babel.academy, code: `R-${i + 1}`, name, capacity, address }));
    tem.create(Venue, { academy: sulsel.academy, code: 'R-1', timeZone: 'WITA', name: 'Aula BPSDMD Sulsel', capacity: 50, address: 'Jl. Urip Sumoharjo, Makassar' });
    BABEL.facilitators.forEach(([name, kind, expertise]) => tem.create(Facilitator, { academy: babel.academy, name, kind: kind as FacilitatorKind, expertise }));
    const programs = new Map<string, Program>();
    for (const academy of [babel.academy, sulsel.academy]) {
      for (const p of PROGRAMS) {
        if (academy === sulsel.academy && p.code !== 'DLA') continue;
        const program = tem.create(Program, { academy, code: p.code, name: p.name, description: p.description, targetEselonGroups: p.targets, trainingKind: p.kind, kind: p.programKind });
        p.modules.forEach((m, i) => tem.create(TrainingModule, {
          program, code: m.code, title: m.title, competencyArea: m.area, format: m.format, jp: m.jp,
          targetGenerations: m.generations ?? [], crossGeneration: m.cross ?? false, position: i + 1,
        }));
        if (academy === babel.academy) programs.set(p.code, program);
      }
    }
    await tem.flush();

    const babelPeople = generateRoster({ count: BABEL.roster, agencyCount: babel.agencies.length, generations: BABEL.generations, seed: 6319 });
    const sulselPeople = generateRoster({ count: SULSEL.roster, agencyCount: sulsel.agencies.length, generations: BABEL.generations, seed: 420 });
    await insertPeople(tem, babelPeople, babel.agencies);
    await insertPeople(tem, sulselPeople, sulsel.agencies);

    // Enrolments: eligible people drawn deterministically (literacy classes: by sign-up), nobody
    // in the same program twice, the talent pool after them; past capacity they wait in order.
    const faker = new Faker({ locale: base, seed: 2026 });
    // A second stream for the talent pool and the literacy classes, so the draws above keep their order.
    const more = new Faker({ locale: base, seed: 2027 });
    const ids = new Map((await tem.find(Person, { nip: { $in: babelPeople.map((p) => p.nip) } }, { fields: ['id', 'nip'] })).map((p) => [p.nip, p.id]));
    const generationOf = new Map(babelPeople.map((p) => [ids.get(p.nip)!, p.generation]));
    // The JF and pelaksana staff who sign up for a literacy class, in sign-up order, by generation (LITERACY_UPTAKE).
    const signUps = more.helpers.shuffle(babelPeople.filter((p) => (p.eselonGroup === 'JF' || p.eselonGroup === 'PELAKSANA') && more.number.float() < (p.generation ? LITERACY_UPTAKE[p.generation] ?? 0 : 0)));
    const talentPool = more.helpers.shuffle(babelPeople.filter((p) => p.eselonGroup === 'III'));
    const inProgram = new Map<string, Set<string>>();
    const leaders = new Map<string, CohortSeed[]>();
    let enrollments = 0;
    const firstEnrolled = new Map<string, number>();
    const cohorts: Cohort[] = [];
    for (const c of placed) {
      const program = programs.get(c.program)!;
      const cohort = tem.create(Cohort, {
        program, academy: babel.academy, code: c.code, name: c.name, startDate: c.start, endDate: c.end,
        timeZone: 'WIB', capacity: c.capacity, venue: c.venue === null ? null : venues[c.venue], online: c.venue === null, status: c.status,
      });
      await tem.flush();
      cohorts.push(cohort);
      const taken = inProgram.get(c.program) ?? new Set<string>();
      inProgram.set(c.program, taken);
      const fresh = (p: GeneratedPerson) => !taken.has(p.nip);
      let chosen: GeneratedPerson[];
      if (c.program === LITERACY_PROGRAM) {
        chosen = signUps.filter(fresh).slice(0, c.fill);
      } else {
        const eligible = babelPeople.filter((p) => isEligible(program.targetEselonGroups, p.eselonGroup));
        const draw = faker.helpers.shuffle(eligible);
        // Returning leaders: already in another cohort, none of them running.
        const back = (p: GeneratedPerson) => leaders.has(p.nip) && leaders.get(p.nip)!.every((o) => o.status !== 'RUNNING');
        chosen = draw.filter((p) => fresh(p) && (!c.returning || back(p))).slice(0, c.fill);
      }
      const talent = talentPool.filter(fresh).slice(0, c.talent ?? 0);
      const seated = [...chosen, ...talent];
      await tem.insertMany(Enrollment, seated.map((p, i) => ({
        cohort: cohort.id, person: ids.get(p.nip)!,
        status: i < c.capacity ? 'ENROLLED' : 'WAITLISTED',
        waitlistPosition: i < c.capacity ? null : i - c.capacity + 1,
        overrideReason: isEligible(program.targetEselonGroups, p.eselonGroup) ? null : TALENT_POOL_REASON,
        createdAt: new Date(), updatedAt: new Date(),
      })));
      for (const p of seated) {
        taken.add(p.nip);
        if (LEADER_GROUPS.includes(p.eselonGroup)) leaders.set(p.nip, [...(leaders.get(p.nip) ?? []), c]);
      }
      enrollments += seated.length;
      if (seated[0]) firstEnrolled.set(c.seedCode, ids.get(seated[0].nip)!);
    }

    // Sign-in accounts of the demo only (README lists them): an admin, an organizer per academy, three participants.
    const sulselLeader = await tem.findOneOrFail(Person, { nip: sulselPeople.find((p) => p.eselonGroup === 'II')!.nip });
    const participants = [firstEnrolled.get('DLA-2026-02')!, firstEnrolled.get('PKP-2026-02')!, sulselLeader.id];
    const a = DEMO_ACCOUNTS;
    tem.create(Account, { role: 'ADMIN', email: a.admin.email, name: a.admin.name, passwordHash: await hashPassword(a.admin.password) });
    const organizerBabel = tem.create(Account, { role: 'ORGANIZER', email: a.organizerBabel.email, name: a.organizerBabel.name, academy: babel.academy, passwordHash: await hashPassword(a.organizerBabel.password) });
    tem.create(Account, { role: 'ORGANIZER', email: a.organizerSulsel.email, name: a.organizerSulsel.name, academy: sulsel.academy, passwordHash: await hashPassword(a.organizerSulsel.password) });
    const participantHash = await hashPassword(a.participantPassword);
    for (const personId of participants) {
      const person = await tem.findOneOrFail(Person, personId);
      tem.create(Account, { role: 'PARTICIPANT', name: person.name, person, passwordHash: participantHash });
    }
    await tem.flush();
    const nominations = await seedNominations(tem, babel.agencies, organizerBabel, (code) => cohorts[placed.findIndex((c) => c.seedCode === code)]!);

    // A conflict-free schedule for every cohort that has run or is running, placed by the same solver organizers use.
    let sessions = 0;
    for (const cohort of cohorts.filter((c) => c.status === 'RUNNING' || c.status === 'CLOSED')) {
      const { result } = await proposeSchedule(tem, cohort);
      for (const p of result.placements) {
        tem.create(Session, {
          cohort, module: p.moduleId, startsAt: new Date(p.start), endsAt: new Date(p.end),
          venue: p.venueId, facilitator: p.facilitatorId,
        });
      }
      sessions += result.placements.length;
      await tem.flush();
    }

    // Groups (kelompok) in the running DLA cohort, as proposeGroups makes them, and its next
    // cross-generation session given to the first group (a session still to come, so no attendance is due).
    const dlaRunning = cohorts[placed.findIndex((c) => c.seedCode === 'DLA-2026-02')]!;
    const proposal = await proposeGroupsOf(tem, dlaRunning, 4);
    const demoGroups = proposal.ok ? proposal.value.map((members, i) => {
      const group = tem.create(CohortGroup, { cohort: dlaRunning, number: i + 1, name: groupName(i + 1) });
      for (const person of members) tem.create(CohortGroupMember, { group, cohort: dlaRunning, person });
      return group;
    }) : [];
    await tem.flush();
    const crossModules = (await tem.find(TrainingModule, { program: dlaRunning.program.id, crossGeneration: true })).map((m) => m.id);
    const perGroup = demoGroups.length
      ? await tem.findOne(Session, { cohort: dlaRunning, module: { $in: crossModules }, startsAt: { $gte: new Date(`${today}T00:00:00+07:00`) } }, { orderBy: { startsAt: 'asc' } })
      : null;
    if (perGroup) perGroup.group = demoGroups[0] as never;
    await tem.flush();

    // What happened so far: attendance of every session that ended before today began (in WIB).
    const startOfToday = new Date(`${today}T00:00:00+07:00`);
    const moods: AttendanceStatus[] = ['PRESENT', 'LATE', 'EXCUSED', 'SICK', 'OFFICIAL_DUTY', 'ABSENT'];
    let attendance = 0;
    for (const cohort of cohorts.filter((c) => c.status === 'RUNNING' || c.status === 'CLOSED')) {
      const past = await tem.find(Session, { cohort, endsAt: { $lte: startOfToday } }, { orderBy: { startsAt: 'asc' } });
      const seated = await tem.find(Enrollment, { cohort, status: 'ENROLLED' }, { orderBy: { id: 'asc' } });
      const rows = seated.flatMap((e, i) => {
        // Most attend; every seventh person drifts away, every eleventh has three absences in a row at the end.
        const drifting = i % 7 === 3;
        const fading = i % 11 === 5;
        return past.map((s, k) => {
          const roll = faker.number.float();
          const status: AttendanceStatus = fading && k >= past.length - 3 ? 'ABSENT'
            : drifting && roll < 0.45 ? faker.helpers.arrayElement(['ABSENT', 'SICK', 'ABSENT'] as const)
            : roll < 0.86 ? 'PRESENT' : roll < 0.91 ? 'LATE' : faker.helpers.arrayElement(moods.slice(2));
          return {
            session: s.id, person: e.person.id, status, recordedAt: s.endsAt, recordedBy: 'Rahmawati (BKPSDMD Babel)',
            checkInAt: earnsJp(status) ? new Date(s.startsAt.getTime() + (status === 'LATE' ? 20 : -5) * 60_000) : null,
            createdAt: s.endsAt, updatedAt: s.endsAt,
          };
        });
      });
      for (let i = 0; i < rows.length; i += CHUNK) await tem.insertMany(Attendance, rows.slice(i, i + CHUNK));
      attendance += rows.length;
      if (cohort.status === 'CLOSED') await completeEnrollments(tem, cohort);
    }

    // One certificate of the demo revoked (issued in error), so verification shows both answers.
    const firstCertificate = (await tem.find(Certificate, { id: { $gt: 0 } }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
    if (firstCertificate) {
      Object.assign(firstCertificate, { revokedAt: firstCertificate.issuedAt, revokeReason: 'Diterbitkan keliru: kehadiran dikoreksi setelah penutupan.', revokedBy: 'system' });
      await tem.flush();
    }

    // Reverse mentoring in the running DLA cohort, with a few meetings logged.
    const dla = dlaRunning;
    const pairs = (await suggestPairs(tem, dla)).slice(0, 5).map(({ mentor, mentee }) => tem.create(MentoringPair, { cohort: dla, mentor, mentee }));
    await tem.flush();
    pairs.forEach((pair, i) => {
      for (let m = 0; m <= i % 3; m++) {
        // Every three days from a week ago, not before the cohort began; only what already happened.
        const date = [addDays(today, m * 3 - 7), addDays(dla.startDate, m)].sort().at(-1)!;
        if (date >= today) continue;
        tem.create(MentoringMeeting, { pair, date, minutes: 45 + 15 * m, topic: ['Dasbor data dengan spreadsheet', 'Keamanan akun dan kata sandi', 'Memakai AI generatif untuk surat dinas'][m]! });
      }
    });

    // Change projects in the running DLA cohort, in every state, and a coach who can sign in.
    const actionPlans = await seedActionPlans(tem, dlaRunning, today, participantHash);
    // What the pairs documented of the seniors' knowledge.
    await tem.flush();
    const knowledgeItems = await seedKnowledge(tem, pairs, instantOfDate(addDays(today, -2)));

    // Digital-mindset scores: before and after the closed cohorts, before the running ones; the young start higher and gain more.
    let assessments = 0;
    for (const cohort of cohorts.filter((c) => c.status === 'RUNNING' || c.status === 'CLOSED')) {
      const enrolled = await tem.find(Enrollment, { cohort, ...seatedWhere() }, { orderBy: { id: 'asc' } });
      const rows = enrolled.flatMap((e) => {
        const generation = generationOf.get(e.person.id) ?? 'GEN_X';
        const [min, max] = PRE_SCORE[generation] ?? PRE_SCORE.GEN_X!;
        const [gainMin, gainMax] = GAIN[generation] ?? GAIN.GEN_X!;
        const pre = faker.number.int({ min, max });
        const person = e.person.id;
        const made = (kind: 'PRE' | 'POST', score: number, date: string) => ({ cohort: cohort.id, person, kind, score, assessedAt: instantOfDate(date), createdAt: new Date(), updatedAt: new Date() });
        return cohort.status === 'CLOSED'
          ? [made('PRE', pre, cohort.startDate), made('POST', Math.min(100, pre + faker.number.int({ min: gainMin, max: gainMax })), cohort.endDate)]
          : [made('PRE', pre, cohort.startDate)];
      });
      for (let i = 0; i < rows.length; i += CHUNK) await tem.insertMany(Assessment, rows.slice(i, i + CHUNK));
      assessments += rows.length;
    }
    await tem.flush();
    const evaluations = await seedEvaluations(tem, babel.academy, cohorts, new Faker({ locale: base, seed: 2028 }));
    const communities = await seedCommunities(tem, babel.academy, today, participants[0]!);
    return {
      ...communities,
      academies: 2, agencies: babel.agencies.length + sulsel.agencies.length, persons: babelPeople.length + sulselPeople.length,
      programs: PROGRAMS.length + 1, cohorts: COHORTS.length, enrollments, accounts: 4 + participants.length + (actionPlans.coachNip ? 1 : 0), nominations, actionPlans: actionPlans.plans, sessions, attendance, mentoringPairs: pairs.length, assessments, evaluations, knowledgeItems,
    };
  });
}

/** `pnpm start` on an empty database loads the demo (unless LINTAS_SEED=none). */
export async function seedIfEmpty(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  if ((await em.count(Academy)) > 0) return;
  const counts = await seedDemo(orm);
  console.log(`demo data loaded: ${JSON.stringify(counts)}`);
}
