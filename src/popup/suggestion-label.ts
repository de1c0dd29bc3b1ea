import type { Suggestion } from '../core/triage';
import { t } from '../ui/i18n';

/** How a triage suggestion shows on a row: a short badge, and every reason for the tooltip. */
const KIND_LABEL: Record<Suggestion['kind'], () => string> = {
  'possible-spam': () => t('suggestion_possibleSpam'),
  inactive: () => t('suggestion_inactive'),
  'mass-connection-period': () => t('suggestion_massConnection'),
};

/** The badge text for a person's suggestions: "possible spam", "inactive +1". */
export function suggestionLabel(suggestions: readonly Suggestion[]): string {
  const first = suggestions[0];
  if (!first) return '';
  return suggestions.length > 1
    ? t('suggestion_more', KIND_LABEL[first.kind](), suggestions.length - 1)
    : KIND_LABEL[first.kind]();
}

/** Every reason, one per line, for the badge's tooltip and accessible description. */
export function suggestionReasons(suggestions: readonly Suggestion[]): string {
  return suggestions.flatMap((s) => s.reasons).join('\n');
}
