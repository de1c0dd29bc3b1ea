import { describe, expect, it } from 'vitest';
import {
  dialogNamesPerson,
  givenNameForms,
  searchNameFor,
  namesakeAmong,
} from '../../src/linkedin/removal-dialog';

/** The second lock of a removal: the confirmation must name the person whose card was chosen. */
const dialog = (given: string) =>
  `Remove ${given} as a connection? ${given} won't be notified by LinkedIn that they were removed from your connections. Cancel Remove connection`;

describe('dialogNamesPerson', () => {
  it('accepts the first name of a Western name, with diacritics, credentials or emoji', () => {
    expect(dialogNamesPerson(dialog('Jane'), 'Jane Roe, PMP')).toBe(true);
    expect(dialogNamesPerson(dialog('Zoë'), 'Zoë Müller')).toBe(true);
    expect(dialogNamesPerson(dialog('Łukasz'), 'Łukasz Żółć')).toBe(true);
    expect(dialogNamesPerson(dialog('Sam'), 'Sam Taylor 🚀')).toBe(true);
    expect(dialogNamesPerson(dialog('محمد'), 'محمد العلي')).toBe(true);
  });

  it('accepts the given name of East Asian names shown family name first, joined or spaced', () => {
    expect(dialogNamesPerson(dialog('小明'), '王小明')).toBe(true);
    expect(dialogNamesPerson(dialog('민준'), '김민준')).toBe(true);
    expect(dialogNamesPerson(dialog('美咲'), '田中 美咲')).toBe(true);
    expect(dialogNamesPerson(dialog('伟'), '王伟')).toBe(true);
  });

  it('refuses a dialog that names someone else', () => {
    expect(dialogNamesPerson(dialog('Alex'), 'Jane Roe, PMP')).toBe(false);
    expect(dialogNamesPerson(dialog('Janet'), 'Jane Roe')).toBe(false);
    expect(dialogNamesPerson(dialog('Jan'), 'Jane Roe')).toBe(false);
    expect(dialogNamesPerson(dialog('小红'), '王小明')).toBe(false);
    expect(dialogNamesPerson(dialog('서연'), '김민준')).toBe(false);
    expect(dialogNamesPerson(dialog('健太'), '田中 美咲')).toBe(false);
    // A longer given name that merely contains ours is someone else too.
    expect(dialogNamesPerson(dialog('大小明'), '王小明')).toBe(false);
  });

  it('refuses when the name is empty', () => {
    expect(dialogNamesPerson(dialog('Jane'), '')).toBe(false);
    expect(givenNameForms('  ')).toEqual([]);
  });

  it('searches for the name without credentials', () => {
    expect(searchNameFor('Emma Smith, MBA, CFA')).toBe('Emma Smith');
    expect(givenNameForms('王小明')).toEqual(['王小明', '小明', '明']);
  });
});

describe('dialogNamesPerson with a full name in the dialog', () => {
  const full = (shown: string) =>
    `Remove ${shown} as a connection? ${shown} won't be notified by LinkedIn that they were removed from your connections. Cancel Remove connection`;

  it('accepts the queued full name, folded, credentials left out or not', () => {
    expect(dialogNamesPerson(full('Jane Roe'), 'Jane Roe')).toBe(true);
    expect(dialogNamesPerson(full('Jane Roe'), 'Jane Roe, PMP')).toBe(true);
    expect(dialogNamesPerson(full('Jane Roe, PMP'), 'Jane Roe, PMP')).toBe(true);
    expect(dialogNamesPerson(full('Zoe Muller'), 'Zoë Müller')).toBe(true);
    expect(dialogNamesPerson(full('Łukasz Żółć'), 'Łukasz Żółć')).toBe(true);
    expect(dialogNamesPerson(full('Jean-Luc Picard'), 'Jean-Luc Picard')).toBe(true);
    expect(dialogNamesPerson(full('Mary Ann Lee'), 'Mary Ann Lee')).toBe(true);
  });

  it('refuses another person who shares the given name', () => {
    expect(dialogNamesPerson(full('Jane Doe'), 'Jane Roe')).toBe(false);
    expect(dialogNamesPerson(full('Jane Roebuck'), 'Jane Roe')).toBe(false);
    expect(dialogNamesPerson(full('Jane Roe Smith'), 'Jane Roe')).toBe(false);
    expect(dialogNamesPerson(full('Mary Ann Lee'), 'Mary Lee')).toBe(false);
    expect(dialogNamesPerson(full('Jane Roe'), 'Jane')).toBe(false);
    // One place with the given name alone does not excuse another that names someone else.
    expect(
      dialogNamesPerson('Remove Jane Doe as a connection? Jane won\u2019t be notified.', 'Jane Roe'),
    ).toBe(false);
  });

  it('reads the given name alone in English and Turkish sentences as before', () => {
    expect(
      dialogNamesPerson(
        'Jane adlı kişiyi bağlantılarınızdan kaldırmak istiyor musunuz? Jane, bağlantılarınızdan kaldırıldığına dair bilgilendirilmeyecek.',
        'Jane Roe',
      ),
    ).toBe(true);
    expect(
      dialogNamesPerson(
        'Ayşe Yılmaz adlı kişiyi bağlantılarınızdan kaldırmak istiyor musunuz?',
        'Ayşe Yılmaz',
      ),
    ).toBe(true);
    expect(
      dialogNamesPerson('Ayşe Kaya adlı kişiyi bağlantılarınızdan kaldırmak istiyor musunuz?', 'Ayşe Yılmaz'),
    ).toBe(false);
    // The title line or the buttons after the name on the next line are not part of it.
    expect(dialogNamesPerson('Remove Jane?\nRemove connection', 'Jane Roe')).toBe(true);
    expect(dialogNamesPerson('Remove Jane\nCancel', 'Jane Roe')).toBe(true);
  });
});

describe('namesakeAmong: another listed person the confirmation cannot tell apart', () => {
  it('finds someone with the same full name, folded (accents, case, spacing, credentials after a comma)', () => {
    expect(namesakeAmong('Jordan Blake', ['Jordan Blakely', 'jordan  BLAKE'])).toBe('jordan  BLAKE');
    expect(namesakeAmong('Zoë Müller', ['Zoe Muller, PhD'])).toBe('Zoe Muller, PhD');
    expect(namesakeAmong('王小明', ['王小明'])).toBe('王小明');
  });

  it('finds nobody when the names differ, even by a given or family name alone', () => {
    expect(namesakeAmong('Jane Roe', ['Jane Roebuck', 'Janet Roe', 'Roe Jane'])).toBeNull();
    expect(namesakeAmong('Jane Roe', [])).toBeNull();
    expect(namesakeAmong('', ['Jane Roe'])).toBeNull();
  });
});
