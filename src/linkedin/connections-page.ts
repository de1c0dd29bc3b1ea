import type { CollectedCard } from '../core/connection';
import { parseConnectedOn } from './connected-date';
import { normaliseProfileUrl } from './profile-url';
import { ANY_PROFILE_LINK, CLASSIC, CURRENT, TOTAL_HEADING } from './selectors';

/**
 * Reading LinkedIn's Connections page: which layout it is, its stated total, and the cards.
 * Pure DOM reading, no clicks and no scrolling, so it runs the same on the live page and on
 * saved fixture HTML in unit tests.
 */
export type PageLayout = 'current' | 'classic';

export const CONNECTIONS_PATH = '/mynetwork/invite-connect/connections/';
export const CONNECTIONS_URL = `https://www.linkedin.com${CONNECTIONS_PATH}`;

export function isConnectionsPageUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return (
      url.origin === 'https://www.linkedin.com' && url.pathname.replace(/\/?$/, '/') === CONNECTIONS_PATH
    );
  } catch {
    return false;
  }
}

export function detectLayout(root: ParentNode): PageLayout | null {
  if (
    root.querySelector(CURRENT.list) ||
    root.querySelector(CURRENT.card) ||
    root.querySelector(CURRENT.profileLink)
  ) {
    return 'current';
  }
  if (root.querySelector(CLASSIC.card) || root.querySelector('.mn-connections')) return 'classic';
  return null;
}

/**
 * Digits with any thousands separator a language uses: "1,217", "1.217", "1 217" (a space, a
 * no-break or a narrow no-break space), "1'217" / "1’217"; then the word ("connections",
 * "bağlantı", "relations"), whatever the language.
 */
const SEPARATORS = "[.,\u00a0\u202f\u2009 '’]";
const TOTAL_PATTERN = new RegExp(`^\\s*(\\d{1,3}(?:${SEPARATORS}\\d{3})+|\\d+)\\s+\\p{L}+`, 'u');

/** The total of a heading like "1,217 connections" in any language; null when it is not one. */
export function parseTotal(text: string): number | null {
  // \s folds the no-break spaces too; a narrow one between digits is a separator, kept as one.
  const match = TOTAL_PATTERN.exec(text.replace(/[^\S\u00a0\u202f]+/g, ' '));
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(new RegExp(SEPARATORS, 'g'), ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** The page's own total ("1,217 connections"), the target a sync aims for; null if not shown. */
export function readTotal(root: ParentNode, layout: PageLayout): number | null {
  if (layout === 'classic') {
    const heading = root.querySelector(CLASSIC.total);
    return heading ? parseTotal(heading.textContent ?? '') : null;
  }
  for (const heading of Array.from(root.querySelectorAll(TOTAL_HEADING))) {
    const text = (heading.textContent ?? '').trim();
    if (text.length > 40) continue; // a card's text, not a heading
    const total = parseTotal(text);
    if (total !== null) return total;
  }
  return null;
}

export interface CardReading {
  card: CollectedCard | null;
  /** Why a card could not be read; such a card is reported, never guessed at. */
  problem?: string;
}

export function cardElements(root: ParentNode, layout: PageLayout): Element[] {
  return Array.from(root.querySelectorAll(layout === 'current' ? CURRENT.card : CLASSIC.card));
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The profile a card is about. Every profile link in the card must point at the same person;
 * a card whose links disagree is unreadable (we would not know whom an action hits).
 */
export function cardProfile(
  card: Element,
  layout: PageLayout,
): { key: string; url: string; links: HTMLAnchorElement[] } | null {
  const selector = layout === 'current' ? CURRENT.profileLink : CLASSIC.profileLink;
  let links = Array.from(card.querySelectorAll<HTMLAnchorElement>(selector));
  if (links.length === 0) links = Array.from(card.querySelectorAll<HTMLAnchorElement>(ANY_PROFILE_LINK));
  if (links.length === 0) return null;
  const keys = new Set<string>();
  let first: { key: string; url: string } | null = null;
  for (const link of links) {
    const profile = normaliseProfileUrl(link.getAttribute('href') ?? '');
    if (!profile) return null;
    keys.add(profile.key);
    first ??= profile;
  }
  return keys.size === 1 && first ? { ...first, links } : null;
}

export function readCard(card: Element, layout: PageLayout, lang: string, now: number): CardReading {
  const profile = cardProfile(card, layout);
  if (!profile) return { card: null, problem: 'a card without a single, clear profile link' };
  if (layout === 'classic') {
    const name = clean(card.querySelector(CLASSIC.name)?.textContent);
    if (!name) return { card: null, problem: `no name on the card of ${profile.url}` };
    return {
      card: {
        profileKey: profile.key,
        profileUrl: profile.url,
        name,
        headline: clean(card.querySelector(CLASSIC.occupation)?.textContent),
        connectedOn: parseConnectedOn(clean(card.querySelector(CLASSIC.time)?.textContent), lang, now),
      },
    };
  }
  const named = profile.links.map((l) => clean(l.textContent)).filter((t) => t !== '');
  const name = named.at(-1) ?? '';
  if (!name) return { card: null, problem: `no name on the card of ${profile.url}` };
  let headline = '';
  let connectedOn: CollectedCard['connectedOn'] = { kind: 'unknown' };
  for (const paragraph of Array.from(card.querySelectorAll('p'))) {
    const text = clean(paragraph.textContent);
    if (text === '' || text === name) continue;
    const date = parseConnectedOn(text, lang, now);
    if (date.kind !== 'unknown') connectedOn = date;
    else if (headline === '') headline = text;
  }
  return { card: { profileKey: profile.key, profileUrl: profile.url, name, headline, connectedOn } };
}
