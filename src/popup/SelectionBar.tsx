import { Button } from '../ui/Button';
import { t, tp } from '../ui/i18n';

/**
 * The bar under the connection list: how many people are ticked and the button that takes them
 * to the removal warning (never straight into the queue). After a confirmation it says what
 * happened until the next tick.
 */
interface SelectionBarProps {
  ticked: number;
  /** What the last "add to queue" did, in words. */
  outcome: string | null;
  onClear: () => void;
  onAdd: () => void;
}

export function SelectionBar({ ticked, outcome, onClear, onAdd }: SelectionBarProps) {
  return (
    <div class="selection-bar">
      {outcome && ticked === 0 ? (
        <p class="outcome" role="status">
          {outcome}
        </p>
      ) : (
        <span class="muted" aria-live="polite">
          {ticked === 0 ? t('selection_none') : tp('selection_ticked', ticked)}
        </span>
      )}
      {ticked > 0 && (
        <Button small variant="quiet" onClick={onClear}>
          {t('selection_clear')}
        </Button>
      )}
      <Button variant="primary" small disabled={ticked === 0} onClick={onAdd}>
        {ticked === 0 ? t('selection_add') : t('selection_addCount', ticked)}
      </Button>
    </div>
  );
}
