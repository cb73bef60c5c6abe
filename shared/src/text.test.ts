import { describe, expect, it } from 'vitest';
import { isEmailAddress, textFault } from './text.js';

describe('textFault', () => {
  it('takes names, titles and text with markup or quotes as they are', () => {
    for (const ok of ['Siti Aminah', "O'Brien", 'Ñoño Çağlar 王', '<script>alert(1)</script>', 'Kepala Bidang - Aplikasi', 'Nur; SELECT 1', '😀 emoji']) expect(textFault(ok)).toBeNull();
  });

  it('refuses a formula start in a line, not in a paragraph', () => {
    for (const f of ['=1+1', '+SUM(A1)', '-2+3', '@cmd']) {
      expect(textFault(f)).toBe('formula');
      expect(textFault(f, true)).toBeNull();
    }
  });

  it('refuses control characters, direction overrides and lone surrogates; line breaks only in a line', () => {
    for (const c of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u009bb', '\u202eabc', 'a\u2066b', 'ab\ud800', '\udc00ab']) {
      expect(textFault(c)).toBe('control');
      expect(textFault(c, true)).toBe('control');
    }
    expect(textFault('a\r\nb')).toBe('control');
    expect(textFault('a\r\nb', true)).toBeNull();
  });
});

describe('isEmailAddress', () => {
  it('takes ordinary addresses and refuses the rest', () => {
    for (const ok of ['siti@bkpsdm.babelprov.go.id', "o'brien+x@a.co", 'a.b-c@d-e.id']) expect(isEmailAddress(ok)).toBe(true);
    for (const bad of ['a@b', '"><script>@a.co', '=1+1@a.co', 'a b@c.co', 'a@b .co', 'siti@\u202eexample.com', `${'a'.repeat(250)}@a.co`, 'a..b@c.co']) expect(isEmailAddress(bad)).toBe(false);
  });
});
