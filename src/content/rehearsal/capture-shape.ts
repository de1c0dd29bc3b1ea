import browser from 'webextension-polyfill';
import { detectLayout } from '../../linkedin/connections-page';
import { pageShapeOf, type PageShape } from '../../linkedin/page-shape';
import { listedPeople } from '../removal/perform-removal';

/**
 * Page diagnosis: the shape of this page now (linkedin/page-shape.ts), with the names of everyone
 * the page lists (and `names`, the people QuietPrune was looking for) masked wherever a label holds
 * them. It leaves nothing in the page: it only reads. The worker hands the shape to an extension
 * page, which shows it before the person saves it.
 */
export function captureShape(failedStep: string, names: readonly string[] = []): PageShape {
  const layout = detectLayout(document);
  const lang = document.documentElement.lang || 'en';
  const listed: string[] = [];
  try {
    if (layout) for (const person of listedPeople(layout, lang).values()) listed.push(person.name);
  } catch {
    // A page QuietPrune cannot read: the second net of page-shape.ts (capitalised words) still masks.
  }
  return pageShapeOf(document, {
    extensionVersion: browser.runtime.getManifest().version,
    layoutGuess: layout,
    failedStep,
    names: [...names, ...listed],
  });
}
