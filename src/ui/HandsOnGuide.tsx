import type { HandsOnStep } from '../messages';
import { handsOnStepText } from './session-wording';
import { t } from './i18n';

/**
 * Hands-on mode's guide beside the session: which card and which menu item to click, and, once
 * the person's click has opened LinkedIn's dialog, whether it names the queued person ("confirm")
 * or not ("Don't confirm"). It only reads the step the worker stored; the page makes no clicks.
 * A "Don't confirm" is announced at once (role alert): it must be read before the confirm click.
 */
export function HandsOnGuide({ step }: { step: HandsOnStep | null | undefined }) {
  if (!step) return null;
  const { text, tone } = handsOnStepText(step);
  return (
    <p
      class={tone === 'stop' ? 'notice notice-danger hands-on-guide' : 'notice hands-on-guide'}
      role={tone === 'stop' ? 'alert' : 'status'}
      data-testid="hands-on-guide"
      data-step={step.kind}
    >
      <strong>{t('handsOn_yourTurn')}</strong> {text}
    </p>
  );
}
