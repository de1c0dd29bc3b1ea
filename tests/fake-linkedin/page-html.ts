import type { ClassMap } from './class-names';
import { createPageRuntime } from './client-runtime';
import { PAGE_SCRIPT_URL } from './footprint-recorder';
import { runClassicPage, type ClassicPageConfig } from './client-classic';
import { runCurrentPage, type CurrentPageConfig } from './client-current';
import { clientLabels, htmlLang, pageTexts, restrictedBannerText, totalHeading } from './labels';
import type { FakePerson, Lang, Layout } from './types';
import {
  fillName,
  h,
  toDom,
  toHtml,
  viewBanner,
  viewChallenge,
  viewClassicCard,
  viewClassicMenuItems,
  viewClassicModal,
  viewCurrentCard,
  viewCurrentDialog,
  viewCurrentMenu,
  viewGlobalNav,
  viewIcon,
  viewToast,
  type CardData,
  type DialogTexts,
  type Tree,
} from './views';

/** The current layout's fixed row height: the virtualiser places rows by it. */
export const ROW_HEIGHT = 96;

export interface ConnectionsPageParts {
  layout: Layout;
  lang: Lang;
  total: number;
  cls: ClassMap;
  /** Cards already in the page (static pages); the live page starts empty and loads them. */
  cards: CardData[];
  restricted: boolean;
  moreActionsLabel: 'named' | 'generic';
  /** Live pages carry their script; static snapshots do not. */
  script: string | null;
  /** The footprint recorder (footprint-recorder.ts), run first in <head>; off unless asked for. */
  recorder?: string | null;
  /** Static snapshots only: the menu or dialog of the first card, open. */
  open?: { kind: 'menu' | 'dialog'; dialog: DialogTexts };
}

export function connectionsPageHtml(parts: ConnectionsPageParts): string {
  const body = parts.layout === 'current' ? currentBody(parts) : classicBody(parts);
  const css = parts.layout === 'current' ? currentCss(parts.cls) : CLASSIC_CSS;
  return htmlDocument(
    parts.lang,
    pageTexts(parts.lang).connectionsTitle,
    css,
    body.map(toHtml).join(''),
    parts.script,
    parts.recorder ?? null,
  );
}

function currentBody(parts: ConnectionsPageParts): Tree[] {
  const { cls, lang } = parts;
  const labels = clientLabels(lang, 'current');
  const cardOptions = { moreActionsLabel: parts.moreActionsLabel };
  const page = h(
    'div',
    { class: cls.page },
    viewGlobalNav(cls.nav),
    h(
      'main',
      { class: cls.main, id: 'workspace' },
      parts.restricted ? viewBanner(restrictedBannerText(lang), cls.banner) : null,
      h(
        'header',
        { class: cls.header, componentkey: 'ConnectionsPage_Header' },
        h('h1', { class: cls.heading }, totalHeading(parts.total, lang, 'current')),
      ),
      h(
        'div',
        { componentkey: 'connectionsListTypeahead_ConnectionsListTypeahead', class: cls.search },
        h('input', {
          type: 'text',
          class: cls.searchInput,
          placeholder: labels.searchPlaceholder,
          'aria-label': labels.searchPlaceholder,
          'data-testid': 'typeahead-input',
          role: 'combobox',
          'aria-expanded': 'false',
          autocomplete: 'off',
        }),
      ),
      h(
        'div',
        { class: cls.pane },
        h(
          'div',
          { 'data-component-type': 'LazyColumn', componentkey: 'ConnectionsPage_ConnectionsList' },
          parts.cards.map((card) => viewCurrentCard(card, cls, labels, cardOptions)),
        ),
        h(
          'div',
          { class: cls.loading, role: 'progressbar', 'aria-label': labels.loading, hidden: '' },
          labels.loading,
        ),
        h('button', { type: 'button', class: cls.loadMore, hidden: '' }, labels.loadMore),
        h('p', { class: cls.empty, hidden: '' }, labels.noResults),
      ),
    ),
    h('footer', null, 'LinkedIn Corporation © 2026'),
  );
  const overlay = parts.open
    ? parts.open.kind === 'menu'
      ? withStyle(viewCurrentMenu(cls, labels), 'top:230px;left:620px')
      : viewCurrentDialog(parts.open.dialog, cls, labels, true)
    : null;
  return overlay ? [page, overlay] : [page];
}

