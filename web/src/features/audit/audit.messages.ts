/** UI strings of the audit log. Spread into `i18n/messages.ts` as the section `audit`. */
const id = {
  audit: {
    title: 'Log audit',
    lead: 'Siapa melakukan apa, kapan dan dari mana. Terbaru di atas; waktu menurut zona waktu perangkat Anda.',
    action: 'Tindakan',
    actionPlaceholder: 'awal nama tindakan, mis. auth.',
    targetType: 'Jenis objek',
    targetPlaceholder: 'mis. Person',
    quick: 'Saring cepat',
    preset: { auth: 'Masuk dan keluar', mutation: 'Perubahan data', 'personal-data': 'Akses data pribadi' },
    empty: 'Tidak ada kejadian yang cocok.',
    time: 'Waktu',
    actor: 'Pelaku',
    target: 'Objek',
    ip: 'Alamat IP',
    anonymous: 'Belum masuk',
  },
};

const en: typeof id = {
  audit: {
    title: 'Audit log',
    lead: 'Who did what, when and from where. Newest first; times in your device’s time zone.',
    action: 'Action',
    actionPlaceholder: 'start of the action name, e.g. auth.',
    targetType: 'Object type',
    targetPlaceholder: 'e.g. Person',
    quick: 'Quick filters',
    preset: { auth: 'Sign-in and sign-out', mutation: 'Data changes', 'personal-data': 'Personal data access' },
    empty: 'No matching events.',
    time: 'Time',
    actor: 'Actor',
    target: 'Object',
    ip: 'IP address',
    anonymous: 'Not signed in',
  },
};

export const auditMessages = { id, en };
