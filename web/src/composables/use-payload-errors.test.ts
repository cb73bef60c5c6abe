import { describe, expect, it, vi } from 'vitest';
import { usePayloadErrors } from './use-payload-errors';

vi.mock('vue-i18n', () => ({ useI18n: () => ({ t: (key: string) => key, te: () => true }) }));

describe('usePayloadErrors', () => {
  it('puts a nested path on its field when the field is listed, and keeps list rows whole', () => {
    const errors = usePayloadErrors(['scopes', 'code']);
    const saved = errors.read({ errors: [{ field: 'input.scopes.0', code: 'input/invalid-value' }, { field: 'input.0.code', code: 'input/required' }] }, undefined);
    expect(saved).toBe(false);
    expect(errors.of('scopes')).toEqual(['errors.input/invalid-value']);
    expect(errors.otherErrors.value).toEqual(['errors.input/required']);
  });

  it('takes the form’s own checks, already worded, and clears them on the next check', () => {
    const errors = usePayloadErrors(['name', 'email']);
    expect(errors.check({ name: 'required', email: false })).toBe(false);
    expect(errors.of('name')).toEqual(['required']);
    expect(errors.of('email')).toBeUndefined();
    expect(errors.check({ name: false, email: null })).toBe(true);
    expect(errors.hasErrors.value).toBe(false);
  });

  it('words stale and archived like any code when plain', () => {
    const catalogue = usePayloadErrors<{ id: string }>(['name']);
    catalogue.read({ errors: [{ field: null, code: 'object/archived' }] }, undefined);
    expect([catalogue.archived.value, catalogue.otherErrors.value]).toEqual([true, []]);
    const plain = usePayloadErrors(['name'], { plain: true });
    plain.read({ errors: [{ field: null, code: 'object/archived' }] }, undefined);
    expect([plain.archived.value, plain.otherErrors.value]).toEqual([false, ['errors.object/archived']]);
  });
});
