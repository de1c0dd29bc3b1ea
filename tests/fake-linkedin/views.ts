import type { ClassMap } from './class-names';
import type { ClientLabels } from './labels';

/**
 * The markup of both layouts, as plain data trees. The same view functions render the static
 * pages (in Node, through `toHtml`) and run inside the live page (through `toDom`): the page script
 * embeds their source text. So every function marked INJECTED below may use only its parameters,
 * browser globals and other INJECTED functions of this file (no imports, no module constants),
 * and text always becomes a text node, never markup: scraped names are data.
 */

export interface Elem {
  t: string;
  a: Record<string, string>;
  c: Tree[];
}
export type Tree = string | Elem;
type Child = Tree | null | undefined | false | Child[];

/** One person's card as the fake server sends it (texts already localised, as LinkedIn's SDUI does). */
export interface CardData {
  slug: string;
  /** Absolute in the current layout, `/in/<slug>/` in the classic one. */
  href: string;
  name: string;
  headline: string;
  /** "Connected on June 29, 2026" (current) or "Connected 2 years ago" (classic). */
  dateText: string;
  photoUrl: string | null;
  cardId: string;
  /** Position in the list the page asked for; part of the current layout's componentkey. */
  index: number;
}

export interface DialogTexts {
  title: string;
  question: string;
  note: string;
}

export interface ChallengeTexts {
  heading: string;
  body: string;
}

export interface CurrentCardOptions {
  moreActionsLabel: 'named' | 'generic';
}

/** INJECTED. An element; null, false and nested arrays among the children are skipped or flattened. */
export function h(
  t: string,
  a: Record<string, string | null | undefined> | null,
  ...children: Child[]
): Elem {
  const attrs: Record<string, string> = {};
  if (a) for (const key of Object.keys(a)) if (a[key] != null) attrs[key] = a[key];
  const c: Tree[] = [];
  const add = (child: Child) => {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(add);
    else c.push(child);
  };
  children.forEach(add);
  return { t, a: attrs, c };
}

/** INJECTED. Builds DOM nodes; strings become text nodes, so no text is ever parsed as HTML. */
export function toDom(tree: Tree, inSvg?: boolean): Node {
  if (typeof tree === 'string') return document.createTextNode(tree);
  const svg = inSvg === true || tree.t === 'svg';
  const el = svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tree.t)
    : document.createElement(tree.t);
  for (const key of Object.keys(tree.a)) el.setAttribute(key, tree.a[key] as string);
  for (const child of tree.c) el.appendChild(toDom(child, svg));
  return el;
}

/** INJECTED. "More actions for {name}" -> "More actions for Jane Roe" (no `$` surprises of replace()). */
export function fillName(template: string, name: string): string {
  return template.split('{name}').join(name);
}

/** INJECTED. The few icons the pages show. */
export function viewIcon(kind: 'dots' | 'close' | 'remove' | 'message'): Elem {
  const paths: Record<string, string> = {
    dots: 'M14 12a2 2 0 11-2-2 2 2 0 012 2zM4 10a2 2 0 102 2 2 2 0 00-2-2zm16 0a2 2 0 102 2 2 2 0 00-2-2z',
    close:
      'M13.42 12L20 18.58 18.58 20 12 13.42 5.42 20 4 18.58 10.58 12 4 5.42 5.42 4 12 10.58 18.58 4 20 5.42z',
    remove: 'M14 12a4 4 0 10-4-4 4 4 0 004 4zm-3 2a5 5 0 00-5 5v2h11v-2a5 5 0 00-5-5zm6-6h5v2h-5z',
    message: 'M16 4H8a7 7 0 000 14h4v4l8.16-5.39A6.78 6.78 0 0023 11a7 7 0 00-7-7z',
  };
  return h(
    'svg',
    { viewBox: '0 0 24 24', width: '24', height: '24', 'aria-hidden': 'true', focusable: 'false' },
    h('path', { d: paths[kind] ?? '' }),
  );
}

