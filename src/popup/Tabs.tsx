import type { ComponentChildren } from 'preact';

/**
 * The popup's two views as ARIA tabs: Left/Right/Home/End move between them (the WAI-ARIA tabs
 * pattern), and only the selected tab is in the Tab order.
 */
export interface TabSpec<T extends string> {
  id: T;
  label: ComponentChildren;
}

interface TabsProps<T extends string> {
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}

export function tabId(id: string): string {
  return `tab-${id}`;
}
export function panelId(id: string): string {
  return `panel-${id}`;
}

export function Tabs<T extends string>({ tabs, selected, onSelect, label }: TabsProps<T>) {
  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    document.getElementById(tabId(id))?.focus();
  }
  return (
    <div role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          class="tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** The panel a tab shows, tied to its tab (ARIA) and hidden while another tab is selected. */
export function TabPanel({
  id,
  selected,
  children,
}: {
  id: string;
  selected: boolean;
  children: ComponentChildren;
}) {
  return (
    <section class="panel" role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} hidden={!selected}>
      {children}
    </section>
  );
}
