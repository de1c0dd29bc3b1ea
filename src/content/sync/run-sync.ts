import type { ContentToBackground } from '../../messages';
import type { CollectedCard } from '../../core/connection';
import { detectLayout, readTotal } from '../../linkedin/connections-page';
import { labelsFor, textIs } from '../../linkedin/labels';
import { findScrollPane } from '../../linkedin/scroll-pane';
import { CLASSIC } from '../../linkedin/selectors';
import { describeWarning } from '../../linkedin/warning-signs';
import { Cancelled, humanPause, pause, waitFor } from '../human-time';
import { isVisible } from '../../linkedin/visibility';
import { currentWarning } from '../warning-watch';
import { CardCollector } from './card-collector';
import {
  judgeCard,
  judgeTotal,
  startJudgement,
  STORED_ORDER_KEPT,
  type FullSyncReason,
  type QuickJudgement,
  type QuickSyncPlan,
} from '../../core/quick-sync';

type SyncFinished = Extract<ContentToBackground, { type: 'sync/finished' }>;

export interface SyncRunOptions {
  syncId: string;
  /** 1 in the store build; smaller in the e2e build to compress human pauses. */
  humanDelayScale: number;
  signal: AbortSignal;
  sendBatch: (cards: CollectedCard[], seen: number, total: number | null) => Promise<void>;
  random?: () => number;
  /** Longest real time without a new person before the sync gives up (loading stalls happen). */
  stallBudgetMs?: number;
  /** A quick sync's plan (core/quick-sync.ts), or null to read the whole list. */
  quick?: QuickSyncPlan | null;
}

type SyncResult = Omit<SyncFinished, 'type' | 'syncId'>;

/**
 * Loads the whole Connections list the way a person would: scroll the list, pause, let it load,
 * press "Load more" when that is what the page offers, and back off when loading stalls. The page's
 * own total is the target, because a stall can look exactly like the end of the list.
 *
 * A quick sync is the same reading with an earlier end: every card read is judged in list order
 * (core/quick-sync.ts), and the sync ends as soon as a run of known people and the total agree.
 * When the judgement says it cannot tell, the reading simply goes on: it was a full sync from the
 * first card (everyone read is stored with this sync's id), so it ends like one.
 */
