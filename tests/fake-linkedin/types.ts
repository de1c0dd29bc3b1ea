/**
 * The fake LinkedIn's public types. The fake is a small product of its own: a server (this
 * process, through Playwright request routing) and two page layouts, faithful to
 * docs/linkedin-dom.md.
 */

export type Layout = 'current' | 'classic';
/** The fake's languages: xx is Zorblish, invented, a language no extension has seen. */
export type Lang = 'en' | 'tr' | 'de' | 'fr' | 'es' | 'pt' | 'xx';
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
  /** How long the search box waits after the last key before it searches, in ms (default 300). */
  searchDebounceMs?: number;
  /** Every Nth batch load past the first stalls `ms` before answering. `every: 0` is off (default). */
  stall?: { every: number; ms: number };
  /** The card menu ignores the first click on each card's button (seen in real life). */
  menuFailsFirstClick?: boolean;
  /** "More actions for {Full Name}" (default) or the generic "Show more actions". */
  moreActionsLabel?: 'named' | 'generic';
  /** Page faults, all off by default; `fake.setFaults(partial)` changes them at run time. */
  faults?: Partial<FakeFaults>;
  /** The Connections page records every change it did not make itself (footprint-recorder.ts). Default false. */
  recordFootprint?: boolean;
}

/**
 * Ways the page goes wrong that a removal's locks must catch (README, "Page faults"). The soak
 * test mixes them by these names.
 */
export interface FakeFaults {
  /** Current layout: opening a card's menu also leaves another card's menu open and visible, earlier in DOM order. */
  staleMenu: boolean;
  /** Current layout: the virtual list reuses row elements for other people when it re-renders. */
  recycleRows: boolean;
  /** Current layout: rows re-render (new elements, same people) while a menu or dialog is open, and after a scroll. */
  rerenderDuringRemoval: boolean;
  /** After a removal, the list and its search still show the person for this many ms. */
  searchLagMs: number;
  /** The card menu's Remove item opens the dialog for (and confirming removes) the next card's person. */
  menuActsOnOther: boolean;
  /** A confirmed removal also removes the next listed person server-side. */
  alsoRemovesNeighbour: boolean;
  /** The dialog says "Remove {Full Name} as a connection?" instead of the given name only. */
  dialogShowsFullName: boolean;
}

export interface RemovalRecord {
  slug: string;
  profileUrl: string;
  name: string;
  /** Date.now() at the server when the removal arrived. */
  at: number;
}
