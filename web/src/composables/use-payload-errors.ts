import { ERROR_CODES } from '@lintas/shared';
import type { CombinedError } from '@urql/core';
import { computed, ref, shallowRef } from 'vue';
import { useErrorText } from './use-error-text';

interface PayloadError { field?: string | null; code: string }

/**
 * A form's server answer worded for the user: errors by field (`input.code` → `code`,
 * `input.scopes.0` → `scopes` when `scopes` is a field, `input.0.code` stays whole), the rest together, and the two answers a catalogue edit
 * can get that are not about a field: someone else saved first (stale: `latest` holds
 * the current object from the payload, the user's typing is left alone) or the object
 * is archived (then saving again cannot help, and the form says to restore it first).
 * With `plain`, those two are worded like any other code: for forms that edit no
 * versioned object and show no stale notice.
 */
export function usePayloadErrors<T>(fields: readonly string[], options: { plain?: boolean } = {}) {
  const { codeText, requestText } = useErrorText();
  const fieldErrors = ref<Record<string, string[]>>({});
  const otherErrors = ref<string[]>([]);
  const latest = shallowRef<T | null>(null);
  const archived = ref(false);
  const hasErrors = computed(() => archived.value || Object.keys(fieldErrors.value).length > 0 || otherErrors.value.length > 0);

  function reset() {
    fieldErrors.value = {};
    otherErrors.value = [];
    latest.value = null;
    archived.value = false;
  }

  /** Reads a payload; true when it saved. `current` is the payload's object (the current one when stale). */
  function read(payload: { errors: PayloadError[] } | null | undefined, error: CombinedError | undefined, current?: T | null): boolean {
    reset();
    if (!payload) {
      otherErrors.value = [requestText(error) || codeText(ERROR_CODES.INTERNAL)];
      return false;
    }
    for (const e of payload.errors) {
      if (e.code === ERROR_CODES.STALE_VERSION && !options.plain) {
        latest.value = current ?? null;
        continue;
      }
      if (e.code === ERROR_CODES.ARCHIVED && !options.plain) {
        archived.value = true;
        continue;
      }
      const path = e.field?.replace(/^input\./, '') ?? '';
      const field = fields.includes(path) ? path : path.split('.')[0]!;
      if (fields.includes(field)) (fieldErrors.value[field] ??= []).push(codeText(e.code));
      else otherErrors.value.push(codeText(e.code));
    }
    return payload.errors.length === 0;
  }

  /** The form's own checks before sending, already worded, by field; true when it found nothing. */
  function check(found: Record<string, string | false | null | undefined>): boolean {
    reset();
    for (const [field, text] of Object.entries(found)) if (text) fieldErrors.value[field] = [text];
    return Object.keys(fieldErrors.value).length === 0;
  }

  /** Errors of one field, for FormField's and FieldError's `errors`. */
  const of = (field: string) => fieldErrors.value[field];

  return { fieldErrors, otherErrors, latest, archived, hasErrors, reset, read, check, of };
}
