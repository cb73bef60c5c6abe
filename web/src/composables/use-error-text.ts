import type { CombinedError } from '@urql/core';
import { ERROR_CODES } from '@lintas/shared';
import { useI18n } from 'vue-i18n';

/** Translates error codes from the shared list; unknown codes read as an unexpected failure. */
export function useErrorText() {
  const { t, te } = useI18n();

  function codeText(code: string | null | undefined): string {
    const key = `errors.${code}`;
    return code && te(key) ? t(key) : t(`errors.${ERROR_CODES.INTERNAL}`);
  }

  /** A top-level GraphQL or network failure, with what to do about it. */
  function requestText(error: CombinedError | null | undefined): string {
    if (!error) return '';
    if (error.networkError) return t('app.networkError');
    const code = error.graphQLErrors[0]?.extensions?.code as string | undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'GRAPHQL_PARSE_FAILED') {
      return codeText(ERROR_CODES.BAD_REQUEST);
    }
    return codeText(code);
  }

  return { codeText, requestText };
}
