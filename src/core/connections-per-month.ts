import type { ConnectedOn } from './connection';

/**
 * How many connections were made each month, for the options page's bar chart, with the months of
 * mass connecting flagged.
 *
 * Exact dates and estimates ("Connected 2 years ago", counted back from the day of the sync) are
 * counted apart, and unknown dates separately (never in a month). Bursts are decided on exact
 * dates only: estimates of one age all land in one month and would make a burst out of nothing.
 */

/** A period is a burst when it has at least this many connections... */
export const BURST_FLOOR = 10;
/** ...and at least this many times the median of the periods that had any. */
export const BURST_FACTOR = 5;

/** `max(floor, factor x median)` of the non-zero counts: where a burst starts. */
export function burstThreshold(counts: Iterable<number>, floor = BURST_FLOOR, factor = BURST_FACTOR): number {
  return Math.max(floor, factor * medianOf([...counts].filter((n) => n > 0)));
}

/** The median (0 for no values). */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  exact: number;
  estimated: number;
  total: number;
  isBurst: boolean;
}

export interface ConnectionsPerMonth {
  /** Every month from the first to the last with a connection, empty months included, oldest first. */
  months: MonthCount[];
  /** Connections whose date is not known at all. */
  unknown: number;
  /** Exact connections in a month needed to flag it as a burst. */
  burstThreshold: number;
}

export function connectionsPerMonth(dates: Iterable<ConnectedOn>): ConnectionsPerMonth {
  const exact = new Map<string, number>();
  const estimated = new Map<string, number>();
  let unknown = 0;
  for (const on of dates) {
    const month = monthOf(on);
    if (month === null) unknown++;
    else if (on.kind === 'exact') exact.set(month, (exact.get(month) ?? 0) + 1);
    else estimated.set(month, (estimated.get(month) ?? 0) + 1);
  }
  const threshold = burstThreshold(exact.values());
  const seen = [...exact.keys(), ...estimated.keys()].sort();
  const months: MonthCount[] = [];
  if (seen.length > 0) {
    for (let month = seen[0]!; month <= seen[seen.length - 1]!; month = nextMonth(month)) {
      const e = exact.get(month) ?? 0;
      const s = estimated.get(month) ?? 0;
      months.push({ month, exact: e, estimated: s, total: e + s, isBurst: e >= threshold });
    }
  }
  return { months, unknown, burstThreshold: threshold };
}

function monthOf(on: ConnectedOn): string | null {
  const date = on.kind === 'exact' ? on.date : on.kind === 'relative' ? on.estimate : null;
  return date !== null && /^\d{4}-(0[1-9]|1[0-2])/.test(date) ? date.slice(0, 7) : null;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-07" -> "Jul 2023". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? '?'} ${month.slice(0, 4)}`;
}

/** "2023-07-04" (or an ISO datetime) -> "4 Jul 2023": the way the export itself writes dates. */
export function dayLabel(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))} ${monthLabel(isoDate.slice(0, 7))}`;
}

// ---- Chart geometry -------------------------------------------------------------------------

export interface ChartBar {
  month: string;
  /** What a tooltip or a screen reader says: "Jul 2023: 57 connections, a burst". */
  label: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The top part of the bar that is estimated dates (drawn lighter); 0 when all are exact. */
  estimatedHeight: number;
  isBurst: boolean;
}

export interface ChartSvgModel {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { x: number; y: number; width: number; height: number };
  bars: ChartBar[];
  /** Horizontal grid lines with their values. */
  yTicks: Array<{ value: number; y: number; label: string }>;
  /** Year labels under the first month of each shown year. */
  xLabels: Array<{ x: number; label: string }>;
  /** A line for connections with no known date ("12 connections with no known date"), or null. */
  unknownNote: string | null;
}

export interface ChartSize {
  width: number;
  height: number;
  padding?: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_PADDING = { top: 8, right: 8, bottom: 24, left: 40 };
/** Year labels closer than this (in px) would overlap: show every other year, every fifth... */
const MIN_LABEL_SPACING = 32;

/** Bar geometry for an SVG of the given size (SVG coordinates: y grows downwards). */
export function renderChartSvgModel(data: ConnectionsPerMonth, size: ChartSize): ChartSvgModel {
  const pad = size.padding ?? DEFAULT_PADDING;
  const plot = {
    x: pad.left,
    y: pad.top,
    width: Math.max(0, size.width - pad.left - pad.right),
    height: Math.max(0, size.height - pad.top - pad.bottom),
  };
  const unknownNote =
    data.unknown > 0
      ? `${data.unknown} ${data.unknown === 1 ? 'connection' : 'connections'} with no known date`
      : null;
  const base = { width: size.width, height: size.height, plot, unknownNote };
  if (data.months.length === 0) return { ...base, bars: [], yTicks: [], xLabels: [] };

  const top = niceCeiling(Math.max(...data.months.map((m) => m.total)));
  const slot = plot.width / data.months.length;
  const gap = slot >= 4 ? Math.min(2, slot * 0.2) : 0;
  const scale = (n: number) => (top === 0 ? 0 : (n / top) * plot.height);
  const bottom = plot.y + plot.height;

  const bars = data.months.map((m, i): ChartBar => {
    const height = scale(m.total);
    return {
      month: m.month,
      label:
        `${monthLabel(m.month)}: ${m.total} ${m.total === 1 ? 'connection' : 'connections'}` +
        (m.estimated > 0 ? ` (${m.estimated} estimated)` : '') +
        (m.isBurst ? ', a burst' : ''),
      count: m.total,
      x: plot.x + i * slot + gap / 2,
      y: bottom - height,
      width: slot - gap,
      height,
      estimatedHeight: scale(m.estimated),
      isBurst: m.isBurst,
    };
  });

  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => top * f)
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ value, y: bottom - scale(value), label: String(value) }));

  // Year labels at each January (every `step` years when space is short); the first month gets its
  // year too unless the next January's label would crowd it.
  const step = [1, 2, 5, 10, 20].find((s) => s * 12 * slot >= MIN_LABEL_SPACING) ?? 50;
  const xLabels: ChartSvgModel['xLabels'] = [];
  data.months.forEach((m, i) => {
    const year = Number(m.month.slice(0, 4));
    const monthNumber = Number(m.month.slice(5, 7));
    const x = plot.x + i * slot;
    if (monthNumber === 1 && year % step === 0) xLabels.push({ x, label: String(year) });
    else if (i === 0 && monthNumber !== 1 && (13 - monthNumber) * slot >= MIN_LABEL_SPACING)
      xLabels.push({ x, label: String(year) });
  });

  return { ...base, bars, yTicks, xLabels };
}

/** The smallest of 1, 2, 5 x 10^k at or above n (0 stays 0): a round top for the axis. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const f of [1, 2, 5, 10]) if (f * power >= n) return f * power;
  return 10 * power;
}
