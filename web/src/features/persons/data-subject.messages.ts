/** UI strings of the personal-data (data subject) page. Spread into `i18n/messages.ts` as the section `dataSubject`. */
const id = {
  dataSubject: {
    title: 'Data pribadi',
    lead: 'Permintaan pemilik data (UU PDP): salinan data seseorang, atau penghapusannya. Setiap tindakan dicatat di log audit.',
    nip: 'NIP orang tersebut',
    nipHint: '18 angka.',
    find: 'Cari',
    notFound: 'Tidak ada ASN dengan NIP ini.',
    exportTitle: 'Salinan data',
    exportBody: 'Unduh semua data tentang orang ini, termasuk siapa yang pernah mengaksesnya, sebagai berkas JSON.',
    export: 'Unduh salinan data (JSON)',
    exported: 'Salinan data sudah diunduh. Serahkan hanya kepada pemilik data.',
    eraseTitle: 'Hapus data',
    eraseBody: 'Nama, NIP dan data pribadi lain dihapus; angka rekap tetap dihitung tanpa identitas.',
    erase: 'Hapus data orang ini…',
    confirmTitle: 'Hapus data {name}?',
    irreversible: 'Tindakan ini tidak dapat dibatalkan.',
    confirm1: 'Nama, NIP, tanggal lahir dan jabatan diganti dengan nilai anonim.',
    confirm2: 'Akun pesertanya (bila ada) tidak dapat dipakai lagi.',
    confirm3: 'Jumlah peserta dalam laporan tetap, tanpa identitas.',
    understood: 'Saya mengerti bahwa ini permanen',
    eraseNow: 'Hapus permanen',
    erased: 'Data {name} sudah dihapus.',
  },
};

const en: typeof id = {
  dataSubject: {
    title: 'Personal data',
    lead: 'Data subject requests (UU PDP): a copy of a person’s data, or its erasure. Every action is recorded in the audit log.',
    nip: 'The person’s NIP',
    nipHint: '18 digits.',
    find: 'Find',
    notFound: 'No one has this NIP.',
    exportTitle: 'Copy of the data',
    exportBody: 'Download everything held about this person, including who accessed it, as a JSON file.',
    export: 'Download the data (JSON)',
    exported: 'The data has been downloaded. Hand it only to the person it is about.',
    eraseTitle: 'Erase the data',
    eraseBody: 'Name, NIP and other personal data are erased; report totals still count the person, without identity.',
    erase: 'Erase this person’s data…',
    confirmTitle: 'Erase the data of {name}?',
    irreversible: 'This cannot be undone.',
    confirm1: 'Name, NIP, birth date and job title are replaced with anonymous values.',
    confirm2: 'Their participant account (if any) can no longer be used.',
    confirm3: 'Participant counts in reports stay the same, without identity.',
    understood: 'I understand this is permanent',
    eraseNow: 'Erase permanently',
    erased: 'The data of {name} has been erased.',
  },
};

export const dataSubjectMessages = { id, en };
