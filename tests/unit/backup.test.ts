import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IDBPDatabase } from 'idb';
import {
  backupFileName,
  buildBackup,
  restoreRecords,
  parseBackup as parseWithRules,
  parseBackupText as parseTextWithRules,
  type Backup,
  type BackupContents,
} from '../../src/storage/backup-format';
import { isProfileUrlOf } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { remainingToday } from '../../src/core/daily-cap';
import type { Connection } from '../../src/core/connection';
import type { QueueItem } from '../../src/core/removal-queue';
import type { RemovalLogEntry } from '../../src/core/removal-log';
import { openQuietPruneDb, type QuietPruneDB } from '../../src/storage/db';

// The worker's collaborators that talk to Chrome are replaced; the database is a real (fake) IndexedDB.
const env = vi.hoisted((): { db: unknown; now: number; session: string } => ({
  db: null,
  now: 0,
  session: 'idle',
}));
vi.mock('../../src/storage/db', async (original) => {
  const real = await original<typeof import('../../src/storage/db')>();
  return {
    ...real,
    database: async () => env.db,
    // As the worker does ): the whole database deleted and opened afresh, ids from 1 again.
    deleteAndReopenDatabase: async (db: Parameters<typeof real.deleteAndReopenDatabase>[0]) => {
      env.db = await real.deleteAndReopenDatabase(db);
      return env.db;
    },
  };
});
vi.mock('../../src/background/notifications', () => ({
  clearAllNotifications: vi.fn(async () => 0),
}));
vi.mock('webextension-polyfill', () => ({ default: { alarms: { clearAll: vi.fn(async () => true) } } }));
vi.mock('../../src/background/clock', () => ({ now: async () => env.now }));
vi.mock('../../src/background/badge', () => ({ refreshBadge: vi.fn(async () => undefined) }));
vi.mock('../../src/background/broadcast', () => ({ announce: vi.fn(async () => undefined) }));
vi.mock('../../src/background/reminder', () => ({ ensureReminderAlarm: vi.fn(async () => undefined) }));
vi.mock('../../src/background/session/session-controller', () => ({
  stopSession: vi.fn(async () => ({ ok: true })),
}));
vi.mock('../../src/background/sync-controller', () => ({ stopSync: vi.fn(async () => ({ ok: true })) }));

const { deleteAllData, restoreBackup, saveSettings } = await import('../../src/background/data-commands');
const { stopSession } = await import('../../src/background/session/session-controller');
const { addToQueue } = await import('../../src/background/queue-commands');

const HOUR = 3_600_000;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);

/** The options page's and the worker's rules, at T0. */
const RULES = { now: T0, isProfileUrlOf };
const parseBackup = (raw: unknown) => parseWithRules(raw, RULES);
const parseBackupText = (text: string) => parseTextWithRules(text, RULES);

function person(slug: string, name: string) {
  return { profileKey: slug, profileUrl: `https://www.linkedin.com/in/${slug}/`, name };
}

function connection(slug: string, name: string, extra: Partial<Connection> = {}): Connection {
  return {
    ...person(slug, name),
    headline: 'Engineer',
    connectedOn: { kind: 'exact', date: '2020-01-02' },
    firstSeenAt: T0 - 10 * HOUR,
    lastSeenAt: T0 - HOUR,
    sources: ['sync'],
    ...extra,
  };
}

function queued(slug: string, name: string, status: QueueItem['status'] = 'queued'): QueueItem {
  return {
    ...person(slug, name),
    reason: 'Cleanup',
    status,
    addedAt: T0 - HOUR,
    updatedAt: T0 - HOUR,
    order: 0,
    attempts: 0,
  };
}

function logEntry(slug: string, name: string, at: number, id?: number): RemovalLogEntry {
  return {
    ...(id !== undefined ? { id } : {}),
    ...person(slug, name),
    at,
    reason: 'Never talked',
    lost: null,
  };
}

