import { Button } from './Button';

/** A command that failed, in the worker's words, until the user dismisses it or acts again. */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div class="notice notice-danger error-banner" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <Button variant="quiet" small onClick={onDismiss} aria-label="Dismiss this message">
          ✕
        </Button>
      )}
    </div>
  );
}
