import { describe, expect, it } from 'vitest';
import { nameFromClick, nameFromSlug } from '../../src/core/review-name';

describe('issue 13: the name of a right-clicked person, without reading the page', () => {
  it('makes a slug readable, dropping LinkedIn’s numbered suffixes', () => {
    expect(nameFromSlug('jane-roe-1a2b3c')).toBe('Jane Roe');
    expect(nameFromSlug('nadia-new-9f2')).toBe('Nadia New');
    expect(nameFromSlug('zoë-müller-3b')).toBe('Zoë Müller');
    expect(nameFromSlug('karl-batch')).toBe('Karl Batch');
    expect(nameFromSlug('ACoAABcdEfGh12345')).toBe('');
    expect(nameFromSlug('12345678')).toBe('');
  });

  it('prefers the link’s text (Firefox), taking the name out of LinkedIn’s screen-reader phrase', () => {
    expect(nameFromClick({ key: 'nadia-new-9f2', linkText: '  Ana   Lopez ' })).toBe('Ana Lopez');
    expect(nameFromClick({ key: 'nadia-new-9f2', linkText: 'Nadia NewView Nadia New’s profile' })).toBe(
      'Nadia New',
    );
  });

  it('takes a selection (Chrome) only when it shares a word with the slug', () => {
    expect(nameFromClick({ key: 'omar-x-77', selectionText: 'Omar Xavier-Smith' })).toBe('Omar Xavier-Smith');
    expect(nameFromClick({ key: 'jose-garcia-1', selectionText: 'José García' })).toBe('José García');
    // Something else selected on the page: not their name.
    expect(nameFromClick({ key: 'omar-x-77', selectionText: 'Great post, thanks!' })).toBe('Omar X');
    expect(nameFromClick({ key: 'omar-x-77', selectionText: 'Omar '.repeat(40) })).toBe('Omar X');
  });

  it('reads a profile tab’s title, else falls back to the slug', () => {
    expect(nameFromClick({ key: 'ACoAABcdEfGh12345', profileTabTitle: '(3) Wang Wei | LinkedIn' })).toBe(
      'Wang Wei',
    );
    expect(nameFromClick({ key: 'wang-wei-8', profileTabTitle: 'Feed | LinkedIn Learning' })).toBe(
      'Wang Wei',
    );
    expect(nameFromClick({ key: 'ACoAABcdEfGh12345' })).toBe('');
  });
});
