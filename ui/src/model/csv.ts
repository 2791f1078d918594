/**
 * CSV as RFC 4180 writes it: fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in CRLF. A byte-order mark in front lets Excel read Vietnamese as UTF-8.
 */

/** One CSV field. */
export function csvField(value: string | number | null | undefined): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text, with a BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
