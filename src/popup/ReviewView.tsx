import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProfileKey } from '../core/connection';
import { Avatar } from '../ui/Avatar';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { describeFacts } from '../ui/facts-wording';
import { connectedLabel } from '../ui/format';
import { RemovalWarningDialog } from '../ui/RemovalWarningDialog';
import { RemoveOrUnfollow } from '../ui/RemoveOrUnfollow';
import { useCommands } from '../ui/use-commands';
import { useNow } from '../ui/use-now';
import { queueAddOutcome } from './queue-add-outcome';
import { QUEUE_STATUS_LABEL } from './queue-status-label';
import { whyNotQueueable } from './review-queue-check';
import type { ReviewTarget } from './review-target';
import { useStoredPerson } from './use-stored-person';
import { t } from '../ui/i18n';

/**
 * One person, opened from "Review this connection" on LinkedIn: what QuietPrune knows about
 * them and the choices (queue removal through the warning, keep, unfollow instead, not now).
 * Everything comes from the store; the profile URL is never opened or fetched, because a visit
 * can show up in "who viewed your profile".
 */
export function ReviewView({ target }: { target: ReviewTarget }) {
  const commands = useCommands();
  const { person, clockOffset, error } = useStoredPerson(target.ok ? target.profile.key : null);
  const now = useNow(60_000, clockOffset);
  const [panel, setPanel] = useState<'none' | 'warning' | 'unfollow'>('none');
  const [outcome, setOutcome] = useState<string | null>(null);
  const unfollowRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The comparison opens below the buttons, out of sight in a 580 px popup: bring it up.
    if (panel === 'unfollow') unfollowRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [panel]);

  const header = (
    <header class="popup-header">
      <h1 class="app-name">{t('review_title')}</h1>
    </header>
  );
  const banners = (
    <>
      {error && <ErrorBanner message={error} />}
      {commands.error && <ErrorBanner message={commands.error} onDismiss={commands.dismissError} />}
    </>
  );
  const notNow = (
    <Button onClick={() => window.close()} data-testid="review-not-now">
      {t('review_notNow')}
    </Button>
  );

  if (!target.ok) {
    return (
      <main class="popup review">
        {header}
        <div class="review-body">
          <p class="notice notice-warning" role="alert">
            {target.message}
          </p>
          <p class="muted review-url">{target.rawUrl}</p>
          <div class="review-actions">{notNow}</div>
        </div>
      </main>
    );
  }

  const { profile, nameFromLink } = target;
  if (!person) {
    return (
      <main class="popup review">
        {header}
        {banners}
        <p class="loading muted">{t('review_lookingUp')}</p>
      </main>
    );
  }

  const { connection, facts, queueItem, kept } = person;
  const knownName = connection?.name.trim() || nameFromLink;
  const name = knownName || t('review_thisPerson');
  const ref = {
    profileKey: profile.key,
    profileUrl: connection?.profileUrl ?? profile.url,
    name: connection?.name ?? nameFromLink,
  };
  const gone = connection?.goneAt !== undefined;
  const whyNoQueue = whyNotQueueable({ connection, queueItem, kept, name: ref.name });
  const { known, unknown } = describeFacts(facts, now);

  async function confirmRemoval(reason: string, confirmedOnTheirOwn: ProfileKey[]) {
    const reply = await commands.send<{ added: number; refused: string[] }>({
      type: 'queue/add',
      people: [ref],
      reason,
      warningConfirmed: true,
      confirmedOnTheirOwn,
    });
    if (!reply.ok) return;
    setPanel('none');
    setOutcome(queueAddOutcome(reply.data));
  }

  async function setKeep(keep: boolean) {
    const reply = await commands.send({ type: 'keep/set', people: [ref], keep });
    if (reply.ok) setOutcome(keep ? t('review_keptOutcome', name) : t('review_unkeptOutcome', name));
  }

  return (
    <main class="popup review" data-testid="review-view" data-profile-key={profile.key}>
      {header}
      {banners}
      <div class="review-body">
        <section class="review-person" aria-label={t('review_who')}>
          <Avatar name={name} />
          <div class="person-text">
            <h2 class="review-name">{name}</h2>
            {connection ? (
              <>
                {connection.headline && <p class="muted">{connection.headline}</p>}
                <p>{connectedLabel(connection.connectedOn, now)}</p>
              </>
            ) : (
              <>
                <p class="muted review-url">{profile.url}</p>
                <p class="notice" data-testid="review-unknown">
                  {knownName ? t('review_notListedName', knownName) : t('review_notListed')}
                </p>
              </>
            )}
            <p class="review-status">
              {kept && <span class="badge badge-keep">{t('review_onKeep')}</span>}
              {queueItem && (
                <span class={`badge ${queueItem.status === 'failed' ? 'badge-failed' : 'badge-queue'}`}>
                  {QUEUE_STATUS_LABEL[queueItem.status]()}
                </span>
              )}
              {gone && <span class="badge badge-gone">{t('row_goneBadge')}</span>}
              {!kept && !queueItem && !gone && connection && (
                <span class="badge">{t('review_notQueued')}</span>
              )}
            </p>
          </div>
        </section>

        <section aria-labelledby="review-known">
          <h3 id="review-known" class="section-title">
            {t('review_knows')}
          </h3>
          <ul class="fact-list">
            {known.map((line) => (
              <li key={line}>{line}</li>
            ))}
            {unknown.map((line) => (
              <li key={line} class="muted">
                {line}
              </li>
            ))}
          </ul>
        </section>

        {outcome && (
          <p class="notice" role="status">
            {outcome}
          </p>
        )}

        <div class="review-actions">
          <Button
            variant="danger"
            onClick={() => setPanel('warning')}
            disabled={whyNoQueue !== null}
            aria-describedby={whyNoQueue ? 'why-no-queue' : undefined}
          >
            {t('review_queueRemoval')}
          </Button>
          <Button
            aria-pressed={kept}
            onClick={() => void setKeep(!kept)}
            disabled={commands.isBusy('keep/set')}
          >
            {kept ? t('review_takeOffKeep') : t('row_keepBadge')}
          </Button>
          <Button
            onClick={() => setPanel(panel === 'unfollow' ? 'none' : 'unfollow')}
            aria-expanded={panel === 'unfollow'}
          >
            {t('review_unfollowInstead')}
          </Button>
          {notNow}
        </div>
        {whyNoQueue && (
          <p id="why-no-queue" class="muted">
            {whyNoQueue}
          </p>
        )}

        {panel === 'unfollow' && (
          <div ref={unfollowRef}>
            <RemoveOrUnfollow name={name} />
          </div>
        )}
      </div>
      {panel === 'warning' && (
        <RemovalWarningDialog
          people={[{ ...ref, headline: connection?.headline ?? '' }]}
          busy={commands.isBusy('queue/add')}
          onConfirm={(reason, confirmed) => void confirmRemoval(reason, confirmed)}
          onCancel={() => setPanel('none')}
        />
      )}
    </main>
  );
}
