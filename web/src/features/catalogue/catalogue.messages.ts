/**
 * UI strings shared by the catalogue pages (academies, agencies, programs, modules,
 * venues, facilitators, persons): archive, restore, stale edits. Spread into
 * `i18n/messages.ts` as the top-level section `catalogue`.
 */
const id = {
  catalogue: {
    add: 'Tambah',
    edit: 'Ubah',
    editFor: 'Ubah {name}',
    save: 'Simpan',
    saved: 'Tersimpan: {name}.',
    created: 'Ditambahkan: {name}.',
    archive: 'Arsipkan',
    archiveFor: 'Arsipkan {name}',
    restore: 'Pulihkan',
    restoreFor: 'Pulihkan {name}',
    confirmArchive: 'Arsipkan {name}? Riwayatnya tetap tersimpan, tetapi data ini tidak dapat dipakai untuk kegiatan baru sampai dipulihkan.',
    archived: 'Diarsipkan',
    active: 'Aktif',
    state: 'Status',
    showArchived: 'Tampilkan juga yang diarsipkan',
    fixErrors: 'Belum tersimpan. Periksa isian yang ditandai.',
    archivedRefused: 'Data ini sudah diarsipkan, jadi tidak dapat diubah. Pulihkan dulu dari daftar (centang "Tampilkan juga yang diarsipkan"), lalu ubah.',
    staleTitle: 'Seseorang telah mengubah data ini; nilai terbarunya:',
    staleHint: 'Isian Anda di formulir tidak hilang. Tekan Simpan untuk menimpa dengan isian Anda, atau pakai nilai terbaru.',
    useLatest: 'Pakai nilai terbaru',
    changedByOther: 'diubah',
    optional: 'boleh dikosongkan',
    none: '—',
    chooseAcademy: 'Pilih akademi',
    academy: 'Akademi',
  },
};

const en: typeof id = {
  catalogue: {
    add: 'Add',
    edit: 'Edit',
    editFor: 'Edit {name}',
    save: 'Save',
    saved: 'Saved: {name}.',
    created: 'Added: {name}.',
    archive: 'Archive',
    archiveFor: 'Archive {name}',
    restore: 'Restore',
    restoreFor: 'Restore {name}',
    confirmArchive: 'Archive {name}? Its history is kept, but it cannot be used for anything new until it is restored.',
    archived: 'Archived',
    active: 'Active',
    state: 'State',
    showArchived: 'Show archived ones too',
    fixErrors: 'Not saved yet. Check the marked fields.',
    archivedRefused: 'This item is archived, so it cannot be changed. Restore it from the list first (tick "Show archived ones too"), then edit it.',
    staleTitle: 'Someone has changed this; the current values are:',
    staleHint: 'What you typed is still in the form. Press Save to replace these with your values, or use the current values.',
    useLatest: 'Use the current values',
    changedByOther: 'changed',
    optional: 'optional',
    none: '—',
    chooseAcademy: 'Choose an academy',
    academy: 'Academy',
  },
};

export const catalogueMessages = { id, en };
