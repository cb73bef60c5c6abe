import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import type { NoticeLocale, TimeZoneCode } from '@lintas/shared';
import { Agency } from '../academies/agency.entity.js';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Person } from '../persons/person.entity.js';
import { addSessionEvent, sessionCalendar } from '../sessions/calendar.service.js';
import { ianaOf } from '../sessions/local-time.js';
import { Session } from '../sessions/session.entity.js';
import type { Notification } from './notification.entity.js';

export interface RenderedNotice {
  /** The recipient's current address; null when they have none. */
  to: string | null;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** Text of the body: paragraphs, each either plain text or a label and a value. */
type Line = string | [label: string, value: string] | { link: string; label: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(greeting: string, lines: Line[], footer: string): { text: string; html: string } {
  const text = [greeting, '', ...lines.map((l) => (typeof l === 'string' ? l : Array.isArray(l) ? `${l[0]}: ${l[1]}` : `${l.label}: ${l.link}`)), '', '—', footer].join('\n');
  const body = lines.map((l) => (typeof l === 'string'
    ? `<p>${escapeHtml(l)}</p>`
    : Array.isArray(l) ? `<p><strong>${escapeHtml(l[0])}:</strong> ${escapeHtml(l[1])}</p>`
      : `<p><a href="${escapeHtml(l.link)}" style="font-size:18px">${escapeHtml(l.label)}</a></p>`)).join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b">
<p>${escapeHtml(greeting)}</p>
${body}
<hr><p style="color:#555;font-size:14px">${escapeHtml(footer)}</p>
</body></html>`;
  return { text, html };
}

const WORDS = {
  id: {
    greeting: (name: string) => `Yth. ${name},`,
    footer: 'Pesan ini dikirim oleh Lintas. Anda dapat mengatur pemberitahuan di halaman Saya › Pemberitahuan.',
    module: 'Mata pelatihan', cohort: 'Angkatan', when: 'Waktu', place: 'Tempat', online: 'Daring', facilitator: 'Fasilitator', unknownPlace: 'belum ditentukan',
    invitation: {
      subject: 'Undangan Lintas: buat kata sandi Anda',
      body: 'Anda diundang menggunakan Lintas untuk melihat jadwal pelatihan dan mencatat kehadiran. Buka tautan berikut, masukkan NIP Anda dan buat kata sandi.',
      link: 'Buat kata sandi', expires: 'Berlaku sampai', sent: '(kode undangan sudah dikirim dan tidak disimpan lagi)',
    },
    changed: { subject: (t: string) => `Jadwal berubah: ${t}`, body: 'Jadwal sesi pelatihan Anda berubah. Jadwal terbaru:' },
    cancelled: { subject: (t: string) => `Sesi dibatalkan: ${t}`, body: 'Sesi pelatihan berikut dibatalkan:' },
    reminder: { subject: (t: string) => `Pengingat: ${t}`, body: 'Pengingat sesi pelatihan Anda:' },
    nomination: {
      subject: (c: string) => `Hasil usulan peserta: ${c}`,
      body: 'Usulan Anda sebagai peserta telah diputuskan.', status: 'Keputusan', reason: 'Alasan', dates: 'Tanggal',
      statuses: { ACCEPTED: 'diterima', WAITLISTED: 'masuk daftar tunggu', DECLINED: 'tidak diterima', EXPIRED: 'kedaluwarsa (tidak diputuskan sebelum angkatan dimulai)', PENDING: 'menunggu', SUPERVISOR_PENDING: 'menunggu persetujuan atasan', WITHDRAWN: 'ditarik' } as Record<string, string>,
    },
    warning: {
      subject: (c: string) => `Peringatan kehadiran: ${c}`,
      body: 'Kehadiran pada angkatan berikut perlu perhatian; bila berlanjut, syarat kelulusan tidak terpenuhi.',
      about: (n: string) => `Peserta: ${n} (Anda menerima pesan ini sebagai atasan langsung).`,
      kinds: { BELOW_THRESHOLD: 'JP yang diperoleh di bawah batas kelulusan', CONSECUTIVE_ABSENCES: 'tidak hadir beberapa kali berturut-turut' } as Record<string, string>,
      kind: 'Peringatan',
    },
    followUp: {
      subject: (c: string) => `Evaluasi pasca-pelatihan: ${c}`,
      body: (m: string) => `Sudah ${m} bulan sejak pelatihan berikut selesai. Mohon isi evaluasi pasca-pelatihan singkat tentang penerapannya di tempat kerja; jawaban Anda disimpan tanpa nama.`,
      about: (n: string) => `Sebagai atasan langsung, mohon nilai penerapan hasil pelatihan oleh ${n}.`,
      link: 'Isi evaluasi di Jadwal Saya',
    },
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    footer: 'This message was sent by Lintas. You can choose your notices on My page › Notices.',
    module: 'Module', cohort: 'Cohort', when: 'Time', place: 'Place', online: 'Online', facilitator: 'Facilitator', unknownPlace: 'to be decided',
    invitation: {
      subject: 'Lintas invitation: set your password',
      body: 'You are invited to use Lintas to see your training schedule and record your attendance. Open the link below, enter your NIP and choose a password.',
      link: 'Set a password', expires: 'Valid until', sent: '(the invitation code was sent and is no longer kept)',
    },
    changed: { subject: (t: string) => `Schedule changed: ${t}`, body: 'The schedule of your training session changed. The current schedule:' },
    cancelled: { subject: (t: string) => `Session cancelled: ${t}`, body: 'The following training session is cancelled:' },
    reminder: { subject: (t: string) => `Reminder: ${t}`, body: 'A reminder of your training session:' },
    nomination: {
      subject: (c: string) => `Nomination result: ${c}`,
      body: 'Your nomination as a participant has been decided.', status: 'Decision', reason: 'Reason', dates: 'Dates',
      statuses: { ACCEPTED: 'accepted', WAITLISTED: 'waitlisted', DECLINED: 'declined', EXPIRED: 'expired (not decided before the cohort started)', PENDING: 'pending', SUPERVISOR_PENDING: "awaiting the supervisor's approval", WITHDRAWN: 'withdrawn' } as Record<string, string>,
    },
    warning: {
      subject: (c: string) => `Attendance warning: ${c}`,
      body: 'Attendance in the following cohort needs attention; if it goes on, the completion requirement will not be met.',
      about: (n: string) => `Participant: ${n} (you receive this as their direct supervisor).`,
      kinds: { BELOW_THRESHOLD: 'JP earned is below the completion threshold', CONSECUTIVE_ABSENCES: 'absent several times in a row' } as Record<string, string>,
      kind: 'Warning',
    },
    followUp: {
      subject: (c: string) => `Post-training evaluation: ${c}`,
      body: (m: string) => `It is ${m} months since the following training ended. Please answer a short post-training evaluation of how it is applied at work; your answers are stored without your name.`,
      about: (n: string) => `As their direct supervisor, please rate how ${n} applies what the training taught.`,
      link: 'Answer on My schedule',
    },
  },
} as const;

/** A session's time in a zone, named WIB/WITA/WIT: "Kamis, 10 Desember 2026, 09.00–12.00 WITA". */
export function sessionTime(s: Pick<Session, 'startsAt' | 'endsAt'>, zone: TimeZoneCode, locale: NoticeLocale): string {
  const iana = ianaOf(zone);
  const a = DateTime.fromJSDate(s.startsAt, { zone: iana }).setLocale(locale);
  const b = DateTime.fromJSDate(s.endsAt, { zone: iana }).setLocale(locale);
  return `${a.toFormat('cccc, d MMMM yyyy')}, ${a.toFormat('HH.mm')}–${b.toFormat('HH.mm')} ${zone}`;
}

const dateOf = (iso: string, locale: NoticeLocale) => DateTime.fromISO(iso).setLocale(locale).toFormat('d MMMM yyyy');

/**
 * Renders a notice as it is (or would be) sent: subject, plain text and HTML in the
 * recipient's language, times in their own zone (their agency's, as on Jadwal Saya), and for
 * schedule changes and cancellations an ICS update built like the calendar feed.
 */
export async function renderNotice(em: EntityManager, n: Notification, publicUrl: string): Promise<RenderedNotice> {
  const w = WORDS[n.locale === 'en' ? 'en' : 'id'];
  const locale: NoticeLocale = n.locale === 'en' ? 'en' : 'id';
  const person = n.person ? await em.findOne(Person, n.person.id) : null;
  const account = n.account ? await em.findOne(Account, n.account.id) : null;
  const to = person?.email ?? account?.email ?? null;
  const name = person?.name ?? account?.name ?? '';
  const agency = person ? await em.findOne(Agency, person.agency.id) : null;
  const zone: TimeZoneCode = agency?.timeZone ?? 'WIB';
  const data = n.data;
  const attachments: RenderedNotice['attachments'] = [];
  let subject = '';
  let lines: Line[] = [];

  if (n.kind === 'INVITATION') {
    const code = typeof data.invitationCode === 'string' ? data.invitationCode : null;
    const expires = typeof data.expiresAt === 'string' ? DateTime.fromISO(data.expiresAt, { zone: ianaOf(zone) }).setLocale(locale).toFormat('d MMMM yyyy, HH.mm') : '';
    subject = w.invitation.subject;
    lines = [w.invitation.body,
      code ? { link: `${publicUrl}/undangan?kode=${encodeURIComponent(code)}`, label: w.invitation.link } : w.invitation.sent,
      [w.invitation.expires, `${expires} ${zone}`]];
  } else if (n.kind === 'SCHEDULE_CHANGED' || n.kind === 'SESSION_CANCELLED' || n.kind === 'SESSION_REMINDER') {
    const s = await em.findOneOrFail(Session, Number(data.sessionId), { populate: ['module', 'venue', 'cohort', 'facilitator'] });
    const title = s.module.getEntity().title;
    const t = n.kind === 'SCHEDULE_CHANGED' ? w.changed : n.kind === 'SESSION_CANCELLED' ? w.cancelled : w.reminder;
    const venue = s.venue?.getEntity();
    const place = venue ? [venue.name, venue.address].filter(Boolean).join(', ') : s.onlineUrl ? `${w.online}: ${s.onlineUrl}` : w.unknownPlace;
    subject = t.subject(title);
    lines = [t.body, [w.module, title], [w.cohort, `${s.cohort.getEntity().name} (${s.cohort.getEntity().code})`],
      [w.when, sessionTime(s, zone, locale)], [w.place, place],
      ...(s.facilitator ? [[w.facilitator, s.facilitator.getEntity().name] as Line] : [])];
    if (n.kind !== 'SESSION_REMINDER') {
      const calendar = sessionCalendar(title, ianaOf(zone), n.kind === 'SESSION_CANCELLED' ? 'CANCEL' : 'REQUEST');
      addSessionEvent(calendar, s, ianaOf(zone), publicUrl);
      const method = n.kind === 'SESSION_CANCELLED' ? 'CANCEL' : 'REQUEST';
      attachments.push({ filename: 'sesi.ics', content: calendar.toString(), contentType: `text/calendar; charset=utf-8; method=${method}` });
    }
  } else if (n.kind === 'NOMINATION_RESULT') {
    const cohort = await em.findOne(Cohort, Number(data.cohortId));
    const status = String(data.status ?? '');
    subject = w.nomination.subject(cohort?.code ?? '');
    lines = [w.nomination.body, ...(cohort ? [[w.cohort, `${cohort.name} (${cohort.code})`] as Line, [w.nomination.dates, `${dateOf(cohort.startDate, locale)} – ${dateOf(cohort.endDate, locale)}`] as Line] : []),
      [w.nomination.status, w.nomination.statuses[status] ?? status],
      ...(typeof data.reason === 'string' && data.reason ? [[w.nomination.reason, data.reason] as Line] : [])];
  } else if (n.kind === 'EVALUATION_FOLLOW_UP') {
    const cohort = data.cohortId ? await em.findOne(Cohort, Number(data.cohortId)) : null;
    const about = data.about ? await em.findOne(Person, Number(data.about)) : null;
    subject = w.followUp.subject(cohort?.code ?? '');
    lines = [w.followUp.body(String(data.monthsAfter ?? '')), ...(about ? [w.followUp.about(about.name)] : []),
      ...(cohort ? [[w.cohort, `${cohort.name} (${cohort.code})`] as Line] : []),
      { link: `${publicUrl}/saya/evaluasi`, label: w.followUp.link }];
  } else {
    const cohort = data.cohortId ? await em.findOne(Cohort, Number(data.cohortId)) : null;
    const about = data.about ? await em.findOne(Person, Number(data.about)) : null;
    subject = w.warning.subject(cohort?.code ?? '');
    lines = [w.warning.body, ...(about ? [w.warning.about(about.name)] : []),
      ...(cohort ? [[w.cohort, `${cohort.name} (${cohort.code})`] as Line] : []),
      [w.warning.kind, w.warning.kinds[String(data.warning)] ?? String(data.warning ?? '')]];
  }
  return { to, subject, ...layout(w.greeting(name), lines, w.footer), attachments };
}
