import { z } from 'zod';
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
 */

const ProfileKey = z.string().min(1).max(300);
const ProfileUrl = z.string().url().max(500);
const Text = (max: number) => z.string().max(max);

export const ConnectedOnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  z.object({ kind: z.literal('relative'), text: Text(200), estimate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  z.object({ kind: z.literal('unknown') }).strict(),
]);

export const CollectedCardSchema = z
  .object({
    profileKey: ProfileKey,
    profileUrl: ProfileUrl,
    name: Text(500),
    headline: Text(2000),
    connectedOn: ConnectedOnSchema,
  })
  .strict();

const PersonRef = z.object({ profileKey: ProfileKey, profileUrl: ProfileUrl, name: Text(500) }).strict();

export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync/start') }).strict(),
  z.object({ type: z.literal('sync/stop') }).strict(),
  z.object({ type: z.literal('page/open-connections') }).strict(),
  z
    .object({
      type: z.literal('queue/add'),
      people: z.array(PersonRef).min(1).max(30_000),
      reason: Text(500),
      /** The user saw the removal warning and confirmed these very people. */
      warningConfirmed: z.literal(true),
    })
    .strict(),
  z.object({ type: z.literal('queue/remove'), profileKeys: z.array(ProfileKey).min(1) }).strict(),
  z.object({ type: z.literal('queue/reorder'), profileKeys: z.array(ProfileKey) }).strict(),
  z.object({ type: z.literal('queue/retry'), profileKeys: z.array(ProfileKey).min(1) }).strict(),
  z.object({ type: z.literal('queue/clear'), which: z.enum(['finished', 'all-queued']) }).strict(),
  z.object({ type: z.literal('keep/set'), people: z.array(PersonRef).min(1), keep: z.boolean() }).strict(),
  z.object({ type: z.literal('session/start') }).strict(),
  z.object({ type: z.literal('session/pause') }).strict(),
  z.object({ type: z.literal('session/resume') }).strict(),
  z.object({ type: z.literal('session/stop') }).strict(),
  z.object({ type: z.literal('settings/save'), settings: SettingsSchema }).strict(),
  z.object({ type: z.literal('data/delete-all') }).strict(),
  z.object({ type: z.literal('data/restore'), backup: z.unknown() }).strict(),
  /** The options page wrote an import into IndexedDB (in one transaction): refresh and tell others. */
  z.object({ type: z.literal('import/done') }).strict(),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

export const RemovalOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('removed') }).strict(),
  z.object({ outcome: z.literal('not-found'), message: Text(1000) }).strict(),
  z.object({ outcome: z.literal('present') }).strict(),
  z.object({ outcome: z.literal('gone') }).strict(),
  // `afterConfirm`: the page stopped after the removal was confirmed, so the person may be gone;
  // the worker must check by a search before anything else, never queue them as untouched.
  z.object({ outcome: z.literal('failed'), message: Text(1000), afterConfirm: z.literal(true).optional() }).strict(),
  z.object({ outcome: z.literal('unrecognised'), message: Text(1000), afterConfirm: z.literal(true).optional() }).strict(),
  z.object({ outcome: z.literal('warning'), kind: Text(50), message: Text(1000), afterConfirm: z.literal(true).optional() }).strict(),
]);
export type RemovalOutcome = z.infer<typeof RemovalOutcomeSchema>;

export const PageLayoutSchema = z.enum(['current', 'classic']);

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('page/ready'),
      layout: PageLayoutSchema.nullable(),
      total: z.number().int().nonnegative().nullable(),
      lang: Text(20),
    })
    .strict(),
  z
    .object({
      type: z.literal('sync/batch'),
      syncId: Text(100),
      cards: z.array(CollectedCardSchema).max(5_000),
      seen: z.number().int().nonnegative(),
      total: z.number().int().nonnegative().nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('sync/finished'),
      syncId: Text(100),
      outcome: z.enum(['complete', 'stopped', 'stalled', 'warning', 'unrecognised-page']),
      seen: z.number().int().nonnegative(),
      total: z.number().int().nonnegative().nullable(),
      message: Text(1000),
    })
    .strict(),
  z.object({ type: z.literal('page/warning'), kind: Text(50), evidence: Text(500) }).strict(),
  z
    .object({
      type: z.literal('removal/result'),
      sessionId: Text(100),
      profileKey: ProfileKey,
      mode: z.enum(['remove', 'check']),
      result: RemovalOutcomeSchema,
    })
    .strict(),
  z.object({ type: z.literal('session/user-pause') }).strict(),
  z.object({ type: z.literal('session/user-resume') }).strict(),
  z.object({ type: z.literal('session/user-stop') }).strict(),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;



export const BackgroundToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync/run'), syncId: Text(100), humanDelayScale: z.number().positive() }).strict(),
  z.object({ type: z.literal('sync/stop') }).strict(),
  /** Is the page loaded and idle, able to take a removal order now? Answers `{ ok }`. */
  z.object({ type: z.literal('page/probe') }).strict(),
  z
    .object({
      type: z.literal('removal/perform'),
      sessionId: Text(100),
      person: PersonRef,
      /** 'remove' carries out the removal; 'check' only searches: is this person still listed? */
      mode: z.enum(['remove', 'check']),
      humanDelayScale: z.number().positive(),
      seed: z.number().int(),
    })
    .strict(),
  z
    .object({
      type: z.literal('overlay/show'),
      state: z.enum(['running', 'paused', 'waiting', 'ended']),
      done: z.number().int().nonnegative(),
      planned: z.number().int().nonnegative(),
      nextAt: z.number().nullable(),
      now: z.number(),
      message: Text(1000),
      current: Text(500).nullable(),
    })
    .strict(),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

export const BackgroundBroadcastSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state/changed'), what: z.array(z.enum(['connections', 'queue', 'sync', 'session', 'settings', 'keep', 'log', 'facts'])) }).strict(),
]);
export type BackgroundBroadcast = z.infer<typeof BackgroundBroadcastSchema>;

/** Every answer the worker gives: ok with optional data, or an error a person can read. */
export type Reply<T = unknown> = { ok: true; data?: T } | { ok: false; error: string };
