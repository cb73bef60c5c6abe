/**
 * UI strings of e-mail notices. `noticeMessages` (spread into `i18n/messages.ts` as the section
 * `notices`) holds what other pages show: titles and links. The rest is `noticePageMessages`
 * (notice-pages.messages.ts), which the notice pages (the participant's choices, the organizers' outbox) load with
 * themselves, so it stays out of the participant view's first load.
 */
const id = {
  notices: {
    prefsTitle: 'Pemberitahuan surel',
    prefsLink: 'Atur pemberitahuan surel',
    outboxTitle: 'Notifikasi — kotak keluar',
    nav: 'Notifikasi',
    personLink: 'Surel yang dikirim kepada orang ini',
  },
};

const en: typeof id = {
  notices: {
    prefsTitle: 'E-mail notices',
    prefsLink: 'Choose e-mail notices',
    outboxTitle: 'Notices — outbox',
    nav: 'Notices',
    personLink: 'E-mails sent to this person',
  },
};

export const noticeMessages = { id, en };
