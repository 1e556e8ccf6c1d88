/**
 * CSV for spreadsheets (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled). A text cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so opening
 * the file cannot run anything (OWASP, "CSV Injection").
 */
export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: a byte-order mark (so spreadsheet apps read UTF-8), the header, the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
