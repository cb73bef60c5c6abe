import type { EvaluationKind, EvaluationTarget, EvaluationTemplate, QuestionKind } from '@lintas/shared';
import { envInt } from '../../config.js';

export interface TemplateQuestion { kind: QuestionKind; text: string; options: string[]; required: boolean }
export interface FormTemplate { title: string; kind: EvaluationKind; target: EvaluationTarget; questions: TemplateQuestion[] }

const rating = (text: string): TemplateQuestion => ({ kind: 'RATING', text, options: [], required: true });
const open = (text: string): TemplateQuestion => ({ kind: 'TEXT', text, options: [], required: false });

/**
 * The maintained templates, in Indonesian as respondents read them. An academy copies them
 * (useEvaluationTemplate) and may then change its copy; the demo academy has them already.
 */
export const FORM_TEMPLATES: Record<EvaluationTemplate, FormTemplate> = {
  PENYELENGGARAAN: {
    title: 'Evaluasi penyelenggaraan', kind: 'REACTION', target: 'COHORT',
    questions: [
      rating('Kesesuaian materi pelatihan dengan kebutuhan tugas Anda'),
      rating('Ketepatan jadwal dan pengaturan waktu'),
      rating('Pelayanan panitia penyelenggara'),
      rating('Sarana, prasarana dan tempat pelatihan'),
      { kind: 'CHOICE', text: 'Apakah Anda akan merekomendasikan pelatihan ini kepada rekan kerja?', options: ['Ya', 'Mungkin', 'Tidak'], required: true },
      open('Saran untuk penyelenggaraan berikutnya'),
    ],
  },
  PENGAJAR: {
    title: 'Evaluasi pengajar/widyaiswara', kind: 'REACTION', target: 'FACILITATOR',
    questions: [
      rating('Penguasaan materi'),
      rating('Cara menyampaikan materi dengan jelas dan runtut'),
      rating('Pemberian kesempatan bertanya dan berdiskusi'),
      rating('Ketepatan waktu'),
      open('Catatan untuk pengajar'),
    ],
  },
  TINDAK_LANJUT: {
    title: 'Evaluasi pasca-pelatihan', kind: 'FOLLOW_UP', target: 'COHORT',
    questions: [
      rating('Hasil pelatihan diterapkan dalam pekerjaan sehari-hari'),
      rating('Perubahan cara kerja dan pengambilan keputusan berbasis data'),
      { kind: 'CHOICE', text: 'Seberapa sering keterampilan dari pelatihan digunakan?', options: ['Setiap hari', 'Setiap minggu', 'Sesekali', 'Belum pernah'], required: true },
      open('Contoh perubahan yang terjadi'),
    ],
  },
};

/** Months after the close a follow-up form is due: LINTAS_EVALUATION_FOLLOW_UP_MONTHS (comma-separated), default 3 and 12. */
export function followUpMonths(env: NodeJS.ProcessEnv = process.env): number[] {
  const raw = (env.LINTAS_EVALUATION_FOLLOW_UP_MONTHS ?? '').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n >= 1 && n <= 60);
  return raw.length ? [...new Set(raw)].sort((a, b) => a - b) : [3, 12];
}

/** How often each process looks for follow-ups that came due: LINTAS_EVALUATION_SWEEP_MS, default one hour. */
export function evaluationSweepMs(env: NodeJS.ProcessEnv = process.env): number {
  return envInt(env.LINTAS_EVALUATION_SWEEP_MS, 3_600_000, 1000);
}