export async function runSync(options: SyncRunOptions): Promise<SyncResult> {
  const { signal, humanDelayScale: scale } = options;
  const random = options.random ?? Math.random;
  const stallBudgetMs = options.stallBudgetMs ?? 60_000;
  const layout = await waitFor(() => detectLayout(document), 15_000, signal);
  const plan = options.quick ?? null;
  let judgement: QuickJudgement | null = plan ? startJudgement() : null;
  let fullReason: FullSyncReason | null = null;
  /** The first people read, in list order: the order the next quick sync checks against. */
  const top: string[] = [];
  const report = (result: Pick<SyncResult, 'outcome' | 'seen' | 'total' | 'message'>): SyncResult => ({
    ...result,
    ran: judgement?.kind === 'done' ? 'quick' : 'full',
    fullReason,
    cardsRead: result.seen,
    newFound: judgement && judgement.kind !== 'full' ? judgement.newFound : 0,
    knownRun: judgement && judgement.kind !== 'full' ? judgement.run : 0,
    top: [...top],
  });
  if (!layout) {
    return report({
      outcome: 'unrecognised-page',
      seen: 0,
      total: null,
      message:
        'QuietPrune did not recognise this Connections page: LinkedIn may have changed it. Nothing was read.',
    });
  }
  const lang = document.documentElement.lang || 'en';
  const labels = labelsFor(lang);
  const collector = new CardCollector(layout, lang, () => Date.now());
  collector.start(document);
  let total = readTotal(document, layout);
  /**
   * People handed to the worker. "Complete" is judged on this, not on the collector's count: rows
   * that appear while a batch is on its way are read (and counted) at once but sent only with the
   * next batch, and a sync that ended on the read count would leave them unsent.
   */
  let sent = 0;
  const flush = async () => {
    const cards = collector.drain();
    total = readTotal(document, layout) ?? total;
    for (const card of cards) {
      if (top.length < STORED_ORDER_KEPT) top.push(card.profileKey);
      if (plan && judgement?.kind === 'reading')
        judgement = judgeCard(judgement, plan, card.profileKey, total);
    }
    if (plan && judgement?.kind === 'reading') judgement = judgeTotal(judgement, plan, total);
    if (judgement?.kind === 'full') {
      fullReason = judgement.reason; // go on reading: this is a full sync now
      judgement = null;
    }
    if (cards.length === 0) return;
    await options.sendBatch(cards, collector.count, total);
    sent += cards.length;
  };

  try {
    let idleSince = performance.now();
    let backoffMs = 1_000;
    for (;;) {
      const warning = currentWarning();
      if (warning) {
        await flush();
        return report({
          outcome: 'warning',
          seen: collector.count,
          total,
          message: describeWarning(warning),
        });
      }
      await flush();
      if (judgement?.kind === 'done') {
        return report({
          outcome: 'complete',
          seen: collector.count,
          total,
          message: `Found ${judgement.newFound} new, then ${judgement.run} known people in a row.`,
        });
      }
      if (total !== null && sent >= total) {
        if (judgement) {
          // Read to the end without meeting the run: what was read is everyone, a full sync.
          fullReason = { code: 'end-of-list' };
          judgement = null;
        }
        return report({
          outcome: 'complete',
          seen: collector.count,
          total,
          message: `Read all ${collector.count} connections.`,
        });
      }
      if (collector.count > sent) continue; // rows read while the batch was on its way: send them first
      const before = collector.count;
      const pane = findScrollPane(document);
      const step =
        (pane === document.scrollingElement ? window.innerHeight : pane.clientHeight) *
        (0.6 + random() * 0.3);
      pane.scrollBy({ top: step });
      await humanPause(350 + random() * 750, scale, signal);
      pressLoadMore(layout, labels?.loadMore ?? []);
      await waitFor(() => (collector.count > before ? true : null), 1_500, signal);
      if (collector.count > before) {
        idleSince = performance.now();
        backoffMs = 1_000;
        continue;
      }
      if (!atBottom(pane)) continue; // still scrolling through rows already read
      if (performance.now() - idleSince > stallBudgetMs) {
        await flush();
        const message =
          total === null
            ? `Read ${collector.count} connections, but the page shows no total, so QuietPrune cannot tell whether that is all. Nobody was marked gone.`
            : `Loading stopped at ${collector.count} of ${total}. LinkedIn stalls at times: press Sync again later to continue. Nobody was marked gone.`;
        return report({ outcome: 'stalled', seen: collector.count, total, message });
      }
      // Looks like the end, but may be a stall: nudge the list up and down after a growing pause.
      await pause(backoffMs, signal);
      backoffMs = Math.min(backoffMs * 2, 8_000);
      pane.scrollBy({ top: -Math.round(step / 2) });
      await humanPause(300, scale, signal);
      pane.scrollBy({ top: step });
    }
  } catch (error) {
    if (error instanceof Cancelled) {
      await flush().catch(() => {});
      return report({
        outcome: 'stopped',
        seen: collector.count,
        total,
        message: `Sync paused at ${collector.count}${total === null ? '' : ` of ${total}`}. Press Sync to continue.`,
      });
    }
    throw error;
  } finally {
    collector.stop();
  }
}

function atBottom(pane: Element): boolean {
  return pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 8;
}

function pressLoadMore(layout: 'current' | 'classic', loadMoreTexts: readonly string[]): void {
  const candidates =
    layout === 'classic'
      ? Array.from(document.querySelectorAll<HTMLButtonElement>(CLASSIC.loadMore))
      : Array.from(document.querySelectorAll<HTMLButtonElement>('button')).filter((b) =>
          textIs(b.textContent, loadMoreTexts),
        );
  const button = candidates.find((b) => isVisible(b) && !b.disabled);
  button?.click();
}
