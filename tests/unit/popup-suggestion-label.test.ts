import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/core/triage';
import { suggestionLabel, suggestionReasons } from '../../src/popup/suggestion-label';

const spam: Suggestion = {
  kind: 'possible-spam',
  reasons: ['Their first messages mentioned crypto', 'They sent the invitation'],
};
const inactive: Suggestion = {
  kind: 'inactive',
  reasons: ['Connected 6 years ago; no messages in either direction'],
};

describe('suggestion badge', () => {
  it('names the first kind and counts the others', () => {
    expect(suggestionLabel([inactive])).toBe('inactive');
    expect(suggestionLabel([spam, inactive])).toBe('possible spam +1');
    expect(suggestionLabel([])).toBe('');
  });

  it('lists every reason of every suggestion', () => {
    expect(suggestionReasons([spam, inactive]).split('\n')).toEqual([...spam.reasons, ...inactive.reasons]);
  });
});
