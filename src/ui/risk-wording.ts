import { t } from './i18n';

/**
 * The plain statement QuietPrune makes once before the first session (popup/RiskStatement.tsx;
 * the worker refuses Start until it is accepted, core/session-start.ts), and the README's same
 * words. The words are messages (`risk_…` in public/_locales, docs/i18n.md); each field reads its
 * message in the language in use when it is read.
 */
export const RISK_WORDING = {
  get title() {
    return t('risk_title');
  },
  /** Each a paragraph of its own. */
  get statement(): readonly string[] {
    return [t('risk_statement1'), t('risk_statement2'), t('risk_statement3')];
  },
  get accept() {
    return t('risk_accept');
  },
  /** Why Start is refused until then: the worker's answer, and the popup's short form beside the button. */
  get refusal() {
    return t('risk_refusal');
  },
  get refusalShort() {
    return t('risk_refusalShort');
  },
};
