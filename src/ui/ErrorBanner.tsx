import { Button } from './Button';
import { t } from './i18n';

/** A command that failed, in the worker's words, until the user dismisses it or acts again. */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div class="notice notice-danger error-banner" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <Button variant="quiet" small onClick={onDismiss} aria-label={t('error_dismiss')}>
          ✕
        </Button>
      )}
    </div>
  );
}