function classicBody(parts: ConnectionsPageParts): Tree[] {
  const { lang } = parts;
  const labels = clientLabels(lang, 'classic');
  const cardOptions = { moreActionsLabel: parts.moreActionsLabel };
  const cards = parts.cards.map((card, i) => {
    const tree = viewClassicCard(card, labels, cardOptions);
    if (i === 0 && parts.open?.kind === 'menu') openClassicDropdown(tree, labels);
    return tree;
  });
  return [
    h(
      'div',
      { class: 'application-outlet' },
      parts.restricted
        ? viewBanner(restrictedBannerText(lang), 'artdeco-global-alert artdeco-global-alert--yield')
        : null,
      viewGlobalNav('global-nav'),
      h(
        'main',
        { class: 'mn-connections-page', id: 'main' },
        h(
          'section',
          { class: 'mn-connections artdeco-card ember-view' },
          h(
            'header',
            { class: 'mn-connections__header' },
            h('h1', { class: 't-18 t-black t-normal' }, totalHeading(parts.total, lang, 'classic')),
          ),
          h(
            'div',
            { class: 'mn-connections__search-container' },
            h(
              'label',
              { for: 'mn-connections-search-input', class: 'visually-hidden' },
              labels.searchPlaceholder,
            ),
            h('input', {
              id: 'mn-connections-search-input',
              type: 'text',
              class: 'mn-connections__search-input ember-text-field ember-view',
              placeholder: labels.searchPlaceholder,
            }),
          ),
          h(
            'div',
            { class: 'scaffold-finite-scroll scaffold-finite-scroll--infinite' },
            h(
              'div',
              {
                class: 'scaffold-finite-scroll__content',
                'data-finite-scroll-hotkey-context': 'CONNECTIONS',
              },
              h('ul', { class: 'display-flex flex-wrap list-style-none' }, cards),
            ),
            h('div', { class: 'artdeco-loader artdeco-loader--small', hidden: '' }, labels.loading),
            h('p', { class: 'mn-connections__empty', hidden: '' }, labels.noResults),
            h(
              'div',
              { class: 'display-flex p5' },
              h(
                'button',
                {
                  type: 'button',
                  class:
                    'scaffold-finite-scroll__load-button artdeco-button artdeco-button--muted artdeco-button--full artdeco-button--secondary ember-view',
                  hidden: parts.script !== null || parts.total <= parts.cards.length ? '' : null,
                },
                h('span', { class: 'artdeco-button__text' }, labels.loadMore),
              ),
            ),
          ),
        ),
      ),
      h(
        'div',
        { id: 'artdeco-modal-outlet' },
        parts.open?.kind === 'dialog' ? viewClassicModal(parts.open.dialog, labels) : null,
      ),
    ),
  ];
}

function withStyle(tree: Tree, style: string): Tree {
  if (typeof tree !== 'string') tree.a.style = style;
  return tree;
}

function openClassicDropdown(card: Tree, labels: ReturnType<typeof clientLabels>): void {
  const visit = (node: Tree): void => {
    if (typeof node === 'string') return;
    if ((node.a.class ?? '').split(' ').includes('artdeco-dropdown__content')) {
      node.a.class += ' artdeco-dropdown__content--is-open';
      node.a['aria-hidden'] = 'false';
      node.c = [viewClassicMenuItems(labels)];
      return;
    }
    node.c.forEach(visit);
  };
  visit(card);
}

// ---- the page script ----

/** Functions the page script embeds by source text; see the INJECTED note in views.ts. */
const SHARED_INJECTED = {
  h,
  toDom,
  fillName,
  viewIcon,
  viewBanner,
  viewToast,
  viewChallenge,
  createPageRuntime,
};

