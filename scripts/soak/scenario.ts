import { seededRandom, type Random } from '../../src/core/random';
import type { ExtraPerson, Layout } from '../../tests/fake-linkedin';
import type { FakeFaults } from '../../tests/fake-linkedin/types';

/**
 * One soak scenario as data, drawn from its seed alone (so `--seed N` replays it): the people,
 * who is queued, the cap and the history that already counts against it, and which faults it
 * mixes, each with the moment it strikes. The runner (run-scenario.ts) interprets it.
 *
 * Fault classes are names. A class the fake cannot produce yet (the page faults of branch
 * `locks`) is still drawn, so adding it to the fake changes no seed; the runner says whether it
 * could apply it.
 */

export const FAULT_CLASSES = [
  /** Someone else with the queued person's first name (the dialog names first names only). */
  'same-given-name',
  /** Two people with the same full name; one is queued. */
  'twins',
  /** A menu left open: another card's (foreign) or one from before a re-render (stale). */
  'stale-menu',
  /** The confirmation dialog names someone else. */
  'dialog-names-other',
  /** Rows re-rendered on scroll and during a removal (recycled for other people). */
  'rerender-rows',
  /** The search keeps listing a removed person for a while after the confirm. */
  'search-lag',
  /** Slow answers and stalled batch loads. */
  'slow-load',
  /** A checkpoint or restriction page in the middle of a removal. */
  'warning',
  /** Chrome stops the service worker at a random moment. */
  'worker-stop',
  /** The Connections tab is closed or reloaded at a random moment. */
  'tab-close-reload',
  /** A second Connections tab is open. */
  'second-tab',
  /** The worker's clock moves a day (past the cap's 24 hours). */
  'clock-day',
  /** The More actions button ignores its first click. */
  'menu-fails-first-click',
] as const;
export type FaultClass = (typeof FAULT_CLASSES)[number];

/**
 * The locks of one removal (branch `locks` adds a test-only switch for each), with the fault only
 * that lock catches: a soak with the lock off and that fault on must show a wrong (or, for the
 * list difference, an unlogged) removal.
 */
export const LOCKS = ['card', 'menu', 'button-label', 'dialog', 'list-diff'] as const;
export type LockName = (typeof LOCKS)[number];

/** When a fault strikes: at one of the page's calls to LinkedIn for the n-th removal attempt, or after a delay. */
export type Moment =
  | { on: 'search' | 'dialog' | 'remove-before' | 'remove-after'; attempt: number }
  | { on: 'timer'; afterMs: number };

export interface ScenarioPlan {
  seed: number;
  layout: Layout;
  /** Generated people of the fake (its own seed is the scenario's). */
  size: number;
  extraPeople: ExtraPerson[];
  /** Slugs to queue, in queue order. */
  queueSlugs: string[];
  /** Of those, the generated people's indexes to queue (resolved by the runner, which builds the fake). */
  queueIndexes: number[];
  cap: number;
  /** Removals already in the log, as hours before the scenario's start (they count against the cap). */
  historyHoursAgo: number[];
  latencyMs: number;
  /** 'generic' hides the name from the More actions label (the button-label lock then cannot tell anyone apart). */
  moreActionsLabel: 'named' | 'generic';
  faults: Partial<FaultPlan>;
  /** Page faults set directly (the lock scenarios), on top of those the fault classes bring. */
  pageFaults: Partial<FakeFaults>;
  /** Which lock scenario this is, if one. */
  lockScenario?: LockName;
  /** Human pauses scaled to this (default 0.002: a 45..150 s gap takes 0.09..0.3 s). */
  humanDelayScale?: number;
  /** Locks switched off for this scenario (empty in a normal soak). */
  locksOff: LockName[];
}

