import { ALL_ERROR_CODES, COHORT_STATUSES, ESELON_GROUPS, GENERATION_CODES } from '@lintas/shared';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { LOCALES, messages } from './messages';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('translations', () => {
  it('every key of one locale exists in every other', () => {
    const all = new Set(LOCALES.flatMap((l) => keys(messages[l])));
    for (const locale of LOCALES) {
      const own = new Set(keys(messages[locale]));
      expect([...all].filter((k) => !own.has(k)), `missing in ${locale}`).toEqual([]);
    }
  });

  it('every error code is translated, non-empty, in every locale', () => {
    for (const locale of LOCALES) {
      const errors = messages[locale].errors as Tree;
      const missing = ALL_ERROR_CODES.filter((code) => typeof errors[code] !== 'string' || !(errors[code] as string).trim());
      expect(missing, `error codes untranslated in ${locale}`).toEqual([]);
    }
  });

  it('the shared vocabulary has a label in every locale', () => {
    for (const locale of LOCALES) {
      const m = messages[locale] as Record<string, Tree>;
      expect(ESELON_GROUPS.filter((g) => !m.eselonGroup![g]), locale).toEqual([]);
      expect(GENERATION_CODES.filter((g) => !m.generation![g]), locale).toEqual([]);
      expect(COHORT_STATUSES.filter((s) => !m.cohortStatus![s]), locale).toEqual([]);
    }
  });

  it('error codes resolve through vue-i18n paths such as errors.nip/format', () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages });
    for (const code of ALL_ERROR_CODES) {
      expect(i18n.global.te(`errors.${code}`), code).toBe(true);
      expect(i18n.global.t(`errors.${code}`)).toBe((messages.en.errors as Tree)[code]);
    }
  });

  it('no message uses vue-i18n link or plural syntax by accident', () => {
    for (const locale of LOCALES) {
      expect(keys(messages[locale]).filter((k) => /[@|]/.test(get(messages[locale], k)))).toEqual([]);
    }
  });
});

function get(tree: Tree, path: string): string {
  return path.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k]!, tree) as string;
}
