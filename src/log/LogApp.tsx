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
import { plural } from '../ui/format';
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
      readLog().then(setRows, (e) =>
        setError(`QuietPrune could not read the removal log: ${(e as Error)?.message ?? String(e)}`),
      );
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
    setStatus(
      `Exported ${plural(entries.length, 'removal')} as CSV${query.trim() ? ' (the rows the filter shows)' : ''}.`,
    );
  }

  async function openProfile(entry: RemovalLogEntry) {
    setReconnecting(null);
    // Only ever a LinkedIn member profile, in its canonical form: the log could come from a restored file.
    const profile = normaliseProfileUrl(entry.profileUrl);
    if (!profile) {
      setError(
        `The link stored for ${entry.name || 'this person'} is not a LinkedIn profile link, so QuietPrune will not open it.`,
      );
      return;
    }
    await browser.tabs.create({ url: profile.url, active: true });
    setStatus(`Opened the profile of ${entry.name || 'this person'} in a new tab.`);
  }

  return (
    <div class="log-page">
      <header class="log-header">
        <h1>Removal log</h1>
        <a href="../options/index.html">Back to options</a>
      </header>
      {/* Everything below the title is the page's main landmark, so a screen reader can jump to it. */}
      <main>
        {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <div class="log-tools">
          <label for="log-filter">Filter</label>
          <input
            id="log-filter"
            type="search"
            value={query}
            placeholder="Name, link or reason"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <Button onClick={exportCsv} disabled={!rows || shown.length === 0}>
            Export CSV
          </Button>
        </div>
        <p role="status" class="log-status">
          {rows === null
            ? 'Loading…'
            : rows.length === 0
              ? 'Nobody has been removed yet.'
              : `${query.trim() ? `${shown.length} of ` : ''}${plural(rows.length, 'removal')}${status ? `. ${status}` : ''}`}
        </p>
        {rows && rows.length > 0 && (
          <table class="log-table">
            <caption class="visually-hidden">Removed connections, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Profile URL</th>
                <th scope="col">When</th>
                <th scope="col">Why</th>
                <th scope="col">What was lost</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
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

function LogRow({ entry, onReconnect }: { entry: RemovalLogEntry; onReconnect: () => void }) {
  if (entry.detailsDeleted)
    return (
      <tr data-details-deleted="true">
        <th scope="row" class="muted">
          Removal (details deleted)
        </th>
        <td colSpan={5}>
          <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at)}</time>
          <div class="muted">Kept without name or link until 24 hours old: the daily cap counts it.</div>
        </td>
      </tr>
    );
  const lost = lostLines(entry.lost);
  const state = stateLine(entry);
  return (
    <tr data-state={logStateOf(entry)} data-unexpected={entry.unexpected ? 'true' : undefined}>
      <th scope="row">
        {entry.name || <span class="muted">(no name)</span>}
        {state && <div class="log-state">{state}</div>}
      </th>
      <td class="log-url">{entry.profileUrl}</td>
      <td>
        <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at)}</time>
        {entry.confirmedAfterInterruption && (
          <div class="muted">
            confirmed by a later search (after an interruption, or LinkedIn’s search lagging)
          </div>
        )}
      </td>
      <td>{entry.reason}</td>
      <td>
        {lost === null ? (
          <span class="muted">Not known</span>
        ) : lost.length === 0 ? (
          'No endorsements or recommendations'
        ) : (
          <ul class="plain-list">
            {lost.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <Button small onClick={onReconnect} aria-label={`Reconnect with ${entry.name || entry.profileUrl}`}>
          Reconnect
        </Button>
      </td>
    </tr>
  );
}
