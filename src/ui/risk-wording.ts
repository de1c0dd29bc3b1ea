/**
 * The plain statement QuietPrune makes once before the first session (popup/RiskStatement.tsx;
 * the worker refuses Start until it is accepted, core/session-start.ts), and the README's same
 * words. Every string of it is here, together, for the translations.
 */
export const RISK_WORDING = {
  title: 'Before your first session: the risk is yours',
  /** Each a paragraph of its own. */
  statement: [
    'LinkedIn’s User Agreement forbids automated activity on its site, and QuietPrune automates removing connections.',
    'LinkedIn may restrict or close an account for it, however slow the pace and however low the daily cap. That risk is yours: QuietPrune lowers it, it cannot take it away.',
    'In hands-on mode (“I click” under Who clicks) QuietPrune only types the search and finds the card; every click that removes someone is your own.',
  ],
  accept: 'I understand: the risk is mine',
  /** Why Start is refused until then: the worker's answer, and the popup's short form beside the button. */
  refusal:
    'Before the first session, read the statement about LinkedIn’s rules in QuietPrune’s popup (Queue tab) and accept it.',
  refusalShort: 'Read the statement above first.',
} as const;
