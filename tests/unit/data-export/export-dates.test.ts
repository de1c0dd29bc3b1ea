import { describe, expect, it } from 'vitest';
import {
  isLocaleDependentDate,
  readExportDate,
  slashOrderEvidence,
  toIsoDateTime,
} from '../../../src/data-export/export-dates';

describe('readExportDate: LinkedIn forms', () => {
  it.each([
    ['04 Jul 2023', '2023-07-04', null],
    ['4 Jul 2023', '2023-07-04', null],
    ['29 Feb 2024', '2024-02-29', null],
    ['1/8/18, 6:14 PM', '2018-01-08', '18:14:00'],
    ['12/24/23, 05:28 AM', '2023-12-24', '05:28:00'],
    ['6/14/24, 12:05 AM', '2024-06-14', '00:05:00'],
    ['6/14/24, 12:05 PM', '2024-06-14', '12:05:00'],
    ['2021/08/11 11:00:31 UTC', '2021-08-11', '11:00:31'],
    ['2023-07-04 10:35:00 UTC', '2023-07-04', '10:35:00'],
    ['2019-11-06T02:08:20', '2019-11-06', '02:08:20'],
  ])('%s', (text, date, time) => {
    expect(readExportDate(text)).toEqual({ date, time });
  });

  it('reads a zone offset into UTC, across midnight', () => {
    expect(readExportDate('2023-07-04T23:30:00+02:00')).toEqual({ date: '2023-07-04', time: '21:30:00' });
    expect(readExportDate('2023-07-04T23:30:00-02:00')).toEqual({ date: '2023-07-05', time: '01:30:00' });
  });
});

describe('readExportDate: spreadsheet forms', () => {
  it.each([
    ['2023-07-04', '2023-07-04'],
    ['2023-07-04 00:00', '2023-07-04'],
    ['4-Jul-23', '2023-07-04'],
    ['Jul 4, 2023', '2023-07-04'],
    ['July 4, 2023', '2023-07-04'],
    ['04.07.2023', '2023-07-04'], // dots: always day first
    ['13/7/2023', '2023-07-13'], // only one reading possible
    ['7/13/2023', '2023-07-13'],
  ])('%s', (text, date) => {
    expect(readExportDate(text)?.date).toBe(date);
  });

  it('reads 7/4/2023 only when the order is known', () => {
    expect(readExportDate('7/4/2023')).toBeNull();
    expect(readExportDate('7/4/2023', 'month-first')?.date).toBe('2023-07-04');
    expect(readExportDate('7/4/2023', 'day-first')?.date).toBe('2023-04-07');
  });

  it('keeps LinkedIn US dates month first whatever the file order', () => {
    expect(readExportDate('1/8/18, 6:14 PM', 'day-first')?.date).toBe('2018-01-08');
  });
});

describe('readExportDate: not dates', () => {
  it.each([
    '',
    '   ',
    'not a date',
    '31 Feb 2023',
    '13/13/2023',
    '04 Jux 2023',
    '1999-01-01',
    '2023-07-04 25:00:00 UTC',
    'Sat Jun 17',
  ])('%j is null', (text) => {
    expect(readExportDate(text, 'month-first')).toBeNull();
  });
});

describe('day/month order evidence', () => {
  it('tells the order only when a day above 12 shows it', () => {
    expect(slashOrderEvidence('13/07/2023')).toBe('day-first');
    expect(slashOrderEvidence('07/13/2023')).toBe('month-first');
    expect(slashOrderEvidence('07/04/2023')).toBeNull();
    expect(slashOrderEvidence('04.07.2023')).toBeNull();
    expect(slashOrderEvidence('1/13/18, 6:14 PM')).toBeNull(); // LinkedIn's own form needs no evidence
  });

  it('knows which dates depend on the locale', () => {
    expect(isLocaleDependentDate('7/4/2023')).toBe(true);
    expect(isLocaleDependentDate('7/13/2023')).toBe(false);
    expect(isLocaleDependentDate('04 Jul 2023')).toBe(false);
    expect(isLocaleDependentDate('1/8/18, 6:14 PM')).toBe(false);
  });
});

describe('toIsoDateTime', () => {
  it('gives midnight UTC to a date without a time', () => {
    expect(toIsoDateTime({ date: '2023-07-04', time: null })).toBe('2023-07-04T00:00:00Z');
    expect(toIsoDateTime({ date: '2023-07-04', time: '10:35:00' })).toBe('2023-07-04T10:35:00Z');
  });
});
