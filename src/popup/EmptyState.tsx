import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
/** What to do when QuietPrune knows no one yet: two ways to get the list in. */
export function EmptyState() {
  return (
    <div class="empty-state" data-testid="empty-state">
      {/* With nobody stored, this is what "first rows painted" waits for (Element Timing: the bench, and use-popup-data.ts). */}
      <h2 elementtiming="first-rows">{t('empty_title')}</h2>
      <p>{t('empty_intro')}</p>
      <ol>
        <li>
          {t('empty_syncBefore')} <strong>{t('empty_syncOpen')}</strong> {t('empty_syncMiddle')}{' '}
          <strong>{t('empty_syncSync')}</strong>
          {t('empty_syncAfter')}
        </li>
        <li>
          {t('empty_importBefore')}{' '}
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('empty_importOptions')}
          </button>
          {t('empty_importAfter')}
        </li>
      </ol>
    </div>
  );
}
