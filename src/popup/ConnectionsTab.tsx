import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Connection, ProfileKey } from '../core/connection';
import type { QueueStatus } from '../core/removal-queue';
import { t, tp } from '../ui/i18n';
import { RemovalWarningDialog, type PersonToWarnAbout } from '../ui/RemovalWarningDialog';
import type { Commands } from '../ui/use-commands';
import { useNow } from '../ui/use-now';
import { ConnectionList } from './ConnectionList';
import { whyNotSelectable } from './ConnectionRow';
import { ConnectionToolbar, ShownCount } from './ConnectionToolbar';
import {
  filterCounts,
  foldedNamesOf,
  prepareSearchTexts,
  searchTextsOf,
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

interface ConnectionsTabProps {
  data: PopupData | null;
  factsVersion: number;
  commands: Commands;
}

export function ConnectionsTab({ data, factsVersion, commands }: ConnectionsTabProps) {
  const now = useNow(30_000, data?.clockOffset ?? 0);
  const connections = data?.connections ?? EMPTY;
  // Until the whole list is read, `connections` is the list head: the default view's first screen.
  const whole = data?.allConnections ?? false;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder>('name');
  const [filter, setFilter] = useState<ListFilter>('current');
  const [selected, setSelected] = useState<ReadonlySet<ProfileKey>>(new Set());
  const [warningFor, setWarningFor] = useState<PersonToWarnAbout[] | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const suggested = useSuggestions(whole ? connections : EMPTY, factsVersion, now);

  // Search texts are folded ahead of the first keystroke, in idle slices.
  useEffect(() => (whole ? prepareSearchTexts(connections) : undefined), [connections, whole]);

  const marks: ListMarks = useMemo(() => {
    const queue = new Map<ProfileKey, QueueStatus>();
    for (const item of data?.queue ?? []) queue.set(item.profileKey, item.status);
    return { keep: data?.keep ?? new Set(), queue, suggested };
  }, [data?.queue, data?.keep, suggested]);

  // The head is already in the default view's order, and holds no one gone.
  const order = useMemo(
    () =>
      whole ? sortedPositions(connections, foldedNamesOf(connections), sort) : connections.map((_, i) => i),
    [connections, whole, sort],
  );
  const positions = useMemo(
    () =>
      visiblePositions(
        connections,
        order,
        filter,
        query,
        query.trim() ? searchTextsOf(connections) : null,
        marks,
      ),
    [connections, order, filter, query, marks],
  );
  const currentCount = data?.currentCount ?? 0;
  // Counting every filter looks up 30,000 keys (hashing each string once): after the first paint.
  const [counts, setCounts] = useState<Record<ListFilter, number> | null>(null);
  useEffect(() => {
    if (!whole) return;
    const timer = setTimeout(() => setCounts(filterCounts(connections, marks)), 0);
    return () => clearTimeout(timer);
  }, [connections, whole, marks]);
  // Any other view than the default one waits for the whole list (a moment after the first paint).
  const waitingForList = !whole && (query.trim() !== '' || filter !== 'current' || sort !== 'name');

  // Only people who may still be ticked count as selected (someone may have been kept or
  // queued from elsewhere meanwhile).
  const chosen = useMemo(() => {
    if (selected.size === 0) return EMPTY;
    return connections.filter(
      (c) =>
        selected.has(c.profileKey) &&
        whyNotSelectable(c, {
          kept: marks.keep.has(c.profileKey),
          queueStatus: marks.queue.get(c.profileKey),
        }) === null,
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
      if (keep)
        setSelected((old) =>
          old.has(connection.profileKey) ? new Set([...old].filter((k) => k !== connection.profileKey)) : old,
        );
      void commands.send({ type: 'keep/set', keep, people: [personRef(connection)] });
    },
    [commands.send],
  );

  async function confirmRemoval(
    reason: string,
    people: PersonToWarnAbout[],
    confirmedOnTheirOwn: ProfileKey[],
  ) {
    const reply = await commands.send<{ added: number; refused: string[] }>({
      type: 'queue/add',
      people: people.map(personRef),
      reason,
      warningConfirmed: true,
      confirmedOnTheirOwn,
    });
    if (!reply.ok) return; // the error banner says why; the dialog stays open to try again
    setWarningFor(null);
    setSelected(new Set());
    setOutcome(queueAddOutcome(reply.data));
  }

  if (!data) return <p class="loading muted">{t('popup_loading')}</p>;

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
              {tp('popup_gone', counts.gone)}{' '}
              <button type="button" class="link-button" onClick={() => setFilter('gone')}>
                {t('popup_showThem')}
              </button>
            </p>
          )}
          {waitingForList && <p class="loading muted">{t('popup_readingAll')}</p>}
          {!waitingForList && (query.trim() !== '' || filter !== 'current') && (
            <ShownCount shown={positions.length} searching={query.trim() !== ''} />
          )}
          {!waitingForList && (
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
          )}
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
          onConfirm={(reason, confirmed) => void confirmRemoval(reason, warningFor, confirmed)}
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
