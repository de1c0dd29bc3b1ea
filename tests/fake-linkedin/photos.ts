import { hashString } from './random';

/**
 * Profile photos on media.licdn.com. Real photo URLs are signed and expire within weeks, so a
 * stored URL later answers 403: some people here have a fresh URL, some an expired one, some no
 * photo at all (LinkedIn shows a ghost). Which is which follows from the slug, so it is stable.
 */

const FRESH_UNTIL = 4102444800; // 2100-01-01, seconds
const EXPIRED_AT = 1700000000; // 2023-11-14, seconds

export type PhotoKind = 'fresh' | 'expired' | 'none';

export function photoKind(slug: string): PhotoKind {
  const roll = hashString(`${slug}:photo`) % 100;
  return roll < 30 ? 'none' : roll < 45 ? 'expired' : 'fresh';
}

export function photoUrlFor(slug: string): string | null {
  const kind = photoKind(slug);
  if (kind === 'none') return null;
  const hash = hashString(slug).toString(36);
  const expires = kind === 'fresh' ? FRESH_UNTIL : EXPIRED_AT;
  return `https://media.licdn.com/dms/image/v2/D4E03AQ${hash}/profile-displayphoto-shrink_100_100/profile-displayphoto-shrink_100_100/0/1690000000000?e=${expires}&v=beta&t=${hashString(`${slug}:sig`).toString(36)}`;
}

/** The answer for a photo request: an image while the signature is valid, 403 once it expired. */
export function photoResponse(
  url: string,
  now: number,
): { status: number; contentType: string; body: string } {
  let expires = Number.NaN;
  try {
    expires = Number(new URL(url).searchParams.get('e'));
  } catch {
    // an unparsable URL is treated as expired
  }
  if (!Number.isFinite(expires) || expires * 1000 < now) {
    return { status: 403, contentType: 'text/plain', body: 'URL signature expired' };
  }
  const hue = hashString(new URL(url).pathname) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="hsl(${hue},45%,55%)"/><circle cx="50" cy="38" r="18" fill="#fff" opacity=".85"/>` +
    `<ellipse cx="50" cy="90" rx="32" ry="24" fill="#fff" opacity=".85"/></svg>`;
  return { status: 200, contentType: 'image/svg+xml', body: svg };
}
