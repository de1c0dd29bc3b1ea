import type { BackgroundToContent, RemovalOutcome } from '../../messages';
import { performHandsOn } from './hands-on';
import { isHandOff, performRemoval } from './perform-removal';

type Order = Extract<BackgroundToContent, { type: 'removal/perform' }>;

/**
 * One removal order, in the mode it needs. Hands-on when the session is (the person chose "I
 * click"); automatic otherwise, until a step has no handle QuietPrune knows in the page's language
 * (the menu's "Remove connection" item, or a confirm button without data attributes, in a language
 * with no label verified or learned). Automatic mode then hands the removal over before any
 * irreversible click, and the person makes those clicks while QuietPrune watches with every lock,
 * learning the words of the controls they chose for the next removals (issue 14). A check is a
 * search either way.
 */
export async function runRemoval(order: Order): Promise<RemovalOutcome> {
  if (order.clicks === 'hands-on' && order.mode === 'remove') return performHandsOn(order);
  const result = await performRemoval(order);
  return isHandOff(result) ? performHandsOn(order) : result;
}
