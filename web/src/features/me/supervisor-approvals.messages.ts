/**
 * The supervisor's approvals section (SupervisorApprovals.vue) words itself: its texts travel
 * in its own lazy chunk, not in the participant view's first load. `en` has the keys of `id`.
 */
const id = {
  approvals: {
    title: 'Usulan menunggu persetujuan Anda',
    lead: 'Instansi mengusulkan pegawai yang Anda bina untuk pelatihan. Setujui agar usulan diteruskan ke penyelenggara, atau tolak dengan alasan.',
    dates: 'Tanggal',
    agency: 'Instansi',
    note: 'Catatan instansi',
    approve: 'Setujui',
    refuse: 'Tolak',
    reason: 'Alasan penolakan (wajib)',
    sendRefusal: 'Kirim penolakan',
    approved: 'Usulan untuk {name} disetujui dan diteruskan ke penyelenggara.',
    refused: 'Usulan untuk {name} ditolak.',
  },
};

const en: typeof id = {
  approvals: {
    title: 'Nominations waiting for your approval',
    lead: 'An agency nominated someone you supervise for training. Approve to pass it to the organizer, or refuse with a reason.',
    dates: 'Dates',
    agency: 'Agency',
    note: "Agency's note",
    approve: 'Approve',
    refuse: 'Refuse',
    reason: 'Reason for refusing (required)',
    sendRefusal: 'Send refusal',
    approved: 'The nomination of {name} is approved and passed to the organizer.',
    refused: 'The nomination of {name} is refused.',
  },
};

export const supervisorApprovalMessages = { id, en };
