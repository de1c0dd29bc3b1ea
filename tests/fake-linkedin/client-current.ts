import type { ClassMap } from './class-names';
import type { createPageRuntime, RuntimeViews } from './client-runtime';
import type { ClientLabels } from './labels';
import type { FakeFaults } from './types';
import type { CardData, DialogTexts } from './views';
import type * as Views from './views';

/**
 * The current layout's page script (vanilla JS, INJECTED: it may use only its parameters and
 * browser globals). It behaves like LinkedIn's React page where scrapers trip:
 * - a virtualised LazyColumn inside an inner scroll pane: only rows near the viewport are in the
 *   DOM, kept by key like React does, with padding standing in for the rest;
 * - batches load on scrolling near the end (or from a "Load more" button), with latency and stalls;
 * - a controlled search box with React's value tracker: `input.value = x` is ignored, only the
 *   native setter plus a bubbling input event (or real typing) reaches the page's state;
 * - a card menu portalled to <body>, and a native <dialog> opened with showModal();
 * - page faults (config.faults, updated by every API answer): a stale menu left open, recycled
 *   row elements, rows re-rendered mid-removal, a menu bound to the wrong row.
 */

export interface CurrentPageConfig {
  cls: ClassMap;
  labels: ClientLabels;
  apiBase: string;
  pageSize: number;
  loadMore: 'scroll' | 'button';
  menuFailsFirstClick: boolean;
  moreActionsLabel: 'named' | 'generic';
  rowHeight: number;
  searchDebounceMs: number;
  faults: FakeFaults;
}

export type CurrentPageViews = RuntimeViews &
  Pick<typeof Views, 'viewCurrentCard' | 'viewCurrentMenu' | 'viewCurrentDialog'>;

interface ConnectionsAnswer {
  elements: CardData[];
  hasMore: boolean;
  totalText: string;
}