function contents(): BackupContents {
  return {
    settings: { ...DEFAULT_SETTINGS, dailyCap: 12 },
    connections: [
      connection('jane-roe', 'Jane Roe'),
      connection('sam-ray', 'Sam Ray', { goneAt: T0 - 2 * HOUR }),
      connection('ann-lee', 'Ann Lee'),
    ],
    queue: [queued('ann-lee', 'Ann Lee')],
    keep: [{ ...person('bob-stone', 'Bob Stone'), addedAt: T0 - HOUR }],
    removalLog: [logEntry('sam-ray', 'Sam Ray', T0 - 2 * HOUR, 1)],
    facts: [
      {
        profileKey: 'jane-roe',
        endorsementsReceived: ['Git'],
        endorsementsGiven: [],
        recommendationsReceived: 1,
        recommendationsGiven: 0,
        messagesSent: 3,
        messagesReceived: 2,
        lastMessageAt: '2024-01-02T03:04:05Z',
        invitedBy: 'them',
        invitationMessage: false,
      },
    ],
    meta: { checklist: { hideConnections: T0 } },
  };
}

/** A deep copy that can be broken freely. */
function validBackup(): Record<string, unknown> & Backup {
  return JSON.parse(JSON.stringify(buildBackup(contents(), T0))) as Record<string, unknown> & Backup;
}

describe('the backup file', () => {
  it('round-trips through JSON and back unchanged', () => {
    const backup = buildBackup(contents(), T0);
    expect(backup.format).toBe('quietprune-backup');
    expect(backup.version).toBe(1);
    expect(backup.exportedAt).toBe('2026-06-01T12:00:00.000Z');
    const check = parseBackupText(JSON.stringify(backup));
    expect(check).toEqual({ ok: true, backup });
  });

  it('leaves out an empty meta section', () => {
    expect('meta' in buildBackup({ ...contents(), meta: {} }, T0)).toBe(false);
    expect(backupFileName(T0)).toBe('quietprune-backup-2026-06-01.json');
  });

  it('refuses text that is not JSON, and JSON that is not a QuietPrune backup', () => {
    expect(parseBackupText('{"format": ')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON.*Nothing was changed\.$/),
    });
    expect(parseBackup([1, 2])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a JSON object/),
    });
    expect(parseBackup({ format: 'something-else', version: 1 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a QuietPrune backup/),
    });
  });

  it('asks for an update before restoring a backup from a newer version', () => {
    expect(parseBackup({ ...validBackup(), version: 2 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer QuietPrune \(backup version 2\)/),
    });
  });

  it('names the record and field that is wrong', () => {
    const backup = validBackup();
    (backup.connections[1] as unknown as Record<string, unknown>).firstSeenAt = 'yesterday';
    const check = parseBackup(backup);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error).toMatch(/connection 2 \(“Sam Ray”\), field “firstSeenAt”/);
  });

  it('refuses a daily cap outside 10..20 with the settings’ own message', () => {
    const backup = validBackup();
    backup.settings.dailyCap = 50;
    expect(parseBackup(backup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/settings\.dailyCap.*at most 20/),
    });
  });

  it('refuses unknown fields instead of dropping them', () => {
    const backup = { ...validBackup(), extra: true };
    expect(parseBackup(backup)).toMatchObject({ ok: false, error: expect.stringMatching(/extra/) });
  });

  it('refuses a profile link that leads to someone other than its key', () => {
    const backup = validBackup();
    backup.queue[0]!.profileUrl = 'https://www.linkedin.com/in/someone-else/';
    expect(parseBackup(backup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /queue item 1 \(“Ann Lee”\), field “profileUrl”.*not the one its key names/,
      ),
    });
    backup.queue[0]!.profileUrl = 'javascript:alert(1)';
    expect(parseBackup(backup).ok).toBe(false);
  });

  it('refuses the same person twice in one store, and a person both kept and queued', () => {
    const twice = validBackup();
    twice.connections.push(twice.connections[0]!);
    expect(parseBackup(twice)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/connection 4 .*"jane-roe" appears more than once/),
    });

    const keptAndQueued = validBackup();
    keptAndQueued.keep.push({ ...person('ann-lee', 'Ann Lee'), addedAt: T0 });
    expect(parseBackup(keptAndQueued)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Ann Lee is both on the Keep list and queued/),
    });
  });

  it('counts further problems in the message', () => {
    const backup = validBackup();
    backup.connections[0]!.name = 5 as unknown as string;
    backup.connections[1]!.name = 6 as unknown as string;
    expect(parseBackup(backup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/\(and 1 more problem\)/),
    });
  });
});

