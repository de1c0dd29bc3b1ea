import type { createPageRuntime, RuntimeViews } from './client-runtime';
import type { ClientLabels } from './labels';
import type { FakeFaults } from './types';
import type { CardData, DialogTexts } from './views';
import type * as Views from './views';

/**
 * The classic layout's page script (Ember + artdeco era; INJECTED: it may use only its
 * parameters and browser globals). Not virtualised: loaded cards stay. More load when the window
 * is scrolled near the bottom, or from "Show more results". The search box is a plain input.
 */

export interface ClassicPageConfig {
  labels: ClientLabels;
  apiBase: string;
  pageSize: number;
  menuFailsFirstClick: boolean;
  moreActionsLabel: 'named' | 'generic';
  searchDebounceMs: number;
  /** Of the page faults, the classic page has menuActsOnOther (and the server-side ones). */
  faults: FakeFaults;
}

export type ClassicPageViews = RuntimeViews &
  Pick<typeof Views, 'viewClassicCard' | 'viewClassicMenuItems' | 'viewClassicModal'>;

interface ConnectionsAnswer {
  elements: CardData[];
  hasMore: boolean;
  totalText: string;
}

export function runClassicPage(
  config: ClassicPageConfig,
  views: ClassicPageViews,
  makeRuntime: typeof createPageRuntime,
): void {
  const { labels } = config;
  const listEl = document.querySelector<HTMLElement>('.mn-connections .scaffold-finite-scroll__content > ul');
  const heading = document.querySelector<HTMLElement>('.mn-connections__header > h1');
  const input = document.querySelector<HTMLInputElement>('#mn-connections-search-input');
  const loadButton = document.querySelector<HTMLButtonElement>('button.scaffold-finite-scroll__load-button');
  const loader = document.querySelector<HTMLElement>('.scaffold-finite-scroll .artdeco-loader');
  const emptyNote = document.querySelector<HTMLElement>('.mn-connections__empty');
  const outlet = document.querySelector<HTMLElement>('#artdeco-modal-outlet');
  if (!listEl || !heading || !input || !loadButton || !loader || !emptyNote || !outlet) {
    throw new Error('fake LinkedIn: the classic layout shell is incomplete');
  }
  const runtime = makeRuntime(
    {
      apiBase: config.apiBase,
      bannerClass: 'artdeco-global-alert artdeco-global-alert--yield',
      toastClass: 'artdeco-toast-item artdeco-toast-item--visible',
      bannerHost: () => document.querySelector('.application-outlet'),
      onFaults: (next) => {
        faults = next;
      },
    },
    views,
  );
  let faults = config.faults;
  /** Loaded cards by slug, in list order (menuActsOnOther needs the next one). */
  const cards = new Map<string, { card: CardData; li: HTMLElement }>();
  const state = {
    count: 0,
    loaded: new Set<string>(),
    hasMore: true,
    loading: false,
    query: '',
    generation: 0,
    retryAt: 0,
  };
  const menuClickedOnce = new Set<string>();
  let openDropdown: { content: HTMLElement; trigger: HTMLElement } | null = null;

  function renderStatus(): void {
    loader!.hidden = !state.loading;
    loadButton!.hidden = !(state.hasMore && !state.loading && state.count > 0);
    emptyNote!.hidden = !(state.count === 0 && !state.hasMore && !state.loading);
  }

  async function loadNext(): Promise<void> {
    if (state.loading || !state.hasMore || runtime.isReplaced() || performance.now() < state.retryAt) return;
    const generation = state.generation;
    state.loading = true;
    renderStatus();
    const answer = await runtime.api<ConnectionsAnswer>(
      `connections?start=${state.count}&count=${config.pageSize}&q=${encodeURIComponent(state.query)}&layout=classic`,
    );
    if (generation !== state.generation || runtime.isReplaced()) return;
    state.loading = false;
    if (!answer) {
      state.retryAt = performance.now() + 2000;
      renderStatus();
      return;
    }
    for (const card of answer.elements) {
      if (state.loaded.has(card.slug)) continue;
      state.loaded.add(card.slug);
      const li = createCard(card);
      cards.set(card.slug, { card, li });
      listEl!.appendChild(li);
      state.count++;
    }
    state.hasMore = answer.hasMore;
    heading!.textContent = answer.totalText;
    renderStatus();
  }

  function createCard(card: CardData): HTMLElement {
    const li = views.toDom(
      views.viewClassicCard(card, labels, { moreActionsLabel: config.moreActionsLabel }),
    ) as HTMLElement;
    const trigger = li.querySelector<HTMLElement>('button.mn-connection-card__dropdown-trigger');
    const content = li.querySelector<HTMLElement>('.artdeco-dropdown__content');
    if (trigger && content)
      trigger.addEventListener('click', () => toggleDropdown(card, li, trigger, content));
    return li;
  }

  function toggleDropdown(card: CardData, li: HTMLElement, trigger: HTMLElement, content: HTMLElement): void {
    if (openDropdown?.content === content) {
      closeDropdown();
      return;
    }
    closeDropdown();
    if (config.menuFailsFirstClick && !menuClickedOnce.has(card.slug)) {
      menuClickedOnce.add(card.slug);
      return;
    }
    content.replaceChildren(views.toDom(views.viewClassicMenuItems(labels)));
    content.classList.add('artdeco-dropdown__content--is-open');
    content.setAttribute('aria-hidden', 'false');
    trigger.setAttribute('aria-expanded', 'true');
    // menuActsOnOther: the dropdown is bound to the next card's person.
    const next = faults.menuActsOnOther ? neighbourOf(card.slug) : undefined;
    content.querySelector('button')?.addEventListener('click', () => {
      closeDropdown();
      if (next) void openModal(next.card);
      else void openModal(card);
    });
    openDropdown = { content, trigger };
  }

  function neighbourOf(slug: string): { card: CardData; li: HTMLElement } | undefined {
    const listed = [...cards.values()].filter((entry) => entry.li.isConnected);
    const index = listed.findIndex((entry) => entry.card.slug === slug);
    return listed[index + 1] ?? listed[index - 1];
  }

  function closeDropdown(): void {
    if (!openDropdown) return;
    openDropdown.content.classList.remove('artdeco-dropdown__content--is-open');
    openDropdown.content.setAttribute('aria-hidden', 'true');
    openDropdown.content.replaceChildren();
    openDropdown.trigger.setAttribute('aria-expanded', 'false');
    openDropdown = null;
  }

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Node | null;
      if (
        openDropdown &&
        target &&
        !openDropdown.content.contains(target) &&
        !openDropdown.trigger.contains(target)
      )
        closeDropdown();
    },
    true,
  );

  async function openModal(card: CardData): Promise<void> {
    const answer = await runtime.api<{ texts: DialogTexts }>(
      `remove-dialog?slug=${encodeURIComponent(card.slug)}&layout=classic`,
    );
    if (!answer) {
      if (!runtime.isReplaced()) runtime.toast(labels.failedToast);
      return;
    }
    const overlay = views.toDom(views.viewClassicModal(answer.texts, labels)) as HTMLElement;
    outlet!.appendChild(overlay);
    const close = () => {
      overlay.remove();
      document.removeEventListener('keydown', onKey);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    overlay.querySelector('.artdeco-modal__dismiss')?.addEventListener('click', close);
    overlay.querySelector('[data-test-dialog-secondary-btn]')?.addEventListener('click', close);
    const confirm = overlay.querySelector<HTMLButtonElement>('[data-test-dialog-primary-btn]');
    confirm?.addEventListener(
      'click',
      () =>
        void (async () => {
          overlay.querySelectorAll('button').forEach((button) => (button.disabled = true));
          const result = await runtime.api<{ removed: boolean; totalText: string; alsoRemoved?: string[] }>(
            'remove?layout=classic',
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ slug: card.slug }),
            },
          );
          close();
          if (!result) {
            if (!runtime.isReplaced()) runtime.toast(labels.failedToast);
            return;
          }
          for (const slug of [card.slug, ...(result.alsoRemoved ?? [])]) {
            const entry = cards.get(slug);
            if (!entry?.li.isConnected) continue;
            entry.li.remove();
            cards.delete(slug);
            state.loaded.delete(slug);
            state.count--;
          }
          heading!.textContent = result.totalText;
          runtime.toast(labels.removedToast);
          renderStatus();
        })(),
    );
  }

  let debounce: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      state.query = input.value;
      state.generation++;
      state.count = 0;
      state.loaded.clear();
      state.hasMore = true;
      state.loading = false;
      state.retryAt = 0;
      closeDropdown();
      listEl.replaceChildren();
      cards.clear();
      void loadNext();
    }, config.searchDebounceMs);
  });

  loadButton.addEventListener('click', () => void loadNext());
  window.addEventListener(
    'scroll',
    () => {
      const doc = document.scrollingElement ?? document.documentElement;
      if (doc.scrollTop + window.innerHeight >= doc.scrollHeight - 300) void loadNext();
    },
    { passive: true },
  );

  renderStatus();
  void loadNext();
}
