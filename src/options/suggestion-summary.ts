import type { Connection, ProfileKey } from '../core/connection';
import { nearLimit, suggest, type SuggestionKind } from '../core/triage';
import type { PersonFacts } from '../data-export/types';

/**
 * What triage (core/triage.ts) suggests, in numbers for the options page: only people still
 * connected, not on the Keep list and not already queued (those are decided).
 */
export interface SuggestionSummary {
  people: number;
  byKind: Record<SuggestionKind, { count: number; examples: string[] }>;
  limit: ReturnType<typeof nearLimit>;
}

const EXAMPLES = 5;

export function summariseSuggestions(
  connections: readonly Connection[],
  facts: ReadonlyMap<ProfileKey, PersonFacts>,
  decided: ReadonlySet<ProfileKey>,
  now: number,
): SuggestionSummary {
  const current = connections.filter((c) => c.goneAt === undefined);
  const candidates = current
    .filter((c) => !decided.has(c.profileKey))
    .map((c) => ({
      profileKey: c.profileKey,
      name: c.name,
      headline: c.headline,
      connectedOn: c.connectedOn,
      facts: facts.get(c.profileKey) ?? null,
    }));
  const suggestions = suggest(candidates, now);
  const names = new Map(candidates.map((c) => [c.profileKey, c.name || c.profileKey]));
  const byKind: SuggestionSummary['byKind'] = {
    'possible-spam': { count: 0, examples: [] },
    inactive: { count: 0, examples: [] },
    'mass-connection-period': { count: 0, examples: [] },
  };
  for (const [key, list] of suggestions) {
    for (const suggestion of list) {
      const entry = byKind[suggestion.kind];
      entry.count++;
      if (entry.examples.length < EXAMPLES) entry.examples.push(names.get(key) ?? key);
    }
  }
  return { people: suggestions.size, byKind, limit: nearLimit(current.length) };
}
