import { z } from 'zod/mini';

/**
 * The user's settings. Bounds come from what keeps an account clear of LinkedIn's automation
 * flags (10 to 20 removals a day); the schema refuses anything outside them, wherever the value
 * comes from (options page, a restored backup, a stale stored record).
 */
export const DAILY_CAP_MIN = 10;
export const DAILY_CAP_MAX = 20;
export const DAILY_CAP_DEFAULT = 15;

export const PaceSchema = z.enum(['careful', 'normal']);
export type Pace = z.infer<typeof PaceSchema>;

/**
 * Who makes the clicks of a removal: QuietPrune ('automatic'), or the person ('hands-on'), with
 * QuietPrune typing the search, finding the card, reading the dialog and saying whether it names
 * the queued person (content/removal/hands-on.ts). A person's clicks are real input, which a
 * content script cannot make; hands-on is also how someone removes in a LinkedIn language whose
 * labels QuietPrune does not know.
 */
export const WhoClicksSchema = z.enum(['automatic', 'hands-on']);
export type WhoClicks = z.infer<typeof WhoClicksSchema>;

export const ReminderTimeSchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Reminder time must be HH:MM, 00:00 to 23:59.'));

/**
 * The language of QuietPrune's own words (ui/i18n.ts, docs/i18n.md): 'auto' follows the browser's,
 * a language code fixes it. A setting because the browser's own choice (chrome.i18n) follows the
 * browser's language only and cannot be switched while it runs.
 */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'tr'] as const;
export const LanguageSettingSchema = z.enum(['auto', ...UI_LANGUAGES]);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

// zod/mini (as messages.ts): the popup reads settings through this schema too.
export const SettingsSchema = z.strictObject({
  dailyCap: z
    .int({ error: 'The daily cap must be a whole number.' })
    .check(
      z.gte(DAILY_CAP_MIN, `The daily cap must be at least ${DAILY_CAP_MIN}.`),
      z.lte(
        DAILY_CAP_MAX,
        `The daily cap must be at most ${DAILY_CAP_MAX}: more than that is what gets accounts restricted.`,
      ),
    ),
  pace: PaceSchema,
  reminder: z.strictObject({ enabled: z.boolean(), time: ReminderTimeSchema }),
  /** Optional so that settings stored (or backed up) before it still read; absent is 'automatic'. */
  whoClicks: z.optional(WhoClicksSchema),
  /** Optional for the same reason; absent is 'auto'. */
  language: z.optional(LanguageSettingSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  dailyCap: DAILY_CAP_DEFAULT,
  pace: 'normal',
  // Off until the person turns it on, which asks Chrome for the optional notifications permission.
  reminder: { enabled: false, time: '09:30' },
  whoClicks: 'automatic',
};
