/**
 * The fake LinkedIn's public types. The fake is a small product of its own: a server (this
 * process, through Playwright request routing) and two page layouts, faithful to
 * /work/shared/linkedin-dom.md.
 */

export type Layout = 'current' | 'classic';
export type Lang = 'en' | 'tr';
export type WarningMode = 'none' | 'checkpoint' | 'restricted' | 'login';

export interface FakePerson {
  /** As it appears in hrefs: a vanity slug (maybe percent-encoded UTF-8) or a member id `ACoAA...`. */
  slug: string;
  /** `https://www.linkedin.com/in/${slug}/` */
  profileUrl: string;
  firstName: string;
  /** As LinkedIn stores it, credentials included ("Roe, PMP"). */
  lastName: string;
  /** Display name, e.g. "Jane Roe, PMP" (CJK names: family name first, no space). */
  name: string;
  headline: string;
  /** ISO date YYYY-MM-DD. */
  connectedOn: string;
}

/** A hand-made person: only the names are required, the rest is filled in. */
export type ExtraPerson = Partial<FakePerson> & { firstName: string; lastName: string };

export interface FakeLinkedInOptions {
  /** Default 'current'. */
  layout?: Layout;
  /** Generated people, 0..30000 (default 40). Hand-made `extraPeople` come on top. */
  size?: number;
  /** Seed of the generated people and of the hashed class names (default 1). */
  seed?: number;
  /** `<html lang>` and every label (default 'en'). */
  lang?: Lang;
  /** Hand-made edge cases, listed first. */
  extraPeople?: ExtraPerson[];
  /** Current layout: infinite scroll of the inner pane (default) or a "Load more" button. */
  loadMore?: 'scroll' | 'button';
  /** Rows per loaded batch (default 40). */
  pageSize?: number;
  /** Delay of every fake API answer in ms (default 150). */
  latencyMs?: number;
  /** Every Nth batch load past the first stalls `ms` before answering. `every: 0` is off (default). */
  stall?: { every: number; ms: number };
  /** The card menu ignores the first click on each card's button (seen in real life). */
  menuFailsFirstClick?: boolean;
  /** "More actions for {Full Name}" (default) or the generic "Show more actions". */
  moreActionsLabel?: 'named' | 'generic';
}

export interface RemovalRecord {
  slug: string;
  profileUrl: string;
  name: string;
  /** Date.now() at the server when the removal arrived. */
  at: number;
}
