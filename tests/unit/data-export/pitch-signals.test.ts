import { describe, expect, it } from 'vitest';
import { pitchSignalsIn } from '../../../src/data-export/pitch-signals';

describe('pitchSignalsIn', () => {
  it.each([
    ["Let's continue on WhatsApp", ['whatsapp']],
    ['ping me at wa.me/15551234567', ['whatsapp']],
    ['I am on Telegram: t.me/dealer', ['telegram']],
    ['Email me at sam.deals@gmail.com', ['email']],
    ['Please drop me an email', ['email']],
    ['Call me at +1 (555) 123-4567', ['phone']],
    ['A great opportunity for you', ['opportunity']],
    ['Passive income through investing', ['investment']],
    ['Bitcoin and forex signals', ['crypto']],
    ['We offer our services to founders like you', ['services']],
    ['Do you have 15 min call this week?', ['quick-call']],
    ['Could we hop on a call?', ['quick-call']],
  ])('%s', (text, signals) => {
    expect(pitchSignalsIn(text)).toEqual(signals);
  });

  it('finds several signals, each once, in a fixed order', () => {
    expect(pitchSignalsIn('Crypto investment opportunity! WhatsApp me, or email me. WhatsApp!')).toEqual([
      'whatsapp',
      'email',
      'opportunity',
      'investment',
      'crypto',
    ]);
  });

  it('reads through HTML entities and tags (2018 files, sponsored messages)', () => {
    expect(pitchSignalsIn('Let&#39;s hop on a <b>quick call</b> about our services &amp; more')).toEqual([
      'services',
      'quick-call',
    ]);
    expect(pitchSignalsIn('What&#x27;s&nbsp;App? No: Whats<i>App</i>')).toEqual(['whatsapp']);
  });

  it('finds nothing in an ordinary message', () => {
    expect(pitchSignalsIn('Great to meet you at the conference, Jane. Good luck with the launch!')).toEqual(
      [],
    );
    expect(pitchSignalsIn('I work in customer service at the bank')).toEqual([]);
    expect(pitchSignalsIn('')).toEqual([]);
  });
});
