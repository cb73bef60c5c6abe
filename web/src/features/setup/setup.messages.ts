/** UI strings of the set-up checklist. Section `setup`. */
const id = {
  setup: {
    title: 'Persiapan akademi',
    nav: 'Persiapan',
    lead: 'Langkah-langkah sebelum angkatan pertama dapat berjalan. Halaman ini tetap ada sampai semuanya selesai.',
    leadFor: 'Yang masih dibutuhkan {name} sebelum angkatan pertama berjalan. Halaman ini tetap ada sampai semuanya selesai.',
    leadDone: 'Semua langkah persiapan {name} sudah selesai. Tautan di bawah tetap dapat dipakai untuk menambah data.',
    progress: '{done} dari {total} langkah selesai',
    done: 'selesai',
    notDone: 'belum',
    count: 'Sudah ada: {n}',
    createAcademy: 'Buat akademi',
    completeTitle: 'Persiapan selesai',
    completeBody: 'Akademi siap: semua data dasar sudah ada dan angkatan pertama sudah dibuka.',
    toCohorts: 'Ke daftar angkatan',
    step: {
      ACADEMY: { title: 'Akademi', body: 'Lembaga penyelenggara: kode, nama, provinsi, zona waktu dan awalan nomor sertifikat.', action: 'Buat akademi', more: 'Lihat akademi' },
      ORGANIZER: { title: 'Penyelenggara pertama', body: 'Akun penyelenggara yang mengelola akademi sehari-hari. Buat di halaman akun pengguna, pilih peran Penyelenggara dan akademinya.', action: 'Buat akun penyelenggara', more: 'Lihat akun' },
      AGENCIES: { title: 'Instansi', body: 'Instansi tempat peserta bekerja. Tambahkan satu per satu atau impor dari CSV.', action: 'Tambah instansi', more: 'Lihat instansi' },
      PROGRAMS: { title: 'Program', body: 'Jenis pelatihan, mis. Digital Leadership Academy, dengan sasaran eselonnya.', action: 'Tambah program', more: 'Lihat program' },
      MODULES: { title: 'Mata pelatihan', body: 'Mata pelatihan setiap program beserta JP-nya. Tambahkan di halaman program.', action: 'Tambah mata pelatihan', more: 'Lihat program' },
      VENUES: { title: 'Tempat', body: 'Ruang kelas atau tautan kelas daring beserta kapasitasnya.', action: 'Tambah tempat', more: 'Lihat tempat' },
      FACILITATORS: { title: 'Fasilitator', body: 'Widyaiswara, coach, mentor atau narasumber yang mengajar.', action: 'Tambah fasilitator', more: 'Lihat fasilitator' },
      ROSTER: { title: 'Daftar ASN', body: 'Pegawai yang dapat mengikuti pelatihan. Impor dari CSV (mis. ekspor SIASN) atau tambahkan satu per satu.', action: 'Impor daftar ASN', more: 'Impor lagi' },
      COHORT: { title: 'Angkatan pertama', body: 'Buka angkatan pertama sebuah program, lalu daftarkan peserta dan susun jadwalnya.', action: 'Buka angkatan', more: 'Buka angkatan lain' },
    },
  },
};

const en: typeof id = {
  setup: {
    title: 'Academy set-up',
    nav: 'Set-up',
    lead: 'The steps before the first cohort can run. This page stays until all are done.',
    leadFor: 'What {name} still needs before its first cohort runs. This page stays until all are done.',
    leadDone: 'Every set-up step of {name} is done. The links below still add more.',
    progress: '{done} of {total} steps done',
    done: 'done',
    notDone: 'not yet',
    count: 'So far: {n}',
    createAcademy: 'Create the academy',
    completeTitle: 'Set-up complete',
    completeBody: 'The academy is ready: its basic data is in and the first cohort is open.',
    toCohorts: 'To the cohorts',
    step: {
      ACADEMY: { title: 'Academy', body: 'The organizing body: code, name, province, time zone and certificate-number prefix.', action: 'Create the academy', more: 'See academies' },
      ORGANIZER: { title: 'First organizer', body: 'The organizer’s account that runs the academy day to day. Create it on the accounts page, with the Organizer role and the academy.', action: 'Create an organizer account', more: 'See accounts' },
      AGENCIES: { title: 'Agencies', body: 'The agencies participants work for. Add them one at a time or import a CSV.', action: 'Add agencies', more: 'See agencies' },
      PROGRAMS: { title: 'Programs', body: 'Kinds of training, e.g. Digital Leadership Academy, with their target eselon levels.', action: 'Add a program', more: 'See programs' },
      MODULES: { title: 'Training modules', body: 'Each program’s modules with their JP. Add them on the program page.', action: 'Add modules', more: 'See programs' },
      VENUES: { title: 'Venues', body: 'Classrooms or online class links, with their capacity.', action: 'Add a venue', more: 'See venues' },
      FACILITATORS: { title: 'Facilitators', body: 'Widyaiswara, coaches, mentors or speakers who teach.', action: 'Add a facilitator', more: 'See facilitators' },
      ROSTER: { title: 'Roster', body: 'The civil servants who may attend training. Import a CSV (e.g. a SIASN export) or add them one at a time.', action: 'Import the roster', more: 'Import more' },
      COHORT: { title: 'First cohort', body: 'Open a program’s first cohort, then enrol participants and build its schedule.', action: 'Open a cohort', more: 'Open another cohort' },
    },
  },
};

export const setupMessages = { id, en };
