import type { ProfileKey } from '../core/connection';

/**
 * One person, one key. LinkedIn writes the same profile many ways: with or without scheme or
 * `www.`, a country subdomain, a trailing slash, a query string, percent-encoded UTF-8, mixed
 * case, or a sub-page such as `/in/<slug>/overlay/contact-info/`. Every comparison of people in
 * QuietPrune goes through `normaliseProfileUrl`, so that a removal can only ever match the
 * person who was queued.
 */
export interface NormalisedProfile {
  /** Lower-case decoded vanity slug, or the member id exactly as given (`ACoAA...`). */
  key: ProfileKey;
  /** Canonical form: https://www.linkedin.com/in/<encoded key>/ */
  url: string;
}

/** Member ids are opaque, case-sensitive tokens; vanity slugs are case-insensitive. */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{10,}$/;
const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/i;

/** A lower-case ASCII vanity slug on www.linkedin.com, no query, fragment or sub-page. */
const PLAIN_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/([a-z0-9][a-z0-9-]*)\/?$/;

export function isMemberId(slug: string): boolean {
  return MEMBER_ID.test(slug);
}

/**
 * Returns the key and canonical URL of a profile link, or null when the input is not a link to
 * a LinkedIn member profile (a company page, a search, another site, a malformed URL).
 * Relative links (`/in/jane/`) are read against https://www.linkedin.com.
 */
export function normaliseProfileUrl(input: string): NormalisedProfile | null {
  const text = input.trim();
  if (text === '') return null;
  // The form LinkedIn itself writes (every row of an export): nothing to decode, case or encode,
  // so the result is what the general path below gives, without building a URL object (a 30,000
  // row import spent about 80 ms there).
  const plain = PLAIN_PROFILE_URL.exec(text);
  if (plain) return { key: plain[1]!, url: `https://www.linkedin.com/in/${plain[1]}/` };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : text.startsWith('//')
      ? `https:${text}` // protocol-relative
      : text.startsWith('/')
        ? `https://www.linkedin.com${text}`
        : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!LINKEDIN_HOST.test(url.hostname)) return null;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  // Paths are matched case-insensitively by LinkedIn: /IN/jane is /in/jane.
  if (segments[0]?.toLowerCase() !== 'in' || segments[1] === undefined) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(segments[1]);
  } catch {
    return null; // broken percent-encoding: we cannot be sure who this is
  }
  slug = slug.normalize('NFC').trim();
  if (slug === '' || /[\s/?#]/.test(slug)) return null;
  const key = isMemberId(slug) ? slug : slug.toLowerCase();
  return { key, url: profileUrlForKey(key) };
}

/** The canonical URL for a key; the inverse of `normaliseProfileUrl(...).key`. */
export function profileUrlForKey(key: ProfileKey): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(key)}/`;
}

/** True when both inputs are links to the same person. False when either is not a profile link. */
export function isSameProfile(a: string, b: string): boolean {
  const x = normaliseProfileUrl(a);
  const y = normaliseProfileUrl(b);
  return x !== null && y !== null && x.key === y.key;
}
