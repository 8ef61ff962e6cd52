/**
 * CSV writing per RFC 4180: comma separated, CRLF line ends, fields quoted when they contain a
 * comma, a double quote or a line break, with inner quotes doubled. `null`/`undefined` are empty.
 */

/** One field, quoted when needed. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s =
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
        ? String(v)
        : Array.isArray(v)
          ? v.join(' ')
          : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header line and one line per record, in the order of `columns`. */
export function toCsv(records: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): string {
  const lines = [columns.map(csvField).join(','), ...records.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
