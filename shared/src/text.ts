/**
 * Text a person types (names, titles, reasons, addresses) is stored and later shown,
 * exported to CSV and XLSX and read in spreadsheets: some characters have no place in it.
 */

/** C0 and C1 control characters (tab and line breaks apart), and the bidirectional overrides and isolates that reorder what a reader sees. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Half of a UTF-16 surrogate pair without its other half: no character at all. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
/** Line breaks and tabs: fine in a paragraph, not in a name. */
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;
/** A cell a spreadsheet runs as a formula (CSV injection): one starting with =, +, - or @. */
const FORMULA = /^[=+\-@]/;

export type TextFault = 'control' | 'formula';

/**
 * What is wrong with a trimmed text, or null: characters no text holds, or (for a
 * single line: a name, a title, a code) line breaks and a formula's first character.
 */
export function textFault(value: string, paragraph = false): TextFault | null {
  if (CONTROL.test(value) || LONE_SURROGATE.test(value) || (!paragraph && LINE_BREAK.test(value))) return 'control';
  if (!paragraph && FORMULA.test(value)) return 'formula';
  return null;
}

/** The English explanation of a fault of the text called `what` (the SPA words the code itself). */
export function textFaultMessage(what: string, fault: TextFault): string {
  return fault === 'formula'
    ? `${what} must not start with =, +, - or @ (a spreadsheet would run it as a formula)`
    : `${what} must not hold control characters, line breaks or direction overrides`;
}

/** An e-mail address: dot-atoms before the @ (RFC 5322, no quoted forms or comments), a domain of letter-digit-hyphen labels; at most 254 characters. */
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Whether a trimmed text is an e-mail address one may store and later put in a spreadsheet (no formula start). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value) && textFault(value) === null;
}
