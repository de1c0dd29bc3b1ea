/**
 * The footprint recorder (option `recordFootprint`): a script the Connections page runs first, in
 * its own world, that writes down everything in the page the page itself did not do. The
 * zero-footprint test (tests/e2e/page-footprint.test.ts) holds QuietPrune to none of it.
 *
 * What it records, from DOMContentLoaded on (before a `document_idle` content script can run;
 * until then the parser builds the page and nothing is recorded):
 * - `mutation`: every node added or removed, attribute changed or text changed anywhere in the
 *   document (inline `style` included) that the page's own script did not make. The page knows
 *   its own: every DOM method and setter of the page's world is wrapped, and a change made inside
 *   one is the page's own only when the code that called it is the page script itself (its stack
 *   frame names `fake-linkedin-page.js`, the page script's sourceURL). A change made between two
 *   such calls came from outside the page's world: a content script's isolated world (which has
 *   DOM wrappers of its own) or the browser. A change made through a wrapped call from other code
 *   of the page's world (a `page.evaluate`, a script an extension put in the page) is foreign too.
 *   Typing, clicks and scrolls the extension makes are not changes themselves: what the page's
 *   own handlers do in answer to them is the page's.
 * - `console`: every call of a `console` method from other than the page script.
 * - `global`: every property of `window` (names and symbols) that was not there when the page
 *   started, and is not the recorder's own accessor.
 * - `stylesheet`: the page's style sheets (how many, their rules, adopted sheets) differ from
 *   what they were at DOMContentLoaded.
 *
 * `window[FOOTPRINT_GLOBAL]()` returns the list (and takes pending records first). A page that
 * did not ask for the recorder has none of this.
 */
export const FOOTPRINT_GLOBAL = '__fakeLinkedInFootprint';
/** The sourceURL of the page's own script: how the recorder tells the page's calls from others. */
export const PAGE_SCRIPT_URL = 'fake-linkedin-page.js';
const RECORDER_URL = 'fake-linkedin-footprint.js';

export interface FootprintEntry {
  kind: 'mutation' | 'console' | 'global' | 'stylesheet';
  /** What changed, readably: "childList <body>: added DIV#x", "attributes <a.card> data-x", ... */
  what: string;
}

export interface FootprintReport {
  entries: FootprintEntry[];
  /** Whether recording had started (DOMContentLoaded passed). */
  started: boolean;
  /** A random id of this page load: the same before and after shows the page was not reloaded. */
  loadId: string;
}

/** The recorder as a script for the page's <head>. */
export function footprintRecorderScript(): string {
  return `(${String(installFootprintRecorder)})(${JSON.stringify({
    globalName: FOOTPRINT_GLOBAL,
    pageUrl: PAGE_SCRIPT_URL,
    recorderUrl: RECORDER_URL,
  })});\n//# sourceURL=${RECORDER_URL}`;
}

