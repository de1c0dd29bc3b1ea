import { createRng, type Rng } from './random';
import { asciiSlugPart } from './search';
import type { ExtraPerson, FakePerson } from './types';
import {
  COMPANIES,
  CREDENTIALS,
  LATIN_FIRST,
  LATIN_LAST,
  NAME_EMOJI,
  ROLES,
  SCRIPT_GROUPS,
  TOPICS,
  TRAP_HEADLINES,
  TURKISH_FIRST,
  TURKISH_HEADLINES,
  TURKISH_LAST,
  type ScriptGroup,
} from './name-pools';

/**
 * Deterministic people for the fake: a function of (size, seed) only, in LinkedIn's default
 * order (most recently connected first). 30,000 people generate in a few tens of milliseconds.
 */

export const MAX_PEOPLE = 30_000;
/** The newest generated connection date. Fixed, so the same seed gives the same people on any day. */
export const NEWEST_CONNECTION = '2026-10-15';
const SPAN_DAYS = 12 * 365;
/** Mass-connection bursts: a conference day, and a week of accepting a backlog of invitations. */
const BURSTS = [
  { share: 0.07, from: '2019-05-14', days: 1 },
  { share: 0.05, from: '2022-09-05', days: 5 },
];

/**
 * People every generated list starts from (when it is long enough), so tests can count on the
 * hard cases being there: percent-encoded slugs, a member id, a same-name trio, credentials
 * after a comma, emoji, Arabic and CJK.
 */
const SIGNATURE_PEOPLE: ReadonlyArray<Omit<ExtraPerson, 'connectedOn' | 'profileUrl'>> = [
  { firstName: 'Zoë', lastName: 'Müller', slug: 'zo%C3%AB-m%C3%BCller-3b' },
  { firstName: 'José', lastName: 'Ñúñez', slug: 'jos%C3%A9-%C3%B1%C3%BA%C3%B1ez' },
  { firstName: 'Łukasz', lastName: 'Żółć', slug: 'lukasz-zolc-28a1b3' },
  { firstName: 'Jane', lastName: 'Roe, PMP', slug: 'janeroe' },
  { firstName: 'Alex', lastName: 'Kim', slug: 'alex-kim-1a2b3c' },
  { firstName: 'Alex', lastName: 'Kim', slug: 'ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g' },
  { firstName: 'Alex', lastName: 'Kim', slug: 'alexkim' },
  { firstName: 'محمد', lastName: 'العلي', slug: 'mohammed-alali-5123' },
  { firstName: '小明', lastName: '王', name: '王小明', slug: 'ACoAAC9fRt2BqW8xYz1KmN4pLs7Vd3Hj6GcUe0a' },
  { firstName: 'Sam', lastName: 'Taylor 🚀', slug: 'samtaylor' },
  { firstName: 'Ayşe', lastName: 'Yılmaz', slug: 'ay%C5%9Fe-y%C4%B1lmaz' },
  { firstName: 'Emma', lastName: 'Smith, MBA, CFA', slug: 'emma-smith-mba' },
];

export function generatePeople(size: number, seed: number): FakePerson[] {
  if (!Number.isInteger(size) || size < 0 || size > MAX_PEOPLE) {
    throw new RangeError(`generatePeople: size must be an integer from 0 to ${MAX_PEOPLE}, got ${size}.`);
  }
  if (!Number.isFinite(seed))
    throw new RangeError(`generatePeople: seed must be a finite number, got ${seed}.`);
  const rng = createRng(seed);
  const slugs = new SlugRegistry();
  const people: FakePerson[] = [];
  const signatures = size >= 40 ? SIGNATURE_PEOPLE : [];
  // Signature people take evenly spread places in the generation order; their dates stay random.
  const signatureAt = new Map(
    signatures.map((p, i) => [Math.floor(((i + 0.5) * size) / signatures.length), p]),
  );
  for (const signature of signatures) slugs.claim(signature.slug!); // before any drawn slug can take one
  const days: number[] = [];
  for (let i = 0; i < size; i++) {
    const signature = signatureAt.get(i);
    const day = drawConnectedDay(rng);
    days.push(day);
    const connectedOn = isoDay(day);
    if (signature) {
      people.push(
        personFrom({ ...signature, slug: signature.slug!, headline: drawHeadline(rng), connectedOn }),
      );
      continue;
    }
    const twin = people.length > 10 && rng.chance(0.02) ? rng.pick(people) : null;
    const name = twin
      ? { firstName: twin.firstName, lastName: twin.lastName, name: twin.name }
      : drawName(rng);
    const slug = drawSlug(rng, name, slugs); // drawn unique, so already registered
    people.push(
      personFrom({
        firstName: name.firstName,
        lastName: name.lastName,
        name: name.name,
        slug,
        headline: drawHeadline(rng),
        connectedOn,
      }),
    );
  }
  // LinkedIn's default order is "Recently added"; ties keep generation order.
  const order = people.map((_, i) => i);
  order.sort((a, b) => days[b]! - days[a]! || a - b);
  return order.map((i) => people[i]!);
}

