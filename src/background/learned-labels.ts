import type { ContentToBackground, LearnedLabelsByLanguage, Reply } from '../messages';
import { database } from '../storage/db';
import { updateMeta } from '../storage/meta';
import { transact } from '../storage/transaction';
import { announce } from './broadcast';

/**
 * Labels learned from the person's own clicks (issue 14): in a LinkedIn language QuietPrune has no
 * label for, hands-on mode watches which menu item the person chose and which button removed them
 * (content/removal/hands-on.ts), and later removals use those words, inside the same structural
 * checks, to make that click themselves. Kept per language; the options page lists and clears them.
 */

/** At most this many labels per control and language: a new one pushes out the oldest. */
const KEPT_PER_CONTROL = 3;

/**
 * The page reports a learned label. Taken only from the session's own tab, for the person whose
 * removal is in progress there (the page checked every lock before reporting).
 */
export async function onLabelsLearned(
  message: Extract<ContentToBackground, { type: 'labels/learned' }>,
  tabId: number,
): Promise<Reply> {
  const stored = await transact(await database(), ['meta'], async (t) => {
    const session = await t.meta.get('session');
    if (
      session.sessionId !== message.sessionId ||
      session.tabId !== tabId ||
      session.currentKey !== message.profileKey
    )
      return false;
    const all = await t.meta.get('learnedLabels');
    const entry = all[message.lang] ?? { removeConnection: [], confirm: [] };
    const label = message.label.replace(/\s+/g, ' ').trim();
    const kept = entry[message.control].filter((l) => l.toLocaleLowerCase() !== label.toLocaleLowerCase());
    const next: LearnedLabelsByLanguage = {
      ...all,
      [message.lang]: { ...entry, [message.control]: [label, ...kept].slice(0, KEPT_PER_CONTROL) },
    };
    await t.meta.put('learnedLabels', next);
    return true;
  });
  if (!stored) return { ok: false, error: 'This removal is not the one in progress.' };
  await announce('settings');
  return { ok: true };
}

/** The options page's Clear: that language's learned labels are forgotten. */
export async function forgetLearnedLabels(lang: string): Promise<Reply> {
  await updateMeta(await database(), 'learnedLabels', (all) =>
    Object.fromEntries(Object.entries(all).filter(([code]) => code !== lang)),
  );
  await announce('settings');
  return { ok: true };
}
