import { describe, expect, it } from 'vitest';
import { CsvRowStream } from '../../../src/data-export/csv-row-stream';

function rowsOf(text: string, pieceSize = text.length): string[][] {
  const rows: string[][] = [];
  const stream = new CsvRowStream((row) => rows.push(row));
  for (let at = 0; at < text.length; at += pieceSize) stream.push(text.slice(at, at + pieceSize));
  stream.end();
  return rows;
}

const TRICKY = 'a,b,c\n"Roe, PMP","line one\nline two","say ""hi"""\n\n x ,y,\n';
const EXPECTED = [
  ['a', 'b', 'c'],
  ['Roe, PMP', 'line one\nline two', 'say "hi"'],
  [' x ', 'y', ''],
];

/** Enough rows to fill the first chunk (held back for guessing), so that TRICKY is really streamed. */
const PADDING = 'p,q,r\n'.repeat(15_000);

describe('CsvRowStream', () => {
  it.each([1, 2, 3, 7, 1000])('gives the same rows whatever the chunk size (%i)', (size) => {
    expect(rowsOf(TRICKY, size)).toEqual(EXPECTED);
    const streamed = rowsOf(PADDING + TRICKY, size);
    expect(streamed.length).toBe(15_000 + EXPECTED.length);
    expect(streamed.slice(15_000)).toEqual(EXPECTED);
  });

  it('reads CRLF files and a last row without a newline', () => {
    expect(rowsOf('a,b\r\n1,2\r\n3,4', 3)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('guesses tabs and semicolons as delimiters', () => {
    expect(rowsOf('"A"\t"B, C"\r\n"1"\t"2"\r\n')).toEqual([
      ['A', 'B, C'],
      ['1', '2'],
    ]);
    expect(rowsOf('A;B;C\n1;2,5;3\n')).toEqual([
      ['A', 'B', 'C'],
      ['1', '2,5', '3'],
    ]);
  });

  it('streams a file far larger than its first chunk, row by row', () => {
    const line = 'Jane,"Roe, PMP",https://www.linkedin.com/in/jane\n';
    const text = 'First,Last,URL\n' + line.repeat(20_000);
    let count = 0;
    const stream = new CsvRowStream(() => count++);
    for (let at = 0; at < text.length; at += 4096) stream.push(text.slice(at, at + 4096));
    stream.end();
    expect(count).toBe(20_001);
  });

  it('reports a file that ends inside a quoted field', () => {
    const stream = new CsvRowStream(() => {});
    stream.push('a,b\n1,"never closed\n2,3\n');
    stream.end();
    expect(stream.problems.unclosedQuote).toBe(true);
  });

  it('rethrows an error thrown by the row handler instead of losing it', () => {
    const stream = new CsvRowStream((row) => {
      if (row[0] === 'bad') throw new Error('row handler failed');
    });
    expect(() => {
      stream.push('a,b\nbad,row\n');
      stream.end();
    }).toThrow('row handler failed');
  });
});
