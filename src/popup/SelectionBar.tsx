import { Button } from '../ui/Button';
import { plural } from '../ui/format';

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
          {ticked === 0 ? 'Tick people to queue them.' : `${plural(ticked, 'person', 'people')} ticked`}
        </span>
      )}
      {ticked > 0 && (
        <Button small variant="quiet" onClick={onClear}>
          Clear
        </Button>
      )}
      <Button variant="primary" small disabled={ticked === 0} onClick={onAdd}>
        {ticked === 0 ? 'Add to removal queue' : `Add ${ticked} to removal queue`}
      </Button>
    </div>
  );
}
