import { FAKE_LANGUAGES } from './labels';
import { MAX_PEOPLE } from './people';
import type { FakeFaults, FakeLinkedInOptions, Layout, WarningMode } from './types';

/** Every option with its default, checked: a typo in a test gets a clear message, not a quiet default. */
export type ResolvedOptions = Required<Omit<FakeLinkedInOptions, 'faults'>> & { faults: FakeFaults };

export const NO_FAULTS: FakeFaults = {
  staleMenu: false,
  recycleRows: false,
  rerenderDuringRemoval: false,
  searchLagMs: 0,
  menuActsOnOther: false,
  alsoRemovesNeighbour: false,
  dialogShowsFullName: false,
};

/** Faults with a change applied, checked: an unknown name or a wrong type throws. */
export function resolveFaults(base: FakeFaults, change: Partial<FakeFaults>): FakeFaults {
  check(typeof change === 'object' && change !== null, 'faults must be an object', change);
  const faults = { ...base };
  for (const [name, value] of Object.entries(change)) {
    check(name in NO_FAULTS, `unknown fault "${name}" (known: ${Object.keys(NO_FAULTS).join(', ')})`, name);
    if (name === 'searchLagMs')
      check(
        typeof value === 'number' && Number.isFinite(value) && value >= 0,
        'faults.searchLagMs must be a number >= 0',
        value,
      );
    else check(typeof value === 'boolean', `faults.${name} must be a boolean`, value);
    (faults as Record<string, unknown>)[name] = value;
  }
  return faults;
}

export function resolveOptions(options: FakeLinkedInOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    layout: options.layout ?? 'current',
    size: options.size ?? 40,
    seed: options.seed ?? 1,
    lang: options.lang ?? 'en',
    extraPeople: options.extraPeople ?? [],
    loadMore: options.loadMore ?? 'scroll',
    pageSize: options.pageSize ?? 40,
    latencyMs: options.latencyMs ?? 150,
    searchDebounceMs: options.searchDebounceMs ?? 300,
    stall: options.stall ?? { every: 0, ms: 0 },
    menuFailsFirstClick: options.menuFailsFirstClick ?? false,
    moreActionsLabel: options.moreActionsLabel ?? 'named',
    faults: resolveFaults(NO_FAULTS, options.faults ?? {}),
    recordFootprint: options.recordFootprint ?? false,
  };
  assertLayout(resolved.layout);
  check(
    Number.isInteger(resolved.size) && resolved.size >= 0 && resolved.size <= MAX_PEOPLE,
    `size must be an integer from 0 to ${MAX_PEOPLE}`,
    resolved.size,
  );
  check(Number.isInteger(resolved.seed), 'seed must be an integer', resolved.seed);
  check(
    FAKE_LANGUAGES.includes(resolved.lang),
    `lang must be one of ${FAKE_LANGUAGES.join(', ')}`,
    resolved.lang,
  );
  check(Array.isArray(resolved.extraPeople), 'extraPeople must be an array', resolved.extraPeople);
  check(
    resolved.loadMore === 'scroll' || resolved.loadMore === 'button',
    "loadMore must be 'scroll' or 'button'",
    resolved.loadMore,
  );
  check(
    Number.isInteger(resolved.pageSize) && resolved.pageSize >= 1 && resolved.pageSize <= 500,
    'pageSize must be an integer from 1 to 500',
    resolved.pageSize,
  );
  check(
    Number.isFinite(resolved.latencyMs) && resolved.latencyMs >= 0,
    'latencyMs must be a number >= 0',
    resolved.latencyMs,
  );
  check(
    Number.isFinite(resolved.searchDebounceMs) && resolved.searchDebounceMs >= 0,
    'searchDebounceMs must be a number >= 0',
    resolved.searchDebounceMs,
  );
  const { every, ms } = resolved.stall;
  check(
    Number.isInteger(every) && every >= 0 && Number.isFinite(ms) && ms >= 0,
    'stall must be { every: integer >= 0, ms: number >= 0 }',
    resolved.stall,
  );
  check(
    typeof resolved.menuFailsFirstClick === 'boolean',
    'menuFailsFirstClick must be a boolean',
    resolved.menuFailsFirstClick,
  );
  check(
    resolved.moreActionsLabel === 'named' || resolved.moreActionsLabel === 'generic',
    "moreActionsLabel must be 'named' or 'generic'",
    resolved.moreActionsLabel,
  );
  check(
    typeof resolved.recordFootprint === 'boolean',
    'recordFootprint must be a boolean',
    resolved.recordFootprint,
  );
  return resolved;
}

export function assertLayout(layout: unknown): asserts layout is Layout {
  check(layout === 'current' || layout === 'classic', "layout must be 'current' or 'classic'", layout);
}

export function assertWarning(kind: unknown): asserts kind is WarningMode {
  check(
    kind === 'none' || kind === 'checkpoint' || kind === 'restricted' || kind === 'login',
    "warning must be 'none', 'checkpoint', 'restricted' or 'login'",
    kind,
  );
}

function check(ok: boolean, rule: string, got: unknown): void {
  if (!ok) throw new RangeError(`FakeLinkedIn: ${rule} (got ${JSON.stringify(got)}).`);
}
