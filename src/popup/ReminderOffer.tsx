import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { askForNotifications } from '../platform/notification-permission';
import { Button } from '../ui/Button';
import type { Commands } from '../ui/use-commands';

/**
 * On first use (the first-session checklist still open, the reminder off): one click turns on the
 * daily reminder at its set time. The click asks Chrome for the optional notifications permission
 * first (its prompt needs the click's gesture); refused, nothing changes. The options page sets
 * the time or turns it off again.
 */
export function ReminderOffer({ settings, commands }: { settings: Settings; commands: Commands }) {
  const [refused, setRefused] = useState(false);
  if (settings.reminder.enabled) return null;

  function turnOn() {
    const allowed = askForNotifications(); // before any await: inside the click
    void allowed.then(async (ok) => {
      setRefused(!ok);
      if (ok)
        await commands.send({
          type: 'settings/save',
          settings: { ...settings, reminder: { ...settings.reminder, enabled: true } },
        });
    });
  }

  return (
    <section class="notice reminder-offer" data-testid="reminder-offer">
      <p>
        A daily reminder at {settings.reminder.time}, when people are queued and today’s removals are not used
        up?
      </p>
      <div class="button-row">
        <Button small onClick={turnOn} disabled={commands.isBusy('settings/save')}>
          Remind me daily
        </Button>
      </div>
      {refused && <p class="muted">Chrome did not allow notifications, so there is no reminder.</p>}
    </section>
  );
}
