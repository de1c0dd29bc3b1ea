import { SettingsSchema, type Settings } from '../core/settings';
import { sendToBackground } from '../platform/messaging';

/**
 * Checks a settings change against the schema (so the user reads the schema's own message, not
 * a refused-message error), then asks the worker to store it. Returns the error to show, or null.
 */
export async function saveSettings(current: Settings, change: Partial<Settings>): Promise<string | null> {
  const parsed = SettingsSchema.safeParse({ ...current, ...change });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'These settings are not valid.';
  const reply = await sendToBackground({ type: 'settings/save', settings: parsed.data });
  return reply.ok ? null : reply.error;
}
