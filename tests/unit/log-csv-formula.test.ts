import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../src/log/csv-formula';
import { removalLogCsv } from '../../src/log/log-csv';

/**
 * The removal log's CSV export: every cell a spreadsheet could run as a
 * formula goes out with a quote in front, whatever follows its first character, line breaks and
 * U+2028 included; a cell that merely contains such a character elsewhere is left as it is.
 */
const DANGEROUS = [
  ['=', '=HYPERLINK("http://evil.example","x")'],
  ['+', '+1+cmd|calc'],
  ['-', '-2+3'],
  ['@', '@SUM(A1:A2)'],
  ['tab', '\t=1+1'],
  ['CR', '\r=1+1'],
  ['LF', '\n=1+1'],
  ['= with a line break', '=1+1\nsecond line'],
  ['= with CRLF', '=1+1\r\nsecond line'],
  ['= with U+2028', '=1+1\u2028second line'],
  ['= with U+2029', '=1+1\u2029x'],
  ['+ with a line break', '+1\n+2'],
  ['@ ending in a line break', '@x\n'],
] as const;

function exportedCells(name: string, reason: string): { name: string; reason: string } {
  const csv = removalLogCsv([
    {
      profileKey: 'p',
      profileUrl: 'https://www.linkedin.com/in/p/',
      name,
      at: Date.UTC(2026, 0, 1),
      reason,
      lost: null,
    },
  ]);
  const rows = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
  expect(rows).toHaveLength(2); // the header and one row: line breaks stay inside their cell
  return { name: rows[1]![0]!, reason: rows[1]![3]! };
}

describe('removal log CSV: formula escaping', () => {
  it.each(DANGEROUS)('neutralises a cell starting with %s', (_label, cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    const out = exportedCells(cell, `why: ${cell}`);
    expect(out.name).toBe(`'${cell}`);
  });

  it.each(DANGEROUS)('neutralises the reason column too (%s)', (_label, cell) => {
    expect(exportedCells('Jane Roe', cell).reason).toBe(`'${cell}`);
  });

  it('leaves other cells as they are, line breaks and inner signs included', () => {
    for (const cell of ['Jane Roe', 'Roe-Smith = friend', 'a\n=b', 'ACME @ Paris', '', "'=already"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
      expect(exportedCells(cell, 'r').name).toBe(cell);
    }
  });
});
