import { ref, type EntityManager } from '@mikro-orm/core';
import { SEMINAR_RUBRIC_CRITERIA, type ActionPlanStatus } from '@lintas/shared';
import { Account } from '../features/accounts/account.entity.js';
import { ActionPlan, ActionPlanMilestone, ActionPlanScore } from '../features/action-plans/action-plan.entity.js';
import { seminarScoreOf } from '../features/action-plans/action-plan.rules.js';
import { Cohort } from '../features/cohorts/cohort.entity.js';
import { Facilitator } from '../features/cohorts/facilitator.entity.js';
import { Enrollment } from '../features/enrollments/enrollment.entity.js';
import { Person } from '../features/persons/person.entity.js';
import { Session } from '../features/sessions/session.entity.js';
import { addDays } from './demo-calendar.js';

const TOPICS: [string, string, string][] = [
  ['Dasbor kinerja layanan publik terpadu', 'Data layanan tersebar di beberapa aplikasi sehingga pimpinan menunggu laporan berhari-hari.', 'Satu dasbor harian untuk pimpinan; laporan turun dari lima hari menjadi satu hari.'],
  ['Tanda tangan elektronik untuk surat dinas', 'Surat dinas masih ditandatangani basah dan menunggu pejabat di kantor.', 'Seluruh surat keluar memakai tanda tangan elektronik tersertifikasi.'],
  ['Kanal aduan warga satu pintu', 'Aduan warga masuk lewat banyak kanal dan sering tidak terjawab.', 'Semua aduan tercatat di satu kanal dengan waktu tanggap di bawah tiga hari.'],
  ['Mentoring terbalik literasi data', 'Pejabat senior jarang membaca data sendiri.', 'Setiap kepala bidang dibimbing staf muda memakai lembar kerja dan dasbor.'],
  ['Arsip digital kepegawaian', 'Berkas kepegawaian kertas sulit dicari dan rawan hilang.', 'Seluruh berkas aktif dipindai dan dapat dicari dalam satu menit.'],
  ['Rapat tanpa kertas', 'Bahan rapat dicetak berulang dan terlambat dibagikan.', 'Bahan rapat dibagikan daring sehari sebelumnya; cetak turun 80 %.'],
  ['Keamanan akun pegawai', 'Banyak akun dinas tanpa autentikasi dua langkah.', 'Semua akun pejabat memakai autentikasi dua langkah.'],
];

/**
 * Change projects in the running DLA cohort, one or more in every state: drafts, submitted
 * ones waiting for the coach, one sent back for revision, approved ones under way and one
 * implemented and scored at its seminar. The coach is Babel's first COACH facilitator, linked
 * to a person with a demo participant account so a coach can sign in; mentors are the
 * participants' supervisors, or the cohort's most senior participant.
 */
export async function seedActionPlans(tem: EntityManager, cohort: Cohort, today: string, participantHash: string): Promise<{ plans: number; coachNip: string | null }> {
  const enrolled = await tem.find(Enrollment, { cohort, status: 'ENROLLED' }, { orderBy: { id: 'asc' }, limit: 12, populate: ['person'] });
  if (enrolled.length < 2) return { plans: 0, coachNip: null };
  const coach = await tem.findOne(Facilitator, { academy: cohort.academy.id, kind: 'COACH' }, { orderBy: { id: 'asc' } });
  // The coach's own roster record: a functional official of the academy not in the cohort, given a demo account.
  const inCohort = enrolled.map((e) => e.person.id);
  const coachPerson = await tem.findOne(Person, { agency: { academy: cohort.academy.id }, eselonGroup: 'JF', id: { $nin: inCohort } }, { orderBy: { id: 'asc' } });
  if (coach && coachPerson) {
    coach.person = ref(coachPerson);
    // The roster record is the facilitator's own: the same person under the same name.
    coachPerson.name = coach.name.split(',')[0]!;
    if (!(await tem.findOne(Account, { person: coachPerson }))) tem.create(Account, { role: 'PARTICIPANT', name: coachPerson.name, person: coachPerson, passwordHash: participantHash });
  }
  const senior = enrolled[0]!.person.getEntity();
  const seminar = await tem.findOne(Session, { cohort }, { orderBy: { startsAt: 'desc' } });
  // The demo participant (the cohort's first) has a plan sent back to revise; the rest cycle through the states.
  const states: ActionPlanStatus[] = ['REVISION_REQUESTED', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'DRAFT'];
  let made = 0;
  for (const [i, e] of enrolled.slice(0, states.length).entries()) {
    const status = states[i]!;
    const person = e.person.getEntity();
    const [title, problem, goal] = TOPICS[i % TOPICS.length]!;
    const mentor = person.supervisor ? person.supervisor : person.id === senior.id ? enrolled[1]!.person : senior;
    const reviewed = status === 'APPROVED' || status === 'IMPLEMENTED' || status === 'REVISION_REQUESTED';
    const plan = tem.create(ActionPlan, {
      enrollment: e, cohort, person, title, problem, goal, status, coach: coach ?? null, mentor: mentor as never,
      attachments: [{ title: 'Rancangan proyek perubahan', url: `https://drive.babel.lintas.test/aksi/${i + 1}` }],
      submittedAt: status === 'DRAFT' ? null : new Date(`${addDays(today, -10)}T09:00:00+07:00`),
      reviewedBy: reviewed ? 'system' : null, reviewedAt: reviewed ? new Date(`${addDays(today, -7)}T10:00:00+07:00`) : null,
      reviewNote: status === 'REVISION_REQUESTED' ? 'Tambahkan indikator keberhasilan yang terukur dan jadwal uji coba.' : reviewed ? 'Layak dilaksanakan.' : null,
      implementedAt: status === 'IMPLEMENTED' ? new Date(`${addDays(today, -1)}T15:00:00+07:00`) : null,
      seminarSession: status === 'IMPLEMENTED' && seminar ? seminar : null,
    });
    const underWay = status === 'APPROVED' || status === 'IMPLEMENTED';
    const steps: [string, number][] = [['Identifikasi masalah dan pemangku kepentingan', -21], ['Rancangan solusi disepakati atasan', -7], ['Uji coba di satu unit kerja', 14], ['Evaluasi dan perluasan', 35]];
    steps.forEach(([t, offset], k) => {
      const due = addDays(today, offset);
      // Under way: past steps done (the second one three days late in every other plan); implemented: all done.
      const done = status === 'IMPLEMENTED' || (underWay && offset < 0);
      tem.create(ActionPlanMilestone, {
        plan, position: k, title: t, dueDate: due,
        status: done ? 'DONE' : underWay && k === 2 ? 'IN_PROGRESS' : 'PLANNED',
        doneDate: done ? (k === 1 && i % 2 === 0 ? addDays(due, 3) : addDays(due, -1)) : null,
      });
    });
    if (status === 'IMPLEMENTED') {
      const rubric = (scores: number[]) => SEMINAR_RUBRIC_CRITERIA.map((criterion, k) => ({ criterion, score: scores[k]! }));
      const rows = [['COACH', [85, 80, 90]], ['MENTOR', [88, 84, 86]], ['EXAMINER', [80, 78, 82]]] as const;
      const means = rows.map(([role, s]) => {
        const score = seminarScoreOf(s)!;
        tem.create(ActionPlanScore, { plan, role, criteria: rubric([...s]), score, scoredBy: 'system', scoredAt: new Date(`${addDays(today, -1)}T15:00:00+07:00`) });
        return score;
      });
      plan.seminarScore = seminarScoreOf(means);
    }
    made++;
  }
  await tem.flush();
  return { plans: made, coachNip: coachPerson?.nip ?? null };
}
