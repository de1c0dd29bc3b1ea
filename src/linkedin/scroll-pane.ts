import { ANY_PROFILE_LINK } from './selectors';

/**
 * The element to scroll to load more of the list. Some builds scroll the window, others an
 * inner pane. Choosing a pane by its size scrolls the wrong element and stalls for ever; the
 * pane that holds the most profile links is the one LinkedIn listens to.
 */
export function findScrollPane(doc: Document): Element {
  const fallback = doc.scrollingElement ?? doc.documentElement;
  let best: Element = fallback;
  let bestCount = 0;
  const seen = new Set<Element>();
  for (const link of Array.from(doc.querySelectorAll(ANY_PROFILE_LINK))) {
    for (
      let el = link.parentElement;
      el && el !== doc.body && el !== doc.documentElement;
      el = el.parentElement
    ) {
      if (seen.has(el)) break;
      if (isScrollable(el)) {
        seen.add(el);
        const count = el.querySelectorAll(ANY_PROFILE_LINK).length;
        if (count > bestCount) {
          best = el;
          bestCount = count;
        }
        break;
      }
    }
  }
  return best;
}

function isScrollable(el: Element): boolean {
  const style = getComputedStyle(el);
  return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 4;
}
