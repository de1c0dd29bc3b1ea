import type { CollectedCard } from '../../core/connection';
import { cardProfile, readCard, type PageLayout } from '../../linkedin/connections-page';
import { CLASSIC, CURRENT } from '../../linkedin/selectors';

/**
 * Collects cards as they appear. The current layout is virtualised (rows scrolled past leave
 * the DOM) and the classic one grows to thousands of rows, so reading the whole list each round
 * is both lossy and quadratic. Instead a MutationObserver hands over only the cards that were
 * added or changed, each is read once, and people are remembered by profile key.
 */
export class CardCollector {
  private readonly seen = new Set<string>();
  /** Read since the last drain, with the card element (to hand them over in list order). */
  private pending: Array<{ card: CollectedCard; element: Element }> = [];
  /** Cards that were in the DOM before their content was: read again at the next drain. */
  private readonly unreadable = new Set<Element>();
  private readonly observer: MutationObserver;
  private readonly cardSelector: string;
  private lastProblem = '';

  constructor(
    private readonly layout: PageLayout,
    private readonly lang: string,
    private readonly now: () => number,
    private readonly onNewCards: () => void = () => {},
  ) {
    this.cardSelector = layout === 'current' ? CURRENT.card : CLASSIC.card;
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(root: ParentNode & Node = document): void {
    root.querySelectorAll(this.cardSelector).forEach((card) => this.consider(card));
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
  }

  stop(): void {
    this.observer.disconnect();
  }

  /** How many different people were read so far. */
  get count(): number {
    return this.seen.size;
  }

  has(profileKey: string): boolean {
    return this.seen.has(profileKey);
  }

  /** Takes the people read since the last drain (retrying cards that were not ready before). */
  drain(): CollectedCard[] {
    for (const card of Array.from(this.unreadable)) {
      this.unreadable.delete(card);
      if (card.isConnected) this.consider(card);
    }
    const out = this.pending;
    this.pending = [];
    // In list order (document order): a card read late (it was not ready) or a batch of mutations
    // in another order must not look like a reordered list to a quick sync (core/quick-sync.ts).
    out.sort((a, b) =>
      a.element.isConnected && b.element.isConnected
        ? a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1
        : 0,
    );
    return out.map((read) => read.card);
  }

  get unreadableCount(): number {
    return this.unreadable.size;
  }

  get problem(): string {
    return this.lastProblem;
  }

  private onMutations(records: MutationRecord[]): void {
    const before = this.seen.size;
    for (const record of records) {
      if (record.type === 'attributes') {
        const card = (record.target as Element).closest?.(this.cardSelector);
        if (card) this.consider(card);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) {
          const card = node.parentElement?.closest(this.cardSelector);
          if (card) this.consider(card);
          continue;
        }
        const owner = node.closest(this.cardSelector);
        if (owner) this.consider(owner);
        else node.querySelectorAll(this.cardSelector).forEach((card) => this.consider(card));
      }
    }
    if (this.seen.size > before) this.onNewCards();
  }

  private consider(card: Element): void {
    const known = cardProfile(card, this.layout);
    if (known && this.seen.has(known.key)) return; // read once: the cheap href check comes first
    const reading = readCard(card, this.layout, this.lang, this.now());
    if (!reading.card) {
      this.unreadable.add(card);
      this.lastProblem = reading.problem ?? '';
      return;
    }
    this.unreadable.delete(card);
    if (this.seen.has(reading.card.profileKey)) return;
    this.seen.add(reading.card.profileKey);
    this.pending.push({ card: reading.card, element: card });
  }
}
