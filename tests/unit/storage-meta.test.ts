import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { openQuietPruneDb, type Db } from '../../src/storage/db';
import {
  getMeta,
  IDLE_SESSION,
  IDLE_SYNC,
  META,
  metaIn,
  putMeta,
  updateMeta,
  type MetaKey,
} from '../../src/storage/meta';
import { deleteAllRecords } from '../../src/storage/wholesale';
import { transact } from '../../src/storage/transaction';

let db: Db;
let count = 0;
beforeEach(async () => {
  db = await openQuietPruneDb(`meta-test-${++count}`);
});

/** Writes a raw value under a key, as an older version or a damaged disk could have left it. */
const store = (key: string, value: unknown) => db.put('meta', value, key);

describe('the meta catalog', () => {
  it('gives each record its default when nothing is stored', async () => {
    expect(await getMeta(db, 'settings')).toEqual(DEFAULT_SETTINGS);
    expect(await getMeta(db, 'sync')).toEqual(IDLE_SYNC);
    expect(await getMeta(db, 'session')).toEqual(IDLE_SESSION);
    expect(await getMeta(db, 'checklist')).toEqual({ hideConnectionsList: null });
    expect(await getMeta(db, 'listHead')).toBeNull();
    expect(await getMeta(db, 'lastImport')).toBeNull();
    expect(await getMeta(db, 'reminder')).toEqual({ lastFiredDay: null, snoozedUntil: null });
    expect(await getMeta(db, 'testClock')).toEqual({ offsetMs: 0, humanDelayScale: 1 });
    expect(await getMeta(db, 'testLocksOff')).toEqual([]);
  });

  it('reads back what was written, for every key', async () => {
    await putMeta(db, 'settings', { ...DEFAULT_SETTINGS, dailyCap: 12 });
    await putMeta(db, 'session', { ...IDLE_SESSION, status: 'running', tabId: 4, currentKey: 'ann' });
    await putMeta(db, 'checklist', { hideConnectionsList: 1000 });
    await putMeta(db, 'reminder', { lastFiredDay: '2026-11-30', snoozedUntil: 5 });
    await putMeta(db, 'testLocksOff', ['menu', 'dialog']);
    expect((await getMeta(db, 'settings')).dailyCap).toBe(12);
    expect(await getMeta(db, 'session')).toMatchObject({ status: 'running', tabId: 4, currentKey: 'ann' });
    expect(await getMeta(db, 'checklist')).toEqual({ hideConnectionsList: 1000 });
    expect(await getMeta(db, 'reminder')).toEqual({ lastFiredDay: '2026-11-30', snoozedUntil: 5 });
    expect(await getMeta(db, 'testLocksOff')).toEqual(['menu', 'dialog']);
  });

  it('falls back to the default for a damaged whole record, without throwing', async () => {
    await store('settings', { dailyCap: 'twenty', pace: 'normal' });
    await store('checklist', { hideConnectionsList: 'yes' });
    await store('testLocksOff', 'menu');
    await store('listHead', { total: 1, current: 5, rows: [] });
    await store('lastImport', 42);
    expect(await getMeta(db, 'settings')).toEqual(DEFAULT_SETTINGS);
    expect(await getMeta(db, 'checklist')).toEqual({ hideConnectionsList: null });
    expect(await getMeta(db, 'testLocksOff')).toEqual([]);
    expect(await getMeta(db, 'listHead')).toBeNull();
    expect(await getMeta(db, 'lastImport')).toBeNull();
  });

  it('keeps the good fields of a field-by-field record and defaults the damaged or missing ones', async () => {
    // An older version's record (no endedAt) with one damaged field.
    await store('session', { status: 'paused', tabId: 'seven', removedThisSession: 3 });
    expect(await getMeta(db, 'session')).toEqual({
      ...IDLE_SESSION,
      status: 'paused',
      removedThisSession: 3,
    });
    await store('sync', { status: 'exploded', seen: 12, total: Infinity });
    expect(await getMeta(db, 'sync')).toEqual({ ...IDLE_SYNC, seen: 12 });
    await store('reminder', { lastFiredDay: '30.11.2026', snoozedUntil: NaN });
    expect(await getMeta(db, 'reminder')).toEqual({ lastFiredDay: null, snoozedUntil: null });
    await store('testClock', { offsetMs: 3_600_000 });
    expect(await getMeta(db, 'testClock')).toEqual({ offsetMs: 3_600_000, humanDelayScale: 1 });
    for (const junk of [null, 5, 'text', []]) {
      await store('session', junk);
      expect(await getMeta(db, 'session')).toEqual(IDLE_SESSION);
    }
  });

  it('updates a record in one read-modify-write, from its default when there is none', async () => {
    const next = await updateMeta(db, 'sync', (s) => ({ ...s, seen: s.seen + 1 }));
    expect(next).toEqual({ ...IDLE_SYNC, seen: 1 });
    // Concurrent updates never interleave: each sees the other's write.
    await Promise.all([1, 2, 3].map(() => updateMeta(db, 'sync', (s) => ({ ...s, seen: s.seen + 1 }))));
    expect((await getMeta(db, 'sync')).seen).toBe(4);
  });

  it('reads and writes through the catalog inside a wider transaction', async () => {
    await store('session', { status: 'running', tabId: 'x' });
    const seen = await transact(db, ['meta', 'queue'], async (t) => {
      const session = await t.meta.get('session');
      await t.meta.put('session', { ...session, removedThisSession: 2 });
      return session;
    });
    expect(seen).toEqual({ ...IDLE_SESSION, status: 'running' });
    expect((await getMeta(db, 'session')).removedThisSession).toBe(2);
    const tx = db.transaction('meta');
    expect(await metaIn(tx.store as never).get('checklist')).toEqual({ hideConnectionsList: null });
  });

  it('drops every write of a transaction that aborts or throws', async () => {
    await transact(db, ['meta'], async (t) => {
      await t.meta.put('checklist', { hideConnectionsList: 1 });
      t.abort();
    });
    await expect(
      transact(db, ['meta'], async (t) => {
        await t.meta.put('checklist', { hideConnectionsList: 2 });
        throw new Error('decided against it');
      }),
    ).rejects.toThrow('decided against it');
    expect(await getMeta(db, 'checklist')).toEqual({ hideConnectionsList: null });
  });

  it('"delete all" keeps only the records that are not the user’s data', async () => {
    for (const key of Object.keys(META) as MetaKey[]) await store(key, { anything: key });
    const { db: fresh } = await deleteAllRecords(db, () => false);
    expect(await fresh.getAllKeys('meta')).toEqual(['testClock']);
    db = fresh;
  });
});
