import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../../src/data-export/name-matcher';
import type { ExportPerson } from '../../../src/data-export/types';

function person(name: string, company: string, profileKey: string | null): ExportPerson {
  const [firstName = '', ...rest] = name.split(' ');
  return {
    profileKey,
    profileUrl: profileKey === null ? null : `https://www.linkedin.com/in/${profileKey}/`,
    firstName,
    lastName: rest.join(' '),
    name,
    email: '',
    company,
    position: '',
    connectedOn: null,
  };
}

const network = [
  person('Jane Roe, PMP', 'Acme Corp', 'jane-roe'),
  person('John Smith', 'Globex', 'john-smith-11'),
  person('John Smith', 'Initech', 'john-smith-22'),
  person('Pat Lee', 'Hooli', null), // pre-2023 row: no URL
];

describe('NameMatcher', () => {
  it('attaches a name that belongs to one person, with or without the company', () => {
    const matcher = new NameMatcher(network, []);
    expect(matcher.match('Jane Roe')).toMatchObject({
      profileKey: 'jane-roe',
      confidence: 'name-only',
      candidates: 1,
    });
    expect(matcher.match('Jane Roe', 'Acme Corp.')).toMatchObject({
      profileKey: 'jane-roe',
      confidence: 'name-and-company',
    });
    // A recommendation written years ago names the company of the time: still that one person.
    expect(matcher.match('Jane Roe', 'Old Employer')).toMatchObject({
      profileKey: 'jane-roe',
      confidence: 'name-only',
    });
  });

  it('tells two people of one name apart by company, and never guesses otherwise', () => {
    const matcher = new NameMatcher(network, []);
    expect(matcher.match('John Smith', 'Initech')).toMatchObject({
      profileKey: 'john-smith-22',
      confidence: 'name-and-company',
      candidates: 2,
    });
    expect(matcher.match('John Smith', 'Hooli')).toMatchObject({
      profileKey: null,
      confidence: 'ambiguous',
      candidates: 2,
    });
    expect(matcher.match('John Smith')).toMatchObject({ profileKey: null, confidence: 'ambiguous' });
    expect(matcher.keysNamed('john smith').sort()).toEqual(['john-smith-11', 'john-smith-22']);
  });

  it('says none for a stranger and for an empty name', () => {
    const matcher = new NameMatcher(network, []);
    expect(matcher.match('Zed Nobody', 'Nowhere')).toEqual({
      name: 'Zed Nobody',
      company: 'Nowhere',
      profileKey: null,
      confidence: 'none',
      candidates: 0,
    });
    expect(matcher.match('🚀')).toMatchObject({ confidence: 'none', candidates: 0 });
  });

  it('takes the key of a pre-2023 connection from the known person of that name (one person, not two)', () => {
    const matcher = new NameMatcher(network, [{ profileKey: 'pat-lee-9', name: 'Pat Lee' }]);
    expect(matcher.match('Pat Lee')).toMatchObject({
      profileKey: 'pat-lee-9',
      confidence: 'name-only',
      candidates: 1,
    });
  });

  it('has no key for the only person of a name when nobody knows their URL', () => {
    const matcher = new NameMatcher(network, []);
    expect(matcher.match('Pat Lee')).toMatchObject({ profileKey: null, candidates: 1 });
  });

  it('counts namesakes across both lists: two known John Does with one export row is still two people', () => {
    const matcher = new NameMatcher(
      [person('John Doe', '', null)],
      [
        { profileKey: 'jd-1', name: 'John Doe' },
        { profileKey: 'jd-2', name: 'John Doe' },
      ],
    );
    expect(matcher.match('John Doe')).toMatchObject({
      profileKey: null,
      confidence: 'ambiguous',
      candidates: 2,
    });
  });

  it('counts the same person once when both lists hold them with the same key', () => {
    const matcher = new NameMatcher(network, [
      { profileKey: 'jane-roe', name: 'Jane Roe', company: 'Acme Corp' },
    ]);
    expect(matcher.match('Jane Roe')).toMatchObject({ profileKey: 'jane-roe', candidates: 1 });
  });
});
