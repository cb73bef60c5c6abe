/**
 * The certificate pages' own texts (MyCertificatesPage.vue, CertificatesPage.vue): they travel
 * in the pages' lazy chunks, not in the participant view's first load. Only the page titles and
 * the navigation label are in `i18n/messages.ts` (section `certificates`). `en` has the keys of `id`.
 */
const id = {
  cert: {
    myLead: 'Sertifikat (STTP) pelatihan yang sudah Anda selesaikan, dan JP Anda tahun ini.',
    jpYear: 'JP tahun ini',
    jpOf: '{earned} dari {right} JP',
    jpReached: 'Hak 20 JP tahun ini sudah terpenuhi.',
    jpShort: 'Kurang {missing} JP untuk memenuhi hak 20 JP tahun ini.',
    none: 'Belum ada sertifikat.',
    number: 'Nomor',
    dates: 'Tanggal',
    jp: '{jp} JP',
    valid: 'Sah',
    revoked: 'Dicabut',
    download: 'Unduh PDF',
    verify: 'Periksa keaslian',
    back: 'Kembali ke halaman saya',
    lead: 'Sertifikat (STTP) yang diterbitkan saat angkatan ditutup. Setiap sertifikat dapat diperiksa keasliannya oleh siapa pun melalui kode QR-nya.',
    cohort: 'Angkatan',
    allCohorts: 'Semua angkatan',
    holder: 'Peserta',
    status: 'Status',
    revoke: 'Cabut',
    revokeReason: 'Alasan pencabutan sertifikat {number} (wajib)',
    confirmRevoke: 'Cabut sertifikat',
    cancel: 'Batal',
    revokedNotice: 'Sertifikat {number} dicabut.',
    reason: 'Alasan',
    registry: 'SIASN',
  },
};

const en: typeof id = {
  cert: {
    myLead: 'Certificates (STTP) of the trainings you completed, and your JP this year.',
    jpYear: 'JP this year',
    jpOf: '{earned} of {right} JP',
    jpReached: 'Your 20 JP right for this year is met.',
    jpShort: '{missing} JP short of your 20 JP right this year.',
    none: 'No certificates yet.',
    number: 'Number',
    dates: 'Dates',
    jp: '{jp} JP',
    valid: 'Valid',
    revoked: 'Revoked',
    download: 'Download PDF',
    verify: 'Verify',
    back: 'Back to my page',
    lead: 'Certificates (STTP) issued when a cohort closes. Anyone can verify a certificate through its QR code.',
    cohort: 'Cohort',
    allCohorts: 'All cohorts',
    holder: 'Participant',
    status: 'Status',
    revoke: 'Revoke',
    revokeReason: 'Reason for revoking certificate {number} (required)',
    confirmRevoke: 'Revoke certificate',
    cancel: 'Cancel',
    revokedNotice: 'Certificate {number} revoked.',
    reason: 'Reason',
    registry: 'SIASN',
  },
};

export const certificatePageMessages = { id, en };
