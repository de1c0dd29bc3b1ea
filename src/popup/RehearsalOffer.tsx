import { RehearsalReport, rehearsalTitle } from '../ui/RehearsalReport';
import { rehearsalReport } from '../core/rehearsal-report';
import type { Commands } from '../ui/use-commands';
import { useRehearsal } from '../ui/use-rehearsal';
import type { SessionState } from '../storage/meta';

/**
 * In the Queue tab, before Start: the rehearsal, offered until one has shown QuietPrune recognises
 * the page and a session has started since (a failed one stays, with the mode sessions will use).
 */
export function RehearsalOffer({ session, commands }: { session: SessionState; commands: Commands }) {
  const rehearsal = useRehearsal();
  if (!rehearsal) return null;
  const passed =
    rehearsal.status === 'done' && rehearsal.run && rehearsalReport(rehearsal.run).mode === 'automatic';
  if (passed && (session.startedAt ?? 0) > (rehearsal.endedAt ?? 0)) return null;
  return (
    <section class="notice rehearsal-offer" aria-labelledby="rehearsal-offer-title">
      <p>
        <strong id="rehearsal-offer-title">{rehearsalTitle()}</strong>
      </p>
      <RehearsalReport rehearsal={rehearsal} commands={commands} compact />
    </section>
  );
}
