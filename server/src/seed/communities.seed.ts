import type { EntityManager } from '@mikro-orm/core';
import type { Academy } from '../features/academies/academy.entity.js';
import { Community, CommunityMeeting, CommunityMember, CommunityPost, CommunityThread, MicroLearningCompletion, MicroLearningUnit } from '../features/communities/community.entity.js';
import { ExternalLearningRecord } from '../features/communities/learning-record.entity.js';
import { KnowledgeItem, KnowledgeItemPerson, KnowledgeItemRead } from '../features/knowledge/knowledge-item.entity.js';
import { Person } from '../features/persons/person.entity.js';
import { addDays } from './demo-calendar.js';

const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const check = (prompt: string, right: string, ...wrong: string[]) => ({ prompt, choices: [right, ...wrong], answer: 0 });

/**
 * Two communities of practice of the Babel academy that mix generations: young officials
 * facilitate and make the units, seniors (the demo participant among them) complete them;
 * a discussion, a meeting ahead, and external learning records of a few seniors. Members
 * have read some of the academy's published knowledge items (written by the mentoring pairs),
 * mostly items of another generation, so that communityMix shows items consumed.
 */
export async function seedCommunities(tem: EntityManager, academy: Academy, today: string, demoParticipant: number): Promise<{ communities: number; completions: number; externalRecords: number; knowledgeReads: number }> {
  const people = await tem.find(Person, { agency: { academy } }, { orderBy: { id: 'asc' }, limit: 2000 });
  const young = [...people.filter((p) => p.generation === 'GEN_Z').slice(0, 3), ...people.filter((p) => p.generation === 'GEN_Y').slice(0, 3)];
  const senior = (g: string) => people.filter((p) => p.generation === g && ['I', 'II', 'III'].includes(p.eselonGroup) && p.id !== demoParticipant);
  const seniors = [...senior('BOOMER').slice(0, 3), ...senior('GEN_X').slice(0, 5)];
  const participant = await tem.findOneOrFail(Person, demoParticipant);
  const joined = new Date(`${addDays(today, -40)}T09:00:00+07:00`);
  const data = tem.create(Community, {
    academy, name: 'Komunitas Keputusan Berbasis Data', competencyArea: 'DATA_DRIVEN_DECISIONS', requiresApproval: true,
    description: 'Pejabat dan analis muda belajar bersama membaca data untuk keputusan: dasbor, statistik sederhana, data terbuka.',
  });
  const ai = tem.create(Community, {
    academy, name: 'Komunitas AI untuk Pelayanan Publik', competencyArea: 'ARTIFICIAL_INTELLIGENCE',
    description: 'Memakai AI generatif dengan aman untuk surat dinas, ringkasan rapat, dan layanan warga.',
  });
  const member = (community: Community, person: Person, role: 'MEMBER' | 'FACILITATOR' = 'MEMBER') => tem.create(CommunityMember, { community, person, role, status: 'ACTIVE', joinedAt: joined });
  young.slice(0, 2).forEach((p) => member(data, p, 'FACILITATOR'));
  young.slice(2, 4).forEach((p) => member(data, p));
  young.slice(4, 6).forEach((p) => member(ai, p, 'FACILITATOR'));
  seniors.slice(0, 5).forEach((p) => member(data, p));
  seniors.slice(3, 8).forEach((p) => member(ai, p));
  member(data, participant);
  member(ai, participant);
  // One senior waits for the facilitators' approval.
  if (seniors[7]) tem.create(CommunityMember, { community: data, person: seniors[7], role: 'MEMBER', status: 'PENDING' });

  const units = [
    tem.create(MicroLearningUnit, { community: data, author: young[0], title: 'Mulai dari pertanyaan, bukan grafik', minutes: 10, body: 'Sebelum membuka dasbor, tuliskan satu pertanyaan keputusan: apa yang ingin Anda putuskan minggu ini? Data yang dilihat mengikuti pertanyaan itu.', questions: [check('Apa langkah pertama membaca data untuk keputusan?', 'Menetapkan pertanyaan keputusan', 'Memilih jenis grafik', 'Mengunduh semua data')] }),
    tem.create(MicroLearningUnit, { community: data, author: young[1], title: 'Rata-rata atau median?', minutes: 15, url: 'https://belajar.lintas.test/median', body: 'Bila ada nilai yang sangat besar (misalnya satu desa dengan anggaran jauh di atas yang lain), median lebih jujur daripada rata-rata.', questions: [check('Anggaran satu desa jauh di atas yang lain. Ukuran mana yang lebih jujur?', 'Median', 'Rata-rata'), check('Median adalah…', 'Nilai tengah setelah diurutkan', 'Jumlah dibagi banyaknya data')] }),
    tem.create(MicroLearningUnit, { community: data, author: young[0], title: 'Membaca Satu Data Indonesia', minutes: 12, url: 'https://belajar.lintas.test/satu-data', body: 'Portal Satu Data memuat data resmi antarinstansi. Periksa selalu sumber, tahun, dan definisi sebelum memakai angka.', questions: [check('Apa yang diperiksa sebelum memakai angka dari portal data?', 'Sumber, tahun, dan definisi', 'Warna grafiknya')] }),
    tem.create(MicroLearningUnit, { community: ai, author: young[4], title: 'Menyusun surat dinas dengan AI, dengan aman', minutes: 10, body: 'AI generatif membantu draf surat, tetapi jangan memasukkan data pribadi atau rahasia negara. Periksa isi dan nada sebelum dikirim.', questions: [check('Data apa yang tidak boleh dimasukkan ke AI generatif umum?', 'Data pribadi dan rahasia', 'Nama kegiatan umum')] }),
    tem.create(MicroLearningUnit, { community: ai, author: young[5], title: 'Meringkas notula rapat', minutes: 8, body: 'Minta AI meringkas keputusan, penanggung jawab, dan tenggat. Bandingkan dengan catatan Anda sendiri.', questions: [check('Apa yang diminta dari ringkasan rapat?', 'Keputusan, penanggung jawab, tenggat', 'Semua percakapan kata demi kata')] }),
  ];
  // Seniors completed most units over the last weeks; the demo participant two of them (22 minutes: no JP yet).
  let completions = 0;
  const complete = (unit: MicroLearningUnit, person: Person, daysAgo: number) => {
    tem.create(MicroLearningCompletion, { unit, person, minutes: unit.minutes, completedAt: at(addDays(today, -daysAgo), '14:00') });
    completions += 1;
  };
  seniors.slice(0, 5).forEach((p, i) => units.slice(0, 3).forEach((u, k) => { if ((i + k) % 4 !== 3) complete(u, p, 3 + i + k * 2); }));
  seniors.slice(3, 8).forEach((p, i) => units.slice(3).forEach((u, k) => { if ((i + k) % 3 !== 2) complete(u, p, 2 + i + k); }));
  young.slice(2, 4).forEach((p, i) => complete(units[3]!, p, 4 + i));
  complete(units[0]!, participant, 6);
  complete(units[3]!, participant, 4);

  const thread = tem.create(CommunityThread, { community: data, author: seniors[0], authorName: seniors[0]!.name, title: 'Dasbor kunjungan puskesmas: angka mana yang dipakai?' });
  tem.create(CommunityPost, { thread, community: data, author: seniors[0], authorName: seniors[0]!.name, body: 'Dasbor kita menampilkan rata-rata kunjungan per puskesmas. Untuk usulan anggaran tahun depan, angka mana yang sebaiknya saya pakai?', createdAt: at(addDays(today, -5), '10:00') });
  tem.create(CommunityPost, { thread, community: data, author: young[1], authorName: young[1]!.name, body: 'Pak, sebaiknya median per puskesmas: dua puskesmas kota menarik rata-rata ke atas. Saya siapkan tabelnya sore ini.', createdAt: at(addDays(today, -5), '13:30') });
  tem.create(CommunityPost, { thread, community: data, author: participant, authorName: participant.name, body: 'Terima kasih. Mohon dibahas juga di pertemuan berikutnya.', createdAt: at(addDays(today, -4), '08:15') });

  tem.create(CommunityMeeting, { community: data, title: 'Membaca dasbor kesehatan bersama', startsAt: at(addDays(today, 3), '15:00'), endsAt: at(addDays(today, 3), '16:00'), onlineUrl: 'https://rapat.lintas.test/komunitas-data' });
  tem.create(CommunityMeeting, { community: ai, title: 'Praktik: surat dinas dengan AI', startsAt: at(addDays(today, 8), '15:00'), endsAt: at(addDays(today, 8), '16:00'), onlineUrl: 'https://rapat.lintas.test/komunitas-ai' });

  // Learning from elsewhere, entered by the academy.
  const records = [
    [seniors[0], 'ASN Unggul', 'Literasi Data untuk Pimpinan', -60, -58, 6],
    [seniors[1], 'LAN Corpu', 'Kepemimpinan Transformasional', -120, -117, 12],
    [seniors[2], 'Pusdiklat Kominfo', 'Keamanan Siber untuk Pejabat', -30, -30, 3],
    [participant, 'ASN Unggul', 'Transformasi Digital Pemerintahan', -90, -88, 8],
  ] as const;
  for (const [person, source, title, from, to, jp] of records) {
    if (!person) continue;
    tem.create(ExternalLearningRecord, { academy, person, source, title, startDate: addDays(today, from), endDate: addDays(today, to), jp, evidenceUrl: 'https://sertifikat.lintas.test/bukti', createdBy: 'seed' });
  }
  // Knowledge items read by members (not the demo participant, who reads them in the SPA): the day after they were published.
  const readers = [...young.slice(0, 4), ...seniors.slice(0, 6)];
  const published = await tem.find(KnowledgeItem, { academy, status: 'PUBLISHED' }, { orderBy: { id: 'asc' } });
  const writers = await tem.find(KnowledgeItemPerson, { item: { $in: published }, role: { $in: ['AUTHOR', 'CONTRIBUTOR'] } });
  let knowledgeReads = 0;
  readers.forEach((reader, r) => published.forEach((item, i) => {
    if ((r + i) % 3 === 2 || writers.some((w) => w.item.id === item.id && w.person.id === reader.id)) return;
    tem.create(KnowledgeItemRead, { person: reader, item, firstReadAt: at(addDays(today, -1), `${String(8 + ((r + i) % 8)).padStart(2, '0')}:30`) });
    knowledgeReads += 1;
  }));
  await tem.flush();
  return { communities: 2, completions, externalRecords: records.length, knowledgeReads };
}
