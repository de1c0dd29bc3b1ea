import { normaliseProfileUrl, type NormalisedProfile } from '../linkedin/profile-url';
import { t } from '../ui/i18n';

/**
 * The person a review link is about: `index.html?review=<encoded profile URL>&name=<encoded name>`
 * (built by background/review-menu.ts). The URL is only ever used to find the person in the store,
 * never opened or fetched: visiting a profile can show up in "who viewed your profile".
 */
export type ReviewTarget =
  | { ok: true; profile: NormalisedProfile; nameFromLink: string }
  | { ok: false; rawUrl: string; message: string };

/** null when the page was opened without `?review=` (the normal popup). */
export function parseReviewTarget(search: string): ReviewTarget | null {
  const params = new URLSearchParams(search);
  const rawUrl = params.get('review');
  if (rawUrl === null) return null;
  const profile = normaliseProfileUrl(rawUrl);
  if (!profile) {
    return {
      ok: false,
      rawUrl,
      message: t('review_notProfile'),
    };
  }
  // Names arrive from a link's text on a web page: keep them short and on one line.
  const nameFromLink = (params.get('name') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ok: true, profile, nameFromLink };
}
