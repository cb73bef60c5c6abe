import { createI18n } from 'vue-i18n';
import { messages, type Locale, LOCALES } from './messages';

const STORAGE_KEY = 'lintas.locale';

function storedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    /* storage blocked: keep the default */
  }
  return 'id';
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'id',
  messages,
});
document.documentElement.lang = i18n.global.locale.value;

/** Switches the UI language and remembers it on this device. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* not remembered, still switched */
  }
}
