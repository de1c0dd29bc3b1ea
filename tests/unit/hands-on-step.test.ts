import { describe, expect, it } from 'vitest';
import { afterDialog, guideStep, judgeDialog, type DialogSeen } from '../../src/core/hands-on-step';
import { settle } from '../../src/core/session-settle';
import { isSafetyStop } from '../../src/core/session-end';
import { handsOnStepText } from '../../src/ui/session-wording';
import type { QueueItem } from '../../src/core/removal-queue';

const PAGE = { name: 'Jane Roe', search: 'Jane Roe', cardListed: true, listedCount: 1, ownMenuOpen: false };

describe('guideStep: what the person is asked to do before a dialog opens', () => {
  it('asks for the card’s ⋯, saying when it is the only card listed', () => {
    expect(guideStep(PAGE)).toEqual({ kind: 'open-menu', name: 'Jane Roe', onlyCard: true });
    expect(guideStep({ ...PAGE, listedCount: 3 })).toEqual({
      kind: 'open-menu',
      name: 'Jane Roe',
      onlyCard: false,
    });
    expect(handsOnStepText(guideStep(PAGE)).text).toBe(
      'Click ⋯ on Jane Roe’s card — the only card listed — then Remove connection.',
    );
  });
  it('asks for Remove connection once this card’s own menu is open', () => {
    expect(guideStep({ ...PAGE, ownMenuOpen: true })).toEqual({ kind: 'choose-remove', name: 'Jane Roe' });
  });
  it('asks for the search again when the card is not listed (whatever menu is open)', () => {
    expect(guideStep({ ...PAGE, cardListed: false, ownMenuOpen: true })).toEqual({
      kind: 'find-card',
      name: 'Jane Roe',
      search: 'Jane Roe',
    });
  });
});

const GOOD: DialogSeen = {
  cardListed: true,
  fromOwnMenu: true,
  buttonNamesOther: false,
  namesPerson: true,
  namesake: null,
  namesOther: null,
  said: 'Remove Jane as a connection?',
};

describe('judgeDialog: the locks of automatic mode, read when the person’s click opened the dialog', () => {
  it('allows the confirm only when every lock holds', () => {
    expect(judgeDialog(GOOD)).toEqual({ ok: true });
  });
  it.each([
    ['card-lost', { cardListed: false }],
    ['menu-not-tied', { fromOwnMenu: false }],
    ['button-names-other', { buttonNamesOther: true }],
    ['dialog-names-other', { namesPerson: false, namesOther: 'Jane Roebuck' }],
    ['namesake-listed', { namesake: 'Jane Roe' }],
  ] as const)('each lock alone says no: %s', (code, change) => {
    expect(judgeDialog({ ...GOOD, ...change })).toMatchObject({ ok: false, code });
  });
  it('names whom the dialog names instead: a listed person, else its own words', () => {
    const other = judgeDialog({ ...GOOD, namesPerson: false, namesOther: 'Jane Roebuck' });
    expect(other).toEqual({ ok: false, code: 'dialog-names-other', named: 'Jane Roebuck' });
    const words = judgeDialog({ ...GOOD, namesPerson: false, said: 'Remove Max as a connection?' });
    expect(words).toEqual({ ok: false, code: 'dialog-names-other', named: '“Remove Max as a connection?”' });
    expect(
      handsOnStepText({
        kind: 'dont-confirm',
        name: 'Jane Roe',
        code: 'dialog-names-other',
        named: 'Jane Roebuck',
      }),
    ).toEqual({
      text: 'Don’t confirm: this dialog names Jane Roebuck, not Jane Roe. Press Cancel.',
      tone: 'stop',
    });
  });
});

describe('afterDialog: what the list says once the dialog closed', () => {
  const base = { cardLeft: false, othersLeft: 0, preCounted: true, flagged: null };
  it('anyone leaving means a confirm click: settled by a search, as automatic mode', () => {
    expect(afterDialog({ ...base, cardLeft: true })).toEqual({ kind: 'settle-by-search' });
    expect(afterDialog({ ...base, othersLeft: 1, flagged: 'dialog-names-other', preCounted: false })).toEqual(
      {
        kind: 'settle-by-search',
      },
    );
  });
  it('a cancelled confirm is withdrawn and asked again; a cancelled flagged dialog stops with its lock', () => {
    expect(afterDialog(base)).toEqual({ kind: 'ask-again', withdraw: true });
    expect(afterDialog({ ...base, preCounted: false, flagged: 'dialog-names-other' })).toEqual({
      kind: 'stop',
      code: 'dialog-names-other',
    });
  });
});

describe('settle: a hands-on step with no click in the person’s time', () => {
  const item: QueueItem = {
    profileKey: 'jane',
    profileUrl: 'https://www.linkedin.com/in/jane/',
    name: 'Jane Roe',
    reason: 'stale',
    status: 'in-progress',
    addedAt: 0,
    updatedAt: 1,
    order: 0,
    attempts: 1,
  };
  it('keeps the person queued, counts no failure, ends the session without a safety stop', () => {
    const result = settle({
      item,
      mode: 'remove',
      result: { outcome: 'stopped', code: 'hands-on-no-answer', message: 'No click.' },
      pending: [],
      failures: 0,
      now: 10,
      scale: 1,
    });
    expect(result.item?.status).toBe('queued');
    expect(result.failures).toBe(0);
    expect(result.end).toEqual({ code: 'hands-on-idle' });
    expect(isSafetyStop(result.end!)).toBe(false);
    expect(result.logAdds).toEqual([]);
  });
});
