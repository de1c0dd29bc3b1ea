import type { ProfileKey } from '../core/connection';
import { companyKey, nameKey } from '../core/person-names';
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
  /** Folded names and companies, each folded once (a file repeats the same few thousand names). */
  private readonly nameKeys = new Map<string, string>();
  private readonly companyKeys = new Map<string, string>();
  private readonly nameKey = (name: string) => memo(this.nameKeys, name, nameKey);
  private readonly companyKey = (company: string) => memo(this.companyKeys, company, companyKey);

  constructor(connections: readonly ExportPerson[], knownPeople: readonly KnownPerson[]) {
    for (const person of connections) {
      this.entry(person.name).connections.push({
        key: person.profileKey,
        company: this.companyKey(person.company),
        fromConnections: true,
      });
    }
    for (const person of knownPeople) {
      this.entry(person.name).known.push({
        key: person.profileKey,
        company: this.companyKey(person.company ?? ''),
        fromConnections: false,
      });
    }
  }

  match(name: string, company?: string): NameMatch {
    const base: NameMatch = { name, profileKey: null, confidence: 'none', candidates: 0 };
    if (company !== undefined && company.trim() !== '') base.company = company.trim();
    const key = this.nameKey(name);
    const entry = this.byName.get(key);
    if (key === '' || entry === undefined) return base;

    const everyone = everyoneIn(entry);
    base.candidates = everyone.count;
    const wantedCompany = this.companyKey(company ?? '');

    if (everyone.count === 1) {
      const atCompany = countAtCompany(entry, wantedCompany);
      const confidence = atCompany.count === 1 ? 'name-and-company' : 'name-only';
      return { ...base, profileKey: everyone.onlyKey, confidence };
    }
    const atCompany = countAtCompany(entry, wantedCompany);
    if (atCompany.count === 1 && atCompany.onlyKey !== null) {
      return { ...base, profileKey: atCompany.onlyKey, confidence: 'name-and-company' };
    }
    return { ...base, confidence: 'ambiguous' };
  }

  /** Keys of everyone with that name: the people whose facts a row we could not attach may belong to. */
  keysNamed(name: string): ProfileKey[] {
    const entry = this.byName.get(this.nameKey(name));
    if (!entry) return [];
    return [...everyoneIn(entry).keys];
  }

  private entry(name: string): NameEntry {
    const key = this.nameKey(name);
    let entry = this.byName.get(key);
    if (!entry) {
      entry = { connections: [], known: [], everyone: null, byCompany: null, companies: null };
      if (key !== '') this.byName.set(key, entry);
    }
    return entry;
  }
}

interface Candidate {
  key: ProfileKey | null;
  company: string;
  fromConnections: boolean;
}

/**
 * Everyone with one folded name. What every lookup needs is worked out once per name, lazily:
 * 40,000 rows sharing a name (a hostile or broken file) must not cost 40,000 scans of 40,000.
 */
interface NameEntry {
  connections: Candidate[];
  known: Candidate[];
  everyone: { count: number; onlyKey: ProfileKey | null; keys: Set<ProfileKey> } | null;
  /** Candidates by company key, and those keys sorted (for "Acme" ~ "Acme Robotics"). */
  byCompany: Map<string, Candidate[]> | null;
  companies: string[] | null;
}

function everyoneIn(entry: NameEntry): { count: number; onlyKey: ProfileKey | null; keys: Set<ProfileKey> } {
  if (entry.everyone) return entry.everyone;
  const keys = new Set<ProfileKey>();
  for (const c of entry.connections) if (c.key !== null) keys.add(c.key);
  for (const c of entry.known) keys.add(c.key!);
  const count = Math.max(entry.connections.length, keys.size);
  entry.everyone = { count, onlyKey: count === 1 && keys.size === 1 ? [...keys][0]! : null, keys };
  return entry.everyone;
}

/**
 * How many people with this name work at `wanted` (or a company it names the start of, or that
 * names its start), and the key when exactly one does. Only "one" or "more than one" matters, so
 * it stops at the second person: each call costs the length of the company name, not the number
 * of people with the name.
 */
function countAtCompany(entry: NameEntry, wanted: string): { count: number; onlyKey: ProfileKey | null } {
  if (wanted === '') return { count: 0, onlyKey: null };
  if (!entry.byCompany) {
    entry.byCompany = new Map();
    for (const c of [...entry.connections, ...entry.known]) {
      if (c.company === '') continue;
      const list = entry.byCompany.get(c.company) ?? [];
      list.push(c);
      entry.byCompany.set(c.company, list);
    }
    entry.companies = [...entry.byCompany.keys()].sort();
  }
  const tally: CompanyTally = { connections: 0, key: null, keys: 0 };
  // Companies that are the start of the wanted one (at least 3 letters), the wanted one itself...
  if (wanted.length < 3) take(entry, wanted, tally);
  for (let length = 3; length <= wanted.length && !enough(tally); length++)
    take(entry, wanted.slice(0, length), tally);
  // ...and companies the wanted one is the start of.
  if (wanted.length >= 3) {
    const companies = entry.companies!;
    for (let i = lowerBound(companies, wanted); i < companies.length && !enough(tally); i++) {
      const company = companies[i]!;
      if (!company.startsWith(wanted)) break;
      if (company !== wanted) take(entry, company, tally);
    }
  }
  const count = Math.max(tally.connections, tally.keys);
  return { count, onlyKey: count === 1 && tally.keys === 1 ? tally.key : null };
}

/** People counted so far at a company: only "none", "one (and who)" or "more" matters. */
interface CompanyTally {
  connections: number;
  key: ProfileKey | null;
  /** Different keys seen, up to 2. */
  keys: number;
}

function enough(t: CompanyTally): boolean {
  return t.connections > 1 || t.keys > 1;
}

function take(entry: NameEntry, company: string, t: CompanyTally): void {
  const list = entry.byCompany!.get(company);
  if (list === undefined) return;
  for (const c of list) {
    if (c.fromConnections) t.connections++;
    if (c.key !== null && c.key !== t.key) {
      t.keys++;
      t.key ??= c.key;
    }
    if (enough(t)) return;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function memo(cache: Map<string, string>, text: string, fold: (text: string) => string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    cache.set(text, folded);
  }
  return folded;
}
