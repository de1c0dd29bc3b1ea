import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  instantOfLocalTime,
  isReminderDue,
  localDay,
  nextReminderAt,
  parseTimeOfDay,
  type ReminderScheduleInput,
} from '../../src/core/reminder-schedule';

const at = (iso: string) => Date.parse(iso);
const HOUR = 60 * 60 * 1000;

// For the worker's reminder (background/reminder.ts): Chrome's APIs and the clock are stand-ins,
// the database is a real (fake) IndexedDB.
const chromeFake = vi.hoisted(() => ({
  now: 0,
  /** Whether the optional notifications permission is held (issue 13). */
  permitted: true,
  timeZone: 'UTC',
  alarms: new Map<string, number>(),
  alarmCreates: 0,
  notifications: [] as Array<{
    id: string;
    options: { title: string; message: string; iconUrl: string; buttons?: Array<{ title: string }> };
  }>,
  openedTabs: [] as string[],
  startSession: null as unknown as () => Promise<{ ok: true } | { ok: false; error: string }>,
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    alarms: {
      get: async (name: string) =>
        chromeFake.alarms.has(name) ? { name, scheduledTime: chromeFake.alarms.get(name)! } : undefined,
      create: async (name: string, info: { when: number }) => {
        chromeFake.alarmCreates++;
        chromeFake.alarms.set(name, info.when);
      },
      clear: async (name: string) => chromeFake.alarms.delete(name),
    },
    runtime: { getURL: (path: string) => `chrome-extension://quietprune/${path}` },
    tabs: { create: async ({ url }: { url: string }) => void chromeFake.openedTabs.push(url) },
  },
}));
vi.mock('../../src/background/clock', () => ({
  now: async () => chromeFake.now,
  toRealTime: async (t: number) => t,
}));
vi.mock('../../src/background/badge', () => ({ refreshBadge: async () => undefined }));
vi.mock('../../src/background/session/session-controller', () => ({
  startSession: () => chromeFake.startSession(),
}));

function next(
  overrides: Partial<ReminderScheduleInput> & Pick<ReminderScheduleInput, 'now' | 'timeZone'>,
): string {
  return new Date(
    nextReminderAt({ time: '09:30', lastFiredDay: null, snoozedUntil: null, ...overrides }),
  ).toISOString();
}

describe('localDay', () => {
  it('is the calendar day on the wall clock of the zone, not in UTC', () => {
    const instant = at('2024-06-10T19:00:00Z');
    expect(localDay(instant, 'UTC')).toBe('2024-06-10');
    expect(localDay(instant, 'Asia/Kolkata')).toBe('2024-06-11'); // 00:30 IST
    expect(localDay(instant, 'Pacific/Auckland')).toBe('2024-06-11'); // 07:00 NZST
    expect(localDay(instant, 'America/New_York')).toBe('2024-06-10'); // 15:00 EDT
    expect(localDay(at('2024-06-11T03:59:59Z'), 'America/New_York')).toBe('2024-06-10');
    expect(localDay(at('2024-06-11T04:00:00Z'), 'America/New_York')).toBe('2024-06-11');
  });
});