/** INJECTED. One row of the current layout's LazyColumn: a display-contents wrapper around the card. */
export function viewCurrentCard(
  card: CardData,
  cls: ClassMap,
  labels: ClientLabels,
  options: CurrentCardOptions,
): Elem {
  const moreLabel =
    options.moreActionsLabel === 'named'
      ? fillName(labels.moreActionsNamed, card.name)
      : labels.moreActionsGeneric;
  return h(
    'div',
    { 'data-display-contents': 'true' },
    h(
      'div',
      { componentkey: `ConnectionCard_${card.index}-${card.cardId}`, class: cls.card },
      h(
        'a',
        { 'data-view-name': 'connections-profile', href: card.href, class: cls.photoLink, tabindex: '-1' },
        card.photoUrl
          ? h('img', {
              src: card.photoUrl,
              alt: card.name,
              class: cls.photo,
              width: '56',
              height: '56',
              loading: 'lazy',
            })
          : h('div', { class: cls.ghost, 'aria-hidden': 'true' }),
      ),
      h(
        'div',
        { class: cls.details },
        h(
          'p',
          { class: cls.nameLine },
          h(
            'a',
            { 'data-view-name': 'connections-profile', href: card.href, class: cls.nameLink },
            card.name,
          ),
        ),
        card.headline === '' ? null : h('p', { class: cls.headline }, card.headline),
        h('p', { class: cls.date }, card.dateText),
      ),
      h(
        'div',
        { class: cls.actions },
        h(
          'button',
          {
            type: 'button',
            class: cls.messageButton,
            'aria-label': fillName(labels.messageNamed, card.name),
          },
          viewIcon('message'),
          h('span', null, labels.message),
        ),
        h(
          'button',
          {
            type: 'button',
            class: cls.moreButton,
            'aria-label': moreLabel,
            'aria-haspopup': 'menu',
            'aria-expanded': 'false',
          },
          viewIcon('dots'),
        ),
      ),
    ),
  );
}

/** INJECTED. The card menu of the current layout, portalled to <body>. */
export function viewCurrentMenu(cls: ClassMap, labels: ClientLabels): Elem {
  return h(
    'div',
    { role: 'menu', class: cls.menu, tabindex: '-1' },
    h(
      'div',
      { role: 'menuitem', tabindex: '0', class: cls.menuItem },
      viewIcon('remove'),
      h('span', null, labels.removeConnection),
    ),
  );
}

/** INJECTED. The current layout's confirmation: a native <dialog> (no role attribute), opened with showModal(). */
export function viewCurrentDialog(
  texts: DialogTexts,
  cls: ClassMap,
  labels: ClientLabels,
  open: boolean,
): Elem {
  return h(
    'dialog',
    { class: cls.dialog, 'aria-labelledby': 'connections-remove-question', open: open ? '' : null },
    h(
      'div',
      { class: cls.dialogBody },
      h('button', { type: 'button', class: cls.dismiss, 'aria-label': labels.dismiss }, viewIcon('close')),
      texts.title === '' ? null : h('h2', null, texts.title),
      h(texts.title === '' ? 'h2' : 'p', { id: 'connections-remove-question' }, texts.question),
      h('p', null, texts.note),
    ),
    h(
      'div',
      { class: cls.dialogFooter },
      h('button', { type: 'button', class: cls.secondary }, labels.cancel),
      h(
        'button',
        { type: 'button', class: cls.primary, 'data-view-name': 'connections-remove' },
        labels.confirm,
      ),
    ),
  );
}

/** INJECTED. A classic card (Ember + artdeco). */
export function viewClassicCard(card: CardData, labels: ClientLabels, options: CurrentCardOptions): Elem {
  const moreLabel =
    options.moreActionsLabel === 'named'
      ? fillName(labels.moreActionsNamed, card.name)
      : labels.moreActionsGeneric;
  return h(
    'li',
    { class: 'mn-connection-card artdeco-list__item ember-view', id: `ember${1000 + card.index}` },
    h(
      'a',
      { class: 'mn-connection-card__picture ember-view', href: card.href },
      card.photoUrl
        ? h('img', {
            src: card.photoUrl,
            alt: card.name,
            class: 'presence-entity__image EntityPhoto-circle-5 lazy-image ember-view',
            width: '72',
            height: '72',
          })
        : h('div', { class: 'EntityPhoto-circle-5-ghost-person ghost-person', 'aria-hidden': 'true' }),
    ),
    h(
      'div',
      { class: 'mn-connection-card__details' },
      h(
        'a',
        { class: 'mn-connection-card__link ember-view', href: card.href },
        h('span', { class: 'visually-hidden' }, 'Member’s name'),
        h('span', { class: 'mn-connection-card__name t-16 t-black t-bold' }, card.name),
        h('span', { class: 'visually-hidden' }, 'Member’s occupation'),
        h('span', { class: 'mn-connection-card__occupation t-14 t-black--light t-normal' }, card.headline),
      ),
      h('time', { class: 'time-badge t-12 t-black--light t-normal' }, card.dateText),
    ),
    h(
      'div',
      { class: 'mn-connection-card__action-container' },
      h(
        'button',
        {
          type: 'button',
          class: 'message-anywhere-button artdeco-button artdeco-button--secondary',
          'aria-label': fillName(labels.messageNamed, card.name),
        },
        h('span', { class: 'artdeco-button__text' }, labels.message),
      ),
      h(
        'div',
        {
          class:
            'artdeco-dropdown artdeco-dropdown--placement-bottom artdeco-dropdown--justification-right ember-view',
        },
        h(
          'button',
          {
            type: 'button',
            class:
              'mn-connection-card__dropdown-trigger artdeco-dropdown__trigger artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary',
            'aria-label': moreLabel,
            'aria-expanded': 'false',
          },
          viewIcon('dots'),
        ),
        h('div', {
          class: 'artdeco-dropdown__content artdeco-dropdown--is-dropdown-element',
          'aria-hidden': 'true',
        }),
      ),
    ),
  );
}

