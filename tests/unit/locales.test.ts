import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH, KEYS_FILE, generateMessageKeys, type MessageEntry } from '../../scripts/message-keys';
import {
  LANGUAGES,
  languageFor,
  resolveLanguage,
  setLanguage,
  t,
  tp,
  type LoadWords,
} from '../../src/ui/i18n';

/**
 * The message files (public/_locales/<lang>/messages.json, docs/i18n.md): every language has every
 * English key with the same placeholders (a translation may reorder them, never drop or add one),
 * the typed keys are generated from the English file as it is now, and t/tp follow Chrome's
 * substitution rules and the language's plural rules.
 */
const LOCALES = resolve(import.meta.dirname, '../../public/_locales');

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const read = (language: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Record<string, Entry>;
const english = read('en');

/** The $NAME$ tokens a message uses, lower-cased (Chrome's placeholder names are case-insensitive). */
const used = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

/** The same files the extension fetches from its own `_locales`, read from the source tree. */
const wordsFromDisk: LoadWords = (language) =>
  Promise.resolve(
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8'),
    ) as Record<string, unknown>,
  );

afterEach(() => setLanguage('en'));

describe('the message files', () => {
  it('are the six languages, each a folder Chrome and Firefox read', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has every English key, no other, with the same placeholders',
    (language) => {
      const messages = read(language);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(messages)) {
        const source = english[key]!;
        expect(entry.placeholders ?? {}, `${language} ${key}`).toEqual(source.placeholders ?? {});
        // Every placeholder a translation writes is declared; none of the English ones is dropped
        // (a `_one` form may leave out the count, as "une" or "ein" can).
        const declared = Object.keys(source.placeholders ?? {}).sort();
        for (const name of used(entry.message)) expect(declared, `${language} ${key}`).toContain(name);
        const expected = used(source.message).filter((name) => !(key.endsWith('_one') && name === 'count'));
        for (const name of expected) expect(used(entry.message), `${language} ${key}`).toContain(name);
        expect(entry.message.trim(), `${language} ${key}`).not.toBe('');
      }
    },
  );

  it('declare every placeholder English uses, numbered $1.. without gaps', () => {
    for (const [key, entry] of Object.entries(english)) {
      const declared = Object.keys(entry.placeholders ?? {});
      expect(
        used(entry.message).every((name) => declared.includes(name)),
        key,
      ).toBe(true);
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      expect(contents.sort(), key).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
  });

  it('give every counted message an `_other` form, with the count as $1', () => {
    for (const key of Object.keys(english).filter((k) => /_(zero|one|two|few|many)$/.test(k))) {
      const base = key.replace(/_[a-z]+$/, '');
      expect(english[`${base}_other`], key).toBeDefined();
      expect(english[`${base}_other`]!.placeholders?.count?.content, key).toBe('$1');
    }
  });

  it('have the typed keys generated from the English file as it is (npx tsx scripts/message-keys.ts)', async () => {
    const generated = await generateMessageKeys(
      JSON.parse(readFileSync(ENGLISH, 'utf8')) as Record<string, MessageEntry>,
    );
    expect(readFileSync(KEYS_FILE, 'utf8')).toBe(generated);
  });
});

describe('t and tp', () => {
  it('substitute placeholders in the order the language writes them', async () => {
    expect(t('session_runningCount', 2, 5)).toBe('2 of 5 removed.');
    await setLanguage('tr', wordsFromDisk);
    expect(t('session_runningCount', 2, 5)).toBe('5 kişiden 2 kişi kaldırıldı.');
  });

  it('write numbers the language’s way', async () => {
    expect(tp('sync_count', 30000)).toBe('30,000 connections');
    await setLanguage('de', wordsFromDisk);
    expect(tp('sync_count', 30000)).toBe('30.000 Kontakte');
    await setLanguage('fr', wordsFromDisk);
    expect(tp('sync_count', 30000)).toBe('30\u202f000 relations');
  });

  it('choose the plural form by the language’s rule', async () => {
    expect(tp('shown', 1)).toBe('1 person shown');
    expect(tp('shown', 0)).toBe('0 people shown');
    await setLanguage('fr', wordsFromDisk); // French: 0 and 1 are both singular
    expect(tp('shown', 0)).toBe('0 personne affichée');
    expect(tp('shown', 2)).toBe('2 personnes affichées');
    // A category the file has no key for ("many" in French, for millions) falls back to `_other`.
    expect(tp('shown', 1_000_000)).toBe('1\u202f000\u202f000 personnes affichées');
  });
});

describe('which language', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt_BR'],
    ['pt', 'pt_BR'],
    ['pt-PT', 'pt_BR'],
    ['es-419', 'es'],
    ['tr', 'tr'],
    ['ja', 'en'],
    [undefined, 'en'],
  ])('the browser’s %s -> %s', (tag, language) => expect(languageFor(tag)).toBe(language));

  it('follows the setting over the browser, and the browser for "auto"', () => {
    expect(resolveLanguage('fr', 'de-DE')).toBe('fr');
    expect(resolveLanguage('auto', 'de-DE')).toBe('de');
    expect(resolveLanguage(undefined, 'es-ES')).toBe('es');
  });
});
