import { describe, expect, it } from 'vitest';
import type { ConnectedOn } from '../../src/core/connection';
import {
  burstThreshold,
  connectionsPerMonth,
  medianOf,
  monthLabel,
  niceCeiling,
  renderChartSvgModel,
} from '../../src/core/connections-per-month';

const exact = (date: string): ConnectedOn => ({ kind: 'exact', date });
const estimate = (date: string): ConnectedOn => ({
  kind: 'relative',
  text: 'Connected 2 years ago',
  estimate: date,
});
const UNKNOWN: ConnectedOn = { kind: 'unknown' };
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe('medianOf / burstThreshold', () => {
  it('takes the median of the periods that had any connection, with a floor', () => {
    expect(medianOf([])).toBe(0);
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 2, 3])).toBe(2.5);
    expect(burstThreshold([1, 2, 3, 0, 0, 0])).toBe(10); // 5 x 2 = 10 = the floor
    expect(burstThreshold([4, 4, 4, 100])).toBe(20);
    expect(burstThreshold([])).toBe(10);
  });
});

describe('connectionsPerMonth', () => {
  it('counts exact and estimated dates per month, unknown apart, and fills empty months', () => {
    const data = connectionsPerMonth([
      exact('2023-01-05'),
      exact('2023-01-20'),
      estimate('2023-03-01'),
      UNKNOWN,
      UNKNOWN,
    ]);
    expect(data.unknown).toBe(2);
    expect(data.months).toEqual([
      { month: '2023-01', exact: 2, estimated: 0, total: 2, isBurst: false },
      { month: '2023-02', exact: 0, estimated: 0, total: 0, isBurst: false },
      { month: '2023-03', exact: 0, estimated: 1, total: 1, isBurst: false },
    ]);
  });

  it('crosses year ends', () => {
    expect(
      connectionsPerMonth([exact('2022-11-30'), exact('2023-02-01')]).months.map((m) => m.month),
    ).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });

  it('flags a month of mass connecting, and not a month of estimates', () => {
    const quiet = ['2023-01', '2023-02', '2023-03', '2023-04'].flatMap((m) =>
      times(2, (i) => exact(`${m}-1${i}`)),
    );
    const burst = times(40, (i) => exact(`2023-05-${String(1 + (i % 28)).padStart(2, '0')}`));
    const guessed = times(40, () => estimate('2023-06-15'));
    const data = connectionsPerMonth([...quiet, ...burst, ...guessed]);
    expect(data.burstThreshold).toBe(10);
    expect(data.months.filter((m) => m.isBurst).map((m) => m.month)).toEqual(['2023-05']);
    expect(data.months.find((m) => m.month === '2023-06')).toMatchObject({ estimated: 40, isBurst: false });
  });

  it('is empty for no dated connection', () => {
    expect(connectionsPerMonth([UNKNOWN])).toEqual({ months: [], unknown: 1, burstThreshold: 10 });
  });
});

describe('renderChartSvgModel', () => {
  const size = { width: 440, height: 232, padding: { top: 8, right: 0, bottom: 24, left: 40 } }; // plot 400 x 200

  it('lays bars side by side on a round scale, burst and estimate marked', () => {
    const data = connectionsPerMonth([
      ...times(3, () => exact('2023-01-10')),
      ...times(40, () => exact('2023-02-10')),
      estimate('2023-03-10'),
      exact('2023-04-10'),
    ]);
    const model = renderChartSvgModel(data, size);
    expect(model.plot).toEqual({ x: 40, y: 8, width: 400, height: 200 });
    expect(model.bars).toHaveLength(4);
    const [jan, feb, mar] = model.bars;
    // Top of the scale is 50 (the round number above 40): 40 connections are 4/5 of 200 px.
    expect(feb).toMatchObject({
      month: '2023-02',
      count: 40,
      height: 160,
      y: 48,
      isBurst: true,
      label: 'Feb 2023: 40 connections, a burst',
    });
    expect(jan).toMatchObject({ x: 41, width: 98, height: 12, y: 196, isBurst: false });
    expect(feb!.x).toBeCloseTo(141);
    expect(mar).toMatchObject({
      height: 4,
      estimatedHeight: 4,
      label: 'Mar 2023: 1 connection (1 estimated)',
    });
    expect(model.yTicks.map((t) => [t.value, t.y])).toEqual([
      [0, 208],
      [25, 108],
      [50, 8],
    ]);
    expect(model.xLabels).toEqual([{ x: 40, label: '2023' }]);
    expect(model.unknownNote).toBeNull();
  });

  it('thins year labels when months are narrow', () => {
    const data = connectionsPerMonth([exact('2005-01-01'), exact('2024-12-01')]);
    const model = renderChartSvgModel(data, size); // 240 months in 400 px
    expect(model.bars).toHaveLength(240);
    const years = model.xLabels.map((l) => Number(l.label));
    expect(years).toEqual([2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]); // every 2nd year: 1 year is only 20 px
    for (let i = 1; i < model.xLabels.length; i++)
      expect(model.xLabels[i]!.x - model.xLabels[i - 1]!.x).toBeGreaterThanOrEqual(32);
  });

  it('draws nothing but the note when no date is known', () => {
    const model = renderChartSvgModel(connectionsPerMonth([UNKNOWN, UNKNOWN]), size);
    expect(model.bars).toEqual([]);
    expect(model.unknownNote).toBe('2 connections with no known date');
  });
});

describe('helpers', () => {
  it('niceCeiling and monthLabel', () => {
    expect([0, 1, 3, 7, 10, 11, 40, 99, 101, 2500].map(niceCeiling)).toEqual([
      0, 1, 5, 10, 10, 20, 50, 100, 200, 5000,
    ]);
    expect(monthLabel('2023-07')).toBe('Jul 2023');
  });
});
