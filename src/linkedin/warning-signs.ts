/**
 * Signs that LinkedIn is checking, limiting or logging out the account. When any appears,
 * QuietPrune stops at once: carrying on past a warning is how accounts get restricted.
 */
export type WarningKind = 'checkpoint' | 'login' | 'legal' | 'restricted' | 'limit';

const URL_SIGNS: Array<[RegExp, WarningKind]> = [
  [/\/checkpoint\//i, 'checkpoint'],
  [/\/challenge\//i, 'checkpoint'],
  [/\/authwall/i, 'login'],
  [/\/uas\/login/i, 'login'],
  [/^\/login/i, 'login'],
  [/\/(legal|error)\/451/i, 'legal'],
];

const TEXT_SIGNS: Array<[string, WarningKind]> = [
  ['unusual activity', 'restricted'],
  ["verify it's you", 'checkpoint'],
  ['verify it’s you', 'checkpoint'],
  ['security verification', 'checkpoint'],
  ["let's do a quick security check", 'checkpoint'],
  ['temporarily restricted', 'restricted'],
  ['your account has been restricted', 'restricted'],
  ['solve this puzzle', 'checkpoint'],
  ['are you a human', 'checkpoint'],
  ["you've reached the weekly", 'limit'],
  ['you’ve reached the weekly', 'limit'],
  ['out of invitations', 'limit'],
];

/**
 * Elements that are warnings whatever the page's language (ids do not change with it), for the
 * languages whose warning texts QuietPrune does not know.
 */
const ELEMENT_SIGNS: Array<[string, WarningKind]> = [['#ip-fuse-limit-alert__header', 'limit']];

export interface WarningSign {
  kind: WarningKind;
  evidence: string;
}

export function warningInUrl(href: string): WarningSign | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.searchParams.get('status') === '451') return { kind: 'legal', evidence: href };
  for (const [pattern, kind] of URL_SIGNS) {
    if (pattern.test(url.pathname)) return { kind, evidence: url.pathname };
  }
  return null;
}

/** Looks for a warning phrase in page text (pass `document.body.innerText` or a banner's text). */
export function warningInText(text: string): WarningSign | null {
  const lower = text.toLowerCase();
  for (const [phrase, kind] of TEXT_SIGNS) {
    if (lower.includes(phrase)) return { kind, evidence: phrase };
  }
  return null;
}

/** Looks for a warning element in the page (cheap: id lookups). */
export function warningInDocument(root: ParentNode): WarningSign | null {
  for (const [selector, kind] of ELEMENT_SIGNS) {
    const element = root.querySelector(selector);
    if (element) return { kind, evidence: element.textContent?.trim() || selector };
  }
  return null;
}

export function describeWarning(sign: WarningSign): string {
  switch (sign.kind) {
    case 'checkpoint':
      return `LinkedIn is asking you to verify your account (“${sign.evidence}”). QuietPrune stopped. Complete LinkedIn's check yourself, wait a day, then start again.`;
    case 'login':
      return 'LinkedIn is asking you to sign in. QuietPrune stopped. Sign in, then start again.';
    case 'legal':
      return 'LinkedIn answered that this page is unavailable for legal reasons. QuietPrune stopped.';
    case 'restricted':
      return `LinkedIn shows a restriction warning (“${sign.evidence}”). QuietPrune stopped. Do not remove anyone for at least a few days.`;
    case 'limit':
      return `LinkedIn shows a limit banner (“${sign.evidence}”). QuietPrune stopped for today.`;
  }
}
