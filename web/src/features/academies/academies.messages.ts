/** UI strings of the academy pages (admins). Section `academies`. */
const id = {
  academies: {
    title: 'Akademi',
    lead: 'Penyelenggara pelatihan, mis. BPSDM kementerian atau BKPSDMD provinsi. Setiap penyelenggara bekerja di satu akademi dan hanya melihat datanya.',
    new: 'Tambah akademi',
    code: 'Kode',
    codeHint: 'Singkat dan unik, mis. BPSDMD-BABEL.',
    name: 'Nama akademi',
    nameHint: 'Nama resmi lembaga penyelenggara.',
    province: 'Provinsi',
    timeZone: 'Zona waktu',
    certificatePrefix: 'Awalan nomor sertifikat',
    certificatePrefixHint: 'Dipakai di depan nomor STTP, mis. BPSDMD-BABEL. Kosongkan untuk memakai kode akademi.',
    emptyTitle: 'Belum ada akademi',
    emptyBody: 'Buat akademi pertama; setelah itu buat akun penyelenggaranya.',
    noneYet: 'Belum ada akademi. Token, webhook dan akun penyelenggara selalu milik satu akademi: buat akademinya dulu.',
    toSetup: 'Buat akademi',
  },
};

const en: typeof id = {
  academies: {
    title: 'Academies',
    lead: 'The bodies that run training, e.g. a ministry’s HR agency or a province’s BKPSDMD. Each organizer works in one academy and sees only its data.',
    new: 'Add academy',
    code: 'Code',
    codeHint: 'Short and unique, e.g. BPSDMD-BABEL.',
    name: 'Academy name',
    nameHint: 'The official name of the organizing body.',
    province: 'Province',
    timeZone: 'Time zone',
    certificatePrefix: 'Certificate number prefix',
    certificatePrefixHint: 'Put before STTP numbers, e.g. BPSDMD-BABEL. Leave empty to use the academy code.',
    emptyTitle: 'No academies yet',
    emptyBody: 'Create the first academy; then create its organizer’s account.',
    noneYet: 'No academy yet. Tokens, webhooks and organizer accounts always belong to one academy: create the academy first.',
    toSetup: 'Create the academy',
  },
};

export const academyMessages = { id, en };
