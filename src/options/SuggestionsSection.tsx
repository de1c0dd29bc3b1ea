import { useMemo } from 'preact/hooks';
import type { Connection, ProfileKey } from '../core/connection';
import type { SuggestionKind } from '../core/triage';
import type { PersonFacts } from '../data-export/types';
import type { KeepEntry } from '../storage/db';
import { plural } from '../ui/format';
import { Section } from './Section';
import { summariseSuggestions } from './suggestion-summary';
import { t } from '../ui/i18n';

const KIND_WORDS: Record<SuggestionKind, string> = {
  'possible-spam': 'Possible spam: their first messages after connecting were a pitch',
  inactive: 'Inactive: connected years ago, and no message for years',
  'mass-connection-period':
    'From a mass-connection period: a day or week with far more new connections than usual',
};

/** How many people triage suggests, by reason. Suggestions are never decisions: the popup lists them for review. */
export function SuggestionsSection(props: {
  connections: Connection[];
  facts: Map<ProfileKey, PersonFacts>;
  keep: KeepEntry[];
  queuedKeys: Set<ProfileKey>;
  now: number;
}) {
  const { connections, facts, keep, queuedKeys } = props;
  const day = Math.floor(props.now / 86_400_000); // "years ago" does not change by the minute
  const summary = useMemo(() => {
    const decided = new Set<ProfileKey>([...queuedKeys, ...keep.map((k) => k.profileKey)]);
    return summariseSuggestions(connections, facts, decided, day * 86_400_000);
  }, [connections, facts, keep, queuedKeys, day]);

  return (
    <Section
      id="suggestions"
      title={t('options_suggestions')}
      intro="People QuietPrune suggests you look at, and why. Nothing is queued until you choose."
    >
      <p class={summary.limit.level === 'ok' ? 'muted' : 'notice notice-warning'}>{summary.limit.message}</p>
      {summary.people === 0 ? (
        <p>
          No suggestions right now.{' '}
          {facts.size === 0 && (
            <span class="muted">
              Importing your LinkedIn data export lets QuietPrune see messages and exact connection dates.
            </span>
          )}
        </p>
      ) : (
        <>
          <p>
            <strong>{plural(summary.people, 'person', 'people')}</strong> suggested (not counting people
            already queued or kept). Review them in the popup’s list.
          </p>
          <ul class="suggestion-kinds">
            {(Object.keys(KIND_WORDS) as SuggestionKind[])
              .filter((kind) => summary.byKind[kind].count > 0)
              .map((kind) => (
                <li key={kind}>
                  <strong>{summary.byKind[kind].count}</strong> · {KIND_WORDS[kind]}
                  <div class="muted">
                    For example {summary.byKind[kind].examples.join('; ')}
                    {summary.byKind[kind].count > summary.byKind[kind].examples.length ? '; …' : ''}
                  </div>
                </li>
              ))}
          </ul>
        </>
      )}
    </Section>
  );
}
