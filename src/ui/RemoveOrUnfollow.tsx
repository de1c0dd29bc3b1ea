import { useState } from 'preact/hooks';
import { removeOrUnfollow } from '../core/removal-warning';
import { t } from './i18n';

/**
 * Remove or unfollow? The two side by side (from core/removal-warning.ts), and, for someone who
 * only wants the posts gone, how to unfollow without opening the person's profile: a visit can
 * show up in their "Who viewed your profile".
 */
export function RemoveOrUnfollow({ name }: { name: string }) {
  const table = removeOrUnfollow();
  const [postsOnly, setPostsOnly] = useState(false);
  const who = name.trim();
  return (
    <section
      class="remove-or-unfollow"
      aria-labelledby="remove-or-unfollow-title"
      data-testid="remove-or-unfollow"
    >
      <h3 id="remove-or-unfollow-title" class="section-title">
        {t('unfollow_title')}
      </h3>
      <table class="comparison">
        <thead>
          <tr>
            <td />
            <th scope="col">{table.columns.remove}</th>
            <th scope="col">{table.columns.unfollow}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.question}>
              <th scope="row">{row.question}</th>
              <td>{row.remove}</td>
              <td>{row.unfollow}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="notice notice-warning">
        {who ? t('unfollow_neverOpensName', who) : t('unfollow_neverOpens')}
      </p>
      <button
        type="button"
        class="btn"
        onClick={() => setPostsOnly(!postsOnly)}
        aria-expanded={postsOnly}
        aria-controls="unfollow-steps"
      >
        {t('unfollow_postsOnly')}
      </button>
      {postsOnly && (
        <div id="unfollow-steps" class="unfollow-steps" role="region" aria-label={t('unfollow_howLabel')}>
          <p>
            <strong>{who ? t('unfollow_stepsTitleName', who) : t('unfollow_stepsTitle')}</strong>
          </p>
          <ol>
            <li>{t('unfollow_step1')}</li>
            <li>{t('unfollow_step2')}</li>
            <li>{who ? t('unfollow_step3Name', who) : t('unfollow_step3')}</li>
          </ol>
          <p class="muted">{t('unfollow_followAgain')}</p>
        </div>
      )}
    </section>
  );
}
