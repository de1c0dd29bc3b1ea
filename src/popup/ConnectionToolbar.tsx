import { t, tp } from '../ui/i18n';
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

const FILTER_LABELS: Record<ListFilter, () => string> = {
  current: () => t('filter_current'),
  suggested: () => t('filter_suggested'),
  keep: () => t('filter_keep'),
  queued: () => t('filter_queued'),
  gone: () => t('filter_gone'),
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
        aria-label={t('toolbar_search')}
        placeholder={t('toolbar_searchPlaceholder')}
        // The likeliest first thing to do in the popup; Tab still reaches everything else.
        autoFocus
        value={query}
        onInput={(event) => onQuery((event.target as HTMLInputElement).value)}
      />
      <label class="visually-hidden" for="list-filter">
        {t('toolbar_show')}
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
              {counts ? t('toolbar_filterCount', FILTER_LABELS[id](), counts[id]) : FILTER_LABELS[id]()}
            </option>
          ) : null,
        )}
      </select>
      <label class="visually-hidden" for="list-sort">
        {t('toolbar_sortBy')}
      </label>
      <select
        id="list-sort"
        value={sort}
        onChange={(event) => onSort((event.target as HTMLSelectElement).value as SortOrder)}
      >
        {(Object.keys(SORT_LABELS) as SortOrder[]).map((id) => (
          <option key={id} value={id}>
            {SORT_LABELS[id]()}
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
      {shown === 0 ? (searching ? t('shown_noMatch') : t('shown_noOne')) : tp('shown', shown)}
    </p>
  );
}
