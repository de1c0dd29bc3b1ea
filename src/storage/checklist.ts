import { z } from 'zod/mini';

/**
 * The "Before your first session" checklist, stored in meta 'checklist' (storage/meta.ts reads it
 * through this schema). Each item is the time it was ticked off, or null while it is open; the user
 * can reopen a ticked item. It travels with a backup (storage/backup-format.ts keeps it as an opaque value;
 * the catalog checks it on the way in).
 */

export const ChecklistSchema = z.strictObject({
  /** LinkedIn: Settings & Privacy > Visibility > Who can see your connections > Only you. */
  hideConnectionsList: z.nullable(z.number()), // zod 4 numbers are finite
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const EMPTY_CHECKLIST: Checklist = { hideConnectionsList: null };

/** Where LinkedIn keeps the setting (a settings page: opening it is no visit to anyone's profile). */
export const LINKEDIN_PRIVACY_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
