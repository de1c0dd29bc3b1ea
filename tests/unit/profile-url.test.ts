import { describe, expect, it } from 'vitest';
import {
  isMemberId,
  isSameProfile,
  normaliseProfileUrl,
  profileUrlForKey,
} from '../../src/linkedin/profile-url';

function keyOf(input: string): string | undefined {
  return normaliseProfileUrl(input)?.key;
}

describe('normaliseProfileUrl: one person, one key', () => {
  it('gives the canonical URL for a plain profile link', () => {
    expect(normaliseProfileUrl('https://www.linkedin.com/in/jane-doe/')).toEqual({
      key: 'jane-doe',
      url: 'https://www.linkedin.com/in/jane-doe/',
    });
  });

  it.each([
    ['case of the slug', 'https://www.linkedin.com/in/Jane-DOE/'],
    ['case of the whole URL', 'HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE/'],
    ['no trailing slash', 'https://www.linkedin.com/in/jane-doe'],
    [
      'a query string',
      'https://www.linkedin.com/in/jane-doe/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA',
    ],
    ['a hash', 'https://www.linkedin.com/in/jane-doe#experience'],
    ['a sub-page', 'https://www.linkedin.com/in/jane-doe/overlay/contact-info/'],
    ['a deeper sub-page', 'https://www.linkedin.com/in/jane-doe/details/experience/?x=1'],
    ['a country subdomain', 'https://de.linkedin.com/in/jane-doe'],
    ['no www', 'https://linkedin.com/in/jane-doe/'],
    ['http', 'http://www.linkedin.com/in/jane-doe/'],
    ['no scheme', 'www.linkedin.com/in/jane-doe'],
    ['no scheme and no www', 'linkedin.com/in/jane-doe/'],
    ['a relative link', '/in/jane-doe/'],
    ['a protocol-relative link', '//www.linkedin.com/in/jane-doe/'],
    ['surrounding whitespace', '  https://www.linkedin.com/in/jane-doe/ \n'],
    ['a percent-encoded ASCII letter', 'https://www.linkedin.com/in/jane%2Ddoe/'],
  ])('ignores %s', (_what, input) => {
    expect(keyOf(input)).toBe('jane-doe');
  });

  it('decodes percent-encoded UTF-8 and lower-cases it', () => {
    expect(normaliseProfileUrl('https://tr.linkedin.com/in/%C3%87A%C4%9ERI-y%C4%B1lmaz/')).toEqual({
      key: 'çağri-yılmaz',
      url: 'https://www.linkedin.com/in/%C3%A7a%C4%9Fri-y%C4%B1lmaz/',
    });
  });

  it('reads lower-case and upper-case percent-encoding as the same person', () => {
    const upper = normaliseProfileUrl('https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/');
    expect(upper).toEqual({
      key: 'zoë-müller-3b',
      url: 'https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/',
    });
    expect(normaliseProfileUrl('https://www.linkedin.com/in/zo%c3%ab-m%c3%bcller-3b')).toEqual(upper);
    // Upper-case letters inside the encoded bytes (Ë, Ü) fold to the same lower-case key.
    expect(normaliseProfileUrl('/in/ZO%C3%8B-M%C3%9CLLER-3B/')).toEqual(upper);
  });

  it('decodes CJK slugs and re-encodes them in the canonical URL', () => {
    expect(normaliseProfileUrl('https://cn.linkedin.com/in/%E7%8E%8B%E4%BC%9F-12345?trk=public')).toEqual({
      key: '王伟-12345',
      url: 'https://www.linkedin.com/in/%E7%8E%8B%E4%BC%9F-12345/',
    });
  });

  it('treats encoded and literal non-ASCII slugs as the same person', () => {
    expect(keyOf('https://www.linkedin.com/in/jürgen-müller')).toBe(
      keyOf('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/'),
    );
  });

  it('treats composed and decomposed accents as the same person (NFC)', () => {
    expect(keyOf('https://www.linkedin.com/in/u%CC%88ber')).toBe('über');
    expect(keyOf('https://www.linkedin.com/in/%C3%BCber')).toBe('über');
  });

  it('keeps the case of member ids, which are case-sensitive', () => {
    expect(keyOf('/in/ACoAABcDeFgHiJ12/')).toBe('ACoAABcDeFgHiJ12');
    expect(keyOf('/in/ACoAABcDeFgHiJ12/')).not.toBe(keyOf('/in/ACoAAbCdEfGhIj12/'));
    expect(isMemberId('ACoAABcDeFgHiJ12')).toBe(true);
    expect(isMemberId('jane-doe')).toBe(false);
  });

  it.each([
    ['a relative link without trailing slash', '/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g'],
    [
      'a query string',
      'https://www.linkedin.com/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g/?miniProfileUrn=x',
    ],
    [
      'a country subdomain and no trailing slash',
      'https://uk.linkedin.com/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g',
    ],
    [
      'a sub-page',
      'https://www.linkedin.com/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g/overlay/contact-info/',
    ],
    ['upper-case /IN/', 'https://www.linkedin.com/IN/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g/'],
  ])('reads a full-length member id (/in/ACoAA...) with %s as one person', (_what, input) => {
    expect(normaliseProfileUrl(input)).toEqual({
      key: 'ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g',
      url: 'https://www.linkedin.com/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g/',
    });
  });

  it('keeps the underscores and hyphens of a member id', () => {
    expect(keyOf('/in/ACoAAB_x-7Yq0BfK3n/')).toBe('ACoAAB_x-7Yq0BfK3n');
  });

  it.each([
    ['a company page', 'https://www.linkedin.com/company/acme/'],
    ['the feed', 'https://www.linkedin.com/feed/'],
    ['a search', 'https://www.linkedin.com/search/results/people/?keywords=jane'],
    ['the connections page', 'https://www.linkedin.com/mynetwork/invite-connect/connections/'],
    ['another host', 'https://example.com/in/jane-doe/'],
    ['a look-alike host', 'https://linkedin.com.evil.com/in/jane-doe/'],
    ['a look-alike host with a prefix', 'https://evillinkedin.com/in/jane-doe/'],
    ['credentials pointing elsewhere', 'https://www.linkedin.com@evil.com/in/jane-doe/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL shaped like a link', 'javascript://www.linkedin.com/in/jane-doe/'],
    ['an ftp URL', 'ftp://www.linkedin.com/in/jane-doe/'],
    ['an empty string', ''],
    ['only whitespace', '   '],
    ['/in/ alone', 'https://www.linkedin.com/in/'],
    ['relative /in/ alone', '/in/'],
    ['broken percent-encoding', 'https://www.linkedin.com/in/%E2%9C/'],
    ['a lone percent sign', 'https://www.linkedin.com/in/jane%/'],
    ['an encoded slash inside the slug', 'https://www.linkedin.com/in/jane%2Fdoe/'],
    ['an encoded space inside the slug', 'https://www.linkedin.com/in/jane%20doe/'],
    ['a path that climbs out of /in/', 'https://www.linkedin.com/in/../company/acme/'],
    ['not a URL at all', 'Jane Doe'],
    ['a school page', 'https://www.linkedin.com/school/mit/'],
    ['an old public profile (/pub/)', 'https://www.linkedin.com/pub/jane-doe/1/23/456'],
    ['a Sales Navigator lead', 'https://www.linkedin.com/sales/lead/ACwAAAbcDeF,NAME_SEARCH,x1y2'],
    ['/in/ further down a path', 'https://www.linkedin.com/mwlite/in/jane-doe'],
    ['/in without a slug', 'https://www.linkedin.com/in'],
    ['a mailto: link', 'mailto:jane@linkedin.com'],
    ['a data: URL', 'data:text/html,/in/jane-doe'],
    [
      'a member id with an encoded slash',
      'https://www.linkedin.com/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g%2Fx',
    ],
  ])('rejects %s', (_what, input) => {
    expect(normaliseProfileUrl(input)).toBeNull();
  });
});

describe('profileUrlForKey', () => {
  it.each(['jane-doe', 'jürgen-müller', 'çağri-yılmaz', '王伟-12345', 'ACoAABcDeFgHiJ12', "o'brien"])(
    'round-trips the key %s',
    (key) => {
      const url = profileUrlForKey(key);
      expect(url.startsWith('https://www.linkedin.com/in/')).toBe(true);
      expect(url.endsWith('/')).toBe(true);
      expect(keyOf(url)).toBe(key);
    },
  );
});

describe('isSameProfile', () => {
  it('matches different spellings of one person', () => {
    expect(isSameProfile('/in/Jane-Doe', 'https://de.linkedin.com/in/jane-doe/overlay/contact-info/')).toBe(
      true,
    );
  });

  it('tells different people apart, even with one slug a prefix of the other', () => {
    expect(isSameProfile('/in/jane-doe/', '/in/jane-doe-1/')).toBe(false);
  });

  it('is false when either side is not a profile link', () => {
    expect(isSameProfile('', '')).toBe(false);
    expect(
      isSameProfile('https://www.linkedin.com/company/acme/', 'https://www.linkedin.com/company/acme/'),
    ).toBe(false);
  });
});
