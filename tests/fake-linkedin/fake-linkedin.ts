import type { BrowserContext, Route } from 'playwright';
import { cardDataFor } from './cards';
import { hashedClassNames, type ClassMap } from './class-names';
import type { ApiEnvelope } from './client-runtime';
import { clientLabels, pageTexts, removalDialogTexts, restrictedBannerText, totalHeading } from './labels';
import { assertLayout, assertWarning, resolveFaults, resolveOptions, type ResolvedOptions } from './options';
import {
  checkpointPageHtml,
  classicPageScript,
  connectionsPageHtml,
  currentPageScript,
  loginPageHtml,
  profilePageHtml,
  ROW_HEIGHT,
  simplePageHtml,
} from './page-html';
import { completePerson, generatePeople, profileKeyOf, SlugRegistry } from './people';
import { footprintRecorderScript } from './footprint-recorder';
import { photoResponse } from './photos';
import { indexName, nameMatcher, type NameIndex } from './search';
import type {
  ExtraPerson,
  FakeFaults,
  FakeLinkedInOptions,
  FakePerson,
  Lang,
  Layout,
  RemovalRecord,
  WarningMode,
} from './types';

/** Every host under linkedin.com: a profile fetched from any of them must be seen. */
const LINKEDIN_URL = /^https?:\/\/([a-z0-9-]+\.)*linkedin\.com([/:?#]|$)/i;
const PHOTO_URL = 'https://media.licdn.com/**';
const CONNECTIONS_PATH = /^\/mynetwork\/invite-connect\/connections\/?$/;
const API_PREFIX = '/fake-api/';
const CHECKPOINT_URL = '/checkpoint/challenge/AgHq3Zk0fAkEcHaLlEnGe?ut=2fSaKeTokEn&displayTime=1';

/**
 * A fake LinkedIn served at the real URLs through Playwright request routing. The server state
 * (who is connected) lives here, so a reload shows the result of earlier removals; what a server
 * would see (profile requests, removals with their time, every request) is recorded for tests.
 */
export class FakeLinkedIn {
  /** The options in force (setLang changes the language). */
  options: ResolvedOptions;
  /** Every request for a profile page /in/... on any linkedin.com host, any method or resource type. */
  readonly profileRequests: string[] = [];
  /** Every removal confirmed through the page, with the server's time. */
  readonly removals: RemovalRecord[] = [];
  /** Every URL requested under linkedin.com (for debugging). */
  readonly requests: string[] = [];

  private readonly everyone: FakePerson[];
  /** Every profile key ever listed (people who left keep theirs: a slug is never handed out twice). */
  private readonly slugs: SlugRegistry;
  private connected: FakePerson[];
  private readonly connectedKeys = new Set<string>();
  private readonly byKey = new Map<string, FakePerson>();
  private readonly nameIndex = new Map<FakePerson, NameIndex>();
  private readonly cls: ClassMap;
  private layout: Layout;
  private warning: WarningMode = 'none';
  private dialogName: string | null = null;
  private batchLoads = 0;
  private faultsNow: FakeFaults;
  /** Removed people the list still shows while `searchLagMs` lasts: key -> server time of the removal. */
  private readonly lagging = new Map<string, number>();

  constructor(options: FakeLinkedInOptions = {}) {
    this.options = resolveOptions(options);
    this.layout = this.options.layout;
    this.cls = hashedClassNames(this.options.seed);
    this.faultsNow = this.options.faults;
    this.slugs = new SlugRegistry();
    this.everyone = buildPeople(this.options, this.slugs);
    this.connected = [...this.everyone];
    for (const person of this.everyone) {
      const key = profileKeyOf(person.slug);
      this.byKey.set(key, person);
      this.connectedKeys.add(key);
      this.nameIndex.set(person, indexName(person.name));
    }
  }

  /** Who is connected now (server side), in list order. */
  people(): FakePerson[] {
    return [...this.connected];
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route(LINKEDIN_URL, (route) => this.handle(route));
    await context.route(PHOTO_URL, (route) => this.handlePhoto(route));
  }

  /** The person disappears server-side (they left, or were removed elsewhere). Not a removal through the page. */
  disconnect(slugOrUrl: string): void {
    const slug = /\/in\//i.test(slugOrUrl) ? (/\/in\/([^/?#]+)/i.exec(slugOrUrl)?.[1] ?? '') : slugOrUrl;
    const key = profileKeyOf(slug);
    if (!this.connectedKeys.has(key))
      throw new Error(`FakeLinkedIn.disconnect: nobody connected has the profile "${slugOrUrl}".`);
    this.dropConnection(key);
  }

  /**
   * New connections: they join at the top of the list, as on LinkedIn ("Recently added"), the first
   * given newest, and the total grows by as many. Dated today unless given a date. Returns them.
   */
  connect(people: readonly ExtraPerson[]): FakePerson[] {
    const today = new Date().toISOString().slice(0, 10);
    const added = people.map((extra) => completePerson({ connectedOn: today, ...extra }, this.slugs));
    for (const person of added) {
      const key = profileKeyOf(person.slug);
      this.byKey.set(key, person);
      this.connectedKeys.add(key);
      this.nameIndex.set(person, indexName(person.name));
    }
    this.everyone.unshift(...added);
    this.connected = [...added, ...this.connected];
    return added;
  }

  /** The next page load uses this layout (same people). */
  setLayout(layout: Layout): void {
    assertLayout(layout);
    this.layout = layout;
  }

  /** The next page load speaks this language (LinkedIn's display language setting; same people). */
  setLang(lang: Lang): void {
    this.options = resolveOptions({ ...this.options, lang });
  }

  /** Test hook: the next removal dialog names this first name instead of the right person's. */
  nextDialogNames(name: string | null): void {
    this.dialogName = name;
  }

  /** The page faults now (all off unless set). */
  get faults(): FakeFaults {
    return { ...this.faultsNow };
  }

  /**
   * Changes some page faults at run time. The server's own take effect at once; a page already
   * open learns the new set with its next API answer (every answer carries it), a new page at load.
   */
  setFaults(change: Partial<FakeFaults>): void {
    this.faultsNow = resolveFaults(this.faultsNow, change);
  }

  setWarning(kind: WarningMode): void {
    assertWarning(kind);
    this.warning = kind;
  }

  // ---- routing ----

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    this.requests.push(request.url());
    try {
      if (/^\/in\//i.test(url.pathname)) {
        this.profileRequests.push(request.url());
        const person = this.byKey.get(profileKeyOf(url.pathname.split('/')[2] ?? '')) ?? null;
        return await fulfillHtml(route, profilePageHtml(this.options.lang, person), person ? 200 : 404);
      }
      if (url.pathname.startsWith(API_PREFIX)) return await this.handleApi(route, url);
      if (CONNECTIONS_PATH.test(url.pathname)) return await this.handleConnectionsPage(route, url);
      return await this.handleOtherPage(route, url);
    } catch (error) {
      console.error('[fake-linkedin] failed to answer', request.url(), error);
      await route
        .fulfill({ status: 500, contentType: 'text/plain', body: `fake LinkedIn error: ${String(error)}` })
        .catch(() => {});
    }
  }

  private async handleConnectionsPage(route: Route, url: URL): Promise<void> {
    const back = encodeURIComponent(url.href);
    if (this.warning === 'checkpoint') return redirect(route, `${CHECKPOINT_URL}&originalUrl=${back}`);
    if (this.warning === 'login') return redirect(route, `/uas/login?session_redirect=${back}`);
    const { lang, pageSize, menuFailsFirstClick, moreActionsLabel, loadMore, searchDebounceMs } =
      this.options;
    const layout = this.layout;
    const common = {
      apiBase: API_PREFIX,
      pageSize,
      menuFailsFirstClick,
      moreActionsLabel,
      searchDebounceMs,
      labels: clientLabels(lang, layout),
      faults: this.faults,
    };
    const script =
      layout === 'current'
        ? currentPageScript({ ...common, cls: this.cls, loadMore, rowHeight: ROW_HEIGHT })
        : classicPageScript(common);
    const html = connectionsPageHtml({
      layout,
      lang,
      total: this.connected.length,
      cls: this.cls,
      cards: [],
      restricted: this.warning === 'restricted',
      moreActionsLabel,
      script,
      recorder: this.options.recordFootprint ? footprintRecorderScript() : null,
    });
    await fulfillHtml(route, html);
  }

  private async handleOtherPage(route: Route, url: URL): Promise<void> {
    const { lang } = this.options;
    const path = url.pathname;
    if (path === '/favicon.ico') return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    if (path.startsWith('/checkpoint/')) return fulfillHtml(route, checkpointPageHtml(lang));
    if (/^\/(uas\/)?login/.test(path) || path.startsWith('/authwall'))
      return fulfillHtml(route, loginPageHtml(lang));
    const known: Array<[RegExp, string]> = [
      [/^\/feed\//, 'Feed'],
      [/^\/mypreferences\//, 'Settings & Privacy'],
      [/^\/psettings\//, 'Settings & Privacy'],
      [/^\/mynetwork\//, 'My Network'],
      [/^\/messaging\//, 'Messaging'],
    ];
    const title = known.find(([pattern]) => pattern.test(path))?.[1] ?? 'LinkedIn';
    return fulfillHtml(
      route,
      simplePageHtml(lang, `${title} | LinkedIn`, title, `A page of the fake LinkedIn (${path}).`),
    );
  }

  private async handlePhoto(route: Route): Promise<void> {
    const answer = photoResponse(route.request().url(), Date.now());
    await route
      .fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body })
      .catch(() => {});
  }

  // ---- the fake API the pages call ----

  private async handleApi(route: Route, url: URL): Promise<void> {
    const request = route.request();
    const endpoint = url.pathname.slice(API_PREFIX.length);
    const params = url.searchParams;
    const layout: Layout = params.get('layout') === 'classic' ? 'classic' : 'current';
    const method = request.method();
    if (endpoint === 'connections' && method === 'GET') {
      const start = nonNegativeInt(params.get('start'), 0);
      let delay = this.options.latencyMs;
      if (start > 0) {
        // Mid-list stalls: every Nth later batch hangs before answering, as on the live site.
        this.batchLoads++;
        const { every, ms } = this.options.stall;
        if (every > 0 && this.batchLoads % every === 0) delay += ms;
      }
      await sleep(delay);
      const count = Math.min(nonNegativeInt(params.get('count'), this.options.pageSize), 500);
      return this.answerJson(route, () => ({
        status: 200,
        body: this.connectionsBatch(start, count, params.get('q') ?? '', layout),
      }));
    }
    if (endpoint === 'remove-dialog' && method === 'GET') {
      await sleep(this.options.latencyMs);
      return this.answerJson(route, () => {
        const person = this.connectedPerson(params.get('slug') ?? '');
        if (!person) return { status: 404, body: { error: 'not-connected' } };
        const firstName =
          this.dialogName ?? (this.faultsNow.dialogShowsFullName ? person.name : person.firstName);
        this.dialogName = null;
        return { status: 200, body: { texts: removalDialogTexts(firstName, this.options.lang, layout) } };
      });
    }
    if (endpoint === 'remove' && method === 'POST') {
      // The removal happens when the request arrives; the answer comes after the latency.
      const answer = this.remove(request.postData() ?? '', layout);
      await sleep(this.options.latencyMs);
      return this.answerJson(route, () => answer);
    }
    await route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({ error: `no such fake API: ${method} ${endpoint}` }),
    });
  }

  /** Answers with the warning of the moment, if any, instead of `make()`'s answer. */
  private async answerJson(route: Route, make: () => { status: number; body: object }): Promise<void> {
    const { status, body } = this.warningAnswer() ?? make();
    const withFaults = { ...body, faults: this.faults };
    const envelope: object =
      this.warning === 'restricted'
        ? { ...withFaults, restricted: restrictedBannerText(this.options.lang) }
        : withFaults;
    await route
      .fulfill({ status, contentType: 'application/json', body: JSON.stringify(envelope) })
      .catch(() => {});
  }

  private warningAnswer(): { status: number; body: ApiEnvelope } | null {
    if (this.warning === 'checkpoint') {
      const texts = pageTexts(this.options.lang);
      return {
        status: 403,
        body: {
          challenge: {
            url: CHECKPOINT_URL,
            title: texts.checkpointTitle,
            texts: { heading: texts.checkpointHeading, body: texts.checkpointBody },
          },
        },
      };
    }
    if (this.warning === 'login')
      return {
        status: 401,
        body: {
          login: { url: '/uas/login?session_redirect=%2Fmynetwork%2Finvite-connect%2Fconnections%2F' },
        },
      };
    return null;
  }

  private connectionsBatch(start: number, count: number, query: string, layout: Layout) {
    const matches = nameMatcher(query);
    const listed =
      query.trim() === ''
        ? this.shownPeople()
        : this.shownPeople().filter((p) => matches(this.nameIndex.get(p) ?? [], p.name));
    const now = Date.now();
    const elements = listed
      .slice(start, start + count)
      .map((person, i) => cardDataFor(person, start + i, layout, this.options.lang, now));
    return {
      elements,
      hasMore: start + count < listed.length,
      totalText: totalHeading(this.connected.length, this.options.lang, layout),
    };
  }

  private remove(postData: string, layout: Layout): { status: number; body: object } {
    if (this.warningAnswer()) return { status: 403, body: { error: 'warning' } };
    if (this.warning === 'restricted') return { status: 403, body: { error: 'restricted' } };
    let slug = '';
    try {
      const sent = (JSON.parse(postData) as { slug?: unknown }).slug;
      slug = typeof sent === 'string' ? sent : '';
    } catch {
      return { status: 400, body: { error: 'the body must be JSON { "slug": ... }' } };
    }
    const person = this.connectedPerson(slug);
    const totalText = () => totalHeading(this.connected.length, this.options.lang, layout);
    if (!person) return { status: 404, body: { error: 'not-connected', totalText: totalText() } };
    const removed = [person];
    if (this.faultsNow.alsoRemovesNeighbour) {
      const neighbour = this.connected[this.connected.indexOf(person) + 1];
      if (neighbour) removed.push(neighbour);
    }
    for (const gone of removed) {
      this.dropConnection(profileKeyOf(gone.slug));
      this.removals.push({ slug: gone.slug, profileUrl: gone.profileUrl, name: gone.name, at: Date.now() });
      if (this.faultsNow.searchLagMs > 0) this.lagging.set(profileKeyOf(gone.slug), Date.now());
    }
    // The page drops everyone the server removed from its list (a server-driven list would).
    return {
      status: 200,
      body: { removed: true, totalText: totalText(), alsoRemoved: removed.slice(1).map((p) => p.slug) },
    };
  }

  /** Who the list shows: the connected, plus the just removed while the search index lags. */
  private shownPeople(): FakePerson[] {
    const lag = this.faultsNow.searchLagMs;
    if (lag <= 0 || this.lagging.size === 0) return this.connected;
    const now = Date.now();
    for (const [key, at] of this.lagging) if (now - at >= lag) this.lagging.delete(key);
    return this.everyone.filter((p) => {
      const key = profileKeyOf(p.slug);
      return this.connectedKeys.has(key) || this.lagging.has(key);
    });
  }

  private connectedPerson(slug: string): FakePerson | null {
    const key = profileKeyOf(slug);
    return this.connectedKeys.has(key) ? (this.byKey.get(key) ?? null) : null;
  }

  private dropConnection(key: string): void {
    const person = this.byKey.get(key);
    this.connectedKeys.delete(key);
    this.connected = this.connected.filter((p) => p !== person);
  }
}

/** Hand-made people first, then the generated ones; profile keys unique across both. */
function buildPeople(options: ResolvedOptions, slugs: SlugRegistry): FakePerson[] {
  const extras = options.extraPeople.map((extra) => completePerson(extra, slugs));
  const generated = generatePeople(options.size, options.seed);
  if (extras.length === 0) {
    for (const person of generated) slugs.claim(person.slug);
    return generated;
  }
  return [
    ...extras,
    ...generated.filter((person) => {
      // A hand-made person may take a slug the generator also drew: the hand-made one wins.
      if (slugs.has(person.slug)) return false;
      slugs.claim(person.slug);
      return true;
    }),
  ];
}

async function fulfillHtml(route: Route, html: string, status = 200): Promise<void> {
  await route.fulfill({ status, contentType: 'text/html; charset=utf-8', body: html }).catch(() => {});
}

/**
 * LinkedIn answers these with an HTTP 302. Playwright never routes a redirected request (it sends
 * it to the network), so the fake redirects from a blank page instead: the browser still ends up
 * on the target URL through a navigation of its own, and the page at the first URL is empty.
 */
async function redirect(route: Route, location: string): Promise<void> {
  const target = JSON.stringify(location).replace(/</g, '\\u003c');
  const html =
    `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=${location.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">` +
    `<script>location.replace(${target});</script></head><body></body></html>`;
  await fulfillHtml(route, html);
}

function nonNegativeInt(text: string | null, fallback: number): number {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
