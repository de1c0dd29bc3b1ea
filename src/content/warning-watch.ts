import { CLASSIC, CURRENT } from '../linkedin/selectors';
import { warningInDocument, warningInText, warningInUrl, type WarningSign } from '../linkedin/warning-signs';

/**
 * Is LinkedIn warning the user right now? The address is checked each time (LinkedIn moves to
 * /checkpoint/ and the like in place, as a single-page app); the text is read once in full, then
 * only what is added outside connection cards, so a 30,000-row page is not re-read every step.
 */
let textSign: WarningSign | null = null;
let observer: MutationObserver | null = null;
let onFirstSign: ((sign: WarningSign) => void) | null = null;

/**
 * Calls `report` once, when a warning is first seen on this page (at once if one is already
 * there), so the worker hears of it even while no removal is looking: between removals, or
 * just after a session ended.
 */
export function reportWarnings(report: (sign: WarningSign) => void): void {
  onFirstSign = report;
  const sign = currentWarning();
  if (sign) report(sign);
}
const CARD = `${CURRENT.card}, ${CLASSIC.card}`;

function startWatching(): void {
  if (observer || !document.body) return;
  textSign = warningInText(document.body.innerText ?? '');
  observer = new MutationObserver((records) => {
    if (textSign) return;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        const element = node instanceof Element ? node : node.parentElement;
        if (!element || element.closest(CARD)) continue;
        const sign = warningInText(node.textContent ?? '');
        if (sign) {
          textSign = sign;
          onFirstSign?.(sign);
          return;
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

export function currentWarning(): WarningSign | null {
  startWatching();
  return warningInUrl(location.href) ?? textSign ?? warningInDocument(document);
}
