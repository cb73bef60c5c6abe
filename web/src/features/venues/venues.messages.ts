/** UI strings of the venue page. Spread into `i18n/messages.ts` as the section `venues`. */
const id = {
  venues: {
    title: 'Tempat',
    lead: 'Ruang kelas dan tautan pertemuan daring yang dipakai sesi pelatihan. Jadwal menolak sesi yang pesertanya melebihi kapasitas tempat.',
    new: 'Tambah tempat',
    code: 'Kode',
    codeHint: 'Unik di akademi Anda, mis. AULA-1.',
    name: 'Nama tempat',
    capacity: 'Kapasitas (kursi)',
    timeZone: 'Zona waktu',
    address: 'Alamat',
    addressHint: 'Isi alamat, atau tautan daring di bawah (salah satu).',
    onlineUrl: 'Tautan pertemuan daring',
    onlineUrlHint: 'Untuk kelas daring, mis. tautan Zoom atau Google Meet.',
    where: 'Alamat atau tautan',
    emptyTitle: 'Belum ada tempat',
    emptyBody: 'Tambahkan ruang kelas atau tautan kelas daring. Tempat dipilih saat membuka angkatan dan menyusun jadwal.',
  },
};

const en: typeof id = {
  venues: {
    title: 'Venues',
    lead: 'Classrooms and online meeting links used by training sessions. The schedule refuses a session with more participants than the venue seats.',
    new: 'Add venue',
    code: 'Code',
    codeHint: 'Unique in your academy, e.g. HALL-1.',
    name: 'Venue name',
    capacity: 'Capacity (seats)',
    timeZone: 'Time zone',
    address: 'Address',
    addressHint: 'Give an address, or an online link below (one of the two).',
    onlineUrl: 'Online meeting link',
    onlineUrlHint: 'For online classes, e.g. a Zoom or Google Meet link.',
    where: 'Address or link',
    emptyTitle: 'No venues yet',
    emptyBody: 'Add a classroom or an online class link. Venues are chosen when opening a cohort and building the schedule.',
  },
};

export const venueMessages = { id, en };