/**
 * Fills in a hand-made person (slug from the name, today-ish date, empty headline) and checks
 * what was given. `slugs` keeps profile keys unique across one list.
 */
export function completePerson(extra: ExtraPerson, slugs: SlugRegistry): FakePerson {
  const firstName = extra.firstName;
  const lastName = extra.lastName;
  if (
    typeof firstName !== 'string' ||
    typeof lastName !== 'string' ||
    `${firstName}${lastName}`.trim() === ''
  ) {
    throw new TypeError(`A fake person needs a firstName and a lastName, got ${JSON.stringify(extra)}.`);
  }
  const name = extra.name ?? `${firstName} ${lastName}`.trim();
  let slug = extra.slug ?? (extra.profileUrl ? slugFromProfileUrl(extra.profileUrl) : undefined);
  if (slug === undefined) slug = slugs.unique(asciiSlugPart(name) || 'member');
  else slugs.claim(slug);
  const connectedOn = extra.connectedOn ?? NEWEST_CONNECTION;
  if (!isIsoDate(connectedOn)) {
    throw new RangeError(
      `Fake person ${name}: connectedOn must be a real date written YYYY-MM-DD, got "${connectedOn}".`,
    );
  }
  return personFrom({ slug, firstName, lastName, name, headline: extra.headline ?? '', connectedOn });
}

function personFrom(fields: Omit<FakePerson, 'profileUrl' | 'name'> & { name?: string }): FakePerson {
  return {
    slug: fields.slug,
    profileUrl: `https://www.linkedin.com/in/${fields.slug}/`,
    firstName: fields.firstName,
    lastName: fields.lastName,
    name: fields.name ?? `${fields.firstName} ${fields.lastName}`,
    headline: fields.headline,
    connectedOn: fields.connectedOn,
  };
}

/** The identity LinkedIn gives a slug: decoded, case-insensitive; member ids are case-sensitive. */
export function profileKeyOf(slug: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(slug))
    return slug.startsWith('ACo') && slug.length >= 13 ? slug : slug.toLowerCase(); // the common case, fast
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape is kept as written: it is still one person's slug.
  }
  decoded = decoded.normalize('NFC');
  return /^ACo[A-Za-z0-9_-]{10,}$/.test(decoded) ? decoded : decoded.toLowerCase();
}

/** Keeps profile keys unique; the same key twice would be the same person. */
export class SlugRegistry {
  private readonly keys = new Set<string>();

