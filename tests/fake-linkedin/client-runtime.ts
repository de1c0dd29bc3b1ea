import type { FakeFaults } from './types';
import type { ChallengeTexts } from './views';
import type * as Views from './views';

/**
 * What both page scripts share: talking to the fake API and reacting to LinkedIn's warnings the
 * way the live site does (a security check replaces the page in place, a login answer navigates
 * away, a restriction shows a banner). INJECTED into the page like the views: it may use only
 * its parameters and browser globals.
 */

export type RuntimeViews = Pick<typeof Views, 'toDom' | 'viewBanner' | 'viewToast' | 'viewChallenge'>;

export interface RuntimeOptions {
  apiBase: string;
  bannerClass: string;
  toastClass: string;
  /** Where the restriction banner goes (its first child). */
  bannerHost: () => Element | null;
  /** Every answer carries the server's page faults of the moment (`fake.setFaults`). */
  onFaults?: (faults: FakeFaults) => void;
}

/** What the fake API may add to any answer. */
export interface ApiEnvelope {
  challenge?: { url: string; title: string; texts: ChallengeTexts };
  login?: { url: string };
  restricted?: string;
  error?: string;
  faults?: FakeFaults;
}

export interface PageRuntime {
  /** JSON of a successful answer, or null (failure, or the page was replaced by a warning). */
  api<T>(path: string, init?: RequestInit): Promise<(T & ApiEnvelope) | null>;
  /** True once a security check replaced the page: everything else stops. */
  isReplaced(): boolean;
  toast(text: string): void;
  showBanner(text: string): void;
}

export function createPageRuntime(options: RuntimeOptions, views: RuntimeViews): PageRuntime {
  let replaced = false;
  let banner: Element | null = null;

  function showBanner(text: string): void {
    // The server renders the banner into a page it serves while restricted: never show two.
    banner ??= document.querySelector(`[role="alert"].${options.bannerClass.split(' ')[0]}`);
    if (banner?.isConnected) return;
    const host = options.bannerHost();
    if (!host) return;
    banner = views.toDom(views.viewBanner(text, options.bannerClass)) as Element;
    host.insertBefore(banner, host.firstChild);
  }

  function replaceWithChallenge(challenge: NonNullable<ApiEnvelope['challenge']>): void {
    replaced = true;
    // LinkedIn is a single-page app: the address changes without a page load.
    history.pushState(null, '', challenge.url);
    document.title = challenge.title;
    document.body.replaceChildren(views.toDom(views.viewChallenge(challenge.texts)));
  }

  async function api<T>(path: string, init?: RequestInit): Promise<(T & ApiEnvelope) | null> {
    if (replaced) return null;
    let response: Response;
    let body: (T & ApiEnvelope) | null = null;
    try {
      response = await fetch(options.apiBase + path, { credentials: 'same-origin', ...init });
      body = (await response.json()) as T & ApiEnvelope;
    } catch {
      return null;
    }
    if (replaced || body === null || typeof body !== 'object') return null;
    if (body.faults && options.onFaults) options.onFaults(body.faults);
    if (body.challenge) {
      replaceWithChallenge(body.challenge);
      return null;
    }
    if (body.login) {
      replaced = true;
      location.assign(body.login.url);
      return null;
    }
    if (typeof body.restricted === 'string') showBanner(body.restricted);
    return response.ok ? body : null;
  }

  function toast(text: string): void {
    const node = views.toDom(views.viewToast(text, options.toastClass)) as Element;
    document.body.appendChild(node);
    setTimeout(() => node.remove(), 4000);
  }

  return {
    api,
    isReplaced: () => replaced,
    toast,
    showBanner,
  };
}