export interface FaultPlan {
  'same-given-name': { firstName: string };
  twins: { name: [string, string] };
  'stale-menu': true;
  /** The dialog names another first name (fake.nextDialogNames), or the menu acts on the next row and the dialog names them in full. */
  'dialog-names-other': { firstName: string; attempt: number; viaMenu: boolean };
  'rerender-rows': { recycle: boolean };
  'search-lag': { ms: number };
  'slow-load': { latencyMs: number; stall: { every: number; ms: number } };
  warning: { kind: 'checkpoint' | 'restricted'; at: Moment };
  'worker-stop': { at: Moment[] };
  'tab-close-reload': { action: 'close' | 'reload'; at: Moment };
  'second-tab': { when: 'before-start' | 'mid-session'; afterMs: number };
  'clock-day': { when: 'at-cap' | 'mid-session'; afterMs: number; extraMs: number };
  'menu-fails-first-click': true;
}

/** How likely a scenario holds each class (every class in at least 20 of 200 scenarios on average 50+). */
const CHANCE: Record<FaultClass, number> = {
  'same-given-name': 0.3,
  twins: 0.3,
  'stale-menu': 0.25,
  'dialog-names-other': 0.25,
  'rerender-rows': 0.25,
  'search-lag': 0.25,
  'slow-load': 0.25,
  warning: 0.25,
  'worker-stop': 0.3,
  'tab-close-reload': 0.25,
  'second-tab': 0.25,
  'clock-day': 0.25,
  'menu-fails-first-click': 0.2,
};

const GIVEN = ['Maria', 'Chris', 'Noor', 'Kenji', 'Ana', 'Ola', 'Deniz', 'Lea'];
const FAMILY = ['Santos', 'Ortega', 'Lindqvist', 'Okafor', 'Brandt', 'Novak', 'Haddad', 'Moreau'];

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, min: number, max: number) => Math.floor(min + random() * (max - min + 1));

function moment(random: Random, attempts: number, kinds: ReadonlyArray<Exclude<Moment['on'], 'timer'>> | 'timer-too'): Moment {
  const onKinds: ReadonlyArray<Moment['on']> = kinds === 'timer-too' ? ['search', 'dialog', 'remove-before', 'remove-after', 'timer'] : kinds;
  const on = pick(random, onKinds);
  if (on === 'timer') return { on, afterMs: between(random, 200, 4_000) };
  return { on, attempt: between(random, 1, Math.max(1, attempts)) };
}

/**
 * Draws a scenario. `only` forces exactly these fault classes (for the lock scenarios); otherwise
 * each class is drawn by its chance.
 */
