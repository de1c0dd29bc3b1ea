import { describe, expect, it } from 'vitest';
import { parseReviewTarget } from '../../src/popup/review-target';
import { queueAddOutcome } from '../../src/popup/queue-add-outcome';

const link = (url: string, name?: string) =>
  `?review=${encodeURIComponent(url)}${name === undefined ? '' : `&name=${encodeURIComponent(name)}`}`;

describe('parseReviewTarget', () => {
  it('is null for the normal popup', () => {
    expect(parseReviewTarget('')).toBeNull();
    expect(parseReviewTarget('?tab=queue')).toBeNull();
  });

  it('identifies the person by normalised profile URL, not by the name in the link', () => {
    const target = parseReviewTarget(link('https://de.linkedin.com/in/Jane-Doe-1a2b/?trk=x', 'Jane Doe'));
    expect(target).toEqual({
      ok: true,
      profile: { key: 'jane-doe-1a2b', url: 'https://www.linkedin.com/in/jane-doe-1a2b/' },
      nameFromLink: 'Jane Doe',
    });
  });

  it('keeps a name from a link short and on one line', () => {
    const target = parseReviewTarget(
      link('https://www.linkedin.com/in/x/', `  Jane\n\tDoe ${'a'.repeat(500)}`),
    );
    expect(target?.ok && target.nameFromLink.startsWith('Jane Doe a')).toBe(true);
    expect(target?.ok && target.nameFromLink.length).toBe(200);
  });

  it('has an empty name when the link gave none', () => {
    const target = parseReviewTarget(link('https://www.linkedin.com/in/x/'));
    expect(target?.ok && target.nameFromLink).toBe('');
  });

  it('says so when the link is not a member profile', () => {
    const target = parseReviewTarget(link('https://www.linkedin.com/company/acme/', 'Acme'));
    expect(target).toMatchObject({ ok: false, rawUrl: 'https://www.linkedin.com/company/acme/' });
    expect(target?.ok === false && target.message).toMatch(/not point to a LinkedIn member profile/);
  });
});

describe('queueAddOutcome', () => {
  it('says how many were added', () => {
    expect(queueAddOutcome({ added: 1, refused: [] })).toBe('1 person added to the removal queue.');
    expect(queueAddOutcome({ added: 3, refused: [] })).toBe('3 people added to the removal queue.');
  });

  it('names every refusal, so no one silently drops out', () => {
    const text = queueAddOutcome({
      added: 1,
      refused: [
        'Jane Doe is on your Keep list and cannot be queued for removal.',
        'Sam Ray is already queued.',
      ],
    });
    expect(text).toBe(
      '1 person added to the removal queue. Not added: Jane Doe is on your Keep list and cannot be queued for removal. Sam Ray is already queued.',
    );
    expect(queueAddOutcome({ added: 0, refused: ['Sam Ray is already queued.'] })).toMatch(
      /^No one was added/,
    );
  });
});
