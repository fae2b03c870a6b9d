// CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark (so Excel shows
// Cyrillic), CRLF line ends, every field quoted when it needs to be, and cells a spreadsheet
// would run as a formula neutralised.

export const BOM = "\uFEFF";

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
// (OWASP "CSV injection"); a leading apostrophe makes it text, shown without the apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  // A plain negative number is data, not a formula: keep "-5" and "-3.5" as they are.
  if (/^-\d+(?:[.,]\d+)?$/.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | boolean | null | undefined | Date;

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const text = cell instanceof Date ? cell.toISOString() : typeof cell === "string" ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}
