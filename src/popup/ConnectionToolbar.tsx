import { formatCount, plural } from '../ui/format';
import { SORT_LABELS, type ListFilter, type SortOrder } from './connection-view';

/** Search, order and filter for the connection list. */
interface ConnectionToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  /** null until counted (just after the first paint). */
  counts: Record<ListFilter, number> | null;
}

const FILTER_LABELS: Record<ListFilter, string> = {
  current: 'All',
  suggested: 'Suggested to remove',
  keep: 'Keep list',
  queued: 'In the queue',
  gone: 'No longer connected',
};

export function ConnectionToolbar({
  query,
  onQuery,
  sort,
  onSort,
  filter,
  onFilter,
  counts,
}: ConnectionToolbarProps) {
  return (
    <div class="toolbar">
      <input
        type="search"
        class="search"
        aria-label="Search connections"
        placeholder="Search…"
        // The likeliest first thing to do in the popup; Tab still reaches everything else.
        autoFocus
        value={query}
        onInput={(event) => onQuery((event.target as HTMLInputElement).value)}
      />
      <label class="visually-hidden" for="list-filter">
        Show
      </label>
      <select
        id="list-filter"
        value={filter}
        onChange={(event) => onFilter((event.target as HTMLSelectElement).value as ListFilter)}
      >
        {(Object.keys(FILTER_LABELS) as ListFilter[]).map((id) =>
          // Empty filters stay out of the menu, except the one in use (so the select shows it).
          id === 'current' || id === filter || (counts !== null && counts[id] > 0) ? (
            <option key={id} value={id}>
              {FILTER_LABELS[id]}
              {counts && ` (${formatCount(counts[id])})`}
            </option>
          ) : null,
        )}
      </select>
      <label class="visually-hidden" for="list-sort">
        Sort by
      </label>
      <select
        id="list-sort"
        value={sort}
        onChange={(event) => onSort((event.target as HTMLSelectElement).value as SortOrder)}
      >
        {(Object.keys(SORT_LABELS) as SortOrder[]).map((id) => (
          <option key={id} value={id}>
            {SORT_LABELS[id]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "12 shown" under a search or filter, so an empty result is never a mystery. */
export function ShownCount({ shown, searching }: { shown: number; searching: boolean }) {
  return (
    <p class="shown-count muted" role="status" aria-live="polite">
      {shown === 0
        ? searching
          ? 'No one matches this search.'
          : 'No one here.'
        : `${plural(shown, 'person', 'people')} shown`}
    </p>
  );
}
