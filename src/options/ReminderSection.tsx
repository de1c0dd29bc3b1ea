import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { askForNotifications, hasNotifications } from '../platform/notification-permission';
import { saveSettings } from './save-settings';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/** The daily reminder: on or off, and at what local time. */
export function ReminderSection({ settings }: { settings: Settings }) {
  const [enabled, setEnabled] = useState(settings.reminder.enabled);
  const [time, setTime] = useState(settings.reminder.time);
  const outcome = useOutcome();
  useEffect(() => {
    setEnabled(settings.reminder.enabled);
    setTime(settings.reminder.time);
  }, [settings.reminder.enabled, settings.reminder.time]);

  // On, but the permission was taken back in Chrome's settings: say so (the alarm is not armed).
  const [permitted, setPermitted] = useState(true);
  useEffect(() => {
    void hasNotifications().then(setPermitted);
  }, [settings.reminder.enabled]);

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function onSubmit(event: Event) {
    event.preventDefault();
    // Asked first, inside the click: Chrome shows its prompt only during a user gesture.
    const allowed = enabled ? askForNotifications() : Promise.resolve(true);
    await outcome.run(async () => {
      if (!(await allowed)) {
        outcome.fail(
          'Chrome did not allow QuietPrune to show notifications, so the reminder stays off. Nothing else needs them.',
        );
        return;
      }
      setPermitted(true);
      const error = await saveSettings(settings, { reminder: { enabled, time } });
      if (error) outcome.fail(error);
      else outcome.succeed(enabled ? `Saved: a reminder every day at ${time}.` : 'Saved: no daily reminder.');
    });
  }

  const unsaved = enabled !== settings.reminder.enabled || time !== settings.reminder.time;
  return (
    <Section
      id="reminder"
      title={t('options_reminder')}
      intro={`Off unless you turn it on (Chrome then asks whether QuietPrune may show notifications). A notification at this time each day (in your computer’s time zone, now ${timeZone}) when people are queued or suggested and today’s removals are not used up. Never more than once a day.`}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div class="field-row">
          <input
            id="reminder-enabled"
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <label for="reminder-enabled">Remind me every day</label>
        </div>
        <div class="field-row">
          <label for="reminder-time">Reminder time</label>
          <input
            id="reminder-time"
            type="time"
            value={time}
            required
            aria-invalid={outcome.error !== null}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
          <button type="submit" class="btn btn-primary" disabled={outcome.busy}>
            Save reminder
          </button>
          {unsaved && <span class="muted">Not saved yet.</span>}
        </div>
      </form>
      {settings.reminder.enabled && !permitted && (
        <p class="muted" data-testid="reminder-not-permitted">
          Chrome does not allow QuietPrune’s notifications now, so no reminder comes. Save the reminder again
          to allow them.
        </p>
      )}
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
