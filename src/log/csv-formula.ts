/**
 * Neutralises a cell a spreadsheet could run as a formula, as OWASP recommends for CSV injection:
 * a cell that starts with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed gets a single
 * quote in front, so the spreadsheet shows it as text. Only the first character decides, whatever
 * the cell holds after it (line breaks, U+2028...): papaparse's own `escapeFormulae` tests a regular
 * expression whose `.` stops at a line break, so "=1+1\nx" went out as it was. The caller quotes
 * every cell (OWASP's other half), so the quote and what follows stay one cell.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

export function neutraliseFormula(cell: string): string {
  return cell.length > 0 && FORMULA_START.has(cell[0]!) ? `'${cell}` : cell;
}
