import { describe, expect, it } from 'vitest';
import { firstMessagesAfterConnect } from '../../../src/data-export/facts-builder';

describe('firstMessagesAfterConnect', () => {
  const at = (date: string, signals: Array<'whatsapp' | 'crypto' | 'email'> = []) => ({
    at: `${date}T10:00:00Z`,
    signals,
  });

  it('looks at their first three messages within 30 days of connecting', () => {
    const earliest = [
      at('2024-03-01', ['crypto']),
      at('2024-03-02'),
      at('2024-03-03', ['whatsapp']),
      at('2024-03-04', ['email']),
    ];
    expect(firstMessagesAfterConnect(earliest, '2024-03-01')).toEqual({
      at: '2024-03-01T10:00:00Z',
      pitchSignals: ['whatsapp', 'crypto'],
    });
  });

  it('ignores messages from before connecting and from after the window', () => {
    expect(firstMessagesAfterConnect([at('2024-02-28', ['crypto']), at('2024-03-05')], '2024-03-01')).toEqual(
      { at: '2024-03-05T10:00:00Z', pitchSignals: [] },
    );
    expect(firstMessagesAfterConnect([at('2024-03-30')], '2024-03-01')).toBeDefined();
    expect(firstMessagesAfterConnect([at('2024-03-31', ['crypto'])], '2024-03-01')).toBeUndefined();
  });

  it('makes no claim when the connection date is unknown', () => {
    expect(firstMessagesAfterConnect([at('2024-03-01', ['crypto'])], null)).toBeUndefined();
  });
});
