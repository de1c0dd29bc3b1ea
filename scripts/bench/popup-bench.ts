import type { Page } from 'playwright';
import type { LoadedExtension } from '../../tests/e2e/harness/extension';
import { openExtensionPage, settle } from './extension-pages';

/**
 * The popup under load, in Chromium: how soon its first rows paint, how fast a search answers a
 * keystroke, and whether scrolling the whole list ever blocks the page.
 *
 * "First rows painted" is the browser's own paint time (Element Timing API) of the element the
 * popup marks `elementtiming="first-rows"`: the first row's name, or the empty state's heading
 * when nobody is stored. It is relative to the page's time origin, the start of the navigation
 * that opens the popup.
 */
const POPUP = 'src/popup/index.html';

export async function firstRowsMs(ext: LoadedExtension): Promise<number> {
  const page = await openExtensionPage(ext, POPUP);
  try {
    return await waitForFirstRows(page);
  } finally {
    await page.close();
  }
}

function waitForFirstRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('The popup painted no rows within 20 s.')), 20_000);
        new PerformanceObserver((list, observer) => {
          const entry = list
            .getEntries()
            .find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'first-rows') as
            (PerformanceEntry & { renderTime: number; loadTime: number }) | undefined;
          if (!entry) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(entry.renderTime || entry.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
}

/**
 * Records every long task of every page from its first script on (run-bench.ts installs it as an
 * init script), so the work a popup does while it loads can be reported too.
 */
export const RECORD_LONG_TASKS = `new PerformanceObserver((list) => (globalThis.__qpLongTasks ??= []).push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });`;

export interface LoadLongTasks {
  count: number;
  longestMs: number;
}

/** Long tasks the page has had since it started loading. */
async function longTasksSoFar(page: Page): Promise<LoadLongTasks> {
  const durations = await page.evaluate(
    () => (globalThis as unknown as { __qpLongTasks?: number[] }).__qpLongTasks ?? [],
  );
  return { count: durations.length, longestMs: Math.max(0, ...durations) };
}

/** Opens the popup and waits until it shows all `expectedRows` rows' worth of list and has gone quiet. */
async function openSettledPopup(ext: LoadedExtension, expectedRows: number): Promise<Page> {
  const page = await openExtensionPage(ext, POPUP);
  await waitForFirstRows(page);
  // The list's real size is on every row (aria-setsize): wait until the whole list is loaded.
  await page.waitForFunction(
    (n) => document.querySelector('[role="listitem"]')?.getAttribute('aria-setsize') === String(n),
    expectedRows,
    { timeout: 60_000, polling: 100 },
  );
  await settle(page);
  return page;
}

export interface KeystrokeTimes {
  perKey: number[];
  median: number;
  worst: number;
  /** Long tasks while the popup loaded, before the first key. */
  whileLoading: LoadLongTasks;
}

/**
 * Types `word` into the search box one key at a time, as a person does, and times each key from
 * its keydown event to the paint that shows its result. The page is watched without knowing how
 * the popup works: after the key's own handlers the next frame is timed, and so is the frame
 * after every later DOM change the key causes (a search that answers late is caught). The next
 * key waits until the page has been quiet for 400 ms.
 */
export async function searchKeystrokes(
  ext: LoadedExtension,
  expectedRows: number,
  word: string,
): Promise<KeystrokeTimes> {
  const page = await openSettledPopup(ext, expectedRows);
  try {
    const whileLoading = await longTasksSoFar(page);
    const search = page.getByRole('searchbox', { name: 'Search connections' });
    await search.focus();
    await page.evaluate(() => {
      interface KeyRecord {
        start: number;
        ends: number[];
      }
      const state = {
        keys: [] as KeyRecord[],
        current: null as KeyRecord | null,
        lastActivity: performance.now(),
      };
      (window as unknown as { __qpBench: typeof state }).__qpBench = state;
      const afterNextPaint = (record: KeyRecord) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            record.ends.push(performance.now());
            state.lastActivity = performance.now();
          }, 0),
        );
      document.addEventListener(
        'keydown',
        (event) => {
          state.current = { start: event.timeStamp, ends: [] };
          state.keys.push(state.current);
          state.lastActivity = performance.now();
        },
        true,
      );
      document.addEventListener('input', () => state.current && afterNextPaint(state.current), true);
      new MutationObserver(() => {
        state.lastActivity = performance.now();
        if (state.current) afterNextPaint(state.current);
      }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    for (const key of word) {
      await page.keyboard.press(key);
      await page.waitForFunction(
        () => {
          const s = (
            window as unknown as { __qpBench: { lastActivity: number; current: { ends: number[] } | null } }
          ).__qpBench;
          return s.current !== null && s.current.ends.length > 0 && performance.now() - s.lastActivity > 400;
        },
        undefined,
        { timeout: 20_000, polling: 50 },
      );
    }
    const value = await search.inputValue();
    if (value !== word) throw new Error(`The search box holds "${value}", not "${word}".`);
    const perKey = await page.evaluate(() =>
      (
        window as unknown as { __qpBench: { keys: Array<{ start: number; ends: number[] }> } }
      ).__qpBench.keys.map((k) => Math.max(...k.ends) - k.start),
    );
    return { perKey, median: median(perKey), worst: Math.max(...perKey), whileLoading };
  } finally {
    await page.close();
  }
}

export interface ScrollRun {
  /** Long tasks while the popup loaded, before scrolling. */
  whileLoading: LoadLongTasks;
  longTasks: number;
  longestTaskMs: number;
  frames: number;
  lastRowShown: number;
  /**
   * The popup's JS heap once the list was scrolled to the end: used bytes after a full garbage
   * collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage), in MB (10^6 bytes).
   */
  heapMb: number;
}

/**
 * Scrolls the whole list from top to bottom, `stepPx` per animation frame (more than a screen,
 * so every frame renders fresh rows: the worst case per frame), counting long tasks (over 50 ms)
 * from the first scroll to 500 ms after the last; then weighs the popup's heap.
 */
export async function scrollWholeList(
  ext: LoadedExtension,
  expectedRows: number,
  stepPx = 3000,
): Promise<ScrollRun> {
  const page = await openSettledPopup(ext, expectedRows);
  try {
    const whileLoading = await longTasksSoFar(page);
    const run = await page.evaluate(
      (step) =>
        new Promise<Omit<ScrollRun, 'whileLoading' | 'heapMb'>>((resolve, reject) => {
          const first = document.querySelector<HTMLElement>('[role="listitem"]');
          let pane: HTMLElement | null = first;
          while (
            pane &&
            !(pane.scrollHeight > pane.clientHeight && getComputedStyle(pane).overflowY === 'auto')
          )
            pane = pane.parentElement;
          if (!pane) return reject(new Error('No scrolling list found.'));
          const tasks: number[] = [];
          const observer = new PerformanceObserver((list) =>
            list.getEntries().forEach((e) => tasks.push(e.duration)),
          );
          observer.observe({ type: 'longtask' });
          let frames = 0;
          const frame = () => {
            frames++;
            pane.scrollTop += step;
            if (pane.scrollTop + pane.clientHeight < pane.scrollHeight - 1)
              return requestAnimationFrame(frame);
            setTimeout(() => {
              observer.disconnect();
              const rows = Array.from(document.querySelectorAll('[role="listitem"]'), (r) =>
                Number(r.getAttribute('aria-posinset')),
              );
              resolve({
                longTasks: tasks.length,
                longestTaskMs: Math.max(0, ...tasks),
                frames,
                lastRowShown: Math.max(0, ...rows),
              });
            }, 500);
          };
          requestAnimationFrame(frame);
        }),
      stepPx,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { ...run, whileLoading, heapMb: usedSize / 1e6 };
  } finally {
    await page.close();
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
