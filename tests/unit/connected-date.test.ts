import { describe, expect, it } from 'vitest';
import { DATE_LANGUAGES_KNOWN, parseConnectedOn } from '../../src/linkedin/connected-date';

/** 2026-07-15 12:00 UTC: the clock every test reads from. */
const NOW = Date.UTC(2026, 6, 15, 12, 0, 0);

describe('exact dates (current layout)', () => {
  it.each([
    ['en', 'Connected on June 29, 2026', '2026-06-29'],
    ['en', 'Connected on January 1, 2019', '2019-01-01'],
    ['en-US', 'Connected on Feb 29, 2024', '2024-02-29'],
    ['en', '  Connected   on\nMay 3, 2021 ', '2021-05-03'],
    ['en', 'connected on DECEMBER 31, 2025', '2025-12-31'],
    ['tr', '29 Haziran 2026 tarihinde bağlantı kuruldu', '2026-06-29'],
    ['tr-TR', '1 Şubat 2020 tarihinde bağlantı kuruldu', '2020-02-01'],
    ['tr', '30 Ağustos 2018 tarihinde bağlantı kuruldu', '2018-08-30'],
    ['tr', '2 Kasım 2022 tarihinde bağlantı kuruldu', '2022-11-02'],
    ['tr', '15 ARALIK 2023 tarihinde bağlantı kuruldu', '2023-12-15'],
    ['de', 'Verbunden am 29. Juni 2026', '2026-06-29'],
    ['de-DE', 'Verbunden am 3. März 2021', '2021-03-03'],
    ['de-AT', 'Vernetzt seit 7. Jänner 2020', '2020-01-07'],
    ['fr', 'Connecté le 29 juin 2026', '2026-06-29'],
    ['fr-FR', 'Connectés le 1er août 2017', '2017-08-01'],
    ['fr', 'Connecté le 12 février 2016', '2016-02-12'],
    ['es', 'Conectado el 29 de junio de 2026', '2026-06-29'],
    ['es-MX', 'Conectados el 5 de septiembre de 2015', '2015-09-05'],
    ['pt', 'Conectado em 29 de junho de 2026', '2026-06-29'],
    ['pt-BR', 'Conectado em 9 de março de 2024', '2024-03-09'],
    ['nl', 'Verbonden op 29 juni 2026', '2026-06-29'],
    ['nl', 'Verbonden op 4 mrt. 2022', '2022-03-04'],
    ['it', 'Collegato il 29 giugno 2026', '2026-06-29'],
    ['it', 'Collegati il 21 dicembre 2012', '2012-12-21'],
    // Abbreviated month names, with or without a full stop.
    ['en', 'Connected on Jun 29, 2026', '2026-06-29'],
    ['en', 'Connected on Sept 3, 2025', '2025-09-03'],
    ['en', 'Connected on Sep. 3, 2025', '2025-09-03'],
    ['tr', '3 Mar 2024 tarihinde bağlantı kuruldu', '2024-03-03'],
    ['tr-TR', '29 HAZİRAN 2026 TARİHİNDE BAĞLANTI KURULDU', '2026-06-29'],
    ['de', 'Verbunden am 1. Okt. 2025', '2025-10-01'],
    ['fr', 'Connecté le 3 déc. 2024', '2024-12-03'],
    ['es', 'Conectado el 3 de dic. de 2024', '2024-12-03'],
    // The English sentence on a page in another language (an untranslated string).
    ['de', 'Connected on June 29, 2026', '2026-06-29'],
    ['tr', 'Connected on March 2, 2024', '2024-03-02'],
    // No lang attribute: English.
    ['', 'Connected on June 29, 2026', '2026-06-29'],
    // A language without month tables still reads LinkedIn's untranslated English line.
    ['ja', 'Connected on June 29, 2026', '2026-06-29'],
    // Up to a day after "now" is allowed for time zones.
    ['en', 'Connected on July 16, 2026', '2026-07-16'],
  ])('%s: %s', (lang, text, date) => {
    expect(parseConnectedOn(text, lang, NOW)).toEqual({ kind: 'exact', date });
  });

  it('reads day, month and year in any order', () => {
    expect(parseConnectedOn('Connected on 29 June 2026', 'en', NOW)).toEqual({
      kind: 'exact',
      date: '2026-06-29',
    });
    expect(parseConnectedOn('Connected on 2026 June 29', 'en', NOW)).toEqual({
      kind: 'exact',
      date: '2026-06-29',
    });
    expect(parseConnectedOn('Connected on 29th June 2026', 'en', NOW)).toEqual({
      kind: 'exact',
      date: '2026-06-29',
    });
  });

  it('does not depend on the current time for an exact date', () => {
    const later = Date.UTC(2030, 0, 1);
    expect(parseConnectedOn('Connected on June 29, 2026', 'en', later)).toEqual(
      parseConnectedOn('Connected on June 29, 2026', 'en', NOW),
    );
  });

  it('knows at least the languages it promises', () => {
    expect(DATE_LANGUAGES_KNOWN).toEqual(
      expect.arrayContaining(['en', 'tr', 'de', 'fr', 'es', 'pt', 'nl', 'it']),
    );
  });
});

