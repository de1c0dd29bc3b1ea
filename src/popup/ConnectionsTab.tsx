import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Connection, ProfileKey } from '../core/connection';
import type { QueueStatus } from '../core/removal-queue';
import { plural } from '../ui/format';
import { RemovalWarningDialog, type PersonToWarnAbout } from '../ui/RemovalWarningDialog';
import type { Commands } from '../ui/use-commands';
import { useNow } from '../ui/use-now';
import { ConnectionList } from './ConnectionList';
import { whyNotSelectable } from './ConnectionRow';
import { ConnectionToolbar, ShownCount } from './ConnectionToolbar';
import {
  buildSearchTexts,
  foldNames,
  filterCounts,
  sortedPositions,
  visiblePositions,
  type ListFilter,
  type ListMarks,
  type SortOrder,
} from './connection-view';
import { EmptyState } from './EmptyState';
import type { PopupData } from './popup-data';
import { queueAddOutcome } from './queue-add-outcome';
import { SelectionBar } from './SelectionBar';
import { SyncPanel } from './SyncPanel';
import { useSuggestions } from './use-suggestions';

/**
 * The "Connections" tab: sync status, the searchable list, and ticking people for the removal
 * queue (through the removal warning).
 */

// Derived texts per loaded list (a new load is a new array). Names are folded before the first
// paint because the name order needs them; headlines are folded only for search, in idle time
// after the list shows or at once on the first keystroke if that comes sooner.
const foldedNameCache = new WeakMap<readonly Connection[], string[]>();
function foldedNamesFor(connections: readonly Connection[]): string[] {
  let names = foldedNameCache.get(connections);
  if (!names) foldedNameCache.set(connections, (names = foldNames(connections)));
  return names;
}
const searchTextCache = new WeakMap<readonly Connection[], string[]>();
function searchTextsFor(connections: readonly Connection[]): string[] {
  let texts = searchTextCache.get(connections);
  if (!texts) searchTextCache.set(connections, (texts = buildSearchTexts(connections, foldedNamesFor(connections))));
  return texts;
}

interface ConnectionsTabProps {
  data: PopupData | null;
  factsVersion: number;
  commands: Commands;
}

export function ConnectionsTab({ data, factsVersion, commands }: ConnectionsTabProps) {
  const now = useNow(30_000, data?.clockOffset ?? 0);
  const connections = data?.connections ?? EMPTY;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder>('name');
  const [filter, setFilter] = useState<ListFilter>('current');
  const [selected, setSelected] = useState<ReadonlySet<ProfileKey>>(new Set());
  const [warningFor, setWarningFor] = useState<PersonToWarnAbout[] | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const suggested = useSuggestions(connections, factsVersion, now);

  useEffect(() => {
    if (connections.length === 0) return;
    const id = requestIdleCallback(() => searchTextsFor(connections), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [connections]);

  const marks: ListMarks = useMemo(() => {
    const queue = new Map<ProfileKey, QueueStatus>();
    for (const item of data?.queue ?? []) queue.set(item.profileKey, item.status);
    return { keep: data?.keep ?? new Set(), queue, suggested };
  }, [data?.queue, data?.keep, suggested]);

  const order = useMemo(() => sortedPositions(connections, foldedNamesFor(connections), sort), [connections, sort]);
  const positions = useMemo(
    () => visiblePositions(connections, order, filter, query, query.trim() ? searchTextsFor(connections) : null, marks),
    [connections, order, filter, query, marks],
  );
  // Counting every filter looks up 30,000 keys (hashing each string once): after the first paint.
  const currentCount = useMemo(() => connections.reduce((n, c) => (c.goneAt === undefined ? n + 1 : n), 0), [connections]);
  const [counts, setCounts] = useState<Record<ListFilter, number> | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setCounts(filterCounts(connections, marks)), 0);
    return () => clearTimeout(timer);
  }, [connections, marks]);

  // Only people who may still be ticked count as selected (someone may have been kept or
  // queued from elsewhere meanwhile).
  const chosen = useMemo(() => {
    if (selected.size === 0) return EMPTY;
    return connections.filter(
      (c) =>
        selected.has(c.profileKey) &&
        whyNotSelectable(c, { kept: marks.keep.has(c.profileKey), queueStatus: marks.queue.get(c.profileKey) }) === null,
    );
  }, [connections, selected, marks]);

  const onToggleSelected = useCallback((connection: Connection) => {
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(connection.profileKey)) next.add(connection.profileKey);
      return next;
    });
  }, []);

  const onToggleKeep = useCallback(
    (connection: Connection, keep: boolean) => {
      if (keep) setSelected((old) => (old.has(connection.profileKey) ? new Set([...old].filter((k) => k !== connection.profileKey)) : old));
      void commands.send({ type: 'keep/set', keep, people: [personRef(connection)] });
    },
    [commands.send],
  );

  async function confirmRemoval(reason: string, people: PersonToWarnAbout[]) {
    const reply = await commands.send<{ added: number; refused: string[] }>({
      type: 'queue/add',
      people: people.map(personRef),
      reason,
      warningConfirmed: true,
    });
    if (!reply.ok) return; // the error banner says why; the dialog stays open to try again
    setWarningFor(null);
    setSelected(new Set());
    setOutcome(queueAddOutcome(reply.data));
  }

  if (!data) return <p class="loading muted">Loading your connections…</p>;

  const noOneYet = connections.length === 0;
  return (
    <div class="connections-tab">
      <SyncPanel sync={data.sync} connectionCount={currentCount} now={now} commands={commands} />
      {noOneYet && data.sync.status !== 'running' ? (
        <EmptyState />
      ) : (
        <>
          <ConnectionToolbar
            query={query}
            onQuery={setQuery}
            sort={sort}
            onSort={setSort}
            filter={filter}
            onFilter={setFilter}
            counts={counts}
          />
          {filter === 'current' && counts && counts.gone > 0 && (
            <p class="gone-hint muted">
              {plural(counts.gone, 'person', 'people')} gone since the last complete sync.{' '}
              <button type="button" class="link-button" onClick={() => setFilter('gone')}>
                Show them
              </button>
            </p>
          )}
          {(query.trim() !== '' || filter !== 'current') && <ShownCount shown={positions.length} searching={query.trim() !== ''} />}
          <ConnectionList
            connections={connections}
            positions={positions}
            marks={marks}
            selected={selected}
            now={now}
            onToggleSelected={onToggleSelected}
            onToggleKeep={onToggleKeep}
            resetKey={`${filter}|${sort}|${query}`}
          />
        </>
      )}
      {!noOneYet && (
        <SelectionBar
          ticked={chosen.length}
          outcome={outcome}
          onClear={() => setSelected(new Set())}
          onAdd={() => {
            setOutcome(null);
            setWarningFor(chosen.map((c) => ({ ...personRef(c), headline: c.headline })));
          }}
        />
      )}
      {warningFor && (
        <RemovalWarningDialog
          people={warningFor}
          busy={commands.isBusy('queue/add')}
          onConfirm={(reason) => confirmRemoval(reason, warningFor)}
          onCancel={() => setWarningFor(null)}
        />
      )}
    </div>
  );
}

const EMPTY: Connection[] = [];

function personRef(person: { profileKey: string; profileUrl: string; name: string }) {
  return { profileKey: person.profileKey, profileUrl: person.profileUrl, name: person.name };
}
