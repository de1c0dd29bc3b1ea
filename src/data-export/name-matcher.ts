import type { ProfileKey } from '../core/connection';
import { companyKey, nameKey } from './person-names';
import type { ExportPerson, KnownPerson, NameMatch } from './types';

/**
 * Ties a name (and maybe a company) from a file without URLs to one person, and says how sure
 * that is. Only a name that belongs to exactly one person in the user's network is attached; two
 * people with the name is 'ambiguous' unless the company tells them apart, and is never attached.
 *
 * The network is the export's own Connections.csv plus the people QuietPrune already knows. The
 * two lists overlap (mostly the same people), so the number of people with a name is the larger
 * of the two counts, not their sum: a pre-2023 Connections.csv row "Jane Roe" (no URL) and a known
 * "Jane Roe" with a key are one person, and that key is the match.
 */
export class NameMatcher {
  private readonly byName = new Map<string, NameEntry>();

  constructor(connections: readonly ExportPerson[], knownPeople: readonly KnownPerson[]) {
    for (const person of connections) {
      this.entry(person.name).connections.push({ key: person.profileKey, company: companyKey(person.company) });
    }
    for (const person of knownPeople) {
      this.entry(person.name).known.push({ key: person.profileKey, company: companyKey(person.company ?? '') });
    }
  }

  match(name: string, company?: string): NameMatch {
    const base: NameMatch = { name, profileKey: null, confidence: 'none', candidates: 0 };
    if (company !== undefined && company.trim() !== '') base.company = company.trim();
    const entry = this.byName.get(nameKey(name));
    if (nameKey(name) === '' || entry === undefined) return base;

    const everyone = countPeople(entry, () => true);
    base.candidates = everyone.count;
    const wantedCompany = companyKey(company ?? '');
    const sameCompany = (c: string) => wantedCompany !== '' && sameCompanies(c, wantedCompany);

    if (everyone.count === 1) {
      const atCompany = countPeople(entry, sameCompany);
      const confidence = atCompany.count === 1 ? 'name-and-company' : 'name-only';
      return { ...base, profileKey: everyone.onlyKey, confidence };
    }
    const atCompany = countPeople(entry, sameCompany);
    if (atCompany.count === 1 && atCompany.onlyKey !== null) {
      return { ...base, profileKey: atCompany.onlyKey, confidence: 'name-and-company' };
    }
    return { ...base, confidence: 'ambiguous' };
  }

  /** Keys of everyone with that name: the people whose facts a row we could not attach may belong to. */
  keysNamed(name: string): ProfileKey[] {
    const entry = this.byName.get(nameKey(name));
    if (!entry) return [];
    const keys = new Set<ProfileKey>();
    for (const person of [...entry.connections, ...entry.known]) if (person.key !== null) keys.add(person.key);
    return [...keys];
  }

  private entry(name: string): NameEntry {
    const key = nameKey(name);
    let entry = this.byName.get(key);
    if (!entry) {
      entry = { connections: [], known: [] };
      if (key !== '') this.byName.set(key, entry);
    }
    return entry;
  }
}

interface Candidate {
  key: ProfileKey | null;
  company: string;
}

interface NameEntry {
  connections: Candidate[];
  known: Candidate[];
}

/** How many people pass the filter, and the key when that is exactly one person with a known key. */
function countPeople(entry: NameEntry, keep: (company: string) => boolean): { count: number; onlyKey: ProfileKey | null } {
  const connections = entry.connections.filter((c) => keep(c.company));
  const keys = new Set<ProfileKey>();
  for (const c of [...connections, ...entry.known.filter((k) => keep(k.company))]) if (c.key !== null) keys.add(c.key);
  const count = Math.max(connections.length, keys.size);
  return { count, onlyKey: count === 1 && keys.size === 1 ? [...keys][0]! : null };
}

/** "Acme" matches "Acme Robotics" (a company named in a recommendation years ago, then renamed). */
function sameCompanies(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.startsWith(shorter);
}