describe('a restore is held to the rules of the UI and the worker', () => {
  const refusal = (backup: unknown) => {
    const check = parseBackup(backup);
    expect(check.ok).toBe(false);
    return check.ok ? '' : check.error;
  };

  it('refuses log entries dated in the future, naming a few with their dates, beyond five minutes of clock skew', () => {
    const skewed = validBackup();
    skewed.removalLog.push(logEntry('ann-lee', 'Ann Lee', T0 + 5 * MINUTE)); // a clock a few minutes ahead: fine
    expect(parseBackup(skewed).ok).toBe(true);

    const one = validBackup();
    one.removalLog.push(logEntry('ann-lee', 'Ann Lee', Date.UTC(2099, 0, 2, 10, 30)));
    expect(refusal(one)).toBe(
      'This file cannot be restored: a removal log entry is dated in the future (Ann Lee on 2099-01-02 10:30 UTC). ' +
        'A removal cannot have happened later than now, and such an entry would hold the daily cap shut until its date. Nothing was changed.',
    );

    const many = validBackup();
    for (let i = 0; i < 5; i++)
      many.removalLog.push(logEntry(`p-${i}`, `Person ${i}`, T0 + 6 * MINUTE + i * HOUR));
    expect(refusal(many)).toMatch(
      /^This file cannot be restored: 5 removal log entries are dated in the future \(Person 0 on 2026-06-01 12:06 UTC, Person 1 on 2026-06-01 13:06 UTC, Person 2 on 2026-06-01 14:06 UTC and 2 more\)\./,
    );
    // "Now" is the caller's clock: the same file is fine once that time has come.
    expect(parseWithRules(many, { ...RULES, now: T0 + 5 * HOUR }).ok).toBe(true);
  });

  it('refuses queue items for people who are not among the file’s connections, naming them', () => {
    const backup = validBackup();
    backup.queue.push(
      { ...queued('stranger', 'Stranger Danger'), order: 1 },
      { ...queued('other', 'Other One', 'removed'), order: 2 },
    );
    expect(refusal(backup)).toMatch(
      /^This file cannot be restored: the queue holds Stranger Danger and Other One, who are not among the file’s connections\./,
    );
  });

  it('refuses people with known endorsements or recommendations queued without their own confirmation, and says to queue them again', () => {
    const unticked = validBackup();
    unticked.queue.push({ ...queued('jane-roe', 'Jane Roe'), order: 1 }); // jane-roe: endorsed for Git, one recommendation
    expect(refusal(unticked)).toMatch(
      /Jane Roe is in the queue without having been confirmed on their own.*then queue them again/,
    );

    // A failed or skipped item can be queued again by Retry: held to the same rule.
    const failed = validBackup();
    failed.queue.push({ ...queued('jane-roe', 'Jane Roe', 'failed'), order: 1 });
    expect(refusal(failed)).toMatch(/Jane Roe is in the queue without having been confirmed/);

    // Ticked on their own (the mark queue/add writes and backups carry), or removed already: fine.
    const ticked = validBackup();
    ticked.queue.push({ ...queued('jane-roe', 'Jane Roe'), order: 1, confirmedOnTheirOwn: true });
    expect(parseBackup(ticked).ok).toBe(true);
    const removed = validBackup();
    removed.queue.push({ ...queued('jane-roe', 'Jane Roe', 'removed'), order: 1 });
    expect(parseBackup(removed).ok).toBe(true);
    // Only true is a mark.
    const forged = validBackup();
    forged.queue.push({
      ...queued('jane-roe', 'Jane Roe'),
      order: 1,
      confirmedOnTheirOwn: 'yes' as unknown as true,
    });
    expect(parseBackup(forged).ok).toBe(false);
  });

  it('refuses an item in progress whose confirm click may have happened (a pending log entry)', () => {
    const backup = validBackup();
    backup.queue[0] = { ...backup.queue[0]!, status: 'in-progress', attempts: 1 };
    expect(parseBackup(backup).ok).toBe(true); // no pending entry: nothing was clicked
    backup.removalLog.push({ ...logEntry('ann-lee', 'Ann Lee', T0 - MINUTE), state: 'pending' });
    expect(refusal(backup)).toMatch(
      /written while LinkedIn’s answer about removing Ann Lee was not known yet\. Restore a backup written after a session has looked for them again/,
    );
  });

  it('restores an unsure person (clicked, LinkedIn not heard yet) and a still-listed one as they were, so the first session searches for the unsure one first', () => {
    const backup = validBackup();
    const clickedAt = T0 - 10 * MINUTE;
    backup.queue[0] = {
      ...backup.queue[0]!,
      status: 'unsure',
      attempts: 1,
      clickedAt,
      checks: 1,
      nextCheckAt: T0 + 5 * MINUTE,
    };
    backup.removalLog.push({ ...logEntry('ann-lee', 'Ann Lee', clickedAt), state: 'pending' });
    const parsed = parseBackup(backup);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restored = restoreRecords(parsed.backup, T0);
    expect(restored.queue[0]).toMatchObject({
      status: 'unsure',
      clickedAt,
      checks: 1,
      nextCheckAt: T0 + 5 * MINUTE,
    });
    expect(restored.removalLog.find((e) => e.profileKey === backup.queue[0]!.profileKey)).toMatchObject({
      state: 'pending',
      at: clickedAt,
    });
    backup.queue[0] = { ...backup.queue[0], status: 'still-listed', nextCheckAt: undefined, checks: 3 };
    delete backup.queue[0].nextCheckAt;
    expect(parseBackup(backup).ok).toBe(true);
    backup.queue[0] = { ...backup.queue[0], checks: -1 };
    expect(parseBackup(backup).ok).toBe(false);
  });

  it('accepts log entries with a state and the unexpected mark, and refuses other values', () => {
    const backup = validBackup();
    backup.removalLog.push(
      { ...logEntry('ann-lee', 'Ann Lee', T0 - HOUR), state: 'still-listed' },
      { ...logEntry('bob-stone', 'Bob Stone', T0 - HOUR), state: 'removed', unexpected: true },
    );
    expect(parseBackup(backup).ok).toBe(true);
    backup.removalLog[1]!.state = 'maybe' as never;
    expect(parseBackup(backup).ok).toBe(false);
  });

  it('refuses links that are not https LinkedIn profile links', () => {
    for (const url of [
      'http://www.linkedin.com/in/ann-lee/',
      'javascript:alert(1)//www.linkedin.com/in/ann-lee/',
      'https://evil.example/in/ann-lee/',
    ]) {
      const backup = validBackup();
      backup.queue[0]!.profileUrl = url;
      expect(refusal(backup)).toMatch(/queue item 1 \(“Ann Lee”\), field “profileUrl”/);
    }
  });
});