export function planScenario(seed: number, options: { only?: FaultClass[]; locksOff?: LockName[]; queueSize?: number } = {}): ScenarioPlan {
  const random = seededRandom(seed * 2654435761);
  const held = new Set<FaultClass>(options.only ?? FAULT_CLASSES.filter((name) => random() < CHANCE[name]));
  const queueSize = options.queueSize ?? between(random, 2, 3);
  const extraPeople: ExtraPerson[] = [];
  const queueSlugs: string[] = [];
  const faults: Partial<FaultPlan> = {};
  const tag = (n: number) => `soak-${seed}-${n}`;

  if (held.has('same-given-name')) {
    const firstName = pick(random, GIVEN);
    const [a, b] = [pick(random, FAMILY), pick(random, FAMILY.filter((f) => f !== FAMILY[0]))];
    const lastB = a === b ? `${b}-${FAMILY[0]}` : b;
    extraPeople.push({ firstName, lastName: a, slug: `${firstName.toLowerCase()}-${a.toLowerCase()}-${tag(1)}` });
    extraPeople.push({ firstName, lastName: lastB, slug: `${firstName.toLowerCase()}-${lastB.toLowerCase()}-${tag(2)}` });
    queueSlugs.push(extraPeople[extraPeople.length - (random() < 0.5 ? 1 : 2)]!.slug!);
    faults['same-given-name'] = { firstName };
  }
  if (held.has('twins')) {
    const name: [string, string] = [pick(random, GIVEN), pick(random, FAMILY)];
    extraPeople.push({ firstName: name[0], lastName: name[1], slug: `${name[0].toLowerCase()}-${name[1].toLowerCase()}-${tag(3)}` });
    extraPeople.push({ firstName: name[0], lastName: name[1], slug: `${name[0].toLowerCase()}${name[1].toLowerCase()}${seed}` });
    queueSlugs.push(extraPeople[extraPeople.length - (random() < 0.5 ? 1 : 2)]!.slug!);
    faults.twins = { name };
  }
  const size = 40;
  const queueIndexes: number[] = [];
  while (queueSlugs.length + queueIndexes.length < queueSize) {
    const index = between(random, 0, size - 1);
    if (!queueIndexes.includes(index)) queueIndexes.push(index);
  }
  const attempts = queueSize;

  if (held.has('stale-menu')) faults['stale-menu'] = true;
  if (held.has('dialog-names-other')) faults['dialog-names-other'] = { firstName: pick(random, GIVEN.concat(['Zed', 'Quinn'])), attempt: between(random, 1, attempts), viaMenu: random() < 0.4 };
  if (held.has('rerender-rows')) faults['rerender-rows'] = { recycle: random() < 0.5 };
  if (held.has('search-lag')) faults['search-lag'] = { ms: between(random, 500, 4_000) };
  if (held.has('slow-load')) faults['slow-load'] = { latencyMs: between(random, 150, 600), stall: { every: between(random, 1, 3), ms: between(random, 500, 2_500) } };
  if (held.has('warning')) faults.warning = { kind: random() < 0.5 ? 'checkpoint' : 'restricted', at: moment(random, attempts, ['search', 'dialog', 'remove-after']) };
  if (held.has('worker-stop')) {
    const count = between(random, 1, 2);
    faults['worker-stop'] = { at: Array.from({ length: count }, () => moment(random, attempts, 'timer-too')) };
  }
  if (held.has('tab-close-reload')) faults['tab-close-reload'] = { action: random() < 0.5 ? 'close' : 'reload', at: moment(random, attempts, 'timer-too') };
  if (held.has('second-tab')) faults['second-tab'] = { when: random() < 0.5 ? 'before-start' : 'mid-session', afterMs: between(random, 200, 3_000) };
  if (held.has('clock-day')) faults['clock-day'] = { when: random() < 0.6 ? 'at-cap' : 'mid-session', afterMs: between(random, 300, 4_000), extraMs: between(random, 0, 3) * 3_600_000 };
  if (held.has('menu-fails-first-click')) faults['menu-fails-first-click'] = true;

  const cap = between(random, 10, 20);
  // With a day to move, fill the cap's day so that it is reached mid-scenario; otherwise leave room
  // for the queue most of the time, and sometimes not.
  const room = held.has('clock-day') && faults['clock-day']!.when === 'at-cap' ? between(random, 1, Math.max(1, queueSize - 1)) : random() < 0.8 ? queueSize + 2 : between(random, 1, queueSize);
  const historyCount = Math.max(0, cap - room);
  const historyHoursAgo = Array.from({ length: historyCount }, () => 1 + random() * 22);

  // Stale menus and re-rendered rows are faults of the current (virtualised, portalled) layout.
  const layout: Layout = held.has('stale-menu') || held.has('rerender-rows') || random() < 0.6 ? 'current' : 'classic';
  return {
    seed,
    layout,
    size,
    extraPeople,
    queueSlugs,
    queueIndexes,
    cap,
    historyHoursAgo,
    latencyMs: faults['slow-load']?.latencyMs ?? 20,
    moreActionsLabel: 'named',
    faults,
    pageFaults: {},
    locksOff: options.locksOff ?? [],
  };
}

/** Two people whose given names match, the kept one listed first: a dialog naming "Jane" alone fits both. */
const JANES: ExtraPerson[] = [
  { firstName: 'Jane', lastName: 'Roebuck', slug: 'jane-roebuck-kept' },
  { firstName: 'Jane', lastName: 'Roe', slug: 'jane-roe-queued' },
];
/** Twenty rows for one search; the queued one is the thirteenth, so scrolling to its card moves a recycling list (as tests/e2e/removal-locks.test.ts). */
const kims = (lastName: (i: number) => string): ExtraPerson[] =>
  Array.from({ length: 20 }, (_, i) => ({ firstName: 'Kim', lastName: lastName(i), slug: `kim-${lastName(i).toLowerCase().replace(/\s+/g, '-')}-${String(i + 1).padStart(2, '0')}` }));
