import { z } from 'zod/mini';

/**
 * The "Before your first session" checklist, stored in meta 'checklist'. Each item is the time it
 * was ticked off, or null while it is open; the user can reopen a ticked item. It travels with a
 * backup (storage/backup-format.ts keeps it as an opaque value; this reader checks it on the way in).
 */
export const CHECKLIST_KEY = 'checklist';

export const ChecklistSchema = z.strictObject({
  /** LinkedIn: Settings & Privacy > Visibility > Who can see your connections > Only you. */
  hideConnectionsList: z.nullable(z.number()), // zod 4 numbers are finite
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const EMPTY_CHECKLIST: Checklist = { hideConnectionsList: null };

export function readChecklist(stored: unknown): Checklist {
  const parsed = ChecklistSchema.safeParse(stored);
  return parsed.success ? parsed.data : EMPTY_CHECKLIST;
}

/** Where LinkedIn keeps the setting (a settings page: opening it is no visit to anyone's profile). */
export const LINKEDIN_PRIVACY_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
