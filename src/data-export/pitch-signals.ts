import type { PitchSignal } from './types';

/**
 * The words that mark a sales pitch or a scam in someone's first messages after connecting: moving
 * the talk off LinkedIn (WhatsApp, Telegram, a private email, a phone number) and the usual bait
 * (an "opportunity", investment, crypto, "our services", a "quick call"). Only which signals
 * appeared is kept; the text is dropped as soon as it has been looked at.
 *
 * 2018 files carry HTML entities (`&#39;`), sponsored messages carry HTML: both are flattened
 * first so that "let&#39;s hop on a quick call" is still a quick call.
 */
const SIGNAL_PATTERNS: ReadonlyArray<readonly [PitchSignal, RegExp]> = [
  ['whatsapp', /\bwhats\s?app\b|\bwa\.me\//],
  ['telegram', /\btelegram\b|\bt\.me\//],
  [
    'email',
    /\be-?mail me\b|\bmail me at\b|\bdrop me an? e-?mail\b|\b(?:my|personal|private) e-?mail\b|@(?:gmail|yahoo|hotmail|outlook|proton(?:mail)?|icloud|aol|mail)\.[a-z]{2,}/,
  ],
  ['phone', /\b(?:call|text|reach) me (?:at|on)\b|\+\d[\d\s().-]{8,}\d/],
  ['opportunity', /\bopportunit(?:y|ies)\b/],
  ['investment', /\binvest(?:ment|ments|ing|or|ors)?\b|\breturns? of\b|\bpassive income\b/],
  ['crypto', /\bcrypto\b|\bcryptocurrenc|\bbitcoin\b|\bforex\b|\bbinary options\b|\bnft\b|\busdt\b/],
  [
    'services',
    /\b(?:our|my) services\b|\boffer(?:ing)? (?:you )?(?:our |my )?services\b|\bwe (?:help|offer|provide)\b|\bour (?:team|agency|company) (?:can|offers?|provides?)\b/,
  ],
  [
    'quick-call',
    /\bquick (?:call|chat|zoom)\b|\bhop on a call\b|\b(?:10|15|20|30)[- ]?min(?:ute)?s? (?:call|chat)\b|\bbook a (?:call|meeting)\b/,
  ],
];

/** The signals in one message (subject and content together), in a fixed order, each once. */
export function pitchSignalsIn(text: string): PitchSignal[] {
  if (text === '') return [];
  const flat = flatten(text);
  return SIGNAL_PATTERNS.filter(([, pattern]) => pattern.test(flat)).map(([signal]) => signal);
}

/** Every signal name, in the order `pitchSignalsIn` reports them. */
export const ALL_PITCH_SIGNALS: readonly PitchSignal[] = SIGNAL_PATTERNS.map(([signal]) => signal);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function flatten(text: string): string {
  return text
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}
