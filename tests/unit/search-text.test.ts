import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, queryWords } from '../../src/core/search-text';

describe('foldForSearch', () => {
  it.each([
    ['Jane Doe', 'jane doe'],
    ['José Álvarez', 'jose alvarez'],
    ['François Müller', 'francois muller'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Søren Ørsted', 'soren orsted'],
    ['Æsa', 'aesa'],
    ['Œuvre', 'oeuvre'],
    ['Đorđe', 'dorde'],
    ['Işık Yıldız', 'isik yildiz'],
    ['İSMAİL', 'ismail'],
    ['ÇAĞRI', 'cagri'],
    ['Þóra Guðmundsdóttir', 'thora gudmundsdottir'],
    ['Nguyễn Thị Ánh', 'nguyen thi anh'],
    ['Ĳsbrand', 'ijsbrand'],
    ['Ólafur', 'olafur'],
  ])('%s -> %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('folds composed and decomposed accents alike', () => {
    expect(foldForSearch('Jose\u0301')).toBe(foldForSearch('Jos\u00e9'));
  });

  it.each([
    ['Chinese', '王伟'],
    ['Japanese kana with voicing marks', 'がくせい'],
    ['Korean', '김민준'],
    ['Arabic with harakat', 'مُحَمَّد'],
    ['Hindi', 'प्रिया शर्मा'],
    ['Thai', 'สมชาย'],
  ])('keeps %s as written', (_script, text) => {
    expect(foldForSearch(text)).toBe(text);
  });

  it('still lower-cases Cyrillic and Greek', () => {
    expect(foldForSearch('Иван ПЕТРОВ')).toBe('иван петров');
    expect(foldForSearch('ΟΔΥΣΣΕΥΣ')).toBe('οδυσσευσ');
  });
});

describe('matchesQuery', () => {
  const haystack = foldForSearch('José Álvarez-Núñez, Head of Straße Logistics');

  it('finds a name typed without accents or capitals', () => {
    expect(matchesQuery(haystack, 'jose')).toBe(true);
    expect(matchesQuery(haystack, 'ALVAREZ')).toBe(true);
    expect(matchesQuery(haystack, 'nunez')).toBe(true);
    expect(matchesQuery(haystack, 'strasse')).toBe(true);
  });

  it('finds a name typed with accents', () => {
    expect(matchesQuery(haystack, 'José Núñez')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesQuery(haystack, 'nunez jose')).toBe(true);
    expect(matchesQuery(haystack, 'jose smith')).toBe(false);
  });

  it('matches partial words (typing in progress)', () => {
    expect(matchesQuery(haystack, 'alv')).toBe(true);
  });

  it('matches everything for a blank query', () => {
    expect(matchesQuery(haystack, '')).toBe(true);
    expect(matchesQuery(haystack, '   \t')).toBe(true);
  });

  it('does not reuse a stale query when the query changes', () => {
    expect(matchesQuery(haystack, 'jose')).toBe(true);
    expect(matchesQuery(haystack, 'maria')).toBe(false);
    expect(matchesQuery(haystack, 'jose')).toBe(true);
  });

  it('finds CJK names by substring', () => {
    expect(matchesQuery(foldForSearch('王伟 (Wang Wei)'), '王')).toBe(true);
    expect(matchesQuery(foldForSearch('王伟 (Wang Wei)'), 'wei')).toBe(true);
  });

  it('splits the query on any whitespace', () => {
    expect(queryWords('  Jane \t  DOE\n')).toEqual(['jane', 'doe']);
  });

  it('checks 30,000 names per keystroke quickly', () => {
    const names = Array.from({ length: 30_000 }, (_, i) => foldForSearch(`Persön Nümber ${i} Łódź`));
    const started = performance.now();
    let hits = 0;
    for (const query of ['p', 'pe', 'per', 'pers', 'perso', 'person n', 'person nu', 'person num 299']) {
      hits = names.filter((name) => matchesQuery(name, query)).length;
    }
    const elapsed = performance.now() - started;
    const expected = Array.from({ length: 30_000 }, (_, i) => String(i)).filter((n) =>
      n.includes('299'),
    ).length;
    expect(hits).toBe(expected);
    // Eight keystrokes over 30,000 names; generous for a slow CI machine, far above what a user would notice.
    expect(elapsed).toBeLessThan(500);
  });
});