describe('restoring and deleting in the worker', () => {
  let db: IDBPDatabase<QuietPruneDB>;
  let dbCount = 0;

  beforeEach(async () => {
    db = await openQuietPruneDb(`backup-test-${++dbCount}`);
    env.db = db;
    env.now = T0;
    vi.clearAllMocks();
  });

  async function everything() {
    db = env.db as IDBPDatabase<QuietPruneDB>; // Delete all data opens a new database
    const [connections, queue, keep, removalLog, facts, metaKeys] = await Promise.all([
      db.getAll('connections'),
      db.getAll('queue'),
      db.getAll('keep'),
      db.getAll('removalLog'),
      db.getAll('facts'),
      db.getAllKeys('meta'),
    ]);
    return { connections, queue, keep, removalLog, facts, metaKeys };
  }

  async function seedOtherData() {
    await db.put('connections', connection('old-friend', 'Old Friend'));
    await db.put('queue', queued('old-queued', 'Old Queued'));
    await db.put('meta', { ...DEFAULT_SETTINGS, dailyCap: 18 }, 'settings');
    await db.put('meta', { lastFiredDay: '2026-05-31', snoozedUntil: null }, 'reminder');
  }

  it('replaces every store with the backup’s contents', async () => {
    await seedOtherData();
    const reply = await restoreBackup(validBackup());
    expect(reply).toEqual({ ok: true, data: { connections: 3, queue: 1, keep: 1, removalLog: 1, facts: 1 } });
    const after = await everything();
    expect(after.connections.map((c) => c.profileKey).sort()).toEqual(['ann-lee', 'jane-roe', 'sam-ray']);
    expect(after.queue.map((q) => q.profileKey)).toEqual(['ann-lee']);
    expect(after.keep.map((k) => k.profileKey)).toEqual(['bob-stone']);
    expect(after.removalLog).toEqual([logEntry('sam-ray', 'Sam Ray', T0 - 2 * HOUR, 1)]);
    expect(after.facts[0]).toMatchObject({ profileKey: 'jane-roe', messagesSent: 3 });
    expect(await db.get('meta', 'settings')).toEqual({ ...DEFAULT_SETTINGS, dailyCap: 12 });
    expect(await db.get('meta', 'checklist')).toEqual({ hideConnections: T0 });
    // The old reminder record is gone; the popup's list head is rebuilt from the restored list.
    expect(after.metaKeys.sort()).toEqual(['checklist', 'listHead', 'settings']);
    expect(await db.get('meta', 'listHead')).toMatchObject({
      total: 3,
      current: after.connections.filter((c) => c.goneAt === undefined).length,
    });
  });

  it('refuses a bad file whole and changes nothing', async () => {
    await seedOtherData();
    const before = await everything();
    const backup = validBackup();
    backup.removalLog[0]!.at = -5;
    const reply = await restoreBackup(backup);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/removal log entry 1 \(“Sam Ray”\), field “at”.*Nothing was changed\./),
    });
    expect(await everything()).toEqual(before);
  });

  it('keeps removals from the last 24 hours that an older backup does not know, so the cap still counts them', async () => {
    await db.add('removalLog', logEntry('recent-one', 'Recent One', T0 - 3 * HOUR));
    await db.add('removalLog', logEntry('long-ago', 'Long Ago', T0 - 30 * HOUR));
    await restoreBackup(validBackup());
    const log = await db.getAll('removalLog');
    expect(log.map((e) => e.profileKey).sort()).toEqual(['recent-one', 'sam-ray']);
    expect(new Set(log.map((e) => e.id)).size).toBe(2); // the recent entry did not overwrite the backup's id 1
  });

  it('restores as unsure, never queued, anyone whose confirm click this browser logged after the backup was written', async () => {
    // Ann Lee is queued in the file; since then a session clicked confirm for her (a pending entry here).
    await db.add('removalLog', { ...logEntry('ann-lee', 'Ann Lee', T0 - 20 * MINUTE), state: 'pending' });
    expect(await restoreBackup(validBackup())).toMatchObject({ ok: true });
    const [item] = await db.getAll('queue');
    expect(item).toMatchObject({
      profileKey: 'ann-lee',
      status: 'unsure',
      clickedAt: T0 - 20 * MINUTE,
      checks: 0,
      nextCheckAt: T0,
    });
    expect((await db.getAll('removalLog')).filter((e) => e.profileKey === 'ann-lee')).toMatchObject([
      { state: 'pending', at: T0 - 20 * MINUTE },
    ]);
  });

  it('never queues again someone whose confirm click LinkedIn has not answered (taken off the queue while unsure)', async () => {
    await db.add('removalLog', { ...logEntry('ann-lee', 'Ann Lee', T0 - 20 * MINUTE), state: 'pending' });
    const reply = await addToQueue(
      [person('ann-lee', 'Ann Lee'), person('jane-roe', 'Jane Roe')],
      'Cleanup',
      [],
    );
    expect(reply).toMatchObject({
      ok: true,
      data: {
        added: 1,
        refused: [
          expect.stringMatching(
            /^Ann Lee was not queued: a removal of them was confirmed on LinkedIn and LinkedIn has not answered yet\./,
          ),
        ],
      },
    });
    expect((await db.getAll('queue')).map((q) => q.profileKey)).toEqual(['jane-roe']);
  });

  it('numbers restored log entries afresh: a file’s id of 2^53-1 is not taken, and removals can still be logged', async () => {
    await db.add('removalLog', logEntry('old-one', 'Old One', T0 - 30 * HOUR)); // id 1 in the store
    const backup = validBackup();
    backup.removalLog = [
      logEntry('sam-ray', 'Sam Ray', T0 - 2 * HOUR, Number.MAX_SAFE_INTEGER),
      logEntry('ann-lee', 'Ann Lee', T0 - 50 * HOUR, 1),
    ];
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    const log = await db.getAll('removalLog');
    expect(log.map((e) => [e.profileKey, e.id])).toEqual([
      ['sam-ray', 2],
      ['ann-lee', 3],
    ]);
    expect(await db.add('removalLog', logEntry('next-one', 'Next One', T0))).toBe(4);
  });

  it('restores an item in progress with no pending log entry as queued, in its place', async () => {
    const backup = validBackup();
    backup.queue[0] = { ...backup.queue[0]!, status: 'in-progress', attempts: 1, order: 7 };
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    expect(await db.getAll('queue')).toEqual([
      {
        ...backup.queue[0],
        status: 'queued',
        updatedAt: T0,
        detail: expect.stringMatching(/before LinkedIn was asked to confirm: queued again/),
      },
    ]);
  });

  it('does not carry a future-dated entry of the current log into the restored one', async () => {
    await db.add('removalLog', logEntry('recent-one', 'Recent One', T0 - 3 * HOUR));
    await db.add('removalLog', logEntry('far-future', 'Far Future', T0 + 1000 * HOUR));
    await restoreBackup(validBackup());
    expect((await db.getAll('removalLog')).map((e) => e.profileKey).sort()).toEqual([
      'recent-one',
      'sam-ray',
    ]);
  });

  it('refuses a file the UI would refuse, changing nothing', async () => {
    await seedOtherData();
    const before = await everything();
    const backup = validBackup();
    backup.removalLog.push(logEntry('ann-lee', 'Ann Lee', T0 + HOUR));
    expect(await restoreBackup(backup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/dated in the future.*Nothing was changed\.$/),
    });
    expect(await everything()).toEqual(before);
  });

  it('refuses to restore while a session is running', async () => {
    await seedOtherData();
    await db.put('meta', { status: 'running', tabId: 3 }, 'session');
    const before = await everything();
    expect(await restoreBackup(validBackup())).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session is running/),
    });
    expect(await everything()).toEqual(before);
  });

  it('deletes every store, stopping a running session first', async () => {
    await seedOtherData();
    await db.add('removalLog', logEntry('long-ago', 'Long Ago', T0 - 30 * HOUR));
    await db.put('keep', { ...person('bob-stone', 'Bob Stone'), addedAt: T0 });
    await db.put('facts', { ...contents().facts[0]! });
    await db.put('meta', { status: 'running', tabId: 3 }, 'session');
    expect(await deleteAllData()).toEqual({ ok: true, data: { keptRecentRemovals: 0, keptUntil: null } });
    expect(stopSession).toHaveBeenCalledOnce();
    expect(await everything()).toEqual({
      connections: [],
      queue: [],
      keep: [],
      removalLog: [],
      facts: [],
      metaKeys: [],
    });
  });

  it('keeps the removals the daily cap still counts, so deleting all data does not reset the cap', async () => {
    await seedOtherData(); // cap 18
    const recentTimes = Array.from({ length: 15 }, (_, i) => T0 - 23 * HOUR + i * HOUR); // 15 in the last 24 hours
    for (const [i, t] of recentTimes.entries())
      await db.add('removalLog', logEntry(`recent-${i}`, `Recent ${i}`, t));
    await db.add('removalLog', logEntry('long-ago', 'Long Ago', T0 - 24 * HOUR)); // exactly 24 h: no longer counts
    await db.add('removalLog', logEntry('clock-skew', 'Clock Skew', T0 + 4 * MINUTE)); // a clock a few minutes off: counts
    await db.add('removalLog', logEntry('far-future', 'Far Future', T0 + 10 * 365 * 24 * HOUR)); // from a file: must not survive
    const before = await db.getAll('removalLog');
    const capBefore = remainingToday(
      before.map((e) => e.at),
      DEFAULT_SETTINGS.dailyCap,
      T0,
    );
    expect(capBefore).toBe(0);

    const reply = await deleteAllData();
    expect(reply).toEqual({
      ok: true,
      data: { keptRecentRemovals: 16, keptUntil: T0 + 4 * MINUTE + 24 * HOUR },
    });
    const after = await everything();
    // Issue 13: only the times are kept, without name, URL, reason or outcome, numbered from 1 again
    // (a new database: the id counter no longer tells how many removals were ever made).
    const keptTimes = [...recentTimes, T0 + 4 * MINUTE];
    expect(after.removalLog).toEqual(
      keptTimes.map((at, i) => ({
        id: i + 1,
        profileKey: '',
        profileUrl: '',
        name: '',
        at,
        reason: '',
        lost: null,
        detailsDeleted: true,
      })),
    );
    expect(before.length).toBe(18);
    expect({ ...after, removalLog: [] }).toEqual({
      connections: [],
      queue: [],
      keep: [],
      removalLog: [],
      facts: [],
      metaKeys: [],
    });
    // Settings are back to the default cap of 15, and today's 16 removals still use it up.
    expect(
      remainingToday(
        after.removalLog.map((e) => e.at),
        DEFAULT_SETTINGS.dailyCap,
        T0,
      ),
    ).toBe(0);
    // A day later the kept removals stop counting, and deleting again removes them.
    env.now = T0 + 26 * HOUR;
    expect(
      remainingToday(
        after.removalLog.map((e) => e.at),
        DEFAULT_SETTINGS.dailyCap,
        env.now,
      ),
    ).toBe(DEFAULT_SETTINGS.dailyCap);
    expect(await deleteAllData()).toEqual({ ok: true, data: { keptRecentRemovals: 0, keptUntil: null } });
    expect((await everything()).removalLog).toEqual([]);
  });

  it('saves valid settings and refuses invalid ones with the schema’s message', async () => {
    expect(await saveSettings({ ...DEFAULT_SETTINGS, dailyCap: 11 })).toEqual({ ok: true });
    expect(await db.get('meta', 'settings')).toEqual({ ...DEFAULT_SETTINGS, dailyCap: 11 });
    expect(await saveSettings({ ...DEFAULT_SETTINGS, dailyCap: 9 })).toEqual({
      ok: false,
      error: 'The daily cap must be at least 10.',
    });
    expect(await db.get('meta', 'settings')).toEqual({ ...DEFAULT_SETTINGS, dailyCap: 11 });
  });
});
