import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { logStateOf, type RemovalLogEntry } from '../core/removal-log';
import { foldForSearch, matchesQuery } from '../core/search-text';
import { normaliseProfileUrl } from '../linkedin/profile-url';
import { onBroadcast } from '../platform/messaging';
import { database } from '../storage/db';
import { allRemovalLog } from '../storage/queries';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { t, tp } from '../ui/i18n';
import { downloadBlob } from '../options/download';
import { removalLogCsv, removalLogFileName } from './log-csv';
import { formatWhen, lostLines, stateLine } from './log-wording';
import { ReconnectDialog } from './ReconnectDialog';

/**
 * The removal log: everyone QuietPrune removed, newest first, with why and what went with them.
 * A confirmation LinkedIn has not answered yet (pending), one it did not carry out (still listed)
 * and someone who left without being queued (unexpected) are each said so on their row.
 * Profile links are shown as text, never as links: following one is a visit the person can see,
 * so the only way to open one is "Reconnect", which explains that first.
 */
interface Row {
  entry: RemovalLogEntry;
  /** Name, link and reason, folded once for the filter. */
  haystack: string;
}

async function readLog(): Promise<Row[]> {
  const entries = await allRemovalLog(await database());
  entries.sort((a, b) => b.at - a.at);
  return entries.map((entry) => ({
    entry,
    haystack: foldForSearch(`${entry.name} ${entry.profileUrl} ${entry.reason}`),
  }));
}

export function LogApp() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [reconnecting, setReconnecting] = useState<RemovalLogEntry | null>(null);

  useEffect(() => {
    const load = () =>
      readLog().then(setRows, (e) => setError(t('log_readError', (e as Error)?.message ?? String(e))));
    void load();
    return onBroadcast((message) => {
      if (message.what.includes('log')) void load();
    });
  }, []);

  const shown = useMemo(() => (rows ?? []).filter((row) => matchesQuery(row.haystack, query)), [rows, query]);

  function exportCsv() {
    const entries = shown.map((row) => row.entry);
    downloadBlob(
      new Blob([removalLogCsv(entries)], { type: 'text/csv;charset=utf-8' }),
      removalLogFileName(Date.now()),
    );
    setStatus(query.trim() ? tp('log_exportedFiltered', entries.length) : tp('log_exported', entries.length));
  }

  async function openProfile(entry: RemovalLogEntry) {
    setReconnecting(null);
    // Only ever a LinkedIn member profile, in its canonical form: the log could come from a restored file.
    const profile = normaliseProfileUrl(entry.profileUrl);
    if (!profile) {
      setError(t('log_badLink', entry.name || t('warning_thisPerson')));
      return;
    }
    await browser.tabs.create({ url: profile.url, active: true });
    setStatus(t('log_opened', entry.name || t('warning_thisPerson')));
  }

  return (
    <div class="log-page">
      <header class="log-header">
        <h1>{t('log_title')}</h1>
        <a href="../options/index.html">{t('log_back')}</a>
      </header>
      {/* Everything below the title is the page's main landmark, so a screen reader can jump to it. */}
      <main>
        {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <div class="log-tools">
          <label for="log-filter">{t('log_filter')}</label>
          <input
            id="log-filter"
            type="search"
            value={query}
            placeholder={t('log_filterPlaceholder')}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <Button onClick={exportCsv} disabled={!rows || shown.length === 0}>
            {t('log_export')}
          </Button>
        </div>
        <p role="status" class="log-status">
          {rows === null
            ? t('log_loading')
            : rows.length === 0
              ? t('log_empty')
              : countLine(query.trim() ? shown.length : null, rows.length, status)}
        </p>
        {rows && rows.length > 0 && (
          <table class="log-table">
            <caption class="visually-hidden">{t('log_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('log_colName')}</th>
                <th scope="col">{t('log_colUrl')}</th>
                <th scope="col">{t('log_colWhen')}</th>
                <th scope="col">{t('log_colWhy')}</th>
                <th scope="col">{t('log_colLost')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('log_colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ entry }) => (
                <LogRow
                  key={entry.id ?? `${entry.profileKey}@${entry.at}`}
                  entry={entry}
                  onReconnect={() => setReconnecting(entry)}
                />
              ))}
            </tbody>
          </table>
        )}
        {reconnecting && (
          <ReconnectDialog
            entry={reconnecting}
            onOpen={() => void openProfile(reconnecting)}
            onCancel={() => setReconnecting(null)}
          />
        )}
      </main>
    </div>
  );
}

/** "12 removals", "3 of 12 removals" under a filter, and what the last action did. */
function countLine(filtered: number | null, total: number, status: string): string {
  const count = filtered === null ? tp('log_count', total) : tp('log_countFiltered', total, filtered);
  return status ? `${count}. ${status}` : count;
}

function LogRow({ entry, onReconnect }: { entry: RemovalLogEntry; onReconnect: () => void }) {
  if (entry.detailsDeleted)
    return (
      <tr data-details-deleted="true">
        <th scope="row" class="muted">
          {t('log_detailsDeleted')}
        </th>
        <td colSpan={5}>
          <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at)}</time>
          <div class="muted">{t('log_detailsDeletedNote')}</div>
        </td>
      </tr>
    );
  const lost = lostLines(entry.lost);
  const state = stateLine(entry);
  return (
    <tr data-state={logStateOf(entry)} data-unexpected={entry.unexpected ? 'true' : undefined}>
      <th scope="row">
        {entry.name || <span class="muted">{t('log_noName')}</span>}
        {state && <div class="log-state">{state}</div>}
      </th>
      <td class="log-url">{entry.profileUrl}</td>
      <td>
        <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at)}</time>
        {entry.confirmedAfterInterruption && <div class="muted">{t('log_confirmedLater')}</div>}
      </td>
      <td>{entry.reason}</td>
      <td>
        {lost === null ? (
          <span class="muted">{t('log_lostUnknown')}</span>
        ) : lost.length === 0 ? (
          t('log_lostNothing')
        ) : (
          <ul class="plain-list">
            {lost.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <Button
          small
          onClick={onReconnect}
          aria-label={t('log_reconnectLabel', entry.name || entry.profileUrl)}
        >
          {t('log_reconnect')}
        </Button>
      </td>
    </tr>
  );
}
