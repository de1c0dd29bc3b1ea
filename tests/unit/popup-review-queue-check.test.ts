import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/core/connection';
import type { QueueItem, QueueStatus } from '../../src/core/removal-queue';
import { whyNotQueueable } from '../../src/popup/review-queue-check';

const connection: Connection = {
  profileKey: 'jane',
  profileUrl: 'https://www.linkedin.com/in/jane/',
  name: 'Jane Doe',
  headline: '',
  connectedOn: { kind: 'unknown' },
  firstSeenAt: 0,
  lastSeenAt: 0,
  sources: ['sync'],
};
const item = (status: QueueStatus): QueueItem => ({
  profileKey: 'jane',
  profileUrl: connection.profileUrl,
  name: 'Jane Doe',
  reason: 'Cleanup',
  status,
  addedAt: 0,
  updatedAt: 0,
  order: 0,
  attempts: 0,
});

describe('whyNotQueueable', () => {
  it('offers the removal for a plain connection, and for someone known only from the link by name', () => {
    expect(whyNotQueueable({ connection, queueItem: null, kept: false, name: 'Jane Doe' })).toBeNull();
    expect(whyNotQueueable({ connection: null, queueItem: null, kept: false, name: 'Jane Doe' })).toBeNull();
  });

  it('refuses kept people first, whatever else holds', () => {
    expect(whyNotQueueable({ connection, queueItem: item('failed'), kept: true, name: 'Jane' })).toMatch(
      /Keep list/,
    );
  });

  it.each([
    ['queued', /already in the removal queue/],
    ['in-progress', /already in the removal queue/],
    ['removed', /already removed/],
  ] as const)('refuses someone whose queue item is %s', (status, message) => {
    expect(whyNotQueueable({ connection, queueItem: item(status), kept: false, name: 'Jane' })).toMatch(
      message,
    );
  });

  it('offers it again after a failure or a skip', () => {
    expect(whyNotQueueable({ connection, queueItem: item('failed'), kept: false, name: 'Jane' })).toBeNull();
    expect(whyNotQueueable({ connection, queueItem: item('skipped'), kept: false, name: 'Jane' })).toBeNull();
  });

  it('refuses someone gone since the last complete sync', () => {
    expect(
      whyNotQueueable({
        connection: { ...connection, goneAt: 1 },
        queueItem: null,
        kept: false,
        name: 'Jane',
      }),
    ).toMatch(/last complete sync/);
  });

  it('refuses when no name is known (the removal searches by name)', () => {
    expect(whyNotQueueable({ connection: null, queueItem: null, kept: false, name: '  ' })).toMatch(
      /name is not known/,
    );
  });
});