  claim(slug: string): void {
    if (slug === '' || /[\s/?#]/.test(slug))
      throw new RangeError(`"${slug}" is not a profile slug (no spaces, slashes, ? or #).`);
    const key = profileKeyOf(slug);
    if (this.keys.has(key)) throw new RangeError(`Two fake people share the profile slug "${slug}".`);
    this.keys.add(key);
  }

  /** `base`, or `base-2`, `base-3`... whichever is free. */
  unique(base: string): string {
    let slug = base;
    let key = profileKeyOf(slug);
    for (let n = 2; this.keys.has(key); n++) {
      slug = `${base}-${n}`;
      key = profileKeyOf(slug);
    }
    this.keys.add(key);
    return slug;
  }

  has(slug: string): boolean {
    return this.keys.has(profileKeyOf(slug));
  }
}

function slugFromProfileUrl(url: string): string {
  const match = /\/in\/([^/?#]+)/.exec(url);
  if (!match?.[1])
    throw new RangeError(`"${url}" is not a LinkedIn profile URL (https://www.linkedin.com/in/<slug>/).`);
  return match[1];
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

type DrawnName = Pick<FakePerson, 'firstName' | 'lastName' | 'name'> & { roman?: string };

function drawName(rng: Rng): DrawnName {
  const roll = rng.next();
  let firstName: string;
  let lastName: string;
  let name: string | undefined;
  let roman: string | undefined;
  if (roll < 0.1) {
    firstName = rng.pick(TURKISH_FIRST);
    lastName = rng.pick(TURKISH_LAST);
  } else if (roll < 0.2) {
    const group: ScriptGroup = rng.pick(SCRIPT_GROUPS);
    const [first, firstRoman] = rng.pick(group.firsts);
    const [last, lastRoman] = rng.pick(group.lasts);
    firstName = first;
    lastName = last;
    roman = `${firstRoman} ${lastRoman}`;
    if (group.order === 'last-first-joined') name = `${last}${first}`;
    if (group.order === 'last-first-spaced') name = `${last} ${first}`;
  } else {
    firstName = rng.pick(LATIN_FIRST);
    lastName = rng.pick(LATIN_LAST);
  }
  if (rng.chance(0.06)) lastName = `${lastName}, ${rng.pick(CREDENTIALS)}`;
  else if (rng.chance(0.03)) lastName = `${lastName} ${rng.pick(NAME_EMOJI)}`;
  return { firstName, lastName, name: name ?? `${firstName} ${lastName}`, ...(roman ? { roman } : {}) };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function drawSlug(rng: Rng, name: DrawnName, slugs: SlugRegistry): string {
  if (rng.chance(0.08)) {
    let id = 'ACoAA';
    while (id.length < 39) id += BASE64URL[rng.int(0, 63)];
    return slugs.unique(id);
  }
  const plainName = name.name.split(',')[0] ?? name.name;
  const nonAscii = /[^\x00-\x7f]/.test(plainName);
  const suffix = rng.int(0, 0xffffff).toString(16);
  if (nonAscii && rng.chance(name.roman ? 0.2 : 0.4)) {
    // A vanity slug in the member's own letters, percent-encoded UTF-8 as LinkedIn writes it.
    const own = plainName
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    return slugs.unique(encodeURIComponent(rng.chance(0.5) ? `${own}-${suffix}` : own));
  }
  const ascii = asciiSlugPart(name.roman ?? plainName) || 'member';
  const roll = rng.next();
  if (roll < 0.6) return slugs.unique(`${ascii}-${suffix}`);
  if (roll < 0.8) return slugs.unique(ascii.replace(/-/g, ''));
  if (roll < 0.97) return slugs.unique(ascii);
  // A few members chose capitals; LinkedIn treats slugs case-insensitively.
  return slugs.unique(
    ascii
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
  );
}

function drawHeadline(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.05) return '';
  if (roll < 0.055) return rng.pick(TRAP_HEADLINES);
  if (roll < 0.08) return rng.pick(TURKISH_HEADLINES);
  if (roll < 0.6) return `${rng.pick(ROLES)} at ${rng.pick(COMPANIES)}`;
  if (roll < 0.85) return `${rng.pick(ROLES)} | ${rng.pick(TOPICS)} | ${rng.pick(TOPICS)}`;
  if (roll < 0.95) return `${rng.pick(ROLES)} @ ${rng.pick(COMPANIES)}`;
  return `🚀 ${rng.pick(ROLES)} · ${rng.pick(TOPICS)} ✨`;
}

const DAY_MS = 86_400_000;
const NEWEST_DAY = Date.parse(`${NEWEST_CONNECTION}T00:00:00Z`) / DAY_MS;

/** A connection day, in days since 1970-01-01. */
function drawConnectedDay(rng: Rng): number {
  const roll = rng.next();
  let share = 0;
  for (const burst of BURSTS) {
    share += burst.share;
    if (roll < share) return Date.parse(`${burst.from}T00:00:00Z`) / DAY_MS + rng.int(0, burst.days - 1);
  }
  // More recent years are denser: networks grow.
  return NEWEST_DAY - Math.floor(SPAN_DAYS * Math.pow(rng.next(), 1.3));
}

const isoDays = new Map<number, string>();

function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}
