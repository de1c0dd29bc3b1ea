import { Button } from '../ui/Button';
import { RISK_WORDING } from '../ui/risk-wording';
import type { Commands } from '../ui/use-commands';

/**
 * Said once, in the Queue tab above Start, until the user accepts it: LinkedIn's User Agreement
 * forbids automated activity, a restriction is their risk however slow the pace, and hands-on mode
 * makes every click their own. The worker refuses every Start until then, from the popup, the side
 * panel or the reminder alike (core/session-start.ts); the acceptance is stored (meta
 * 'riskAccepted') until "delete all" or a restore. The words are in ui/risk-wording.ts.
 */
export function RiskStatement({
  riskAccepted,
  commands,
}: {
  riskAccepted: number | null;
  commands: Commands;
}) {
  if (riskAccepted !== null) return null;
  return (
    <section
      class="notice risk-statement"
      aria-labelledby="risk-statement-title"
      data-testid="risk-statement"
    >
      <h2 id="risk-statement-title" class="section-title">
        {RISK_WORDING.title}
      </h2>
      {RISK_WORDING.statement.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <div class="button-row">
        <Button
          small
          onClick={() => void commands.send({ type: 'risk/accept' })}
          disabled={commands.isBusy('risk/accept')}
        >
          {RISK_WORDING.accept}
        </Button>
      </div>
    </section>
  );
}