describe('nextReminderAt on ordinary days', () => {
  it('is today at the local time when that is still ahead', () => {
    expect(next({ now: at('2024-06-10T05:00:00Z'), timeZone: 'Europe/Berlin' })).toBe(
      '2024-06-10T07:30:00.000Z',
    ); // CEST +2
    expect(next({ now: at('2024-01-10T05:00:00Z'), timeZone: 'Europe/Berlin' })).toBe(
      '2024-01-10T08:30:00.000Z',
    ); // CET +1
    expect(next({ now: at('2024-06-10T00:00:00Z'), timeZone: 'Asia/Kolkata' })).toBe(
      '2024-06-10T04:00:00.000Z',
    ); // +5:30
    expect(next({ now: at('2024-06-10T00:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-06-10T13:30:00.000Z',
    ); // EDT -4
  });

  it('is tomorrow once today’s time has passed', () => {
    expect(next({ now: at('2024-06-10T07:30:01Z'), timeZone: 'Europe/Berlin' })).toBe(
      '2024-06-11T07:30:00.000Z',
    );
    expect(next({ now: at('2024-06-10T12:00:00Z'), timeZone: 'Asia/Kolkata' })).toBe(
      '2024-06-11T04:00:00.000Z',
    );
  });

  it('counts "today" in the zone, even when UTC is on another date', () => {
    // 2024-01-14T19:00Z is already Jan 15, 08:00 in Auckland (NZDT +13): today's 09:30 is ahead.
    expect(next({ now: at('2024-01-14T19:00:00Z'), timeZone: 'Pacific/Auckland' })).toBe(
      '2024-01-14T20:30:00.000Z',
    );
  });

  it('accepts the ends of the day', () => {
    expect(next({ time: '00:00', now: at('2024-06-10T12:00:00Z'), timeZone: 'UTC' })).toBe(
      '2024-06-11T00:00:00.000Z',
    );
    expect(next({ time: '23:59', now: at('2024-06-10T12:00:00Z'), timeZone: 'UTC' })).toBe(
      '2024-06-10T23:59:00.000Z',
    );
  });
});

describe('nextReminderAt never reminds the same local day twice', () => {
  it('skips a day already reminded even when its time is still ahead', () => {
    expect(
      next({ now: at('2024-06-10T05:00:00Z'), timeZone: 'Europe/Berlin', lastFiredDay: '2024-06-10' }),
    ).toBe('2024-06-11T07:30:00.000Z');
  });

  it('ignores an older reminded day', () => {
    expect(
      next({ now: at('2024-06-10T05:00:00Z'), timeZone: 'Europe/Berlin', lastFiredDay: '2024-06-09' }),
    ).toBe('2024-06-10T07:30:00.000Z');
  });

  it('after flying west, does not remind a local day that is earlier than the one already reminded', () => {
    // Reminded in Tokyo on June 11 at 09:30 JST (00:30Z). Half an hour later in Honolulu it is
    // still June 10 there, 15:00: neither June 10 nor June 11 may bring a second reminder.
    const now = at('2024-06-11T01:00:00Z');
    expect(localDay(now, 'Pacific/Honolulu')).toBe('2024-06-10');
    expect(next({ now, timeZone: 'Pacific/Honolulu', lastFiredDay: '2024-06-11' })).toBe(
      '2024-06-12T19:30:00.000Z',
    ); // 09:30 HST -10
  });

  it('does not let a reminded day far in the future (a wrong clock) silence the reminder', () => {
    expect(
      next({ now: at('2024-06-10T05:00:00Z'), timeZone: 'Europe/Berlin', lastFiredDay: '2031-01-01' }),
    ).toBe('2024-06-10T07:30:00.000Z');
  });
});

describe('nextReminderAt across daylight-saving changes', () => {
  it('keeps the local time on the day the clocks change', () => {
    // New York springs forward on 2024-03-10 and falls back on 2024-11-03.
    expect(next({ now: at('2024-03-10T00:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-03-10T13:30:00.000Z',
    ); // EDT
    expect(next({ now: at('2024-03-09T20:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-03-10T13:30:00.000Z',
    );
    expect(next({ now: at('2024-11-03T00:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-11-03T14:30:00.000Z',
    ); // EST
    // Berlin: 2024-03-31 and 2024-10-27.
    expect(next({ now: at('2024-03-30T20:00:00Z'), timeZone: 'Europe/Berlin' })).toBe(
      '2024-03-31T07:30:00.000Z',
    );
    expect(next({ now: at('2024-10-26T20:00:00Z'), timeZone: 'Europe/Berlin' })).toBe(
      '2024-10-27T08:30:00.000Z',
    );
  });

  it('moves a time that does not exist (spring forward) to the moment the clocks jumped', () => {
    // New York 2024-03-10: 02:00 EST (07:00Z) became 03:00 EDT; 02:30 never happened.
    expect(next({ time: '02:30', now: at('2024-03-10T00:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-03-10T07:00:00.000Z',
    );
    // Berlin 2024-03-31: 02:00 CET (01:00Z) became 03:00 CEST.
    expect(next({ time: '02:30', now: at('2024-03-30T23:00:00Z'), timeZone: 'Europe/Berlin' })).toBe(
      '2024-03-31T01:00:00.000Z',
    );
    // Auckland 2024-09-29: 02:00 NZST (14:00Z the day before) became 03:00 NZDT.
    expect(next({ time: '02:15', now: at('2024-09-28T12:00:00Z'), timeZone: 'Pacific/Auckland' })).toBe(
      '2024-09-28T14:00:00.000Z',
    );
    // The day after, the same time exists again.
    expect(next({ time: '02:30', now: at('2024-03-10T08:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-03-11T06:30:00.000Z',
    );
  });

  it('takes the first of a time that happens twice (fall back)', () => {
    // New York 2024-11-03: 01:30 EDT (05:30Z), then again 01:30 EST (06:30Z).
    expect(next({ time: '01:30', now: at('2024-11-03T00:00:00Z'), timeZone: 'America/New_York' })).toBe(
      '2024-11-03T05:30:00.000Z',
    );
    // Auckland 2024-04-07: 02:30 NZDT (13:30Z the day before), then 02:30 NZST (14:30Z).
    expect(next({ time: '02:30', now: at('2024-04-06T10:00:00Z'), timeZone: 'Pacific/Auckland' })).toBe(
      '2024-04-06T13:30:00.000Z',
    );
  });

  it('does not remind again at the second occurrence of a repeated time', () => {
    // Reminded at the first 01:30; the repeat an hour later is the same local day.
    expect(
      next({
        time: '01:30',
        now: at('2024-11-03T05:30:00Z'),
        timeZone: 'America/New_York',
        lastFiredDay: '2024-11-03',
      }),
    ).toBe('2024-11-04T06:30:00.000Z');
  });
});

describe('nextReminderAt with a snooze', () => {
  it('a snooze still ahead moves the reminder, even on a day already reminded', () => {
    const snoozedUntil = at('2024-06-10T08:30:00Z');
    expect(
      next({
        now: at('2024-06-10T07:31:00Z'),
        timeZone: 'Europe/Berlin',
        lastFiredDay: '2024-06-10',
        snoozedUntil,
      }),
    ).toBe('2024-06-10T08:30:00.000Z');
  });

  it('a snooze that has passed no longer counts', () => {
    const snoozedUntil = at('2024-06-10T08:30:00Z');
    expect(
      next({
        now: at('2024-06-10T09:00:00Z'),
        timeZone: 'Europe/Berlin',
        lastFiredDay: '2024-06-10',
        snoozedUntil,
      }),
    ).toBe('2024-06-11T07:30:00.000Z');
  });
});

describe('isReminderDue', () => {
  const GRACE = 3 * HOUR;
  const berlin = { time: '09:30', timeZone: 'Europe/Berlin', lastFiredDay: null, snoozedUntil: null };

  it('is due when the alarm fires on time or a little late', () => {
    expect(isReminderDue({ ...berlin, now: at('2024-06-10T07:30:00Z') }, GRACE)).toBe(true);
    expect(isReminderDue({ ...berlin, now: at('2024-06-10T09:00:00Z') }, GRACE)).toBe(true);
  });

  it('is not due before the time, long after it, or on a day already reminded', () => {
    expect(isReminderDue({ ...berlin, now: at('2024-06-10T07:29:00Z') }, GRACE)).toBe(false);
    expect(isReminderDue({ ...berlin, now: at('2024-06-10T11:00:00Z') }, GRACE)).toBe(false);
    expect(
      isReminderDue({ ...berlin, now: at('2024-06-10T07:30:00Z'), lastFiredDay: '2024-06-10' }, GRACE),
    ).toBe(false);
  });

  it('is not due when an alarm set in Berlin fires after the user moved to New York', () => {
    // The Berlin alarm for 09:30 CEST (07:30Z) is 03:30 in New York.
    expect(
      isReminderDue({ ...berlin, timeZone: 'America/New_York', now: at('2024-06-10T07:30:00Z') }, GRACE),
    ).toBe(false);
    expect(
      isReminderDue({ ...berlin, timeZone: 'America/New_York', now: at('2024-06-10T13:30:00Z') }, GRACE),
    ).toBe(true);
  });

  it('is due when a snooze ends, and not before', () => {
    const snoozed = { ...berlin, lastFiredDay: '2024-06-10', snoozedUntil: at('2024-06-10T08:30:00Z') };
    expect(isReminderDue({ ...snoozed, now: at('2024-06-10T08:29:00Z') }, GRACE)).toBe(false);
    expect(isReminderDue({ ...snoozed, now: at('2024-06-10T08:30:00Z') }, GRACE)).toBe(true);
  });
});

describe('input checks', () => {
  it('parses HH:MM and refuses anything else with a readable message', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('23:59')).toBe(23 * 60 + 59);
    for (const bad of ['9:30', '24:00', '12:60', '', '09:30:00']) {
      expect(() => parseTimeOfDay(bad)).toThrow(/HH:MM/);
    }
  });

  it('instantOfLocalTime refuses a malformed day', () => {
    expect(() => instantOfLocalTime('2024-6-1', 0, 'UTC')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the worker’s daily reminder', async () => {
  const { database } = await import('../../src/storage/db');
  const { ensureReminderAlarm, onNotificationButton, onNotificationClick, onReminderAlarm, REMINDER_ALARM } =
    await import('../../src/background/reminder');
  const { DEFAULT_SETTINGS } = await import('../../src/core/settings');

  const BERLIN_0930 = at('2024-06-10T07:30:00Z'); // 09:30 CEST
  // The computer's zone, as the worker reads it, is the one the test says.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
  const realResolved = Intl.DateTimeFormat.prototype.resolvedOptions;

  beforeEach(async () => {
    chromeFake.alarms.clear();
    chromeFake.alarmCreates = 0;
    chromeFake.notifications.length = 0;
    chromeFake.openedTabs.length = 0;
    chromeFake.startSession = async () => ({ ok: true });
    chromeFake.timeZone = 'Europe/Berlin';
    chromeFake.now = BERLIN_0930;
    chromeFake.permitted = true;
    vi.stubGlobal('chrome', {
      permissions: { contains: async () => chromeFake.permitted },
      notifications: {
        create: async (id: string, options: (typeof chromeFake.notifications)[number]['options']) =>
          void chromeFake.notifications.push({ id, options }),
        clear: async () => true,
      },
    });
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...realResolved.call(this), timeZone: chromeFake.timeZone };
    });
    const db = await database();
    for (const store of ['connections', 'queue', 'keep', 'removalLog', 'facts', 'meta'] as const)
      await db.clear(store);
    await db.put(
      'meta',
      { ...DEFAULT_SETTINGS, dailyCap: 15, reminder: { enabled: true, time: '09:30' } },
      'settings',
    );
  });

  async function queuePeople(count: number) {
    const db = await database();
    for (let i = 0; i < count; i++) {
      await db.put('queue', {
        profileKey: `p${i}`,
        profileUrl: `https://www.linkedin.com/in/p${i}/`,
        name: `P ${i}`,
        reason: 'x',
        status: 'queued',
        addedAt: 0,
        updatedAt: 0,
        order: i,
        attempts: 0,
      });
    }
  }

  async function logRemovals(count: number, when: number) {
    const db = await database();
    for (let i = 0; i < count; i++) {
      await db.add('removalLog', {
        profileKey: `r${i}`,
        profileUrl: `https://www.linkedin.com/in/r${i}/`,
        name: `R ${i}`,
        at: when,
        reason: 'x',
        lost: null,
      });
    }
  }

  afterAll(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  const alarmAt = () => new Date(chromeFake.alarms.get(REMINDER_ALARM) ?? 0).toISOString();

  it('arms the alarm for the next local reminder time, and leaves a correct alarm alone', async () => {
    chromeFake.now = at('2024-06-10T05:00:00Z');
    await ensureReminderAlarm();
    expect(alarmAt()).toBe('2024-06-10T07:30:00.000Z');
    await ensureReminderAlarm();
    expect(chromeFake.alarmCreates).toBe(1);
  });

  it('clears the alarm when the reminder is off', async () => {
    chromeFake.alarms.set(REMINDER_ALARM, BERLIN_0930);
    await (
      await database()
    ).put('meta', { ...DEFAULT_SETTINGS, reminder: { enabled: false, time: '09:30' } }, 'settings');
    await ensureReminderAlarm();
    expect(chromeFake.alarms.has(REMINDER_ALARM)).toBe(false);
  });

  it('reminds with the queue and what today’s cap still allows, once per local day', async () => {
    await queuePeople(2);
    await logRemovals(3, BERLIN_0930 - 2 * HOUR);
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(1);
    const { options } = chromeFake.notifications[0]!;
    expect(options.message).toBe('2 queued, 12 removals left today');
    expect(options.buttons?.map((b) => b.title)).toEqual(['Start session', 'Snooze']);
    expect(options.iconUrl).toBe('chrome-extension://quietprune/icons/icon-128.png');
    expect(alarmAt()).toBe('2024-06-11T07:30:00.000Z');

    chromeFake.now = BERLIN_0930 + 60_000; // a second wake-up the same morning
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(1);
  });

  it('issue 13: without the notifications permission, arms no alarm and shows nothing', async () => {
    await queuePeople(2);
    chromeFake.permitted = false;
    await ensureReminderAlarm();
    expect(chromeFake.alarms.size).toBe(0);
    await onReminderAlarm(); // an alarm armed before the permission was taken back
    expect(chromeFake.notifications).toHaveLength(0);
    expect(chromeFake.alarms.size).toBe(0);
    chromeFake.permitted = true;
    await ensureReminderAlarm();
    expect(alarmAt()).toBe('2024-06-11T07:30:00.000Z');
  });

  it('says nothing when nobody is queued and nothing is suggested, or when today’s cap is used up', async () => {
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(0);

    chromeFake.now = at('2024-06-11T07:30:00Z');
    await queuePeople(1);
    await logRemovals(15, chromeFake.now - 3 * HOUR);
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(0);
    expect(alarmAt()).toBe('2024-06-12T07:30:00.000Z');
  });

  it('after a change of time zone, an alarm at the wrong local time re-arms without notifying', async () => {
    await queuePeople(1);
    chromeFake.now = at('2024-06-10T05:00:00Z');
    await ensureReminderAlarm(); // 09:30 in Berlin
    chromeFake.timeZone = 'America/New_York';
    chromeFake.now = chromeFake.alarms.get(REMINDER_ALARM)!; // fires at 03:30 in New York
    chromeFake.alarms.delete(REMINDER_ALARM); // a fired one-shot alarm is gone
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(0);
    expect(alarmAt()).toBe('2024-06-10T13:30:00.000Z'); // 09:30 in New York
    chromeFake.now = at('2024-06-10T13:30:00Z');
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(1);
  });

  it('Snooze brings the reminder back an hour later, the same day', async () => {
    await queuePeople(1);
    await onReminderAlarm();
    const first = chromeFake.notifications[0]!.id;
    chromeFake.now = BERLIN_0930 + 2 * 60_000;
    await onNotificationButton(first, 1);
    expect(alarmAt()).toBe(new Date(chromeFake.now + HOUR).toISOString());
    chromeFake.now += HOUR;
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(2);
    expect(alarmAt()).toBe('2024-06-11T07:30:00.000Z');
  });

  it('Start session starts one, and says why when it could not', async () => {
    await queuePeople(1);
    await onReminderAlarm();
    const id = chromeFake.notifications[0]!.id;
    chromeFake.startSession = vi.fn(async () => ({
      ok: false as const,
      error: 'Today’s cap of 15 removals is reached.',
    }));
    await onNotificationButton(id, 0);
    expect(chromeFake.startSession).toHaveBeenCalledOnce();
    expect(chromeFake.notifications[1]!.options.message).toBe('Today’s cap of 15 removals is reached.');
  });

  it('a click on the reminder itself opens the queue and never starts a session', async () => {
    await queuePeople(1);
    await onReminderAlarm();
    chromeFake.startSession = vi.fn(async () => ({ ok: true as const }));
    await onNotificationClick(chromeFake.notifications[0]!.id);
    await onNotificationClick('someone-elses-notification');
    expect(chromeFake.startSession).not.toHaveBeenCalled();
    expect(chromeFake.openedTabs).toEqual(['chrome-extension://quietprune/src/popup/index.html']);
  });

  it('does not remind while a session is running', async () => {
    await queuePeople(1);
    await (await database()).put('meta', { status: 'running', tabId: 1 }, 'session');
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(0);
  });

  it('with nobody queued, reminds about suggestions (not counting kept people) and offers to review them', async () => {
    const db = await database();
    for (const slug of ['quiet-one', 'kept-one']) {
      await db.put('connections', {
        profileKey: slug,
        profileUrl: `https://www.linkedin.com/in/${slug}/`,
        name: slug,
        headline: '',
        connectedOn: { kind: 'exact', date: '2018-03-01' },
        firstSeenAt: 0,
        lastSeenAt: 0,
        sources: ['export'],
      });
      await db.put('facts', {
        profileKey: slug,
        endorsementsReceived: [],
        endorsementsGiven: [],
        recommendationsReceived: 0,
        recommendationsGiven: 0,
        messagesSent: 0,
        messagesReceived: 0,
        lastMessageAt: null,
        invitedBy: null,
        invitationMessage: false,
      });
    }
    await db.put('keep', {
      profileKey: 'kept-one',
      profileUrl: 'https://www.linkedin.com/in/kept-one/',
      name: 'kept-one',
      addedAt: 0,
    });
    await onReminderAlarm();
    expect(chromeFake.notifications).toHaveLength(1);
    const { id, options } = chromeFake.notifications[0]!;
    expect(options.message).toBe('Nobody queued yet; 1 suggestion to review, 15 removals left today');
    expect(options.buttons?.map((b) => b.title)).toEqual(['Review suggestions', 'Snooze']);
    chromeFake.startSession = vi.fn(async () => ({ ok: true as const }));
    await onNotificationButton(id, 0);
    expect(chromeFake.startSession).not.toHaveBeenCalled();
    expect(chromeFake.openedTabs).toEqual(['chrome-extension://quietprune/src/popup/index.html']);
  });
});
