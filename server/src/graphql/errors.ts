import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ALL_ERROR_CODES, ERROR_CODES } from '@lintas/shared';

const KNOWN = new Set<string>(ALL_ERROR_CODES);
/** Apollo's own codes for malformed requests, kept as they are. */
const TRANSPORT = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);
/** A long run of digits may be a NIP or NI PPPK (or one mangled into a number): never repeat it. */
const NIP_LIKE = /\d{15,}/g;

/**
 * Masks every error the caller was not meant to see: only our own codes and
 * GraphQL's request errors pass, without stack, SQL or any submitted NIP.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = String(formatted.extensions?.code ?? '');
  const ours = original instanceof GraphQLError && KNOWN.has(code);
  // GraphQL Armor's refusals (depth, aliases, tokens, directives) are validation errors; name them as ours.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && /limit of \d+ exceeded|limit exceeded/i.test(formatted.message)) {
    return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX } };
  }
  if (ours || TRANSPORT.has(code)) {
    return {
      message: formatted.message.replace(NIP_LIKE, '[NIP]'),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  console.error('[graphql] unexpected error', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ERROR_CODES.INTERNAL },
  };
}
