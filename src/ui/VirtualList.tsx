import { Fragment, type ComponentChildren, type Ref } from 'preact';
import { useImperativeHandle, useLayoutEffect, useRef } from 'preact/hooks';
import { useVirtualizer } from './use-virtualizer';

/**
 * A list of fixed-height rows of which only the visible ones (plus a few either side) are in
 * the DOM, so 30,000 people scroll as smoothly as 30. The scroll container fills its parent;
 * give the parent a height.
 *
 * Screen readers still learn the real size: each row gets aria-setsize and aria-posinset.
 */
export interface VirtualListHandle {
  /** Brings row `index` into view (only as far as needed). */
  scrollToIndex: (index: number) => void;
  /**
   * Scrolls row `index` into view and focuses the element `pick` chooses in it, once the row is
   * rendered (it may be far outside the DOM when asked).
   */
  focusRow(index: number, pick: (row: HTMLElement) => HTMLElement | null): void;
  /** The scroll container. */
  element: () => HTMLElement | null;
}

export interface VirtualRowProps {
  index: number;
  /** The first and last index in the DOM now (for a roving tab stop that must stay rendered). */
  rendered: { first: number; last: number };
  /** Positioning and ARIA props: spread them onto the row element. */
  rowProps: {
    style: Record<string, string | number>;
    'aria-setsize': number;
    'aria-posinset': number;
    'data-index': number;
  };
}

interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Stable identity for row `index` (a profile key), so Preact reuses the right row. */
  getKey: (index: number) => string;
  renderRow: (props: VirtualRowProps) => ComponentChildren;
  label: string;
  handle?: Ref<VirtualListHandle> | undefined;
  overscan?: number;
  className?: string;
}

export function VirtualList({
  count,
  rowHeight,
  getKey,
  renderRow,
  label,
  handle,
  overscan = 6,
  className,
}: VirtualListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // No getItemKey: rows never change height, so the virtualizer needs no per-item identity,
    // and asking for 30,000 keys on every search would cost more than the search itself.
    // Preact still keys the rendered rows by `getKey`.
    overscan,
    // The popup opens at a known size: render the first screen on the very first pass,
    // before the ResizeObserver reports, so the first rows paint without a second frame.
    initialRect: { width: 400, height: 12 * rowHeight },
  });

  // A focus request waits here until its row is in the DOM (the virtualizer renders it after
  // the scroll it starts).
  const pendingFocus = useRef<{ index: number; pick: (row: HTMLElement) => HTMLElement | null } | null>(null);
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    const row = want && scrollRef.current?.querySelector<HTMLElement>(`[data-index="${want.index}"]`);
    if (!want || !row) return;
    pendingFocus.current = null;
    want.pick(row)?.focus();
  });

  useImperativeHandle(
    handle ?? null,
    () => ({
      scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
      focusRow: (index, pick) => {
        pendingFocus.current = { index, pick };
        virtualizer.scrollToIndex(index, { align: 'auto' });
        const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
        if (row) {
          pendingFocus.current = null;
          pick(row)?.focus();
        }
      },
      element: () => scrollRef.current,
    }),
    [virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const rendered = { first: items[0]?.index ?? 0, last: items[items.length - 1]?.index ?? -1 };
  return (
    <div ref={scrollRef} class={className} style={{ overflowY: 'auto', height: '100%', contain: 'strict' }}>
      <div
        role="list"
        aria-label={label}
        style={{ position: 'relative', height: `${virtualizer.getTotalSize()}px`, width: '100%' }}
      >
        {items.map((item) => (
          <Fragment key={getKey(item.index)}>
            {renderRow({
              index: item.index,
              rendered,
              rowProps: {
                style: {
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: `${rowHeight}px`,
                  transform: `translateY(${item.start}px)`,
                },
                'aria-setsize': count,
                'aria-posinset': item.index + 1,
                'data-index': item.index,
              },
            })}
          </Fragment>
        ))}
      </div>
    </div>
  );
}