describe('relative dates (classic layout)', () => {
  it.each([
    ['Connected 3 weeks ago', '2026-06-24'],
    ['Connected 1 week ago', '2026-07-08'],
    ['Connected 2 years ago', '2024-07-15'],
    ['Connected a year ago', '2025-07-15'],
    ['Connected 1 day ago', '2026-07-14'],
    ['Connected 10 days ago', '2026-07-05'],
    ['Connected yesterday', '2026-07-14'],
    ['Connected today', '2026-07-15'],
    ['Connected just now', '2026-07-15'],
    ['Connected an hour ago', '2026-07-15'],
    ['Connected 13 hours ago', '2026-07-14'],
    ['Connected 5 minutes ago', '2026-07-15'],
    ['Connected a month ago', '2026-06-15'],
    ['Connected 7 months ago', '2025-12-15'],
    ['connected 2 YEARS ago', '2024-07-15'],
  ])('%s', (text, estimate) => {
    expect(parseConnectedOn(text, 'en', NOW)).toEqual({ kind: 'relative', text, estimate });
  });

  it('counts months back by the calendar and clamps to the end of a shorter month', () => {
    const march31 = Date.UTC(2026, 2, 31, 12);
    expect(parseConnectedOn('Connected a month ago', 'en', march31)).toMatchObject({
      estimate: '2026-02-28',
    });
    const leapDay = Date.UTC(2024, 1, 29, 12);
    expect(parseConnectedOn('Connected 1 year ago', 'en', leapDay)).toMatchObject({ estimate: '2023-02-28' });
  });

  it('estimates from the now it is given', () => {
    const other = Date.UTC(2020, 0, 10, 12);
    expect(parseConnectedOn('Connected 1 day ago', 'en', other)).toMatchObject({ estimate: '2020-01-09' });
  });

  it('keeps the text as shown, with whitespace tidied', () => {
    expect(parseConnectedOn('  Connected  3 weeks ago ', 'en', NOW)).toEqual({
      kind: 'relative',
      text: 'Connected 3 weeks ago',
      estimate: '2026-06-24',
    });
  });
});

describe('unknown is never a guess', () => {
  it.each([
    ['en', ''],
    ['en', '   '],
    // Headlines and other card text.
    ['en', 'Software Engineer at Acme'],
    ['en', 'Speaker at TEDx, 12 March 2024'],
    ['en', 'Founder since June 2019'],
    ['en', 'Connected Cars lead since 12 March 2024'],
    ['es', 'Conectado el 29 de junio de 2026 en Madrid'],
    ['fr', 'Chargée de relations presse depuis le 1er mai 2019'],
    ['de', 'Geschäftsführer seit 1. Mai 2019'],
    // A connected line missing a part, or with too many.
    ['en', 'Connected on June 2026'],
    ['en', 'Connected on June 29'],
    ['en', 'Connected on 29/06/2026'],
    ['en', 'Connected on June 29, 2026 and July 2, 2026'],
    ['en', 'Connected on June 3 12, 2026'],
    ['en', 'Connected on Juno 29, 2026'],
    // Not a calendar date.
    ['en', 'Connected on February 30, 2026'],
    ['en', 'Connected on June 0, 2026'],
    ['en', 'Connected on June 32, 2026'],
    // Before LinkedIn existed, or after now.
    ['en', 'Connected on June 29, 1999'],
    ['en', 'Connected on August 1, 2026'],
    // A language whose month names we do not know.
    ['ja', '2026年6月29日につながりました'],
    ['pl', 'Połączono 29 czerwca 2026'],
    // A month name of another language than the page's, with that language's connected word.
    ['de', 'Connecté le 29 juin 2026'],
    // A month name of the page's language in the English sentence, and the other way round.
    ['en', 'Connected on 29 Haziran 2026'],
    ['tr', '29 June 2026 tarihinde bağlantı kuruldu'],
    ['fr', 'Connecté le 29 June 2026'],
    // More than a day after now.
    ['en', 'Connected on July 17, 2026'],
    // Relative forms we do not understand.
    ['en', 'Connected a while ago'],
    ['en', 'Connected 3 fortnights ago'],
    ['en', 'Connected 3 weeks'],
    ['en', 'Was connected 3 weeks ago by mistake'],
    ['en', 'Connected 900 years ago'],
    ['tr', '3 hafta önce bağlantı kuruldu'],
  ])('%s: %j', (lang, text) => {
    expect(parseConnectedOn(text, lang, NOW)).toEqual({ kind: 'unknown' });
  });

  it('is unknown for a very long text that happens to contain a date', () => {
    const about = `Connected on June 29, 2026. ${'I build things for people. '.repeat(10)}`;
    expect(parseConnectedOn(about, 'en', NOW)).toEqual({ kind: 'unknown' });
  });

  it('is unknown when the clock is not a number, rather than a date from NaN', () => {
    expect(parseConnectedOn('Connected 3 weeks ago', 'en', Number.NaN)).toEqual({ kind: 'unknown' });
  });

  it('does not crash on a relative count too large for a date', () => {
    expect(parseConnectedOn('Connected 99999999999 years ago', 'en', NOW)).toEqual({ kind: 'unknown' });
  });
});
