import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Connection } from '../core/connection';
import { VirtualList, type VirtualListHandle } from '../ui/VirtualList';
import { ConnectionRow, ROW_HEIGHT, whyNotSelectable } from './ConnectionRow';
import type { ListMarks } from './connection-view';
import { t } from '../ui/i18n';

/**
 * The connection list: virtualised rows with one roving tab stop. Tab enters the list once;
 * Up/Down (and Home/End, PageUp/PageDown) move between rows, staying on the same control
 * (checkbox or Keep); Space ticks the focused checkbox as any checkbox does.
 */
interface ConnectionListProps {
  connections: readonly Connection[];
  /** Positions into `connections`, in display order. */
  positions: readonly number[];
  marks: ListMarks;
  selected: ReadonlySet<string>;
  now: number;
  onToggleSelected: (connection: Connection) => void;
  onToggleKeep: (connection: Connection, keep: boolean) => void;
  /** Changes when the filter, search or order changes: the list then starts at the top again. */
  resetKey: string;
}

const PAGE_ROWS = 7;

export function ConnectionList(props: ConnectionListProps) {
  const { connections, positions, marks, selected, now, onToggleSelected, onToggleKeep, resetKey } = props;
  const handle = useRef<VirtualListHandle>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  useLayoutEffect(() => {
    setActiveIndex(0);
    handle.current?.element()?.scrollTo({ top: 0 });
  }, [resetKey]);

  function onKeyDown(event: KeyboardEvent) {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!from || positions.length === 0) return;
    const index = Number(from.dataset.index);
    const last = positions.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(last, index + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'PageDown'
            ? Math.min(last, index + PAGE_ROWS)
            : event.key === 'PageUp'
              ? Math.max(0, index - PAGE_ROWS)
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? last
                  : null;
    if (next === null) return;
    event.preventDefault();
    const col = (event.target as HTMLElement).dataset.col ?? 'select';
    setActiveIndex(next);
    // Same control in the target row, or its first usable one (a kept person's checkbox is disabled).
    handle.current?.focusRow(
      next,
      (row) =>
        row.querySelector<HTMLElement>(`[data-col="${col}"]:not(:disabled)`) ??
        row.querySelector<HTMLElement>('[data-col]:not(:disabled)'),
    );
  }

  function onFocusIn(event: FocusEvent) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) setActiveIndex(Number(row.dataset.index));
  }

  return (
    <div class="connection-list" onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      <VirtualList
        handle={handle}
        count={positions.length}
        rowHeight={ROW_HEIGHT}
        label={t('popup_tabConnections')}
        getKey={(index) => connections[positions[index]!]!.profileKey}
        renderRow={({ index, rowProps, rendered }) => {
          const connection = connections[positions[index]!]!;
          const key = connection.profileKey;
          const kept = marks.keep.has(key);
          const queueStatus = marks.queue.get(key);
          // The roving tab stop must be a rendered row, or Tab would skip the list entirely.
          const rovingIndex =
            activeIndex >= rendered.first && activeIndex <= rendered.last ? activeIndex : rendered.first;
          return (
            <ConnectionRow
              connection={connection}
              rowProps={rowProps}
              now={now}
              kept={kept}
              queueStatus={queueStatus}
              suggestion={marks.suggested.get(key)}
              // Someone kept or queued from elsewhere since they were ticked is no longer ticked.
              selected={selected.has(key) && whyNotSelectable(connection, { kept, queueStatus }) === null}
              tabbable={index === rovingIndex}
              onToggleSelected={onToggleSelected}
              onToggleKeep={onToggleKeep}
            />
          );
        }}
      />
    </div>
  );
}
