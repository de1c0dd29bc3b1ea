import { describe, expect, it } from 'vitest';
import { dialogNamesPerson, givenNameForms, searchNameFor } from '../../src/linkedin/removal-dialog';

/** The second lock of a removal: the confirmation must name the person whose card was chosen. */
const dialog = (given: string) => `Remove ${given} as a connection? ${given} won't be notified by LinkedIn that they were removed from your connections. Cancel Remove connection`;

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