/**
 * "Kim Lee" and nineteen "Kim Lee <word>": one search ("Kim Lee") lists them all and a dialog
 * naming "Kim" fits every one, but no two share a whole name (the same name twice is a namesake,
 * which lock 4 leaves to the user, and would hide the lock under test).
 */
const WORDS = ['Ames', 'Baker', 'Cole', 'Dunn', 'Eady', 'Frost', 'Grant', 'Hale', 'Irwin', 'Judd', 'Kane', 'Lund', '', 'Moss', 'Nash', 'Orr', 'Pike', 'Quinn', 'Rowe', 'Shaw'];
const leeOrLeeWord = (i: number) => (WORDS[i] ? `Lee ${WORDS[i]}` : 'Lee');

/**
 * A scenario whose fault only this lock catches (the other locks on cannot tell), run with the
 * lock off: the soak must then show a wrong removal (an unlogged one for the list difference).
 * - card: rows recycled for other people, Kim Lee and nineteen Kim Lee <word>, behind a generic
 *   More actions label: the element the search found shows another Kim once scrolled to;
 * - menu: the previous card's menu left open (another Jane, whom a given-name dialog fits);
 * - button-label: rows recycled for other Kims (Kim Leeds), the dialog naming "Kim" only. The card
 *   lock catches this too (the recycled card no longer holds the queued link), so the fake has no
 *   fault for the button label alone: this scenario switches off card and button-label together;
 * - dialog: the menu acts on the next row, whose dialog names Jane Roebuck in full;
 * - list-diff: the confirm also removes the next person on LinkedIn's side.
 */
export function planLockScenario(lock: LockName, seed: number): ScenarioPlan {
  // Pauses at 2 % of their length, as the locks' own e2e tests: the page re-renders at its own pace.
  const base = { seed, size: 30, queueIndexes: [] as number[], cap: 20, historyHoursAgo: [] as number[], latencyMs: 20, faults: {}, lockScenario: lock, humanDelayScale: 0.02 };
  switch (lock) {
    case 'card':
      return { ...base, layout: 'current', extraPeople: kims(leeOrLeeWord), queueSlugs: ['kim-lee-13'], moreActionsLabel: 'generic', pageFaults: { recycleRows: true }, locksOff: ['card'] };
    case 'button-label': {
      const people = kims(() => 'Leeds');
      people[12] = { firstName: 'Kim', lastName: 'Lee', slug: 'kim-lee-queued' };
      return { ...base, layout: 'current', extraPeople: people, queueSlugs: ['kim-lee-queued'], moreActionsLabel: 'named', pageFaults: { recycleRows: true }, locksOff: ['card', 'button-label'] };
    }
    case 'menu':
      return { ...base, layout: 'current', extraPeople: JANES, queueSlugs: ['jane-roe-queued'], moreActionsLabel: 'named', pageFaults: { staleMenu: true }, locksOff: ['menu'] };
    case 'dialog':
      return { ...base, layout: 'current', extraPeople: JANES.slice().reverse(), queueSlugs: ['jane-roe-queued'], moreActionsLabel: 'named', pageFaults: { menuActsOnOther: true, dialogShowsFullName: true }, locksOff: ['dialog'] };
    case 'list-diff':
      return { ...base, layout: 'current', extraPeople: JANES.slice().reverse(), queueSlugs: ['jane-roe-queued'], moreActionsLabel: 'named', pageFaults: { alsoRemovesNeighbour: true }, locksOff: ['list-diff'] };
  }
}

/** The fault classes a plan holds. */
export function classesOf(plan: ScenarioPlan): FaultClass[] {
  return FAULT_CLASSES.filter((name) => plan.faults[name] !== undefined);
}
