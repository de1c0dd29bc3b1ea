import { Component } from 'preact';
import type { Connection } from '../core/connection';
import type { QueueStatus } from '../core/removal-queue';
import type { Suggestion } from '../core/triage';
import { Avatar } from '../ui/Avatar';
import { connectedLabel } from '../ui/format';
import type { VirtualRowProps } from '../ui/VirtualList';
import { QUEUE_STATUS_LABEL } from './queue-status-label';
import { suggestionLabel, suggestionReasons } from './suggestion-label';
import { t } from '../ui/i18n';

/**
 * One person in the connection list. Everything scraped (name, headline) is rendered as text,
 * never as markup. The checkbox and the Keep toggle carry `data-col` so the list's arrow keys
 * can move to the same control in the next row.
 */
export const ROW_HEIGHT = 62;

export interface RowState {
  kept: boolean;
  queueStatus: QueueStatus | undefined;
  suggestion: readonly Suggestion[] | undefined;
  selected: boolean;
  /** In the Tab order (the list's one roving tab stop). */
  tabbable: boolean;
}

/** Why this person cannot be ticked for removal (a sentence that names them), or null when they can. */
export function whyNotSelectable(
  connection: Connection,
  state: Pick<RowState, 'kept' | 'queueStatus'>,
): string | null {
  const name = shownName(connection);
  if (state.kept) return t('row_blockedKept', name);
  if (state.queueStatus === 'queued') return t('row_blockedQueued', name);
  if (state.queueStatus === 'in-progress') return t('row_blockedInProgress', name);
  if (connection.goneAt !== undefined) return t('row_blockedGone', name);
  return null;
}

function shownName(connection: Connection): string {
  return connection.name.trim() || t('row_nameUnknown');
}

interface ConnectionRowProps extends RowState {
  connection: Connection;
  rowProps: VirtualRowProps['rowProps'];
  now: number;
  onToggleSelected: (connection: Connection) => void;
  onToggleKeep: (connection: Connection, keep: boolean) => void;
}

function ConnectionRowView({
  connection,
  rowProps,
  now,
  kept,
  queueStatus,
  suggestion,
  selected,
  tabbable,
  onToggleSelected,
  onToggleKeep,
}: ConnectionRowProps) {
  const name = shownName(connection);
  const blocked = whyNotSelectable(connection, { kept, queueStatus });
  const gone = connection.goneAt !== undefined;
  const tabIndex = tabbable ? 0 : -1;
  return (
    <div
      role="listitem"
      class={`person-row${selected ? ' is-selected' : ''}${gone ? ' is-gone' : ''}`}
      data-profile-key={connection.profileKey}
      {...rowProps}
    >
      <input
        type="checkbox"
        data-col="select"
        checked={selected}
        disabled={blocked !== null}
        tabIndex={tabIndex}
        aria-label={blocked ?? t('row_select', name)}
        title={blocked ?? undefined}
        onChange={() => onToggleSelected(connection)}
      />
      <Avatar name={name} />
      <div class="person-text">
        <div class="person-line">
          {/* The list’s first row is the popup’s "first rows painted" mark (Element Timing: the bench, and use-popup-data.ts, which reads the whole list after it). */}
          <span
            class="person-name"
            elementtiming={rowProps['aria-posinset'] === 1 ? 'first-rows' : undefined}
          >
            {name}
          </span>
          {kept && <span class="badge badge-keep">{t('row_keepBadge')}</span>}
          {queueStatus && (
            <span class={`badge ${queueStatus === 'failed' ? 'badge-failed' : 'badge-queue'}`}>
              {QUEUE_STATUS_LABEL[queueStatus]()}
            </span>
          )}
          {gone && <span class="badge badge-gone">{t('row_goneBadge')}</span>}
          {suggestion && !kept && (
            <span class="badge badge-suggestion" title={suggestionReasons(suggestion)}>
              {t('row_suggested', suggestionLabel(suggestion))}
              <span class="visually-hidden">. {suggestionReasons(suggestion)}</span>
            </span>
          )}
        </div>
        <div class="person-headline muted">{connection.headline || '\u00a0'}</div>
        <div class="person-meta muted">{connectedLabel(connection.connectedOn, now)}</div>
      </div>
      <button
        type="button"
        class={`btn btn-small keep-toggle${kept ? ' is-kept' : ''}`}
        data-col="keep"
        tabIndex={tabIndex}
        aria-pressed={kept}
        aria-label={kept ? t('row_isKept', name) : t('row_keepName', name)}
        title={kept ? t('row_keptTitle') : t('row_keepTitle')}
        onClick={() => onToggleKeep(connection, !kept)}
        disabled={gone && !kept}
      >
        {kept ? t('row_kept') : t('row_keep')}
      </button>
    </div>
  );
}

function sameRow(a: ConnectionRowProps, b: ConnectionRowProps): boolean {
  return (
    a.connection === b.connection &&
    a.kept === b.kept &&
    a.queueStatus === b.queueStatus &&
    a.suggestion === b.suggestion &&
    a.selected === b.selected &&
    a.tabbable === b.tabbable &&
    a.rowProps.style.transform === b.rowProps.style.transform &&
    a.rowProps['aria-setsize'] === b.rowProps['aria-setsize'] &&
    a.rowProps['aria-posinset'] === b.rowProps['aria-posinset'] &&
    // The date wording changes on the scale of days; re-render at most once an hour for it.
    Math.floor(a.now / 3_600_000) === Math.floor(b.now / 3_600_000) &&
    a.onToggleSelected === b.onToggleSelected &&
    a.onToggleKeep === b.onToggleKeep
  );
}

/**
 * Rows re-render only when their own data changes, not on every scroll frame of the list.
 * (A class with shouldComponentUpdate rather than preact/compat's memo, to keep compat out of
 * the bundle.)
 */
export class ConnectionRow extends Component<ConnectionRowProps> {
  override shouldComponentUpdate(next: ConnectionRowProps): boolean {
    return !sameRow(this.props, next);
  }
  override render() {
    return <ConnectionRowView {...this.props} />;
  }
}
