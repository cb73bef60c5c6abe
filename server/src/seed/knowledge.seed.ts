import type { EntityManager } from '@mikro-orm/core';
import type { CompetencyArea, KnowledgeKind } from '@lintas/shared';
import { KnowledgeItem, KnowledgeItemPerson } from '../features/knowledge/knowledge-item.entity.js';
import { writeSearchIndex } from '../features/knowledge/knowledge.search.js';
import { MentoringMeeting, type MentoringPair } from '../features/mentoring/mentoring-pair.entity.js';

/**
 * What the demo's reverse-mentoring pairs wrote down: the senior official's knowledge, in an
 * interview the young mentor recorded or a report they wrote together. The last pair's is
 * still a draft; a pair's first meeting is the item's source.
 */
const ITEMS: { kind: KnowledgeKind; title: string; areas: CompetencyArea[]; body: (mentee: string, mentor: string) => string; draft?: boolean }[] = [
  {
    kind: 'INTERVIEW', title: 'Wawancara: menyusun anggaran pelatihan yang berpihak pada pimpinan', areas: ['LEADERSHIP', 'LEARNING_ORGANIZATION'],
    body: (mentee, mentor) => `Wawancara ${mentor} dengan **${mentee}** menjelang purnabakti.

## Pokok-pokok
1. Anggaran pelatihan disusun bersama bidang perencanaan sejak Januari, bukan setelah DIPA turun.
2. Pejabat eselon II diundang lebih dulu: bila pimpinan ikut, staf mengikuti.
3. Setiap kegiatan dicatat JP-nya agar hak 20 JP setahun terpantau.

> "Kebijakan yang baik lahir dari data yang rapi, bukan dari rapat yang panjang."

Catatan rekaman: https://lintas.example/rekaman/anggaran-pelatihan`,
  },
  {
    kind: 'BEST_PRACTICE', title: 'Praktik baik: dasbor data kepegawaian dengan spreadsheet', areas: ['DATA_DRIVEN_DECISIONS', 'DIGITAL_LITERACY'],
    body: (mentee, mentor) => `Ditulis oleh ${mentee} bersama mentor muda ${mentor}.

Kami membuat *dashboard* sederhana dari data SIASN: jumlah ASN per eselon, generasi, dan sisa JP tahun ini.
Langkahnya:
- ekspor data dari aplikasi kepegawaian;
- bersihkan kolom NIP dan unit kerja;
- buat tabel pivot per bidang, lalu grafik batang.

Senior leaders learned to read the dashboard every Monday; keputusan mutasi kini berbasis data.`,
  },
  {
    kind: 'PROCEDURE', title: 'Prosedur pengamanan akun dinas dan kata sandi', areas: ['CYBERSECURITY'],
    body: (mentee, mentor) => `Prosedur yang disepakati ${mentee} dan ${mentor}.

1. Gunakan kata sandi panjang (frasa), berbeda untuk setiap layanan.
2. Aktifkan verifikasi dua langkah pada surel dinas.
3. Jangan membagikan kode OTP melalui WhatsApp, termasuk kepada atasan.
4. Laporkan pesan mencurigakan ke tim CSIRT daerah.`,
  },
  {
    kind: 'FAQ', title: 'Tanya jawab: memakai AI generatif untuk surat dinas', areas: ['ARTIFICIAL_INTELLIGENCE', 'DIGITAL_LITERACY'],
    body: (mentee, mentor) => `**Bolehkah konsep surat dinas dibuat dengan AI generatif?**

Boleh sebagai konsep awal; isi, data pribadi, dan keputusan tetap diperiksa pejabat yang menandatangani.
Pertanyaan ini diajukan ${mentee}; jawabannya disusun bersama ${mentor}.`,
  },
  {
    kind: 'INTERVIEW', title: 'Wawancara: pengarsipan dokumen kepegawaian sebelum pensiun', areas: ['LEARNING_ORGANIZATION', 'SPBE'], draft: true,
    body: (mentee, mentor) => `Draf wawancara ${mentor} dengan ${mentee} tentang arsip kepegawaian yang hanya dipahami beliau.`,
  },
];

export async function seedKnowledge(em: EntityManager, pairs: MentoringPair[], publishedAt: Date): Promise<number> {
  const meetings = await em.find(MentoringMeeting, { pair: { $in: pairs.map((p) => p.id) } }, { orderBy: { date: 'asc', id: 'asc' } });
  const made: KnowledgeItem[] = [];
  pairs.slice(0, ITEMS.length).forEach((pair, i) => {
    const spec = ITEMS[i]!;
    const mentee = pair.mentee.getEntity();
    const mentor = pair.mentor.getEntity();
    const item = em.create(KnowledgeItem, {
      academy: pair.cohort.getEntity().academy.id, agency: mentee.agency.id, kind: spec.kind, title: spec.title, body: spec.body(mentee.name, mentor.name),
      competencyAreas: spec.areas, status: spec.draft ? 'DRAFT' : 'PUBLISHED', publishedAt: spec.draft ? null : publishedAt,
      sourceMentoringPair: pair.id, sourceMentoringMeeting: meetings.find((m) => m.pair.id === pair.id)?.id ?? null,
    });
    const interview = spec.kind === 'INTERVIEW';
    em.create(KnowledgeItemPerson, { item, person: interview ? mentor : mentee, role: 'AUTHOR', position: 1 });
    em.create(KnowledgeItemPerson, { item, person: interview ? mentee : mentor, role: interview ? 'INTERVIEWEE' : 'CONTRIBUTOR', position: 1 });
    made.push(item);
  });
  await em.flush();
  for (const item of made) await writeSearchIndex(em, item);
  return made.length;
}
