import { describe, expect, it } from 'vitest';
import { companyKey, displayName, nameKey, splitNameList } from '../../../src/core/person-names';

describe('nameKey', () => {
  it.each([
    ['Jane Roe, PMP', 'jane roe'],
    ['Jane  ROE ', 'jane roe'],
    ['Sam Ray 🚀', 'sam ray'],
    ['Sam 👩🏽‍💻 Ray', 'sam ray'],
    ['José Núñez', 'jose nunez'],
    ['Łukasz Żółć', 'lukasz zolc'],
    ['王 小明', '王 小明'],
    ["Mary O'Neil", 'mary oneil'],
    ['Dr. Jane Roe', 'dr jane roe'],
  ])('%s -> %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('is empty for a name of emoji alone', () => {
    expect(nameKey('🚀✨')).toBe('');
  });
});

describe('displayName', () => {
  it('joins and tidies first and last names', () => {
    expect(displayName('José ', 'Núñez  ')).toBe('José Núñez');
    expect(displayName('Jane', 'Roe, PMP')).toBe('Jane Roe, PMP');
    expect(displayName('', 'Cher')).toBe('Cher');
  });
});

describe('companyKey', () => {
  it('ignores case, punctuation and legal suffixes', () => {
    expect(companyKey('Acme, Inc.')).toBe(companyKey('ACME'));
    expect(companyKey('Müller GmbH')).toBe('muller');
    expect(companyKey('Globex')).not.toBe(companyKey('Initech'));
  });
});

describe('splitNameList', () => {
  it('splits people and keeps credentials with their name', () => {
    expect(splitNameList('Ann Lee, Bob Stone')).toEqual(['Ann Lee', 'Bob Stone']);
    expect(splitNameList('Jane Roe, PMP')).toEqual(['Jane Roe, PMP']);
    expect(splitNameList('Jane Roe, PMP, CFA, Bob Stone')).toEqual(['Jane Roe, PMP, CFA', 'Bob Stone']);
    expect(splitNameList('Cher, Bob Stone')).toEqual(['Cher', 'Bob Stone']);
    expect(splitNameList(' , ')).toEqual([]);
  });
});
