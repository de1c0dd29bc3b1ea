import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  languageName,
  REHEARSAL_STEPS,
  rehearsalReport,
  sessionModeOf,
  type PersonRehearsal,
  type RehearsalRun,
  type RehearsalStep,
} from '../../src/core/rehearsal-report';

/** A person who passed every step up to `failsAt` (not included), which failed with `note`. */
function walk(name: string, failsAt: RehearsalStep | null = null, note = 'not there'): PersonRehearsal {
  const steps = [];
  for (const step of REHEARSAL_STEPS) {
    if (step === failsAt) {
      steps.push({ step, ok: false, note });
      break;
    }
    steps.push({ step, ok: true });
  }
  return {
    name,
    profileUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\s+/g, '-')}/`,
    steps,
  };
}

const run = (people: PersonRehearsal[], change: Partial<RehearsalRun> = {}): RehearsalRun => ({
  layout: 'current',
  lang: 'en',
  labelsKnown: true,
  people,
  problem: null,
  ...change,
});

describe('which mode the sessions will use', () => {
  const cases: Array<[string, RehearsalRun, 'automatic' | 'hands-on' | 'none']> = [
    ['every step for everyone', run([walk('Jane Roe'), walk('Ali Veli'), walk('Zoë Müller')]), 'automatic'],
    [
      'one person not listed, the others through',
      run([walk('Jane Roe'), walk('Gone Person', 'card')]),
      'automatic',
    ],
    ['no Remove connection item', run([walk('Jane Roe'), walk('Ali Veli', 'remove-item')]), 'hands-on'],
    ['a dialog that names someone else', run([walk('Jane Roe', 'names-person')]), 'hands-on'],
    ['no tied menu', run([walk('Jane Roe', 'menu')]), 'hands-on'],
    ['a Cancel it could not find', run([walk('Jane Roe', 'cancel')]), 'hands-on'],
    [
      'a language without labels, every step found by structure',
      run([walk('Jane Roe')], { labelsKnown: false }),
      'automatic',
    ],
    [
      'a language without labels, no menu item',
      run([walk('Jane Roe', 'remove-item')], { labelsKnown: false }),
      'hands-on',
    ],
    ['nobody listed', run([walk('Jane Roe', 'card'), walk('Ali Veli', 'card')]), 'none'],
    ['no search box', run([walk('Jane Roe', 'search')]), 'none'],
    ['no layout recognised', run([], { layout: null, problem: 'Not recognised.' }), 'none'],
    ['a warning, nobody tried', run([], { problem: 'LinkedIn shows a warning.' }), 'none'],
    ['nobody to try', run([]), 'none'],
  ];
  for (const [what, given, mode] of cases)
    it(`${what}: ${mode}`, () => {
      expect(sessionModeOf(given)).toBe(mode);
      expect(rehearsalReport(given).mode).toBe(mode);
    });
});

describe('the report', () => {
  it('says each step with its mark, the layout and the language', () => {
    const report = rehearsalReport(
      run([walk('Ayşe Yılmaz'), walk('Jane Roe', 'remove-item', 'no item QuietPrune recognises')], {
        lang: 'tr',
        layout: 'classic',
      }),
    );
    expect(report.page).toBe('LinkedIn’s classic layout, in Turkish (tr)');
    expect(report.people[0]).toEqual({
      name: 'Ayşe Yılmaz',
      lines: [
        { ok: true, text: 'Recognised LinkedIn’s Connections page' },
        { ok: true, text: 'Typed “Ayşe Yılmaz” into LinkedIn’s search box and read the results' },
        { ok: true, text: 'Found their card by its profile link' },
        { ok: true, text: 'Opened that card’s own “More actions” menu' },
        { ok: true, text: 'Found “Remove connection” in that menu' },
        { ok: true, text: 'Opened LinkedIn’s confirmation' },
        { ok: true, text: 'The confirmation names Ayşe Yılmaz' },
        { ok: true, text: 'Pressed Cancel: nobody was removed' },
      ],
    });
    expect(report.people[1]!.lines.at(-1)).toEqual({
      ok: false,
      text: 'Found “Remove connection” in that menu (no item QuietPrune recognises)',
    });
    expect(report.failedStep).toBe('remove-item');
    expect(report.verdict).toMatch(/hands-on mode/);
  });

  it('names a language QuietPrune has no labels for, and an unknown code as it is', () => {
    expect(rehearsalReport(run([walk('Jane Roe')], { lang: 'de', labelsKnown: false })).page).toBe(
      'LinkedIn’s current layout, in German (de) (a language QuietPrune has no labels for)',
    );
    expect(languageName('pt_BR')).toBe('Brazilian Portuguese (pt_BR)');
    expect(languageName('qq-zz')).toMatch(/qq/);
  });

  it('puts the page’s problem first and marks the page as the failed step when no layout matched', () => {
    const report = rehearsalReport(
      run([], { layout: null, problem: 'QuietPrune did not recognise the page.' }),
    );
    expect(report.page).toMatch(/^A layout QuietPrune does not recognise/);
    expect(report.verdict).toMatch(/^QuietPrune did not recognise the page\. .*page-shape file/);
    expect(report.failedStep).toBe('page');
  });

  it('has no failed step when all passed', () => {
    const report = rehearsalReport(run([walk('Jane Roe')]));
    expect(report.failedStep).toBeNull();
    expect(report.verdict).toMatch(/automatic mode/);
  });
});

describe('the verdict in the messages', () => {
  // The pages word the verdict from the mode (messages rehearsal_verdict…, src/ui/RehearsalReport.tsx);
  // in English it must stay the core's sentence, which the end-to-end tests read.
  const en = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  it.each([
    ['automatic', run([walk('Jane Roe')]), 'rehearsal_verdictAutomatic'],
    ['hands-on', run([walk('Jane Roe', 'menu')]), 'rehearsal_verdictHandsOn'],
    ['none', run([], { layout: null }), 'rehearsal_verdictNone'],
  ] as const)('%s is the core’s English sentence', (mode, walked, key) => {
    const report = rehearsalReport(walked);
    expect(report.mode).toBe(mode);
    expect(en[key]?.message).toBe(report.verdict);
  });
});
