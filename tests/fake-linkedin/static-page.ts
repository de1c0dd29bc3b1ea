import { cardDataFor } from './cards';
import { hashedClassNames } from './class-names';
import { removalDialogTexts } from './labels';
import { checkpointPageHtml, connectionsPageHtml } from './page-html';
import type { FakePerson, Lang, Layout } from './types';

export interface StaticPageOptions {
  lang?: Lang;
  /** The heading's total; defaults to the number of people (a partly loaded list shows more). */
  total?: number;
  /** Seed of the hashed class names (default 1). */
  seed?: number;
  /** "Now" for the classic layout's relative dates (default: Date.now()). Fix it for byte-stable fixtures. */
  now?: number;
  /** Also show the first card's menu, or its removal dialog, open (for selector fixtures). */
  open?: 'menu' | 'dialog';
  moreActionsLabel?: 'named' | 'generic';
  /** Show LinkedIn's "temporarily restricted" banner above the list (a warning fixture). */
  restricted?: boolean;
}

/**
 * The full HTML of a rendered Connections page, as "Save page as" would keep it: every given
 * person's card, no script. For unit fixtures of the extension's selectors and readers.
 */
export function renderStaticConnectionsPage(
  layout: Layout,
  people: FakePerson[],
  opts: StaticPageOptions = {},
): string {
  const lang = opts.lang ?? 'en';
  const now = opts.now ?? Date.now();
  const first = people[0];
  if (opts.open && !first)
    throw new RangeError('renderStaticConnectionsPage: an open menu or dialog needs at least one person.');
  return connectionsPageHtml({
    layout,
    lang,
    total: opts.total ?? people.length,
    cls: hashedClassNames(opts.seed ?? 1),
    cards: people.map((person, i) => cardDataFor(person, i, layout, lang, now)),
    restricted: opts.restricted ?? false,
    moreActionsLabel: opts.moreActionsLabel ?? 'named',
    script: null,
    ...(opts.open && first
      ? { open: { kind: opts.open, dialog: removalDialogTexts(first.firstName, lang, layout) } }
      : {}),
  });
}

/** LinkedIn's security check page ("Let's do a quick security check", "verify it's you"). */
export function renderStaticCheckpointPage(lang: Lang = 'en'): string {
  return checkpointPageHtml(lang);
}
