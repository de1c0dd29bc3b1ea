import { z } from 'zod/mini';
import type { PersonRef } from './core/connection';
import { SettingsSchema } from './core/settings';
import { QUICK_SYNC_RUN, STORED_ORDER_KEPT } from './core/quick-sync';
import { normaliseProfileUrl } from './linkedin/profile-url';
import { StopCodeSchema, UnsureCodeSchema, type RemovalOutcome } from './core/removal-outcome';
import type { HandsOnStep } from './core/hands-on-step';
import { REHEARSAL_STEPS, type RehearsalRun } from './core/rehearsal-report';
import type { PageShape } from './linkedin/page-shape';

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
 * each). zod/mini has no English messages of its own; storage/backup-format.ts, which the worker
 * and the options page load, sets them (`z.config(en())`) for both.
 */

const ProfileKey = z.string().check(z.minLength(1), z.maxLength(300));
const CANONICAL_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/[a-z0-9][a-z0-9-]*\/?$/;

/**
 * A link to a LinkedIn member profile, over https, on a host linkedin/profile-url.ts accepts
 * (www.linkedin.com, linkedin.com, a country subdomain), with an /in/ path: never `javascript:`,
 * `data:`, `http:`, another site, or a company page. A link is opened, searched for and compared;
 * anything else in it would be a way in for a forged message. No user name, password or port:
 * LinkedIn never writes them, and they make a link look like linkedin.com while it is not quite.
 * Nor spaces or control characters, which the URL parser would quietly drop.
 */
export function isProfileUrl(url: string): boolean {
  if (CANONICAL_PROFILE_URL.test(url)) return true; // what QuietPrune itself writes: no URL object for 30,000 of them
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    normaliseProfileUrl(url) !== null
  );
}

/** The link names the person the key names: identity is the key, so a link to someone else is refused. */
export function isProfileUrlOf(profileKey: string, profileUrl: string): boolean {
  return isProfileUrl(profileUrl) && normaliseProfileUrl(profileUrl)?.key === profileKey;
}

const ProfileUrl = z
  .string()
  .check(
    z.maxLength(500),
    z.refine(isProfileUrl, 'This is not an https link to a LinkedIn profile (/in/…).'),
  );
/** Every object that carries a person checks that its link and its key name the same person. */
const linkNamesKey = z.refine<{ profileKey: string; profileUrl: string }>(
  (person) => isProfileUrlOf(person.profileKey, person.profileUrl),
  {
    message: 'The profile link names someone other than the profile key.',
    path: ['profileUrl'],
  },
);
const Text = (max: number) => z.string().check(z.maxLength(max));

