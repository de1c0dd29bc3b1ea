import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { saveSettings } from './save-settings';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';

/** The daily reminder: on or off, and at what local time. */
export function ReminderSection({ settings }: { settings: Settings }) {
  const [enabled, setEnabled] = useState(settings.reminder.enabled);
  const [time, setTime] = useState(settings.reminder.time);
  const outcome = useOutcome();
  useEffect(() => {
    setEnabled(settings.reminder.enabled);
    setTime(settings.reminder.time);
  }, [settings.reminder.enabled, settings.reminder.time]);

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function onSubmit(event: Event) {
    event.preventDefault();
    await outcome.run(async () => {
      const error = await saveSettings(settings, { reminder: { enabled, time } });
      if (error) outcome.fail(error);
      else outcome.succeed(enabled ? `Saved: a reminder every day at ${time}.` : 'Saved: no daily reminder.');
    });
  }

  const unsaved = enabled !== settings.reminder.enabled || time !== settings.reminder.time;
  return (
    <Section
      id="reminder"
      title="Reminder"
      intro={`A notification at this time each day (in your computer’s time zone, now ${timeZone}) when people are queued or suggested and today’s removals are not used up. Never more than once a day.`}
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
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
