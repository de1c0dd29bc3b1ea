import { describe, expect, it } from 'vitest';
import { vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { badgeView } from '../../src/background/badge';

const AT = Date.UTC(2026, 6, 1, 9);
const time = (at: number) => new Date(at).toISOString();

describe('issue 13: the badge shows a safety stop, with or without notifications', () => {
  it('shows "!" with the reason after a safety stop, over the queue count and the cap', () => {
    const view = badgeView(3, [], 15, AT, time, 'LinkedIn showed a warning.');
    expect(view.text).toBe('!');
    expect(view.title).toContain('stopped for safety: LinkedIn showed a warning.');
    const capped = badgeView(
      3,
      Array.from({ length: 15 }, (_, i) => AT - i),
      15,
      AT,
      time,
      'A warning.',
    );
    expect(capped.text).toBe('!');
  });

  it('shows the queue count, or nothing, without one', () => {
    expect(badgeView(3, [], 15, AT, time).text).toBe('3');
    expect(badgeView(0, [], 15, AT, time, null).text).toBe('');
  });
});
