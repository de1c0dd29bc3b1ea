import { describe, expect, it } from 'vitest';
import { isOrderInProgress, isSessionLive } from '../../src/core/session-status';

describe('isSessionLive', () => {
  it('is true only while running or paused', () => {
    expect(isSessionLive('running')).toBe(true);
    expect(isSessionLive('paused')).toBe(true);
    expect(isSessionLive('idle')).toBe(false);
    expect(isSessionLive('ended')).toBe(false);
    expect(isSessionLive(undefined)).toBe(false);
  });
});

describe('isOrderInProgress', () => {
  const session = { sessionId: 's1', tabId: 7, currentKey: 'jane-roe' };
  const item = { profileKey: 'jane-roe', status: 'in-progress' as const };
  const report = { sessionId: 's1', profileKey: 'jane-roe' };

  it('holds for the session, its tab, its current person and an item still in progress', () => {
    expect(isOrderInProgress(session, item, report, 7)).toBe(true);
  });

  it('refuses a report from another session, another tab or about someone else', () => {
    expect(isOrderInProgress(session, item, { ...report, sessionId: 's0' }, 7)).toBe(false);
    expect(isOrderInProgress(session, item, report, 8)).toBe(false);
    expect(isOrderInProgress({ ...session, currentKey: 'john-doe' }, item, report, 7)).toBe(false);
    expect(isOrderInProgress(session, { ...item, profileKey: 'john-doe' }, report, 7)).toBe(false);
  });

  it('refuses when the queue entry is gone or no longer in progress', () => {
    expect(isOrderInProgress(session, undefined, report, 7)).toBe(false);
    expect(isOrderInProgress(session, { ...item, status: 'unsure' }, report, 7)).toBe(false);
    expect(isOrderInProgress(session, { ...item, status: 'queued' }, report, 7)).toBe(false);
  });
});
