/**
 * The `next` path to return to after signing in: same-site paths only, never an
 * address elsewhere (`//evil.example`) and never the sign-in page itself.
 */
export function safeNext(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !value.startsWith('/masuk')
    ? value
    : null;
}