/** INJECTED. What an open classic dropdown holds. */
export function viewClassicMenuItems(labels: ClientLabels): Elem {
  return h(
    'div',
    { class: 'artdeco-dropdown__content-inner' },
    h(
      'ul',
      null,
      h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'display-flex align-items-center artdeco-dropdown__item mn-connection-card__dropdown-item',
            'aria-label': labels.removeConnection,
          },
          viewIcon('remove'),
          h('span', null, labels.removeConnection),
        ),
      ),
    ),
  );
}

/** INJECTED. The classic confirmation: an artdeco alertdialog. */
export function viewClassicModal(texts: DialogTexts, labels: ClientLabels): Elem {
  return h(
    'div',
    {
      class:
        'artdeco-modal-overlay artdeco-modal-overlay--layer-confirmation artdeco-modal-overlay--is-top-layer ember-view',
    },
    h(
      'div',
      {
        role: 'alertdialog',
        class: 'artdeco-modal artdeco-modal--layer-confirmation',
        'aria-labelledby': 'dialog-header',
        'aria-describedby': 'dialog-desc',
        tabindex: '-1',
      },
      h(
        'button',
        {
          type: 'button',
          class:
            'artdeco-modal__dismiss artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary',
          'aria-label': labels.dismiss,
        },
        viewIcon('close'),
      ),
      h('div', { class: 'artdeco-modal__header' }, h('h2', { id: 'dialog-header' }, texts.title)),
      h(
        'div',
        { class: 'artdeco-modal__content', id: 'dialog-desc' },
        h('p', null, texts.question),
        h('p', null, texts.note),
      ),
      h(
        'div',
        { class: 'artdeco-modal__actionbar' },
        h(
          'button',
          {
            type: 'button',
            class: 'artdeco-modal__confirm-dialog-btn artdeco-button artdeco-button--secondary',
            'data-test-dialog-secondary-btn': '',
          },
          h('span', { class: 'artdeco-button__text' }, labels.cancel),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'artdeco-modal__confirm-dialog-btn artdeco-button artdeco-button--primary',
            'data-test-dialog-primary-btn': '',
          },
          h('span', { class: 'artdeco-button__text' }, labels.confirm),
        ),
      ),
    ),
  );
}

/** INJECTED. A short status message after an action. */
export function viewToast(text: string, className: string): Elem {
  return h('div', { role: 'status', 'aria-live': 'polite', class: className }, h('p', null, text));
}

/** INJECTED. LinkedIn's account warning banner. */
export function viewBanner(text: string, className: string): Elem {
  return h('div', { role: 'alert', class: className }, h('p', null, text));
}

/** INJECTED. The security check that replaces a page (also served as a page of its own). */
export function viewChallenge(texts: ChallengeTexts): Elem {
  return h(
    'main',
    { class: 'challenge-page', id: 'app__container' },
    h('h1', { class: 'challenge-heading' }, texts.heading),
    h('p', { class: 'challenge-body' }, texts.body),
    h(
      'form',
      { class: 'challenge-form', method: 'post', action: '#' },
      h('button', { type: 'submit', class: 'challenge-submit' }, 'Verify'),
    ),
  );
}

/** LinkedIn's top bar. The "Me" link points at the owner's own profile, like the real one. */
export function viewGlobalNav(className: string): Elem {
  const link = (href: string, text: string) => h('li', null, h('a', { href }, text));
  return h(
    'header',
    { id: 'global-nav', class: className },
    h(
      'nav',
      { 'aria-label': 'Primary Navigation' },
      h(
        'ul',
        null,
        link('/feed/', 'Home'),
        link('/mynetwork/', 'My Network'),
        link('/jobs/', 'Jobs'),
        link('/messaging/', 'Messaging'),
        link('/in/fake-owner/', 'Me'),
      ),
    ),
  );
}

// ---- Node side only ----

const VOID_ELEMENTS = new Set(['img', 'input', 'br', 'hr', 'meta', 'link']);

/** Serialises a tree; text and attribute values are escaped. */
export function toHtml(tree: Tree): string {
  if (typeof tree === 'string') return escapeText(tree);
  const attrs = Object.entries(tree.a)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  if (VOID_ELEMENTS.has(tree.t)) return `<${tree.t}${attrs}>`;
  return `<${tree.t}${attrs}>${tree.c.map(toHtml).join('')}</${tree.t}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
