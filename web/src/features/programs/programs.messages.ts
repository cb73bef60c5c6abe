/** UI strings of the program and module forms. Sections `programForm`, `moduleForm`, `programKind`. */
const id = {
  programForm: {
    new: 'Tambah program',
    code: 'Kode program',
    codeHint: 'Unik di akademi Anda, mis. DLA.',
    name: 'Nama program',
    kind: 'Jenis program',
    trainingKind: 'Jenis diklat (SIASN)',
    trainingKindHint: 'Dipakai saat riwayat diklat dikirim ke SIASN.',
    targetsHint: 'Tidak dicentang satu pun = untuk semua ASN.',
    threshold: 'Batas kelulusan',
    thresholdHint: 'Bagian JP terjadwal yang harus dihadiri. Angkatan baru memakai nilai ini.',
    description: 'Keterangan',
  },
  moduleForm: {
    new: 'Tambah mata pelatihan',
    codeHint: 'Unik di akademi Anda, mis. DLA-01.',
    jp: 'JP',
    jpHint: '1 JP = 45 menit.',
    generationsHint: 'Tidak dicentang satu pun = untuk semua generasi.',
    crossGeneration: 'Lintas generasi: kelompok harus mencampur generasi',
    facilitators: 'Fasilitator yang dapat mengampu',
    noneAssigned: 'belum ditetapkan',
    noFacilitators: 'Belum ada fasilitator.',
    toFacilitators: 'Tambah fasilitator',
  },
  programKind: {
    DLA: 'Digital Leadership Academy (DLA)',
    PKN_II: 'PKN Tingkat II',
    PKA: 'Pelatihan Kepemimpinan Administrator (PKA)',
    PKP: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    DIGITAL_LITERACY: 'Literasi digital',
    OTHER: 'Lainnya',
  },
};

const en: typeof id = {
  programForm: {
    new: 'Add program',
    code: 'Program code',
    codeHint: 'Unique in your academy, e.g. DLA.',
    name: 'Program name',
    kind: 'Kind of program',
    trainingKind: 'Training kind (SIASN)',
    trainingKindHint: 'Used when training history is sent to SIASN.',
    targetsHint: 'None ticked = for every civil servant.',
    threshold: 'Completion threshold',
    thresholdHint: 'Share of scheduled JP to attend. New cohorts take this value.',
    description: 'Description',
  },
  moduleForm: {
    new: 'Add training module',
    codeHint: 'Unique in your academy, e.g. DLA-01.',
    jp: 'JP',
    jpHint: '1 JP = 45 minutes.',
    generationsHint: 'None ticked = for every generation.',
    crossGeneration: 'Cross-generation: groups must mix generations',
    facilitators: 'Facilitators who may teach it',
    noneAssigned: 'none assigned yet',
    noFacilitators: 'No facilitators yet.',
    toFacilitators: 'Add a facilitator',
  },
  programKind: {
    DLA: 'Digital Leadership Academy (DLA)',
    PKN_II: 'PKN Level II',
    PKA: 'Administrator Leadership Training (PKA)',
    PKP: 'Supervisor Leadership Training (PKP)',
    DIGITAL_LITERACY: 'Digital literacy',
    OTHER: 'Other',
  },
};

export const programMessages = { id, en };
