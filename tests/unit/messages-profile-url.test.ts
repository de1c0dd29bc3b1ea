import { describe, expect, it } from 'vitest';
import {
  CollectedCardSchema,
  ContentToBackgroundSchema,
  UiToBackgroundSchema,
  BackgroundToContentSchema,
  isProfileUrl,
} from '../../src/messages';

/**
 * Every message that carries a person carries an https LinkedIn /in/ link whose key is the one the
 * message names. Built on the rules of linkedin/profile-url.ts; a forged message with any other
 * link is refused at the schema, before any handler runs.
 */
const JANE = {
  profileKey: 'jane-roe',
  profileUrl: 'https://www.linkedin.com/in/jane-roe/',
  name: 'Jane Roe',
};

/** Links that are not an https LinkedIn profile link, each with why. */
const NOT_PROFILE_LINKS: Array<[string, string]> = [
  ['javascript:', 'javascript:alert(document.cookie)//https://www.linkedin.com/in/jane-roe/'],
  ['data:', 'data:text/html,<a href="https://www.linkedin.com/in/jane-roe/">x</a>'],
  ['http:', 'http://www.linkedin.com/in/jane-roe/'],
  ['another host', 'https://www.linkedin.com.evil.example/in/jane-roe/'],
  ['a look-alike host', 'https://evil-linkedin.com/in/jane-roe/'],
  ['credentials before the host', 'https://www.linkedin.com@evil.example/in/jane-roe/'],
  ['a user name on the real host', 'https://jane@www.linkedin.com/in/jane-roe/'],
  ['a port', 'https://www.linkedin.com:8443/in/jane-roe/'],
  ['a company page', 'https://www.linkedin.com/company/jane-roe/'],
  ['a search', 'https://www.linkedin.com/search/results/people/?keywords=jane-roe'],
  ['a bare host', 'https://www.linkedin.com/'],
  ['a relative link', '/in/jane-roe/'],
  ['no scheme', 'www.linkedin.com/in/jane-roe/'],
  ['a line break the parser would drop', 'https://www.linked\nin.com/in/jane-roe/'],
  ['empty', ''],
];

function queueAdd(person: Record<string, unknown>) {
  return {
    type: 'queue/add',
    people: [person],
    reason: 'Cleanup',
    warningConfirmed: true,
    confirmedOnTheirOwn: [],
  };
}
function card(person: Record<string, unknown>) {
  return { ...person, headline: 'Engineer', connectedOn: { kind: 'unknown' } };
}
function othersGone(person: Record<string, unknown>) {
  return {
    type: 'removal/result',
    sessionId: 's1',
    profileKey: 'sam-ray',
    mode: 'remove',
    result: { outcome: 'unsure', code: 'others-gone', message: 'Someone else left', othersGone: [person] },
  };
}
function perform(person: Record<string, unknown>) {
  return { type: 'removal/perform', sessionId: 's1', person, mode: 'remove', humanDelayScale: 1, seed: 1 };
}
function keepSet(person: Record<string, unknown>) {
  return { type: 'keep/set', people: [person], keep: true };
}

/** Every schema a person travels in, as [name, does the message with this person parse?]. */
const CARRIERS: Array<[string, (person: Record<string, unknown>) => boolean]> = [
  ['queue/add (PersonRef)', (p) => UiToBackgroundSchema.safeParse(queueAdd(p)).success],
  ['keep/set (PersonRef)', (p) => UiToBackgroundSchema.safeParse(keepSet(p)).success],
  ['removal/perform (PersonRef)', (p) => BackgroundToContentSchema.safeParse(perform(p)).success],
  ['sync/batch card (CollectedCard)', (p) => CollectedCardSchema.safeParse(card(p)).success],
  [
    'sync/batch',
    (p) =>
      ContentToBackgroundSchema.safeParse({
        type: 'sync/batch',
        syncId: 'x',
        cards: [card(p)],
        seen: 1,
        total: 1,
      }).success,
  ],
  [
    'removal/result othersGone (PersonSeen)',
    (p) => ContentToBackgroundSchema.safeParse(othersGone(p)).success,
  ],
];

describe('profile links in messages', () => {
  it.each(CARRIERS)('%s takes an https LinkedIn profile link whose key is the person’s', (_, parses) => {
    expect(parses(JANE)).toBe(true);
    // The forms linkedin/profile-url.ts accepts for the same person: country subdomain, no www, sub-page, encoded slug.
    expect(parses({ ...JANE, profileUrl: 'https://de.linkedin.com/in/jane-roe' })).toBe(true);
    expect(parses({ ...JANE, profileUrl: 'https://linkedin.com/in/Jane-Roe/overlay/contact-info/' })).toBe(
      true,
    );
    expect(
      parses({
        profileKey: 'zoë-müller-3b',
        profileUrl: 'https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/',
        name: 'Zoë',
      }),
    ).toBe(true);
    expect(
      parses({
        profileKey: 'ACoAABx9Yz3kQw12AbCdEfGh',
        profileUrl: 'https://www.linkedin.com/in/ACoAABx9Yz3kQw12AbCdEfGh/',
        name: '王小明',
      }),
    ).toBe(true);
  });

  it.each(CARRIERS)('%s refuses javascript:, data:, http:, other hosts and non-/in/ paths', (_, parses) => {
    for (const [why, url] of NOT_PROFILE_LINKS) {
      expect({ why, parses: parses({ ...JANE, profileUrl: url }) }).toEqual({ why, parses: false });
    }
  });

  it.each(CARRIERS)('%s refuses a link to someone other than the key names', (_, parses) => {
    expect(parses({ ...JANE, profileUrl: 'https://www.linkedin.com/in/sam-ray/' })).toBe(false);
    expect(parses({ ...JANE, profileKey: 'sam-ray' })).toBe(false);
    // Member ids are case-sensitive: a key that differs in case is someone else.
    expect(
      parses({
        profileKey: 'acoaabx9yz3kqw12abcdefgh',
        profileUrl: 'https://www.linkedin.com/in/ACoAABx9Yz3kQw12AbCdEfGh/',
        name: 'x',
      }),
    ).toBe(false);
  });

  it('says which field is wrong, so the router’s refusal names it', () => {
    const bad = UiToBackgroundSchema.safeParse(queueAdd({ ...JANE, profileUrl: 'javascript:alert(1)' }));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['people', 0, 'profileUrl']);
    const mismatched = UiToBackgroundSchema.safeParse(
      queueAdd({ ...JANE, profileUrl: 'https://www.linkedin.com/in/sam-ray/' }),
    );
    expect(mismatched.error!.issues.map((i) => i.path)).toEqual([['people', 0, 'profileUrl']]);
  });

  it('isProfileUrl follows the same rules on its own', () => {
    expect(isProfileUrl(JANE.profileUrl)).toBe(true);
    expect(NOT_PROFILE_LINKS.filter(([, url]) => isProfileUrl(url))).toEqual([]);
  });
});
