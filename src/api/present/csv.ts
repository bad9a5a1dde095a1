/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, quote or line break, quotes doubled,
 * CRLF line ends, and a UTF-8 byte-order mark first so Excel opens Chinese text correctly. A text cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe.
 */

export const CSV_BOM = '\uFEFF';

export type Cell = string | number | null;

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const s = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : defused(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function defused(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