export const ConnectedOnSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  z.strictObject({
    kind: z.literal('relative'),
    text: Text(200),
    estimate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const CollectedCardSchema = z
  .strictObject({
    profileKey: ProfileKey,
    profileUrl: ProfileUrl,
    name: Text(500),
    headline: Text(2000),
    connectedOn: ConnectedOnSchema,
  })
  .check(linkNamesKey);

/** A person (core/connection.ts `PersonRef`) whose link names their key. */
const PersonRefSchema = z
  .strictObject({ profileKey: ProfileKey, profileUrl: ProfileUrl, name: Text(500) })
  .check(linkNamesKey) satisfies z.ZodMiniType<PersonRef>;

/**
 * Labels learned from the person's own clicks in hands-on mode (linkedin/labels.ts
 * `LearnedLabels`), by base language code ("xx", "de"): the Remove connection menu item they chose
 * and the confirm button whose click removed someone. Stored in `learnedLabels` (storage/meta.ts),
 * sent with each removal order, listed and cleared on the options page.
 */
const LearnedLabel = z.string().check(z.minLength(1), z.maxLength(80));
export const LanguageCodeSchema = z.string().check(z.regex(/^[a-z]{2,3}$/));
export const LearnedLabelsSchema = z.record(
  LanguageCodeSchema,
  z.strictObject({
    removeConnection: z.array(LearnedLabel).check(z.maxLength(5)),
    confirm: z.array(LearnedLabel).check(z.maxLength(5)),
  }),
);
export type LearnedLabelsByLanguage = z.infer<typeof LearnedLabelsSchema>;

export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  /** Sync: a quick one when QuietPrune can check it (core/quick-sync.ts), or `full` when asked. */
  z.strictObject({ type: z.literal('sync/start'), full: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('sync/stop') }),
  z.strictObject({ type: z.literal('page/open-connections') }),
  z.strictObject({
    type: z.literal('queue/add'),
    people: z.array(PersonRefSchema).check(z.minLength(1), z.maxLength(30_000)),
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
  z.strictObject({
    type: z.literal('keep/set'),
    people: z.array(PersonRefSchema).check(z.minLength(1)),
    keep: z.boolean(),
  }),
  z.strictObject({ type: z.literal('session/start') }),
  z.strictObject({ type: z.literal('session/pause') }),
  z.strictObject({ type: z.literal('session/resume') }),
  z.strictObject({ type: z.literal('session/stop') }),
  z.strictObject({ type: z.literal('settings/save'), settings: SettingsSchema }),
  /** "Before your first session": the user ticked off (or reopened) hiding their connections list. */
  z.strictObject({ type: z.literal('checklist/set'), hideConnectionsList: z.boolean() }),
  /** The user accepted the statement that LinkedIn forbids automated activity (popup/RiskStatement.tsx). */
  z.strictObject({ type: z.literal('risk/accept') }),
  z.strictObject({ type: z.literal('data/delete-all') }),
  z.strictObject({ type: z.literal('data/restore'), backup: z.unknown() }),
  /** The options page wrote an import into IndexedDB (in one transaction): refresh and tell others. */
  z.strictObject({ type: z.literal('import/done') }),
  /** "Check that QuietPrune recognises your LinkedIn": a rehearsal that ends at Cancel. */
  z.strictObject({ type: z.literal('rehearsal/start') }),
  /**
   * Page diagnosis: the shape of the open Connections page (linkedin/page-shape.ts), answered as
   * `data`, for the person to see before saving it. `failedStep` says what did not recognise it.
   */
  z.strictObject({ type: z.literal('page/capture-shape'), failedStep: Text(200) }),
  /** The options page: forget the labels learned for one language (learnedLabels). */
  z.strictObject({ type: z.literal('labels/forget'), lang: LanguageCodeSchema }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

// What a removal ended in is the core's (core/removal-outcome.ts); the codes' schemas live there
// beside their meanings, and the wire schema below checks exactly that domain type.
export { StopCodeSchema, UnsureCodeSchema, type StopCode, type UnsureCode } from './core/removal-outcome';

export const RemovalOutcomeSchema = z.discriminatedUnion('outcome', [
  /** Past the confirm click: the card left the list, a fresh search does not list them, nobody else left. */
  z.strictObject({ outcome: z.literal('removed') }),
  /** Before any click: no card with the queued profile URL among the search results. */
  z.strictObject({ outcome: z.literal('not-found'), message: Text(1000) }),
  /** 'check' mode answers: still listed, or not. */
  z.strictObject({ outcome: z.literal('present') }),
  z.strictObject({ outcome: z.literal('gone') }),
  /** Stopped before the confirm click; nobody was removed. */
  z.strictObject({ outcome: z.literal('stopped'), code: StopCodeSchema, message: Text(1000) }),
  /** A LinkedIn warning or restriction before the confirm click; nobody was removed. */
  z.strictObject({ outcome: z.literal('warning'), kind: Text(50), message: Text(1000) }),
  /**
   * Past the confirm click, LinkedIn has not answered clearly. Never "failed": the worker keeps
   * the person in progress and the pending log entry, and a later search settles it.
   * `warningKind` is set with code 'warning'; `othersGone` lists anyone else who left the list
   * at the confirm click (code 'others-gone').
   */
  z.strictObject({
    outcome: z.literal('unsure'),
    code: UnsureCodeSchema,
    message: Text(1000),
    warningKind: z.optional(Text(50)),
    othersGone: z.optional(z.array(PersonRefSchema).check(z.maxLength(100))),
  }),
]);
export type { RemovalOutcome };
/** Compile-time check: the wire schema accepts exactly the core's RemovalOutcome, no more, no less. */
export type RemovalOutcomeSchemaIsTheDomainType = Assert<
  Same<z.infer<typeof RemovalOutcomeSchema>, RemovalOutcome>
>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Hands-on mode: the step the guide shows, as core/hands-on-step.ts `HandsOnStep` defines it. */
export const HandsOnStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('find-card'), name: Text(500), search: Text(500) }),
  z.strictObject({ kind: z.literal('open-menu'), name: Text(500), onlyCard: z.boolean() }),
  z.strictObject({ kind: z.literal('choose-remove'), name: Text(500) }),
  z.strictObject({ kind: z.literal('confirm'), name: Text(500) }),
  z.strictObject({
    kind: z.literal('dont-confirm'),
    name: Text(500),
    code: StopCodeSchema,
    named: Text(200),
  }),
]);
export type { HandsOnStep };
/** Compile-time check: the wire schema accepts exactly the core's HandsOnStep. */
export type HandsOnStepSchemaIsTheDomainType = Assert<Same<z.infer<typeof HandsOnStepSchema>, HandsOnStep>>;
/** core/quick-sync.ts `FullSyncReason`, as the page reports it. */
export const FullSyncReasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('never-synced') }),
  z.strictObject({ code: z.literal('asked') }),
  z.strictObject({ code: z.literal('no-total') }),
  z.strictObject({
    code: z.literal('total-disagrees'),
    total: z.int().check(z.nonnegative()),
    expected: z.int().check(z.nonnegative()),
    newFound: z.int().check(z.nonnegative()),
  }),
  z.strictObject({ code: z.literal('order-differs'), read: z.int().check(z.nonnegative()) }),
  z.strictObject({ code: z.literal('end-of-list') }),
]);

