/**
 * Every selector QuietPrune uses on LinkedIn's Connections page, in one place.
 *
 * LinkedIn ships two layouts (see docs/linkedin-dom.md) and changes markup without notice.
 * Selectors lean on meaning that survives redesigns (data-view-name, componentkey, aria-labels,
 * hrefs) and never on the hashed class names of the current layout. Each entry lists its
 * variants; `tests/unit/linkedin-fixtures.test.ts` pins how many times each matches on saved
 * pages of both layouts, so a change in LinkedIn's markup shows up as a failing count.
 */
export const CURRENT = {
  list: 'div[data-component-type="LazyColumn"][componentkey="ConnectionsPage_ConnectionsList"]',
  /** A card; some builds mark it with data-view-name instead of a componentkey. */
  card: '[componentkey^="ConnectionCard_"], div[data-view-name="connections-list"]',
  /** Two per card (photo and name), both to /in/<slug>/. The name is the text of the second. */
  profileLink: 'a[data-view-name="connections-profile"]',
  searchInput:
    '[componentkey="connectionsListTypeahead_ConnectionsListTypeahead"] input, input[data-testid="typeahead-input"]',
  moreActions: 'button[aria-label]',
  /**
   * The More actions button by structure, in any language: the card's one button that opens a
   * popup (`aria-expanded`, `aria-haspopup`); the Message button has neither.
   */
  menuButton: 'button[aria-expanded], button[aria-haspopup]',
  menu: '[role="menu"]',
  menuItem: '[role="menuitem"], [role="menu"] div[role="button"]',
  confirmButton: 'button[data-view-name="connections-remove"]',
} as const;

export const CLASSIC = {
  list: '.mn-connections, .scaffold-finite-scroll__content',
  card: 'li.mn-connection-card',
  profileLink: 'a.mn-connection-card__link',
  name: '.mn-connection-card__name',
  occupation: '.mn-connection-card__occupation',
  time: 'time.time-badge',
  total: '.mn-connections__header > h1',
  searchInput: '#mn-connections-search-input',
  moreActions: 'button.mn-connection-card__dropdown-trigger',
  /** One per card: the More actions button and the menu it opens, side by side. */
  dropdown: '.artdeco-dropdown',
  openMenu: '.artdeco-dropdown__content--is-open',
  confirmButton: 'button[data-test-dialog-primary-btn], button[data-control-name="confirm_removed"]',
  cancelButton: 'button[data-test-dialog-secondary-btn]',
  loadMore: 'button.scaffold-finite-scroll__load-button',
} as const;

/** What the removal finders (linkedin/page-finders.ts) need of a layout, one table per layout. */
export interface LayoutSelectors {
  searchInput: string;
  /** The open More actions menu. */
  openMenu: string;
  /** True when the open menu sits inside its card (classic's dropdown), so it is looked for there first. */
  menuInCard: boolean;
  /** The items of an open menu, Remove connection among them. */
  menuItem: string;
  confirmButton: string;
  /** The dialog's Cancel by structure, where the layout marks it (null: by label, or close the dialog). */
  cancelButton: string | null;
}

export const LAYOUT: Readonly<Record<'current' | 'classic', LayoutSelectors>> = {
  current: {
    searchInput: CURRENT.searchInput,
    openMenu: CURRENT.menu,
    menuInCard: false,
    menuItem: CURRENT.menuItem,
    confirmButton: CURRENT.confirmButton,
    cancelButton: null,
  },
  classic: {
    searchInput: CLASSIC.searchInput,
    openMenu: CLASSIC.openMenu,
    menuInCard: true,
    menuItem: 'button, [role="button"], [role="menuitem"]',
    confirmButton: CLASSIC.confirmButton,
    cancelButton: CLASSIC.cancelButton,
  },
};

/** Dialogs: the current layout uses a native <dialog open>, which has no role attribute. */
export const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"]';

/** Any link to a member profile, in either layout. */
export const ANY_PROFILE_LINK = 'a[href*="/in/"]';

/** Headings that may carry the page's stated total ("1,217 connections"). */
export const TOTAL_HEADING = 'h1, h2, h3, header p, [componentkey*="Header"] p';
