/**
 * UI strings of the digital-mindset assessments page, Indonesian first. Spread into
 * `i18n/messages.ts` as the top-level section `assessments`.
 */
const id = {
  assessments: {
    title: 'Asesmen pola pikir digital',
    link: 'Asesmen',
    lead: 'Skor 0–100 sebelum (pra) dan sesudah (pasca) angkatan. Skor terbaru tiap orang dipakai di laporan literasi digital (literat bila 70 atau lebih).',
    person: 'Peserta',
    pre: 'Pra',
    post: 'Pasca',
    scoreFor: 'Skor {kind} {name}',
    save: 'Simpan skor',
    saved: '{n} skor tersimpan.',
    nothingToSave: 'Belum ada skor yang diubah.',
    invalid: 'Skor harus bilangan bulat 0–100.',
    importTitle: 'Impor dari CSV',
    importLead: 'Kolom: nip,kind,score (kind PRE atau POST). Semua baris masuk, atau tidak sama sekali.',
    chooseFile: 'Pilih berkas CSV',
    imported: '{n} skor diimpor.',
    empty: 'Belum ada peserta di angkatan ini. Daftarkan peserta dulu di halaman angkatan.',
  },
};

const en: typeof id = {
  assessments: {
    title: 'Digital-mindset assessments',
    link: 'Assessments',
    lead: 'Scores 0–100 before (pre) and after (post) the cohort. Each person’s latest score feeds the digital-literacy report (literate at 70 or more).',
    person: 'Participant',
    pre: 'Pre',
    post: 'Post',
    scoreFor: '{kind} score of {name}',
    save: 'Save scores',
    saved: '{n} scores saved.',
    nothingToSave: 'No score has changed yet.',
    invalid: 'A score is a whole number from 0 to 100.',
    importTitle: 'Import from CSV',
    importLead: 'Columns: nip,kind,score (kind PRE or POST). All rows go in, or none.',
    chooseFile: 'Choose a CSV file',
    imported: '{n} scores imported.',
    empty: 'This cohort has no participants yet. Enrol participants first on the cohort page.',
  },
};

export const assessmentMessages = { id, en };
