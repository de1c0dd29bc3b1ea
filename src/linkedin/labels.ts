/**
 * Visible texts QuietPrune reads on the Connections page, per LinkedIn display language.
 *
 * Structure comes first (selectors.ts, removal-targets.ts, page-finders.ts): the card by its
 * profile link, the More actions button by `aria-expanded`, the menu by its tie to that button, the
 * dialog by `dialog[open]`, the confirm button by `data-view-name`. A label is a cross-check of what
 * structure found, and the handle itself only where the markup offers nothing else (the menu's
 * "Remove connection" item; a confirm button without data attributes).
 *
 * Every string here comes from docs/linkedin-dom.md (Languages), which gives its public source;
 * none is invented. A label marked unverified there lives in `unverified`: it may confirm a
 * structural match or exclude a Cancel button, never find an element alone. For a language with
 * no table (`labelsFor` returns null) the steps without a structural handle are left to the
 * person's click (hands-on), and the labels learned from those clicks (`withLearned`) are used
 * afterwards inside the same structural checks.
 */
export interface PageLabels {
  /** The base language code these labels are for ("en", "pt"). */
  lang: string;
  /** The menu item, found with it inside the menu the card's own button opened. */
  removeConnection: readonly string[];
  /** Confirm buttons, whole text. Never anything that could match "Cancel". */
  confirm: readonly string[];
  loadMore: readonly string[];
  /** Start of a More actions aria-label ("More actions for Jane Roe" / "Show more actions"). */
  moreActions: readonly RegExp[];
  /** The More actions labels that name someone; group 1 is the name. */
  moreActionsFor: readonly RegExp[];
  searchPlaceholder: readonly string[];
  /** Cancel buttons: a confirm matcher skips them, a cancel clicks them. */
  cancel: readonly string[];
  /** Seen in one tool only, or in an older layout: cross-checks, never the only handle. */
  unverified: UnverifiedLabels;
}

export interface UnverifiedLabels {
  removeConnection: readonly string[];
  /** Words a confirm button's text contains ("Supprimer"). */
  confirmContains: readonly string[];
  moreActions: readonly RegExp[];
  cancel: readonly string[];
}

const NONE: UnverifiedLabels = { removeConnection: [], confirmContains: [], moreActions: [], cancel: [] };

/** A language with no label known: structure alone decides, and learned labels add to it. */
const EMPTY: PageLabels = {
  lang: '',
  removeConnection: [],
  confirm: [],
  loadMore: [],
  moreActions: [],
  moreActionsFor: [],
  searchPlaceholder: [],
  cancel: [],
  unverified: NONE,
};

const ENGLISH: PageLabels = {
  lang: 'en',
  removeConnection: ['Remove connection'],
  confirm: ['Remove connection', 'Remove'],
  loadMore: ['Load more', 'Show more results'],
  moreActions: [/^More actions for /i, /^Show more actions$/i, /^Click to see more actions$/i],
  moreActionsFor: [/^More actions for (.+)$/is],
  searchPlaceholder: ['Search by name'],
  cancel: ['Cancel', 'Dismiss'],
  unverified: NONE,
};

const TURKISH: PageLabels = {
  lang: 'tr',
  removeConnection: ['Bağlantıyı kaldır', 'Bağlantıdan çıkar'],
  confirm: ['Bağlantıyı kaldır', 'Kaldır'],
  loadMore: ['Daha fazla', 'Daha fazla sonuç', 'Daha fazla sonuç göster'],
  moreActions: [/ için diğer işlemler$/i, /^Diğer işlemler$/i],
  moreActionsFor: [/^(.+) için diğer işlemler$/is],
  searchPlaceholder: ['İsme göre ara'],
  cancel: ['İptal', 'Vazgeç'],
  unverified: NONE,
};

