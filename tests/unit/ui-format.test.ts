import { describe, expect, it } from 'vitest';
import {
  connectedLabel,
  formatCount,
  formatCountdown,
  initials,
  monthYear,
  plural,
  timeAgo,
} from '../../src/ui/format';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-06-15T12:00:00Z');

describe('formatCount and plural', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [30000, '30,000'],
    [1234567, '1,234,567'],
  ])('%d -> %s', (n, text) => expect(formatCount(n)).toBe(text));

  it('uses the singular only for exactly one', () => {
    expect(plural(1, 'connection')).toBe('1 connection');
    expect(plural(0, 'connection')).toBe('0 connections');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});

describe('timeAgo', () => {
  it.each([
    [30_000, 'just now'],
    [-5 * MIN, 'just now'], // a clock slightly ahead never gives "in -5 minutes"
    [MIN, '1 minute ago'],
    [59 * MIN, '59 minutes ago'],
    [3 * HOUR + 59 * MIN, '3 hours ago'],
    [DAY, '1 day ago'],
    [20 * DAY, '20 days ago'],
    [62 * DAY, '2 months ago'],
    [2 * 366 * DAY, '2 years ago'],
  ])('%d ms ago -> %s', (elapsed, text) => expect(timeAgo(NOW - elapsed, NOW)).toBe(text));
});

describe('formatCountdown', () => {
  it.each([
    [83_000, '1:23'],
    [82_001, '1:23'], // rounds up: never says 0:00 while time is left
    [5_000, '0:05'],
    [3_723_000, '1:02:03'],
    [-1000, '0:00'],
  ])('%d ms -> %s', (ms, text) => expect(formatCountdown(ms)).toBe(text));
});

describe('connectedLabel', () => {
  it('gives month and year for an exact date', () => {
    expect(connectedLabel({ kind: 'exact', date: '2026-06-03' }, NOW)).toBe('Connected Jun 2026');
    expect(monthYear('2019-01-31')).toBe('Jan 2019');
  });

  it('marks an estimate as an estimate, counted from the estimated date', () => {
    expect(
      connectedLabel({ kind: 'relative', text: 'Connected 2 years ago', estimate: '2024-05-01' }, NOW),
    ).toBe('Connected about 2 years ago (estimate)');
    expect(
      connectedLabel({ kind: 'relative', text: 'Connected 3 months ago', estimate: '2026-03-10' }, NOW),
    ).toBe('Connected about 3 months ago (estimate)');
    expect(
      connectedLabel({ kind: 'relative', text: 'Connected 2 weeks ago', estimate: '2026-06-01' }, NOW),
    ).toBe('Connected about 2 weeks ago (estimate)');
  });

  it('says unknown when it is unknown, and never invents a date from bad input', () => {
    expect(connectedLabel({ kind: 'unknown' }, NOW)).toBe('Connection date unknown');
    expect(connectedLabel({ kind: 'exact', date: 'June 2026' }, NOW)).toBe('Connection date unknown');
    expect(connectedLabel({ kind: 'exact', date: '2026-13-01' }, NOW)).toBe('Connection date unknown');
    expect(connectedLabel({ kind: 'relative', text: '?', estimate: 'soon' }, NOW)).toBe(
      'Connection date unknown',
    );
  });
});

describe('initials', () => {
  it.each([
    ['Jane Doe', 'JD'],
    ['jane van der berg', 'JB'],
    ['Jane Roe, PMP', 'JR'],
    ['Łukasz Nowak', 'ŁN'],
    ['Jane Doe 2', 'JD'],
    ['  Cher  ', 'C'],
    ['"Sam" Ray', 'SR'],
    ['山田 太郎', '山太'],
    ['😀 Sam Smile', 'SS'], // decoration is not a letter
    ['𝓙ane 𝓓oe', '𝓙𝓓'], // letters outside the BMP stay whole (no half surrogate pairs)
    ['😀', '?'],
    ['', '?'],
    ['   ', '?'],
    ['42', '4'],
  ])('%j -> %s', (name, text) => expect(initials(name)).toBe(text));
});