export function currentPageScript(config: CurrentPageConfig): string {
  return pageScript(
    { ...SHARED_INJECTED, viewCurrentCard, viewCurrentMenu, viewCurrentDialog },
    runCurrentPage,
    config,
  );
}

export function classicPageScript(config: ClassicPageConfig): string {
  return pageScript(
    { ...SHARED_INJECTED, viewClassicCard, viewClassicMenuItems, viewClassicModal },
    runClassicPage,
    config,
  );
}

/** Any function: each is sent to the page as its source text. */
type Source = (...args: never[]) => unknown;

function pageScript(functions: Record<string, Source>, main: Source, config: object): string {
  const declarations = Object.entries(functions)
    .map(([name, fn]) => `const ${name} = (${String(fn)});`)
    .join('\n');
  const views = `{ ${Object.keys(functions).join(', ')} }`;
  // `__name` is what esbuild (tsx) emits to keep function names; the page needs a stand-in.
  // The sourceURL names the page's own code in stack traces: the footprint recorder tells the
  // page's own DOM changes from others' by it (footprint-recorder.ts).
  return `(() => {\n"use strict";\nconst __name = (target) => target;\n${declarations}\n(${String(main)})(${jsonForScript(config)}, ${views}, createPageRuntime);\n})();\n//# sourceURL=${PAGE_SCRIPT_URL}`;
}