/** Portuguese: the menu item, the confirm and Cancel are confirmed; the More actions label is not. */
const PORTUGUESE: PageLabels = {
  ...EMPTY,
  lang: 'pt',
  removeConnection: ['Remover conexão'],
  confirm: ['Remover conexão'],
  cancel: ['Cancelar'],
  // One tool matched the English label on a Portuguese page.
  unverified: { ...NONE, moreActions: ENGLISH.moreActions },
};

/** French: "Supprimer la relation" from the older layout; everything else seen once only. */
const FRENCH: PageLabels = {
  ...EMPTY,
  lang: 'fr',
  removeConnection: ['Supprimer la relation'],
  unverified: {
    removeConnection: ['Retirer la relation'],
    confirmContains: ['Supprimer', 'Retirer'],
    moreActions: [/^Plus d[’']actions/i],
    cancel: ['Annuler'],
  },
};

const BY_LANGUAGE: Record<string, PageLabels> = { en: ENGLISH, tr: TURKISH, pt: PORTUGUESE, fr: FRENCH };

/** LinkedIn's legacy ISO 639 codes, still in some `<html lang>` values. */
const LEGACY_CODES: Readonly<Record<string, string>> = { in: 'id', iw: 'he', ji: 'yi' };

/**
 * The base language of an `<html lang>` value: "pt-BR", "pt_BR" and "PT" are "pt"; legacy "in"
 * and "iw" are "id" and "he"; an empty value is English (LinkedIn's default).
 */
export function baseLanguage(lang: string): string {
  const base = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === '') return 'en';
  return LEGACY_CODES[base] ?? base;
}

/** Labels for a page's `<html lang>` value ("en", "en-US", "tr_TR"), or null if QuietPrune has none. */
export function labelsFor(lang: string): PageLabels | null {
  return BY_LANGUAGE[baseLanguage(lang)] ?? null;
}

export const KNOWN_LANGUAGES = Object.keys(BY_LANGUAGE);

/**
 * Labels learned from the person's own clicks in hands-on mode (storage `learnedLabels`), for one
 * language: the menu item they chose, and the confirm button whose click removed the person.
 */
export interface LearnedLabels {
  removeConnection: readonly string[];
  confirm: readonly string[];
}

/**
 * The labels to use on a page: the language's table (or an empty one for a language without a
 * table) with what was learned on this person's own pages added. Learned labels are used exactly
 * where verified ones are, inside the same structural checks (the menu tied to the card's button,
 * a new dialog naming the person), so they can never widen what a click may hit.
 */
export function withLearned(lang: string, learned: LearnedLabels | undefined): PageLabels {
  const base = labelsFor(lang) ?? { ...EMPTY, lang: baseLanguage(lang) };
  if (!learned) return base;
  const cancel = [...base.cancel, ...base.unverified.cancel];
  // A learned "confirm" that is a known Cancel would be a misreading: never kept.
  const confirm = learned.confirm.filter((label) => !textIs(label, cancel));
  return {
    ...base,
    removeConnection: unique([...base.removeConnection, ...learned.removeConnection]),
    confirm: unique([...base.confirm, ...confirm]),
  };
}

const unique = (labels: readonly string[]) =>
  [...new Set(labels.map(foldText))].map((folded) => labels.find((l) => foldText(l) === folded)!);

/** Whitespace folded and trimmed, lower-cased: how labels are compared. */
export function foldText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** Compares visible text loosely: whitespace folded, case-insensitive, whole text. */
export function textIs(text: string | null | undefined, candidates: readonly string[]): boolean {
  const folded = foldText(text);
  return candidates.some((c) => foldText(c) === folded);
}

/** Does the text contain one of these words (folded)? For unverified cross-checks only. */
export function textContains(text: string | null | undefined, words: readonly string[]): boolean {
  const folded = foldText(text);
  return words.some((w) => folded.includes(foldText(w)));
}

/** Is this a Cancel button's text, by any label QuietPrune has for the language (verified or not)? */
export function isCancelText(text: string | null | undefined, labels: PageLabels): boolean {
  return textIs(text, labels.cancel) || textIs(text, labels.unverified.cancel);
}
