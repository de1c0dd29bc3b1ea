import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { askForNotifications } from '../platform/notification-permission';
import { Button } from '../ui/Button';
import type { Commands } from '../ui/use-commands';
import { t } from '../ui/i18n';

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
      <p>{t('reminderOffer_text', settings.reminder.time)}</p>
      <div class="button-row">
        <Button small onClick={turnOn} disabled={commands.isBusy('settings/save')}>
          {t('reminderOffer_button')}
        </Button>
      </div>
      {refused && <p class="muted">{t('reminderOffer_refused')}</p>}
    </section>
  );
}
