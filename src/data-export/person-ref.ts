import type { ProfileKey } from '../core/connection';
import { normaliseProfileUrl } from '../linkedin/profile-url';
import { companyKey, nameKey } from '../core/person-names';

/**
 * Who a row is about: a profile key when the row had a readable profile URL, else the name (and
 * company) it gave, to be matched to a person once every file has been read. (A person already
 * identified is core/connection.ts `PersonRef`.)
 */
export type RowPerson = { kind: 'url'; key: ProfileKey } | { kind: 'name'; name: string; company?: string };

/** A profile URL from the export (with or without scheme: endorsements write `www.linkedin.com/in/x`). */
export function keyFromExportUrl(url: string): ProfileKey | null {
  return url.trim() === '' ? null : (normaliseProfileUrl(url)?.key ?? null);
}

/**
 * The person a row names: by URL when it has one we can read, by name otherwise. `badUrl` is set
 * when a URL was there but was not a profile link (the row then falls back to the name).
 */
export function rowPerson(
  url: string,
  name: string,
  company?: string,
): { ref: RowPerson | null; badUrl: boolean } {
  const key = keyFromExportUrl(url);
  if (key !== null) return { ref: { kind: 'url', key }, badUrl: false };
  const badUrl = url.trim() !== '';
  if (nameKey(name) === '') return { ref: null, badUrl };
  const ref: RowPerson =
    company !== undefined && company.trim() !== '' ? { kind: 'name', name, company } : { kind: 'name', name };
  return { ref, badUrl };
}

/** One string per distinct person reference, for grouping rows about the same person. */
export function refToken(ref: RowPerson): string {
  return ref.kind === 'url' ? `u:${ref.key}` : `n:${nameKey(ref.name)}\u0000${companyKey(ref.company ?? '')}`;
}
