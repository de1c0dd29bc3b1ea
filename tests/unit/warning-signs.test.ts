// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  describeWarning,
  warningInDocument,
  warningInText,
  warningInUrl,
} from '../../src/linkedin/warning-signs';

describe('warning signs in the address', () => {
  it.each([
    ['https://www.linkedin.com/checkpoint/challenge/AgG1', 'checkpoint'],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', 'checkpoint'],
    ['https://www.linkedin.com/authwall?trk=x', 'login'],
    ['https://www.linkedin.com/uas/login?session_redirect=x', 'login'],
    ['https://www.linkedin.com/login', 'login'],
    ['https://www.linkedin.com/legal/451', 'legal'],
    ['https://www.linkedin.com/error/451', 'legal'],
    ['https://www.linkedin.com/mynetwork/?status=451', 'legal'],
  ])('%s is a %s sign', (url, kind) => {
    expect(warningInUrl(url)?.kind).toBe(kind);
  });

  it.each([
    'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    'https://www.linkedin.com/in/login-expert/',
    'https://www.linkedin.com/feed/?status=200',
    'not a url',
  ])('%s is not a sign', (url) => {
    expect(warningInUrl(url)).toBeNull();
  });
});

describe('warning signs in the text', () => {
  it.each([
    ['We noticed some UNUSUAL ACTIVITY on your account', 'restricted'],
    ['Let’s verify it’s you', 'checkpoint'],
    ["Let's verify it's you", 'checkpoint'],
    ['Your account has been restricted', 'restricted'],
    ['Your account is temporarily restricted', 'restricted'],
    ['Please solve this puzzle so we know you are a real person', 'checkpoint'],
    ['You’ve reached the weekly invitation limit', 'limit'],
    ['You are out of invitations for now', 'limit'],
  ])('“%s” is a %s sign', (text, kind) => {
    expect(warningInText(text)?.kind).toBe(kind);
  });

  it('ordinary page text is not a sign', () => {
    expect(
      warningInText(
        'Connections 1,204 · Search by name · Remove connection · Ayşe Yılmaz, Security engineer',
      ),
    ).toBeNull();
  });

  it('every kind is explained to the user with the stop it caused', () => {
    for (const kind of ['checkpoint', 'login', 'legal', 'restricted', 'limit'] as const) {
      expect(describeWarning({ kind, evidence: 'x' })).toMatch(/stopped/i);
    }
  });
});

describe('warning elements, whatever the language', () => {
  it('finds the invitation-limit banner by its id even in Turkish', () => {
    document.body.innerHTML =
      '<div><h2 id="ip-fuse-limit-alert__header">Haftalık davet sınırına ulaştınız</h2></div>';
    expect(warningInDocument(document)).toEqual({
      kind: 'limit',
      evidence: 'Haftalık davet sınırına ulaştınız',
    });
  });

  it('finds nothing on an ordinary page', () => {
    document.body.innerHTML = '<main><h1>1.204 bağlantı</h1><input placeholder="İsme göre ara"></main>';
    expect(warningInDocument(document)).toBeNull();
  });
});