/** INJECTED (see views.ts): only its parameters and browser globals. */
function installFootprintRecorder(config: {
  globalName: string;
  pageUrl: string;
  recorderUrl: string;
}): void {
  const entries: Array<{ kind: string; what: string }> = [];
  const loadId = Math.random().toString(36).slice(2);
  const globalsAtStart = new Set<string | symbol>([
    ...Object.getOwnPropertyNames(window),
    ...Object.getOwnPropertySymbols(window),
    config.globalName,
  ]);
  let started = false;
  let depth = 0;
  let sheetsAtStart = '';

  const describeNode = (node: Node | null): string => {
    if (!node) return '?';
    if (node.nodeType === Node.TEXT_NODE) return `#text "${(node.textContent ?? '').slice(0, 40)}"`;
    if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeName;
    const el = node as Element;
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
    return `<${el.tagName.toLowerCase()}${id}${cls}>`;
  };
  const record = (records: MutationRecord[], why: string) => {
    if (!started) return;
    for (const r of records) {
      let what = `${r.type} ${describeNode(r.target)}`;
      if (r.type === 'attributes') what += ` ${r.attributeName}`;
      if (r.addedNodes.length) what += `: added ${[...r.addedNodes].map(describeNode).join(', ')}`;
      if (r.removedNodes.length) what += `: removed ${[...r.removedNodes].map(describeNode).join(', ')}`;
      entries.push({ kind: 'mutation', what: `${what} (${why})` });
    }
  };
  const observer = new MutationObserver((records) => record(records, 'outside the page world'));
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  /** The first frame below the recorder's own that has a script location: the caller. */
  const caller = (): string => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    const stack = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    const frames = stack.split('\n').slice(1);
    for (const frame of frames) {
      if (frame.includes(config.recorderUrl)) continue;
      if (frame.includes('(<anonymous>)') || frame.includes('(native)')) continue; // Array.forEach...
      return frame.trim();
    }
    return 'unknown';
  };
  const fromPage = (frame: string) => frame.includes(config.pageUrl);

  /** Runs one DOM call of the page's world; sorts the changes around it into the page's and others'. */
  function around<T>(run: () => T): T {
    if (depth === 0) record(observer.takeRecords(), 'outside the page world');
    depth++;
    try {
      return run();
    } finally {
      depth--;
      if (depth === 0) {
        const made = observer.takeRecords();
        if (made.length > 0) {
          const by = caller();
          if (!fromPage(by)) record(made, `by ${by}`);
        }
      }
    }
  }

  const interfaces = Object.getOwnPropertyNames(window).filter(
    (name) =>
      /^HTML\w*Element$/.test(name) ||
      [
        'Node',
        'Element',
        'CharacterData',
        'Text',
        'Document',
        'DocumentFragment',
        'ShadowRoot',
        'SVGElement',
        'CSSStyleDeclaration',
        'DOMTokenList',
        'NamedNodeMap',
        'Attr',
        'Range',
      ].includes(name),
  );
  for (const name of interfaces) {
    const proto = (window as unknown as Record<string, { prototype?: object }>)[name]?.prototype;
    if (!proto) continue;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (!descriptor?.configurable) continue;
      if (typeof descriptor.value === 'function') {
        const original = descriptor.value as (...args: unknown[]) => unknown;
        Object.defineProperty(proto, key, {
          ...descriptor,
          value: function (this: unknown, ...args: unknown[]) {
            return around(() => original.apply(this, args));
          },
        });
      } else if (descriptor.set) {
        // Typed as a function value (PropertyDescriptor declares `set` as a method).
        const { set } = descriptor as { set: (this: unknown, value: unknown) => void };
        Object.defineProperty(proto, key, {
          ...descriptor,
          set: function (this: unknown, value: unknown) {
            around(() => set.call(this, value));
          },
        });
      }
    }
  }

  // `element.style.paddingTop = ...`: Chromium keeps the properties of a style on the style
  // object itself, out of any prototype's reach, so the page's world gets its inline styles
  // through a proxy that makes each assignment a wrapped call like the rest.
  for (const proto of [HTMLElement.prototype, SVGElement.prototype]) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'style');
    if (!descriptor?.get) continue;
    const { get } = descriptor as { get: (this: unknown) => unknown };
    Object.defineProperty(proto, 'style', {
      ...descriptor,
      get: function (this: HTMLElement) {
        const style = get.call(this) as CSSStyleDeclaration;
        return new Proxy(style, {
          get: (target, key) => {
            const value = Reflect.get(target, key, target) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
          set: (target, key, value) => around(() => Reflect.set(target, key, value, target)),
        });
      },
    });
  }

  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'group'] as const) {
    const log = console as unknown as Record<string, (...args: unknown[]) => void>;
    const original = log[method]!;
    log[method] = function (this: unknown, ...args: unknown[]) {
      const by = caller();
      if (!fromPage(by)) entries.push({ kind: 'console', what: `console.${method} by ${by}` });
      original.apply(this, args);
    };
  }

  const sheets = (): string =>
    JSON.stringify({
      adopted: document.adoptedStyleSheets.length,
      sheets: [...document.styleSheets].map((sheet) => {
        let rules = '';
        try {
          rules = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
        } catch {
          rules = '(not readable)';
        }
        return `${sheet.ownerNode?.nodeName ?? '-'} ${sheet.href ?? ''} ${sheet.disabled} ${rules}`;
      }),
    });

  function report() {
    record(observer.takeRecords(), 'outside the page world');
    const found = [...entries];
    for (const key of [...Object.getOwnPropertyNames(window), ...Object.getOwnPropertySymbols(window)])
      if (!globalsAtStart.has(key)) found.push({ kind: 'global', what: `window.${String(key)}` });
    if (started && sheets() !== sheetsAtStart)
      found.push({ kind: 'stylesheet', what: 'the page’s style sheets changed' });
    return { entries: found, started, loadId };
  }
  Object.defineProperty(window, config.globalName, { value: report, enumerable: false });

  // The first DOMContentLoaded listener (this script runs first): the parser is done building.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      sheetsAtStart = sheets();
      started = true;
    },
    { once: true },
  );
}