export function runCurrentPage(
  config: CurrentPageConfig,
  views: CurrentPageViews,
  makeRuntime: typeof createPageRuntime,
): void {
  const { cls, labels } = config;
  const OVERSCAN = 4;
  const LOAD_AHEAD_ROWS = 6;
  const byClass = <T extends Element>(name: string) => document.querySelector<T>(`.${name}`);
  const pane = byClass<HTMLElement>(cls.pane);
  const list = document.querySelector<HTMLElement>('[data-component-type="LazyColumn"]');
  const input = document.querySelector<HTMLInputElement>('input[data-testid="typeahead-input"]');
  const heading = byClass<HTMLElement>(cls.heading);
  const loadingNote = byClass<HTMLElement>(cls.loading);
  const loadMoreButton = byClass<HTMLButtonElement>(cls.loadMore);
  const emptyNote = byClass<HTMLElement>(cls.empty);
  const root = byClass<HTMLElement>(cls.page);
  if (!pane || !list || !input || !heading || !loadingNote || !loadMoreButton || !emptyNote || !root) {
    throw new Error('fake LinkedIn: the current layout shell is incomplete');
  }
  const runtime = makeRuntime(
    {
      apiBase: config.apiBase,
      bannerClass: cls.banner,
      toastClass: cls.toast,
      bannerHost: () => document.querySelector('main'),
      onFaults: (next) => {
        faults = next;
      },
    },
    views,
  );
  let faults = config.faults;

  const state = {
    items: [] as CardData[],
    loaded: new Set<string>(),
    hasMore: true,
    loading: false,
    query: '',
    /** Bumped by each new search: answers for an older one are dropped. */
    generation: 0,
    retryAt: 0,
  };
  const rows = new Map<string, HTMLElement>();
  const menuClickedOnce = new Set<string>();
  let menu: { el: HTMLElement; button: HTMLElement; slug: string } | null = null;
  /** staleMenu: the last closed menu, left open (a portal reused), and whose it is. */
  let staleMenu: { el: HTMLElement; slug: string } | null = null;
  /** recycleRows: row elements by slot (slot 0 shows the first rendered row), reused for whoever comes. */
  const pool: HTMLElement[] = [];
  let dialogPending = false;
  let menuIds = 0;

  // ---- the controlled search box (React's value tracker) ----
  const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const readDom = () => nativeValue.get!.call(input) as string;
  let tracked = readDom();
  Object.defineProperty(input, 'value', {
    configurable: true,
    enumerable: nativeValue.enumerable,
    get() {
      return nativeValue.get!.call(this) as string;
    },
    set(value: unknown) {
      tracked = String(value);
      nativeValue.set!.call(this, value);
    },
  });
  let debounce: ReturnType<typeof setTimeout> | undefined;
  // React listens at its root in the bubble phase: an input event that does not bubble never arrives.
  root.addEventListener('input', (event) => {
    if (event.target !== input) return;
    const value = readDom();
    if (value === tracked) return; // the tracker saw this value already: React sees no change
    tracked = value;
    state.query = value;
    clearTimeout(debounce);
    debounce = setTimeout(startSearch, config.searchDebounceMs);
  });
  /** A controlled input shows the page's state on every render. */
  function syncInput(): void {
    if (readDom() !== state.query) input!.value = state.query;
  }

  function startSearch(): void {
    state.generation++;
    state.items = [];
    state.loaded.clear();
    state.hasMore = true;
    state.loading = false;
    state.retryAt = 0;
    closeMenu();
    // A recycling list keeps its row elements for the new results.
    if (!faults.recycleRows) {
      for (const row of rows.values()) row.remove();
      pool.length = 0;
    }
    rows.clear();
    pane!.scrollTop = 0;
    render();
  }

  // ---- the virtualised list ----
  function render(): void {
    if (runtime.isReplaced()) return;
    syncInput();
    const count = state.items.length;
    const rowHeight = config.rowHeight;
    const listTop = list!.getBoundingClientRect().top - pane!.getBoundingClientRect().top + pane!.scrollTop;
    const viewTop = pane!.scrollTop - listTop;
    const first =
      count === 0 ? 0 : Math.min(count - 1, Math.max(0, Math.floor(viewTop / rowHeight) - OVERSCAN));
    const last =
      count === 0
        ? -1
        : Math.min(
            count - 1,
            Math.max(first, Math.ceil((viewTop + pane!.clientHeight) / rowHeight) + OVERSCAN),
          );
    list!.style.paddingTop = `${first * rowHeight}px`;
    list!.style.paddingBottom = `${Math.max(0, count - 1 - last) * rowHeight}px`;

    if (faults.recycleRows) {
      renderRecycled(first, last);
    } else {
      for (const row of pool) if (![...rows.values()].includes(row)) row.remove();
      pool.length = 0;
      renderByKey(first, last);
    }

    loadingNote!.hidden = !state.loading;
    loadMoreButton!.hidden = !(config.loadMore === 'button' && state.hasMore && !state.loading && count > 0);
    emptyNote!.hidden = !(count === 0 && !state.hasMore && !state.loading);

    const nearEnd = count === 0 || (config.loadMore === 'scroll' && last >= count - 1 - LOAD_AHEAD_ROWS);
    if (nearEnd && state.hasMore && !state.loading && performance.now() >= state.retryAt) void loadNext();
  }

  /** Rows kept by key, as React does: an element always shows the same person. */
  function renderByKey(first: number, last: number): void {
    const wanted = new Set<string>();
    let previous: HTMLElement | null = null;
    for (let i = first; i <= last; i++) {
      const item = state.items[i]!;
      wanted.add(item.slug);
      let row = rows.get(item.slug);
      if (!row) {
        row = createRow(item);
        rows.set(item.slug, row);
      }
      const expected: ChildNode | null = previous ? previous.nextSibling : list!.firstChild;
      if (row !== expected) list!.insertBefore(row, expected);
      previous = row;
    }
    for (const [slug, row] of rows) {
      if (wanted.has(slug)) continue;
      row.remove();
      rows.delete(slug);
      if (menu?.slug === slug) closeMenu();
    }
  }

  /**
   * recycleRows: row elements by slot, refilled with whoever that slot shows now (a recycling
   * virtual list): after a scroll or a new search, an element held from before shows someone else.
   */
  function renderRecycled(first: number, last: number): void {
    for (const row of rows.values()) if (!pool.includes(row)) row.remove(); // rows kept by key before the fault
    rows.clear();
    const count = Math.max(0, last - first + 1);
    // While a new search loads, the old rows stay; its results then refill those same elements.
    if (count === 0 && state.loading) return;
    while (pool.length > count) pool.pop()!.remove();
    for (let slot = 0; slot < count; slot++) {
      const item = state.items[first + slot]!;
      const row = pool[slot];
      if (!row) pool.push(createRow(item));
      else if (row.getAttribute('data-fake-slug') !== item.slug) refill(row, item);
      const element = pool[slot]!;
      const expected: ChildNode | null = slot === 0 ? list!.firstChild : pool[slot - 1]!.nextSibling;
      if (element !== expected) list!.insertBefore(element, expected);
      rows.set(item.slug, element);
    }
    if (menu && !rows.has(menu.slug)) closeMenu();
  }

  /** The same row and card elements, now showing another person (their content and attributes). */
  function refill(row: HTMLElement, item: CardData): void {
    const fresh = createRow(item);
    const card = row.firstElementChild;
    const freshCard = fresh.firstElementChild;
    if (!card || !freshCard) return;
    for (const name of card.getAttributeNames()) card.removeAttribute(name);
    for (const name of freshCard.getAttributeNames()) card.setAttribute(name, freshCard.getAttribute(name)!);
    card.replaceChildren(...Array.from(freshCard.childNodes));
    row.setAttribute('data-fake-slug', item.slug);
  }

  function createRow(item: CardData): HTMLElement {
    const row = views.toDom(
      views.viewCurrentCard(item, cls, labels, { moreActionsLabel: config.moreActionsLabel }),
    ) as HTMLElement;
    row.setAttribute('data-fake-slug', item.slug);
    const more = row.querySelector<HTMLElement>(`.${cls.moreButton}`);
    more?.addEventListener('click', () => toggleMenu(item, more));
    // A re-rendered row shows the state of the moment: its menu open or not.
    if (more && menu?.slug === item.slug) {
      more.setAttribute('aria-expanded', 'true');
      more.setAttribute('aria-controls', menu.el.id);
      menu.button = more;
    }
    return row;
  }

  /** rerenderDuringRemoval: every row rendered anew (new elements, same people, same places). */
  function rerenderRows(): void {
    if (!faults.rerenderDuringRemoval || runtime.isReplaced()) return;
    for (const [slug, row] of rows) {
      const item = state.items.find((it) => it.slug === slug);
      if (!item) continue;
      const fresh = createRow(item);
      row.replaceWith(fresh);
      rows.set(slug, fresh);
      const slot = pool.indexOf(row);
      if (slot >= 0) pool[slot] = fresh;
    }
  }

  async function loadNext(): Promise<void> {
    const generation = state.generation;
    state.loading = true;
    render();
    const query = `start=${state.items.length}&count=${config.pageSize}&q=${encodeURIComponent(state.query)}&layout=current`;
    const answer = await runtime.api<ConnectionsAnswer>(`connections?${query}`);
    if (generation !== state.generation || runtime.isReplaced()) return;
    state.loading = false;
    if (!answer) {
      // A failed load is tried again a little later, as the live page does on the next scroll.
      state.retryAt = performance.now() + 2000;
      setTimeout(render, 2100);
      render();
      return;
    }
    for (const card of answer.elements) {
      if (state.loaded.has(card.slug)) continue;
      state.loaded.add(card.slug);
      state.items.push(card);
    }
    state.hasMore = answer.hasMore;
    heading!.textContent = answer.totalText;
    render();
  }

  pane.addEventListener(
    'scroll',
    () => {
      closeMenu();
      render();
      rerenderRows();
    },
    { passive: true },
  );
  window.addEventListener('resize', render);
  loadMoreButton.addEventListener('click', () => {
    if (!state.loading && state.hasMore) void loadNext();
  });

  // ---- the card menu ----
  function toggleMenu(item: CardData, button: HTMLElement): void {
    if (menu?.slug === item.slug) {
      closeMenu();
      return;
    }
    closeMenu();
    if (config.menuFailsFirstClick && !menuClickedOnce.has(item.slug)) {
      menuClickedOnce.add(item.slug); // seen on the live site: the first click is lost
      return;
    }
    // menuActsOnOther: the menu is bound to the wrong row, the next one's person.
    const actsOn = faults.menuActsOnOther ? (neighbourOf(item) ?? item) : item;
    const el = buildMenu(actsOn);
    const box = button.getBoundingClientRect();
    el.style.top = `${Math.round(box.bottom + 4)}px`;
    el.style.left = `${Math.max(8, Math.round(box.right - 240))}px`;
    if (faults.staleMenu && !staleMenu) {
      // First open: another card's menu opens with it, earlier in the DOM (a reused portal).
      const other = state.items.find((it) => it.slug !== item.slug);
      if (other) {
        staleMenu = { el: buildMenu(other), slug: other.slug };
        staleMenu.el.style.top = el.style.top;
        staleMenu.el.style.left = el.style.left;
        document.body.appendChild(staleMenu.el);
      }
    }
    document.body.appendChild(el);
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', el.id);
    menu = { el, button, slug: item.slug };
    if (faults.rerenderDuringRemoval) setTimeout(rerenderRows, 40);
  }

  function buildMenu(actsOn: CardData): HTMLElement {
    const el = views.toDom(views.viewCurrentMenu(cls, labels)) as HTMLElement;
    el.id = `fake-menu-${++menuIds}`;
    el.querySelector('[role="menuitem"]')?.addEventListener('click', () => {
      closeMenu();
      if (staleMenu?.el === el) {
        staleMenu.el.remove();
        staleMenu = null;
      }
      void openDialog(actsOn);
    });
    return el;
  }

  function neighbourOf(item: CardData): CardData | undefined {
    const index = state.items.findIndex((it) => it.slug === item.slug);
    return state.items[index + 1] ?? state.items[index - 1];
  }

  function closeMenu(): void {
    if (!menu) return;
    menu.button.setAttribute('aria-expanded', 'false');
    menu.button.removeAttribute('aria-controls');
    if (faults.staleMenu) {
      // The menu stays open (a reused portal); only the last closed one stays.
      if (staleMenu && staleMenu.el !== menu.el) staleMenu.el.remove();
      staleMenu = { el: menu.el, slug: menu.slug };
    } else {
      menu.el.remove();
    }
    menu = null;
  }

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Node | null;
      if (menu && target && !menu.el.contains(target) && !menu.button.contains(target)) closeMenu();
    },
    true,
  );
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenu();
  });

  // ---- the removal dialog ----
  async function openDialog(item: CardData): Promise<void> {
    if (dialogPending) return;
    dialogPending = true;
    const answer = await runtime.api<{ texts: DialogTexts }>(
      `remove-dialog?slug=${encodeURIComponent(item.slug)}&layout=current`,
    );
    dialogPending = false;
    if (!answer) {
      if (!runtime.isReplaced()) runtime.toast(labels.failedToast);
      return;
    }
    const dialog = views.toDom(
      views.viewCurrentDialog(answer.texts, cls, labels, false),
    ) as HTMLDialogElement;
    document.body.appendChild(dialog);
    dialog.addEventListener('close', () => dialog.remove());
    dialog.showModal();
    if (faults.rerenderDuringRemoval) setTimeout(rerenderRows, 40);
    const [dismiss, cancel, confirm] = [cls.dismiss, cls.secondary, cls.primary].map((name) =>
      dialog.querySelector<HTMLButtonElement>(`.${name}`),
    );
    dismiss?.addEventListener('click', () => dialog.close());
    cancel?.addEventListener('click', () => dialog.close());
    confirm?.addEventListener(
      'click',
      () =>
        void (async () => {
          for (const button of [dismiss, cancel, confirm]) if (button) button.disabled = true;
          const result = await runtime.api<{ removed: boolean; totalText: string; alsoRemoved?: string[] }>(
            'remove?layout=current',
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ slug: item.slug }),
            },
          );
          if (dialog.open) dialog.close();
          if (!result) {
            if (!runtime.isReplaced()) runtime.toast(labels.failedToast);
            return;
          }
          removeItem(item.slug);
          for (const slug of result.alsoRemoved ?? []) removeItem(slug);
          heading!.textContent = result.totalText;
          runtime.toast(labels.removedToast);
        })(),
    );
  }

  function removeItem(slug: string): void {
    const index = state.items.findIndex((item) => item.slug === slug);
    if (index >= 0) state.items.splice(index, 1);
    state.loaded.delete(slug);
    rows.get(slug)?.remove();
    rows.delete(slug);
    if (menu?.slug === slug) closeMenu();
    render();
  }

  render();
}