/** JSON that cannot close the <script> element it sits in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// ---- other pages ----

export function htmlDocument(
  lang: Lang,
  title: string,
  css: string,
  body: string,
  script: string | null = null,
  headScript: string | null = null,
): string {
  return (
    `<!DOCTYPE html>\n<html lang="${htmlLang(lang)}"><head><meta charset="utf-8">` +
    (headScript ? `<script>${headScript}</script>` : '') +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${toHtml(title)}</title><style>${css}</style></head>` +
    `<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>\n`
  );
}

export function simplePageHtml(
  lang: Lang,
  title: string,
  heading: string,
  text: string,
  status = '',
): string {
  const body = [
    viewGlobalNav('global-nav'),
    h(
      'main',
      { id: 'main', class: 'simple-page' },
      h('h1', null, heading),
      h('p', null, text),
      status ? h('p', null, status) : null,
    ),
  ];
  return htmlDocument(lang, title, SIMPLE_CSS, body.map(toHtml).join(''));
}

export function profilePageHtml(lang: Lang, person: FakePerson | null): string {
  if (!person)
    return simplePageHtml(
      lang,
      'Page not found | LinkedIn',
      'This page doesn’t exist',
      'Please check your URL or return to LinkedIn home.',
    );
  const body = [
    viewGlobalNav('global-nav'),
    h(
      'main',
      { id: 'main', class: 'pv-top-card' },
      h('h1', { class: 'text-heading-xlarge' }, person.name),
      h('div', { class: 'text-body-medium' }, person.headline),
    ),
  ];
  return htmlDocument(lang, `${person.name} | LinkedIn`, SIMPLE_CSS, body.map(toHtml).join(''));
}

export function checkpointPageHtml(lang: Lang): string {
  const texts = pageTexts(lang);
  return htmlDocument(
    lang,
    texts.checkpointTitle,
    SIMPLE_CSS,
    toHtml(viewChallenge({ heading: texts.checkpointHeading, body: texts.checkpointBody })),
  );
}

export function loginPageHtml(lang: Lang): string {
  const texts = pageTexts(lang);
  const body = h(
    'main',
    { id: 'main', class: 'login' },
    h('h1', null, texts.loginHeading),
    h('p', null, texts.loginBody),
    h(
      'form',
      { method: 'post', action: '/uas/login-submit' },
      h('input', { id: 'username', name: 'session_key', type: 'text' }),
      h('input', { id: 'password', name: 'session_password', type: 'password' }),
      h('button', { type: 'submit' }, texts.loginHeading),
    ),
  );
  return htmlDocument(lang, texts.loginTitle, SIMPLE_CSS, toHtml(body));
}

// ---- styles ----

const SIMPLE_CSS =
  'body{margin:0;font-family:system-ui,sans-serif;background:#f4f2ee;color:#191919}' +
  '#global-nav{height:52px;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 24px}' +
  '#global-nav ul{display:flex;gap:24px;list-style:none;margin:0;padding:0}a{color:inherit}' +
  'main{max-width:760px;margin:24px auto;background:#fff;border-radius:8px;padding:24px}';

function currentCss(c: ClassMap): string {
  return (
    `*{box-sizing:border-box}body{margin:0;font-family:system-ui,sans-serif;background:#f4f2ee;color:#191919}[hidden]{display:none!important}` +
    `.${c.nav}{height:52px;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 24px}` +
    `.${c.nav} ul{display:flex;gap:24px;list-style:none;margin:0;padding:0}a{color:inherit}` +
    `.${c.main}{max-width:900px;margin:12px auto;background:#fff;border-radius:8px;padding-bottom:8px}` +
    `.${c.header}{padding:14px 24px 6px}.${c.heading}{font-size:16px;font-weight:600;margin:0}` +
    `.${c.search}{padding:6px 24px 10px}.${c.searchInput}{width:100%;height:32px;padding:0 12px;border:1px solid #888;border-radius:4px}` +
    // No scroll anchoring: rows re-rendered in place (a page fault) must not nudge the pane, which closes menus.
    `.${c.pane}{height:calc(100vh - 190px);min-height:320px;overflow-y:auto;position:relative;overflow-anchor:none}` +
    `[data-display-contents="true"]{display:contents}` +
    `.${c.card}{height:${ROW_HEIGHT}px;display:flex;align-items:center;gap:12px;padding:0 24px;border-top:1px solid #e8e8e8;overflow:hidden}` +
    `.${c.photoLink}{flex:none;width:56px;height:56px;border-radius:50%;overflow:hidden;background:#ddd;display:block}` +
    `.${c.photo},.${c.ghost}{width:56px;height:56px;display:block}.${c.ghost}{background:#cfcfcf}` +
    `.${c.details}{flex:1;min-width:0}.${c.details} p{margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}` +
    `.${c.nameLink}{font-weight:600;text-decoration:none}.${c.headline}{font-size:14px;color:#555}.${c.date}{font-size:12px;color:#777}` +
    `.${c.actions}{display:flex;gap:8px;flex:none}.${c.messageButton},.${c.moreButton}{display:flex;align-items:center;gap:4px;background:#fff;border:1px solid #0a66c2;color:#0a66c2;border-radius:16px;padding:4px 12px;cursor:pointer}` +
    `.${c.moreButton}{border:none;border-radius:50%;padding:4px}svg{fill:currentColor}` +
    `.${c.menu}{position:fixed;z-index:1000;width:232px;background:#fff;border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:4px 0}` +
    `.${c.menuItem}{display:flex;align-items:center;gap:8px;padding:10px 16px;cursor:pointer}.${c.menuItem}:hover{background:#eee}` +
    `.${c.dialog}{border:none;border-radius:8px;padding:0;width:min(520px,90vw)}.${c.dialog}::backdrop{background:rgba(0,0,0,.6)}` +
    `.${c.dialogBody}{padding:16px 48px 16px 24px;position:relative}.${c.dialogBody} h2{font-size:20px;margin:0 0 8px}` +
    `.${c.dismiss}{position:absolute;top:8px;right:8px;border:none;background:none;cursor:pointer}` +
    `.${c.dialogFooter}{display:flex;justify-content:flex-end;gap:8px;padding:12px 24px;border-top:1px solid #e8e8e8}` +
    `.${c.primary}{background:#0a66c2;color:#fff;border:none;border-radius:16px;padding:6px 16px;cursor:pointer}` +
    `.${c.secondary}{background:#fff;color:#0a66c2;border:1px solid #0a66c2;border-radius:16px;padding:6px 16px;cursor:pointer}` +
    `.${c.loadMore}{display:block;margin:12px auto;padding:6px 16px}.${c.loading},.${c.empty}{text-align:center;color:#666;padding:12px}` +
    `.${c.toast}{position:fixed;left:24px;bottom:24px;z-index:1100;background:#fff;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:4px 16px;border-radius:8px}` +
    `.${c.banner}{background:#fce2ba;padding:4px 24px;border-bottom:1px solid #e7a33e}` +
    `footer{padding:12px;text-align:center;color:#666;font-size:12px}`
  );
}

const CLASSIC_CSS =
  '*{box-sizing:border-box}body{margin:0;font-family:system-ui,sans-serif;background:#f3f2ef;color:rgba(0,0,0,.9)}[hidden]{display:none!important}' +
  '#global-nav{height:52px;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 24px}' +
  '#global-nav ul{display:flex;gap:24px;list-style:none;margin:0;padding:0}a{color:inherit}' +
  '.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}' +
  '.mn-connections{max-width:900px;margin:24px auto;background:#fff;border-radius:8px}' +
  '.mn-connections__header{padding:16px}.mn-connections__header h1{font-size:18px;font-weight:400;margin:0}' +
  '.mn-connections__search-container{padding:0 16px 8px}#mn-connections-search-input{width:100%;height:32px;padding:0 8px}' +
  '.scaffold-finite-scroll__content ul{list-style:none;margin:0;padding:0}' +
  '.mn-connection-card{display:flex;align-items:center;gap:12px;min-height:96px;padding:12px 16px;border-top:1px solid #e8e8e8}' +
  '.mn-connection-card__picture img,.ghost-person{width:72px;height:72px;border-radius:50%;display:block;background:#cfcfcf}' +
  '.mn-connection-card__details{flex:1;min-width:0}.mn-connection-card__link{display:flex;flex-direction:column;text-decoration:none}' +
  '.mn-connection-card__name{font-weight:600}.mn-connection-card__occupation{font-size:14px;color:#666}.time-badge{font-size:12px;color:#666}' +
  '.mn-connection-card__action-container{display:flex;gap:8px;align-items:center}.artdeco-dropdown{position:relative}' +
  '.artdeco-button{cursor:pointer;background:#fff;border:1px solid #0a66c2;color:#0a66c2;border-radius:16px;padding:4px 12px}' +
  '.artdeco-button--circle{border:none;border-radius:50%;padding:4px}svg{fill:currentColor}' +
  '.artdeco-dropdown__content{display:none;position:absolute;right:0;top:100%;z-index:10;background:#fff;min-width:220px;border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.25)}' +
  '.artdeco-dropdown__content--is-open{display:block}.artdeco-dropdown__content ul{list-style:none;margin:0;padding:4px 0}' +
  '.artdeco-dropdown__item{display:flex;gap:8px;align-items:center;width:100%;background:none;border:none;padding:10px 16px;cursor:pointer;text-align:left}' +
  '.scaffold-finite-scroll__load-button{display:block;width:100%;margin:12px 0}.artdeco-loader,.mn-connections__empty{padding:12px;text-align:center;color:#666}' +
  '.artdeco-modal-overlay{position:fixed;inset:0;z-index:1000;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center}' +
  '.artdeco-modal{position:relative;background:#fff;border-radius:8px;width:min(520px,90vw)}.artdeco-modal__header{padding:16px 48px 8px 24px}' +
  '.artdeco-modal__header h2{margin:0;font-size:20px}.artdeco-modal__content{padding:0 24px 8px}.artdeco-modal__dismiss{position:absolute;top:8px;right:8px}' +
  '.artdeco-modal__actionbar{display:flex;justify-content:flex-end;gap:8px;padding:12px 24px;border-top:1px solid #e8e8e8}' +
  '.artdeco-button--primary{background:#0a66c2;color:#fff}' +
  '.artdeco-toast-item{position:fixed;left:24px;bottom:24px;z-index:1100;background:#fff;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:4px 16px;border-radius:8px}' +
  '.artdeco-global-alert{background:#fce2ba;padding:4px 24px}';
