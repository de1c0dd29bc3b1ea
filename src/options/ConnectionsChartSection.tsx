import { useMemo } from 'preact/hooks';
import type { Connection } from '../core/connection';
import {
  connectionsPerMonth,
  monthLabel,
  renderChartSvgModel,
  type ConnectionsPerMonth,
} from '../core/connections-per-month';
import { formatCount, plural } from '../ui/format';
import { Section } from './Section';
import { t } from '../ui/i18n';

const CHART_SIZE = { width: 720, height: 220 };

/**
 * Connections per month as a bar chart, with months of mass connecting highlighted. The chart is
 * an image to a screen reader; the same facts are given as a sentence, and as a table on request.
 */
export function ConnectionsChartSection({ connections }: { connections: Connection[] }) {
  const data = useMemo(
    () => connectionsPerMonth(connections.filter((c) => c.goneAt === undefined).map((c) => c.connectedOn)),
    [connections],
  );
  const model = useMemo(() => renderChartSvgModel(data, CHART_SIZE), [data]);
  const summary = describeChart(data);

  return (
    <Section
      id="chart"
      title={t('options_chart')}
      intro="When you made your connections. Months with far more new connections than usual (judged on exact dates only) are highlighted: people from those months are often worth a second look."
    >
      {data.months.length === 0 ? (
        <p class="muted">
          {data.unknown > 0
            ? `${plural(data.unknown, 'connection')}, none with a known date. Import your LinkedIn data export for exact dates.`
            : 'No connections stored yet. Sync your connections or import your data export first.'}
        </p>
      ) : (
        <>
          <svg
            class="chart"
            viewBox={`0 0 ${model.width} ${model.height}`}
            role="img"
            aria-labelledby="chart-summary"
          >
            {model.yTicks.map((tick) => (
              <g key={tick.value} class="chart-grid">
                <line x1={model.plot.x} x2={model.plot.x + model.plot.width} y1={tick.y} y2={tick.y} />
                <text x={model.plot.x - 6} y={tick.y + 4} text-anchor="end">
                  {tick.label}
                </text>
              </g>
            ))}
            {model.bars.map((bar) => (
              <g key={bar.month} class={bar.isBurst ? 'chart-bar burst' : 'chart-bar'}>
                <title>{bar.label}</title>
                <rect
                  x={bar.x}
                  y={bar.y + bar.estimatedHeight}
                  width={bar.width}
                  height={Math.max(0, bar.height - bar.estimatedHeight)}
                />
                {bar.estimatedHeight > 0 && (
                  <rect
                    class="estimated"
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.estimatedHeight}
                  />
                )}
              </g>
            ))}
            {model.xLabels.map((label) => (
              <text
                key={label.label}
                class="chart-axis"
                x={label.x}
                y={model.plot.y + model.plot.height + 16}
              >
                {label.label}
              </text>
            ))}
          </svg>
          <p class="chart-legend" aria-hidden="true">
            <span class="swatch" /> exact date <span class="swatch estimated" /> estimated from “Connected …
            ago” <span class="swatch burst" /> burst month
          </p>
          <p id="chart-summary">{summary}</p>
          <details>
            <summary>Show the months as a table</summary>
            <table class="file-table">
              <caption class="visually-hidden">Connections per month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Connections</th>
                  <th scope="col">Of them estimated</th>
                  <th scope="col">Burst</th>
                </tr>
              </thead>
              <tbody>
                {data.months
                  .filter((m) => m.total > 0)
                  .map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthLabel(m.month)}</th>
                      <td>{formatCount(m.total)}</td>
                      <td>{formatCount(m.estimated)}</td>
                      <td>{m.isBurst ? 'Yes' : ''}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </Section>
  );
}

/** The chart in one paragraph: span, busiest month, bursts, and what has no date. */
export function describeChart(data: ConnectionsPerMonth): string {
  const first = data.months[0];
  const last = data.months[data.months.length - 1];
  if (!first || !last) return 'No connection has a known date.';
  const dated = data.months.reduce((sum, m) => sum + m.total, 0);
  const busiest = data.months.reduce((best, m) => (m.total > best.total ? m : best), first);
  const bursts = data.months.filter((m) => m.isBurst).map((m) => `${monthLabel(m.month)} (${m.exact})`);
  const parts = [
    `${plural(dated, 'connection')} with a known or estimated date, from ${monthLabel(first.month)} to ${monthLabel(last.month)}.`,
    `Busiest month: ${monthLabel(busiest.month)}, with ${formatCount(busiest.total)}.`,
    bursts.length > 0
      ? `Burst ${bursts.length === 1 ? 'month' : 'months'} (at least ${data.burstThreshold} exact-dated connections): ${bursts.join(', ')}.`
      : 'No burst months.',
  ];
  if (data.unknown > 0)
    parts.push(
      `${plural(data.unknown, 'connection')} with no known date ${data.unknown === 1 ? 'is' : 'are'} not shown.`,
    );
  return parts.join(' ');
}
