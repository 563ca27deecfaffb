/**
 * Characters no text of ours may carry. PostgreSQL refuses NUL in text (the request used to fail with a 500), a lone
 * UTF-16 surrogate is silently stored as U+FFFD, and other control characters are invisible on screen and in print,
 * so two names that look alike would differ. Line breaks and tabs are kept where text runs over several lines
 * (contents, descriptions, notes, plan texts) and refused in one-line fields (names, codes, numbers of documents).
 */
export type BadCharacter = 'control' | 'lineBreak' | 'surrogate';

/**
 * Fields of one line, by the last segment of the field path (as FIELD_LABELS): a line break or a tab there is refused.
 * Query parameters and path parameters are always one line.
 */
export const SINGLE_LINE_FIELDS: ReadonlySet<string> = new Set([
  'username',
  'fullName',
  'name',
  'shortName',
  'code',
  'parentCode',
  'email',
  'position',
  'eraId',
  'blockCode',
  'planNumber',
  'decisionNumber',
  'decisionReference',
  'signer',
  'issuer',
  'fileName',
  'title',
]);

// U+0001–U+001F and NUL, except tab, LF and CR.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first kind of bad character in `text`, or null. */
export function findBadCharacter(text: string, singleLine: boolean): BadCharacter | null {
  if (CONTROL.test(text)) return 'control';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (singleLine && LINE_BREAK_OR_TAB.test(text)) return 'lineBreak';
  return null;
}

/** What follows the field's label: "Họ và tên: chứa ký tự không hợp lệ (ký tự điều khiển)". */
export const BAD_CHARACTER_MESSAGES: Record<BadCharacter, string> = {
  control: 'chứa ký tự không hợp lệ (ký tự điều khiển)',
  lineBreak: 'chứa ký tự không hợp lệ (xuống dòng hoặc tab trong trường một dòng)',
  surrogate: 'chứa ký tự không hợp lệ (mã Unicode không hoàn chỉnh)',
};

const SHOWN_ESCAPED = /[\u0000-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A key shown in a message, its control characters and lone surrogates written as escapes ("a\\u0000b"). */
export function printable(text: string): string {
  return text.replace(SHOWN_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