export const PageLayoutSchema = z.enum(['current', 'classic']);

/** core/rehearsal-report.ts `RehearsalRun`, as the page reports it. */
export const RehearsalRunSchema = z.strictObject({
  layout: z.nullable(PageLayoutSchema),
  lang: Text(20),
  labelsKnown: z.boolean(),
  people: z
    .array(
      z.strictObject({
        name: Text(500),
        profileUrl: ProfileUrl,
        steps: z
          .array(
            z.strictObject({ step: z.enum(REHEARSAL_STEPS), ok: z.boolean(), note: z.optional(Text(300)) }),
          )
          .check(z.maxLength(REHEARSAL_STEPS.length)),
      }),
    )
    .check(z.maxLength(3)),
  problem: z.nullable(Text(1000)),
}) satisfies z.ZodMiniType<RehearsalRun>;

/** linkedin/page-shape.ts `PageShape`: nothing personal, built by the content script. */
export const PageShapeSchema = z.strictObject({
  format: z.literal('quietprune-page-shape/1'),
  extensionVersion: Text(50),
  layoutGuess: z.nullable(Text(20)),
  lang: Text(40),
  failedStep: Text(200),
  page: Text(200),
  outline: Text(1_500_000),
}) satisfies z.ZodMiniType<PageShape>;

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('page/ready'),
    layout: z.nullable(PageLayoutSchema),
    total: z.nullable(z.int().check(z.nonnegative())),
    lang: Text(20),
  }),
  z.strictObject({
    type: z.literal('sync/batch'),
    syncId: Text(100),
    cards: z.array(CollectedCardSchema).check(z.maxLength(5_000)),
    seen: z.int().check(z.nonnegative()),
    total: z.nullable(z.int().check(z.nonnegative())),
  }),
  z.strictObject({
    type: z.literal('sync/finished'),
    syncId: Text(100),
    outcome: z.enum(['complete', 'stopped', 'stalled', 'warning', 'unrecognised-page']),
    seen: z.int().check(z.nonnegative()),
    total: z.nullable(z.int().check(z.nonnegative())),
    message: Text(1000),
    /** What ran: a quick sync that ended at its run of known people, or a full one. */
    ran: z.enum(['quick', 'full']),
    /** Why a quick sync went on into a full one (null when it did not, or was never quick). */
    fullReason: z.nullable(FullSyncReasonSchema),
    /** Cards this page read (different people), and of them the new ones a quick sync counted. */
    cardsRead: z.int().check(z.nonnegative()),
    newFound: z.int().check(z.nonnegative()),
    knownRun: z.int().check(z.nonnegative()),
    /** The first people of the list as read, newest first: the order the next quick sync checks. */
    top: z.array(ProfileKey).check(z.maxLength(STORED_ORDER_KEPT)),
  }),
  z.strictObject({ type: z.literal('page/warning'), kind: Text(50), evidence: Text(500) }),
  z.strictObject({
    type: z.literal('removal/result'),
    sessionId: Text(100),
    profileKey: ProfileKey,
    mode: z.enum(['remove', 'check']),
    result: RemovalOutcomeSchema,
  }),
  /**
   * The page is about to click LinkedIn's confirm button for this person and waits for the
   * answer. The worker writes a pending removal-log entry (which counts against the cap) in the
   * same transaction that checks the session, the order and the cap again, and answers ok only
   * then; any other answer, or none, means the page cancels and clicks nothing.
   */
  z.strictObject({ type: z.literal('removal/confirming'), sessionId: Text(100), profileKey: ProfileKey }),
  // No Pause, Resume or Stop from the page: those are the user's decisions, taken only in the
  // extension's own pages (popup, side panel), which LinkedIn's scripts cannot reach.
  /**
   * Hands-on mode: what the person should do now (core/hands-on-step.ts), for the guide beside the
   * session. A 'confirm' step is stored only while this person's pending log entry exists.
   */
  z.strictObject({
    type: z.literal('handsOn/step'),
    sessionId: Text(100),
    profileKey: ProfileKey,
    step: HandsOnStepSchema,
  }),
  /**
   * Hands-on mode: the person cancelled a dialog QuietPrune had told them to confirm (it closed
   * and the card is still listed): the pending entry written before is withdrawn.
   */
  z.strictObject({ type: z.literal('handsOn/withdraw'), sessionId: Text(100), profileKey: ProfileKey }),
  /** The rehearsal's walk (content/rehearsal/), and the page's shape where a step failed. */
  z.strictObject({
    type: z.literal('rehearsal/finished'),
    rehearsalId: Text(100),
    run: RehearsalRunSchema,
    shape: z.nullable(PageShapeSchema),
  }),
  /**
   * Hands-on: the person's own click on a control QuietPrune had no label for, in the removal in
   * progress, checked by every lock (the menu item of the card's own menu, before a dialog naming
   * them; the confirm button whose click removed them). Stored per language for later removals.
   */
  z.strictObject({
    type: z.literal('labels/learned'),
    sessionId: Text(100),
    profileKey: ProfileKey,
    lang: LanguageCodeSchema,
    control: z.enum(['removeConnection', 'confirm']),
    label: LearnedLabel,
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/**
 * e2e build only: removal locks a test switches off (src/background/test-hooks.ts, `setLocksOff`),
 * to show that the soak test sees what each one guards against. The store build has no such field
 * (Vite drops the branch), so its strict schema refuses an order that carries one.
 */
const locksOffField = () =>
  z.optional(z.array(z.enum(['card', 'menu', 'button-label', 'dialog', 'list-diff'])));
const testOnlyOrderFields = (import.meta.env.MODE === 'e2e' ? { locksOff: locksOffField() } : {}) as {
  locksOff: ReturnType<typeof locksOffField>;
};

export const BackgroundToContentSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('sync/run'),
    syncId: Text(100),
    humanDelayScale: z.number().check(z.positive()),
    /** A quick sync's plan (core/quick-sync.ts), or null for a full sync. */
    quick: z.nullable(
      z.strictObject({
        known: z.array(ProfileKey).check(z.minLength(1), z.maxLength(QUICK_SYNC_RUN)),
        expected: z.int().check(z.nonnegative()),
      }),
    ),
  }),
  z.strictObject({ type: z.literal('sync/stop') }),
  /** Is the page loaded and idle, able to take a removal order now? Answers `{ ok }`. */
  z.strictObject({ type: z.literal('page/probe') }),
  z.strictObject({
    type: z.literal('removal/perform'),
    sessionId: Text(100),
    person: PersonRefSchema,
    /** 'remove' carries out the removal; 'check' only searches: is this person still listed? */
    mode: z.enum(['remove', 'check']),
    humanDelayScale: z.number().check(z.positive()),
    seed: z.int(),
    /** 'hands-on': the person makes the clicks and the page watches (content/removal/hands-on.ts). */
    clicks: z.optional(z.enum(['automatic', 'hands-on'])),
    /** Labels learned on this person's own pages (learnedLabels), used only inside the structural checks. */
    learned: z.optional(LearnedLabelsSchema),
    ...testOnlyOrderFields,
  }),
  /**
   * The rehearsal: for these people (none: the first three listed) every step of a removal up to
   * LinkedIn's confirmation, then Cancel. The page's rehearsal code has no confirm click at all.
   */
  z.strictObject({
    type: z.literal('rehearsal/run'),
    rehearsalId: Text(100),
    people: z.array(PersonRefSchema).check(z.maxLength(3)),
    humanDelayScale: z.number().check(z.positive()),
    seed: z.int(),
  }),
  /** Page diagnosis: answer with the page's shape (linkedin/page-shape.ts). */
  z.strictObject({ type: z.literal('page/shape'), failedStep: Text(200) }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

/**
 * What the content script answers each order (content/connections-page.ts), declared per order
 * beside it, and parsed by the worker (platform/messaging.ts `sendToTab`), never cast. Most
 * answer whether the page took the order; `error` says why not (a busy page, a malformed order).
 * For `page/probe`, ok means the page is loaded and idle, able to take a removal order now.
 */
const OrderTaken = z.strictObject({ ok: z.boolean(), error: z.optional(Text(1000)) });
export const BackgroundToContentReplySchemas = {
  'sync/run': OrderTaken,
  'sync/stop': OrderTaken,
  'page/probe': OrderTaken,
  'removal/perform': OrderTaken,
  'rehearsal/run': OrderTaken,
  'page/shape': z.strictObject({
    ok: z.boolean(),
    error: z.optional(Text(1000)),
    shape: z.optional(PageShapeSchema),
  }),
} satisfies Record<BackgroundToContent['type'], z.ZodMiniType>;
export type ContentReply<T extends BackgroundToContent['type']> = z.infer<
  (typeof BackgroundToContentReplySchemas)[T]
>;

/** What a 'state/changed' broadcast can name: each page re-reads only the parts a topic touches. */
export const STATE_TOPICS = [
  'connections',
  'queue',
  'sync',
  'session',
  'settings',
  'keep',
  'log',
  'facts',
  'checklist',
  'rehearsal',
  'risk',
] as const;

/** The removal locks of the e2e build's test switch. */
export type LockName = NonNullable<
  Extract<BackgroundToContent, { type: 'removal/perform' }>['locksOff']
>[number];

export const BackgroundBroadcastSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('state/changed'),
    what: z.array(z.enum(STATE_TOPICS)),
  }),
]);
export type BackgroundBroadcast = z.infer<typeof BackgroundBroadcastSchema>;

/** Every answer the worker gives: ok with optional data, or an error a person can read. */
export type Reply<T = unknown> = { ok: true; data?: T } | { ok: false; error: string };
