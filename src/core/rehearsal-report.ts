/**
 * The rehearsal ("Check that QuietPrune recognises your LinkedIn"): on the Connections page, for up
 * to three people, every step of a removal up to the confirmation, then Cancel. The content script
 * (content/rehearsal/run-rehearsal.ts) walks the steps and reports what each found; this file turns
 * that into the report a person reads, and decides which mode their sessions will use. Pure: no
 * page, no clock.
 *
 * Mode: automatic when every step was found for everyone the page listed; hands-on (the person
 * clicks, QuietPrune watches and checks) when QuietPrune found the page, the search and the card by
 * profile URL (the locks hands-on mode keeps) but not every later step; none when it did not even
 * get that far, which is when a page-shape file is worth sending.
 */

/** The steps in the order they run; each needs the one before it. */
export const REHEARSAL_STEPS = [
  'page',
  'search',
  'card',
  'menu',
  'remove-item',
  'dialog',
  'names-person',
  'cancel',
] as const;
export type RehearsalStep = (typeof REHEARSAL_STEPS)[number];

/** What one step found. `note` is the page's side of it in plain words ("no search box"). */
export interface StepResult {
  step: RehearsalStep;
  ok: boolean;
  note?: string;
}

/** One person's walk: the steps tried, in order, up to the first that failed. */
export interface PersonRehearsal {
  name: string;
  profileUrl: string;
  steps: StepResult[];
}

/** What the page reports back: the layout it guessed, its `<html lang>`, and each person's walk. */
export interface RehearsalRun {
  layout: 'current' | 'classic' | null;
  lang: string;
  /** QuietPrune has labels for this language (src/linkedin/labels.ts). */
  labelsKnown: boolean;
  people: PersonRehearsal[];
  /** Why nobody could be tried (no layout recognised, nobody listed, a warning shown). */
  problem: string | null;
}

export type SessionMode = 'automatic' | 'hands-on' | 'none';

export interface ReportLine {
  ok: boolean;
  text: string;
}

export interface RehearsalReport {
  /** "LinkedIn’s current layout, in Turkish (tr)". */
  page: string;
  people: { name: string; lines: ReportLine[] }[];
  mode: SessionMode;
  /** The mode in a sentence, with what to do next. */
  verdict: string;
  /** The first step that failed, for the page-shape file; null when all passed. */
  failedStep: RehearsalStep | null;
}

// Wording, together so that it moves into _locales in one piece.
const STEP_TEXT: Record<RehearsalStep, (name: string) => string> = {
  page: () => 'Recognised LinkedIn’s Connections page',
  search: (name) => `Typed “${name}” into LinkedIn’s search box and read the results`,
  card: () => 'Found their card by its profile link',
  menu: () => 'Opened that card’s own “More actions” menu',
  'remove-item': () => 'Found “Remove connection” in that menu',
  dialog: () => 'Opened LinkedIn’s confirmation',
  'names-person': (name) => `The confirmation names ${name}`,
  cancel: () => 'Pressed Cancel: nobody was removed',
};
const LAYOUT_TEXT = { current: 'LinkedIn’s current layout', classic: 'LinkedIn’s classic layout' };
const VERDICT: Record<SessionMode, string> = {
  automatic:
    'QuietPrune recognises your LinkedIn: sessions can run in automatic mode (QuietPrune makes the clicks).',
  'hands-on':
    'QuietPrune finds your connections but not every button: sessions will run in hands-on mode (you make the clicks, QuietPrune checks each one). A page-shape file helps us fix this.',
  none: 'QuietPrune does not recognise this page, so it will not remove anyone here. Save a page-shape file and attach it to a bug report.',
};

/** "Turkish (tr)"; the bare code where the runtime has no name for it. */
export function languageName(lang: string): string {
  const code = lang.trim().replace('_', '-') || 'en';
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${lang})` : `“${lang}”`;
}

const reached = (person: PersonRehearsal, step: RehearsalStep) =>
  person.steps.some((s) => s.step === step && s.ok);

/**
 * The mode sessions will use on this page. People the search did not list (they left, or the name
 * is spelled otherwise) say nothing about the page and are left out, unless nobody was listed.
 */
export function sessionModeOf(run: RehearsalRun): SessionMode {
  if (run.layout === null || run.problem !== null || run.people.length === 0) return 'none';
  const listed = run.people.filter((p) => reached(p, 'card'));
  if (listed.length === 0) return 'none';
  const walkedThrough = listed.every((p) => REHEARSAL_STEPS.every((step) => reached(p, step)));
  // Labels only cross-check what structure finds: a page walked through is automatic in any language.
  return walkedThrough ? 'automatic' : 'hands-on';
}

export function rehearsalReport(run: RehearsalRun): RehearsalReport {
  const mode = sessionModeOf(run);
  const layout = run.layout ? LAYOUT_TEXT[run.layout] : 'A layout QuietPrune does not recognise';
  const failed = run.people.flatMap((p) => p.steps.filter((s) => !s.ok)).map((s) => s.step);
  return {
    page: `${layout}, in ${languageName(run.lang)}${run.labelsKnown ? '' : ' (a language QuietPrune has no labels for)'}`,
    people: run.people.map((person) => ({
      name: person.name,
      lines: person.steps.map((s) => ({
        ok: s.ok,
        text: `${STEP_TEXT[s.step](person.name)}${s.note ? ` (${s.note})` : ''}`,
      })),
    })),
    mode,
    verdict: run.problem ? `${run.problem} ${VERDICT[mode]}` : VERDICT[mode],
    failedStep: run.layout === null ? 'page' : (failed[0] ?? null),
  };
}
