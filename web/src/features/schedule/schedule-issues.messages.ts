import type { ScheduleIssueCode } from '@lintas/shared';

/**
 * Schedule conflicts and warnings in words, from each issue's `code` and `params`
 * (never the server's English `message`). A `{name}` is the param of that name,
 * formatted for the language (numbers, dates, the other session's time in the
 * cohort's zone). Spread into `i18n/messages.ts` as the section `scheduleIssue`;
 * schedule-issues.messages.test.ts checks every code of shared has words, in both
 * languages, with only the params that code carries.
 */
const id: { scheduleIssue: Record<ScheduleIssueCode, string> } = {
  scheduleIssue: {
    'schedule/end-not-after-start': 'Waktu selesai harus sesudah waktu mulai.',
    'schedule/outside-cohort-dates': 'Sesi ini di luar tanggal angkatan ({cohortStartDate} – {cohortEndDate}). Pilih tanggal di dalam masa angkatan, atau ubah tanggal angkatannya.',
    'schedule/venue-too-small': '{venueName} hanya punya {venueCapacity} kursi, sedangkan angkatan ini {personCount} peserta. Pilih tempat yang lebih besar.',
    'schedule/venue-double-booked': '{venueName} sudah dipakai angkatan {otherCohortCode} pada {otherStartsAt}. Pilih waktu atau tempat lain.',
    'schedule/facilitator-double-booked': '{facilitatorName} sudah mengajar angkatan {otherCohortCode} pada {otherStartsAt}. Pilih waktu atau fasilitator lain.',
    'schedule/person-double-booked': '{personCount} peserta sudah punya sesi angkatan {otherCohortCode} pada {otherStartsAt}. Pilih waktu lain.',
    'schedule/person-unavailable': '{personCount} peserta menandai waktu ini tidak bisa hadir. Pilih waktu lain.',
    'schedule/facilitator-unavailable': '{facilitatorName} menandai waktu ini tidak bisa mengajar. Pilih waktu atau fasilitator lain.',
    'schedule/holiday': '{date} hari libur nasional: {holidayName}.',
    'schedule/outside-working-hours': 'Di luar jam kerja (Senin–Jumat {workdayStart}–{workdayEnd} {timeZone}).',
    'schedule/jp-mismatch': '{scheduledJp} JP terjadwal, padahal rencananya {plannedJp} JP. Tambah atau kurangi sesi mata pelatihan ini.',
    'schedule/outside-target-generations': '{moduleCode} {moduleTitle} ditujukan untuk generasi lain: {personCount} peserta ({outsideGenerations}) di luar sasarannya. Tetap boleh dijadwalkan.',
    'schedule/member-in-community-meeting': '{personCount} peserta pelatihan juga anggota komunitas yang bertemu pada waktu yang sama ({otherCohortCode}, {otherStartsAt}). Pertemuan komunitas bersifat sukarela: tetap boleh dijadwalkan.',
  },
};

const en: typeof id = {
  scheduleIssue: {
    'schedule/end-not-after-start': 'The end must be after the start.',
    'schedule/outside-cohort-dates': 'This session lies outside the cohort’s dates ({cohortStartDate} – {cohortEndDate}). Pick a date within them, or change the cohort’s dates.',
    'schedule/venue-too-small': '{venueName} seats only {venueCapacity}, and the cohort has {personCount} participants. Pick a larger venue.',
    'schedule/venue-double-booked': '{venueName} is taken by cohort {otherCohortCode} on {otherStartsAt}. Pick another time or venue.',
    'schedule/facilitator-double-booked': '{facilitatorName} teaches cohort {otherCohortCode} on {otherStartsAt}. Pick another time or facilitator.',
    'schedule/person-double-booked': '{personCount} participants already have a session of cohort {otherCohortCode} on {otherStartsAt}. Pick another time.',
    'schedule/person-unavailable': '{personCount} participants marked this time as unavailable. Pick another time.',
    'schedule/facilitator-unavailable': '{facilitatorName} marked this time as unavailable. Pick another time or facilitator.',
    'schedule/holiday': '{date} is a national holiday: {holidayName}.',
    'schedule/outside-working-hours': 'Outside working hours (Mon–Fri {workdayStart}–{workdayEnd} {timeZone}).',
    'schedule/jp-mismatch': '{scheduledJp} JP scheduled, {plannedJp} JP planned. Add or shorten sessions of this module.',
    'schedule/outside-target-generations': '{moduleCode} {moduleTitle} is meant for other generations: {personCount} participants ({outsideGenerations}) are outside its targets. It can still be scheduled.',
    'schedule/member-in-community-meeting': '{personCount} training participants are also members of a community meeting at the same time ({otherCohortCode}, {otherStartsAt}). Community meetings are voluntary: it can still be scheduled.',
  },
};

export const scheduleIssueMessages = { id, en };
