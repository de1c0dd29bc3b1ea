/**
 * Visible texts QuietPrune matches where the markup offers no attribute to hold on to. Only the
 * languages confirmed on the live pages are listed; for any other `<html lang>` the executor
 * stops and says so rather than guess (`labelsFor` returns null).
 */
export interface PageLabels {
  removeConnection: readonly string[];
  /** Confirm buttons. Never anything that could match "Cancel". */
  confirm: readonly string[];
  loadMore: readonly string[];
  /** Start of a More actions aria-label ("More actions for Jane Roe" / "Show more actions"). */
  moreActions: readonly RegExp[];
  /** The More actions labels that name someone; group 1 is the name. */
  moreActionsFor: readonly RegExp[];
  searchPlaceholder: readonly string[];
  cancel: readonly string[];
}

const ENGLISH: PageLabels = {
  removeConnection: ['Remove connection'],
  confirm: ['Remove connection', 'Remove'],
  loadMore: ['Load more', 'Show more results'],
  moreActions: [/^More actions for /i, /^Show more actions$/i, /^Click to see more actions$/i],
  moreActionsFor: [/^More actions for (.+)$/is],
  searchPlaceholder: ['Search by name'],
  cancel: ['Cancel', 'Dismiss'],
};

const TURKISH: PageLabels = {
  removeConnection: ['Bağlantıyı kaldır', 'Bağlantıdan çıkar'],
  confirm: ['Bağlantıyı kaldır', 'Kaldır'],
  loadMore: ['Daha fazla', 'Daha fazla sonuç'],
  moreActions: [/ için diğer işlemler$/i, /^Diğer işlemler$/i],
  moreActionsFor: [/^(.+) için diğer işlemler$/is],
  searchPlaceholder: ['İsme göre ara'],
  cancel: ['İptal', 'Vazgeç', 'Kapat'],
};

const BY_LANGUAGE: Record<string, PageLabels> = { en: ENGLISH, tr: TURKISH };

/** Labels for a page's `<html lang>` value ("en", "en-US", "tr_TR"), or null if unknown. */
export function labelsFor(lang: string): PageLabels | null {
  const base = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_LANGUAGE[base === '' ? 'en' : base] ?? null;
}

export const KNOWN_LANGUAGES = Object.keys(BY_LANGUAGE);

/** Compares visible text loosely: whitespace folded, case-insensitive, whole text. */
export function textIs(text: string | null | undefined, candidates: readonly string[]): boolean {
  const folded = (text ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return candidates.some((c) => c.toLocaleLowerCase() === folded);
}
