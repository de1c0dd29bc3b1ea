import { z } from 'zod/mini';
import { SettingsSchema } from './core/settings';

/**
 * Every message between QuietPrune's parts, as zod schemas, named by direction so a handler
 * shows who may call it:
 * - UiToBackground: the popup and the options/review/log pages asking the service worker.
 * - ContentToBackground: the content script on a LinkedIn Connections tab reporting.
 * - BackgroundToContent: the service worker directing that content script.
 * - BackgroundBroadcast: the worker telling open extension pages that state changed.
 * Schemas are strict: an unknown key is an error, never ignored. Who sent a message is checked
 * separately against the browser's own `sender` (see background/sender-check.ts).
 *
 * Written with zod/mini: the same checks as zod's classic API, but only the ones used end up in
 * a bundle, and the popup and the content script load this file (classic zod was 29 kB gzip of
 * each). zod/mini has no English messages of its own; the worker and the options page load
 * classic zod elsewhere (core/backup.ts), which sets them for both.
 */

const ProfileKey = z.string().check(z.minLength(1), z.maxLength(300));
const ProfileUrl = z.url().check(z.maxLength(500));
const Text = (max: number) => z.string().check(z.maxLength(max));

export const ConnectedOnSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  z.strictObject({ kind: z.literal('relative'), text: Text(200), estimate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const CollectedCardSchema = z
  .strictObject({
    profileKey: ProfileKey,
    profileUrl: ProfileUrl,
    name: Text(500),
    headline: Text(2000),
    connectedOn: ConnectedOnSchema,
  });

const PersonRef = z.strictObject({ profileKey: ProfileKey, profileUrl: ProfileUrl, name: Text(500) });

export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('sync/start') }),
  z.strictObject({ type: z.literal('sync/stop') }),
  z.strictObject({ type: z.literal('page/open-connections') }),
  z
    .strictObject({
      type: z.literal('queue/add'),
      people: z.array(PersonRef).check(z.minLength(1), z.maxLength(30_000)),
      reason: Text(500),
      /** The user saw the removal warning and confirmed these very people. */
      warningConfirmed: z.literal(true),
      /**
       * Those the user ticked one by one in the warning. The worker refuses anyone known to have
       * endorsements or recommendations with the user who is not among them.
       */
      confirmedOnTheirOwn: z.array(ProfileKey).check(z.maxLength(30_000)),
    }),
  z.strictObject({ type: z.literal('queue/remove'), profileKeys: z.array(ProfileKey).check(z.minLength(1)) }),
  z.strictObject({ type: z.literal('queue/reorder'), profileKeys: z.array(ProfileKey) }),
  z.strictObject({ type: z.literal('queue/retry'), profileKeys: z.array(ProfileKey).check(z.minLength(1)) }),
  z.strictObject({ type: z.literal('queue/clear'), which: z.enum(['finished', 'all-queued']) }),
  z.strictObject({ type: z.literal('keep/set'), people: z.array(PersonRef).check(z.minLength(1)), keep: z.boolean() }),
  z.strictObject({ type: z.literal('session/start') }),
  z.strictObject({ type: z.literal('session/pause') }),
  z.strictObject({ type: z.literal('session/resume') }),
  z.strictObject({ type: z.literal('session/stop') }),
  z.strictObject({ type: z.literal('settings/save'), settings: SettingsSchema }),
  /** "Before your first session": the user ticked off (or reopened) hiding their connections list. */
  z.strictObject({ type: z.literal('checklist/set'), hideConnectionsList: z.boolean() }),
  z.strictObject({ type: z.literal('data/delete-all') }),
  z.strictObject({ type: z.literal('data/restore'), backup: z.unknown() }),
  /** The options page wrote an import into IndexedDB (in one transaction): refresh and tell others. */
  z.strictObject({ type: z.literal('import/done') }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

export const RemovalOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('removed') }),
  z.strictObject({ outcome: z.literal('not-found'), message: Text(1000) }),
  z.strictObject({ outcome: z.literal('present') }),
  z.strictObject({ outcome: z.literal('gone') }),
  // `afterConfirm`: the page stopped after the removal was confirmed, so the person may be gone;
  // the worker must check by a search before anything else, never queue them as untouched.
  z.strictObject({ outcome: z.literal('failed'), message: Text(1000), afterConfirm: z.optional(z.literal(true)) }),
  z.strictObject({ outcome: z.literal('unrecognised'), message: Text(1000), afterConfirm: z.optional(z.literal(true)) }),
  z.strictObject({ outcome: z.literal('warning'), kind: Text(50), message: Text(1000), afterConfirm: z.optional(z.literal(true)) }),
]);
export type RemovalOutcome = z.infer<typeof RemovalOutcomeSchema>;

export const PageLayoutSchema = z.enum(['current', 'classic']);

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('page/ready'),
      layout: z.nullable(PageLayoutSchema),
      total: z.nullable(z.int().check(z.nonnegative())),
      lang: Text(20),
    }),
  z
    .strictObject({
      type: z.literal('sync/batch'),
      syncId: Text(100),
      cards: z.array(CollectedCardSchema).check(z.maxLength(5_000)),
      seen: z.int().check(z.nonnegative()),
      total: z.nullable(z.int().check(z.nonnegative())),
    }),
  z
    .strictObject({
      type: z.literal('sync/finished'),
      syncId: Text(100),
      outcome: z.enum(['complete', 'stopped', 'stalled', 'warning', 'unrecognised-page']),
      seen: z.int().check(z.nonnegative()),
      total: z.nullable(z.int().check(z.nonnegative())),
      message: Text(1000),
    }),
  z.strictObject({ type: z.literal('page/warning'), kind: Text(50), evidence: Text(500) }),
  z
    .strictObject({
      type: z.literal('removal/result'),
      sessionId: Text(100),
      profileKey: ProfileKey,
      mode: z.enum(['remove', 'check']),
      result: RemovalOutcomeSchema,
    }),
  z.strictObject({ type: z.literal('session/user-pause') }),
  z.strictObject({ type: z.literal('session/user-resume') }),
  z.strictObject({ type: z.literal('session/user-stop') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;



export const BackgroundToContentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('sync/run'), syncId: Text(100), humanDelayScale: z.number().check(z.positive()) }),
  z.strictObject({ type: z.literal('sync/stop') }),
  /** Is the page loaded and idle, able to take a removal order now? Answers `{ ok }`. */
  z.strictObject({ type: z.literal('page/probe') }),
  z
    .strictObject({
      type: z.literal('removal/perform'),
      sessionId: Text(100),
      person: PersonRef,
      /** 'remove' carries out the removal; 'check' only searches: is this person still listed? */
      mode: z.enum(['remove', 'check']),
      humanDelayScale: z.number().check(z.positive()),
      seed: z.int(),
    }),
  z
    .strictObject({
      type: z.literal('overlay/show'),
      state: z.enum(['running', 'paused', 'waiting', 'ended']),
      done: z.int().check(z.nonnegative()),
      planned: z.int().check(z.nonnegative()),
      nextAt: z.nullable(z.number()),
      now: z.number(),
      message: Text(1000),
      current: z.nullable(Text(500)),
    }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

export const BackgroundBroadcastSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('state/changed'), what: z.array(z.enum(['connections', 'queue', 'sync', 'session', 'settings', 'keep', 'log', 'facts', 'checklist'])) }),
]);
export type BackgroundBroadcast = z.infer<typeof BackgroundBroadcastSchema>;

/** Every answer the worker gives: ok with optional data, or an error a person can read. */
export type Reply<T = unknown> = { ok: true; data?: T } | { ok: false; error: string };
