/**
 * The benchmark's results and budgets: the names it reports, in table order, how each is
 * measured (one line, for the table), and the check against bench/budgets.json.
 */
export const METRICS = [
  'popup_first_rows_ms_0',
  'popup_first_rows_ms_1000',
  'popup_first_rows_ms_30000',
  'popup_scaling_ratio',
  'search_keystroke_ms_30000',
  'scroll_long_tasks_30000',
  'popup_heap_mb_30000',
  'sync_cpu_ms_per_1000_cards',
  'sync_ms_per_1000_cards_store_pace',
  'quick_sync_cards_read_5_new_of_5000',
  'import_connections_csv_ms_30000',
  'import_overhead_ratio_30000',
  'reimport_ms_30000',
  'reimport_ratio_30000',
  'import_messages_csv_ms_200mb',
  'import_messages_csv_peak_mb',
  'name_match_ms_40000_same_name',
  'bundle_gzip_kb_popup',
  'bundle_gzip_kb_content',
  'bundle_gzip_kb_worker',
  'idb_bytes_30000',
] as const;

export type MetricName = (typeof METRICS)[number];

export interface Result {
  name: MetricName;
  value: number;
  unit: string;
}

/** A result with the line the table prints beside it (how it was measured, at what size). */
export interface Measured extends Result {
  note: string;
}

/** bench/budgets.json: the most each metric may be. Metrics without a budget are only reported. */
export type Budgets = Partial<Record<MetricName, { max: number }>>;

export interface Verdict {
  name: MetricName;
  value: number;
  max: number | null;
  ok: boolean;
}

export function checkBudgets(results: readonly Result[], budgets: Budgets): Verdict[] {
  return results.map((r) => {
    const max = budgets[r.name]?.max ?? null;
    return {
      name: r.name,
      value: r.value,
      max,
      ok: max === null || (Number.isFinite(r.value) && r.value <= max),
    };
  });
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'bytes')
    return `${(value / 1_000_000).toFixed(2)} MB (${Math.round(value).toLocaleString('en-US')} bytes)`;
  const digits =
    unit === 'ratio'
      ? 2
      : unit === 'kB' || unit === 'MB'
        ? 1
        : unit === 'count'
          ? 0
          : Math.abs(value) < 10
            ? 1
            : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The table as Markdown: metric, value, budget, verdict, how it was measured. */
export function resultTable(measured: readonly Measured[], budgets: Budgets): string {
  const verdicts = new Map(checkBudgets(measured, budgets).map((v) => [v.name, v]));
  const rows = measured.map((m) => {
    const v = verdicts.get(m.name)!;
    const budget = v.max === null ? '—' : `≤ ${formatValue(v.max, m.unit)}`;
    const verdict = v.max === null ? '' : v.ok ? 'pass' : '**FAIL**';
    return `| \`${m.name}\` | ${formatValue(m.value, m.unit)} | ${budget} | ${verdict} | ${m.note} |`;
  });
  return ['| metric | value | budget | | how |', '| --- | ---: | ---: | --- | --- |', ...rows].join('\n');
}

/** bench/results.json: the list of { name, value, unit }, in table order. */
export function resultsJson(measured: readonly Result[]): string {
  const results: Result[] = measured.map(({ name, value, unit }) => ({
    name,
    value: Number(value.toFixed(3)),
    unit,
  }));
  return `${JSON.stringify(results, null, 2)}\n`;
}
