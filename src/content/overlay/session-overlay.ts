import type { BackgroundToContent } from '../../messages';

type OverlayState = Extract<BackgroundToContent, { type: 'overlay/show' }>;

/**
 * The session panel on the Connections page: progress, countdown to the next removal, Pause and
 * Stop. It lives in a shadow root on its own host element (a child of <html>, outside the page's
 * body), so it neither touches nor is touched by LinkedIn's markup and styles. Text is set with
 * textContent only.
 *
 * The root is open, so the page's own scripts can reach these buttons and call click() on them.
 * Pause, Resume and Stop are the user's decisions (Resume is consent to remove again), so a button
 * acts only on a click the browser marks as trusted: one a person made.
 */
export class SessionOverlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly actions: { pause(): void; resume(): void; stop(): void }) {}

  show(state: OverlayState): void {
    const root = this.ensureRoot();
    const byId = <T extends HTMLElement>(id: string) => root.getElementById(id) as T;
    byId('status').textContent = STATUS_TEXT[state.state];
    byId('progress').textContent =
      state.planned > 0
        ? `${state.done} of ${state.planned} removed this session`
        : `${state.done} removed this session`;
    byId('current').textContent = state.current ? `Now: ${state.current}` : '';
    byId('message').textContent = state.message;
    const pause = byId<HTMLButtonElement>('pause');
    pause.textContent = state.state === 'paused' ? 'Resume' : 'Pause';
    pause.hidden = state.state === 'ended';
    byId<HTMLButtonElement>('stop').hidden = state.state === 'ended';
    byId<HTMLButtonElement>('close').hidden = state.state !== 'ended';
    pause.onclick = byPerson(() => (state.state === 'paused' ? this.actions.resume() : this.actions.pause()));
    // Count down from the worker's own "now", so a clock difference cannot skew the display.
    clearInterval(this.ticker);
    const countdown = byId('countdown');
    const receivedAt = performance.now();
    const render = () => {
      if (state.nextAt === null || state.state !== 'waiting') {
        countdown.textContent = '';
        return;
      }
      const left = Math.max(0, state.nextAt - state.now - (performance.now() - receivedAt));
      const seconds = Math.ceil(left / 1000);
      countdown.textContent = `Next removal in ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    };
    render();
    this.ticker = setInterval(render, 1000);
  }

  private ensureRoot(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    this.host = document.createElement('quietprune-session');
    this.host.setAttribute('data-quietprune', 'overlay');
    this.root = this.host.attachShadow({ mode: 'open' });
    this.root.innerHTML = TEMPLATE; // our own static markup; no page or scraped text goes in here
    this.root.getElementById('stop')!.addEventListener(
      'click',
      byPerson(() => this.actions.stop()),
    );
    this.root.getElementById('close')!.addEventListener(
      'click',
      byPerson(() => this.host?.remove()),
    );
    document.documentElement.append(this.host);
    return this.root;
  }
}

/** A click handler that ignores clicks a script made (element.click(), dispatchEvent). */
function byPerson(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}

const STATUS_TEXT: Record<OverlayState['state'], string> = {
  running: 'QuietPrune is removing…',
  waiting: 'QuietPrune: pausing like a person',
  paused: 'QuietPrune: paused',
  ended: 'QuietPrune: session ended',
};

const TEMPLATE = `
<style>
  :host { all: initial; }
  .panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 300px;
    font: 14px/1.4 system-ui, sans-serif; color: #1b1f23; background: #fff; border: 1px solid #c8d1c9;
    border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; }
  @media (prefers-color-scheme: dark) { .panel { color: #e6e9e6; background: #1f2421; border-color: #3b463e; } }
  h2 { font-size: 14px; margin: 0 0 6px; color: #2e7d32; }
  p { margin: 2px 0; }
  #message:empty, #current:empty, #countdown:empty { display: none; }
  .actions { display: flex; gap: 8px; margin-top: 8px; }
  button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #8a9a8d; background: transparent; color: inherit; cursor: pointer; }
  button:focus-visible { outline: 2px solid #2e7d32; outline-offset: 2px; }
  #stop { border-color: #b3261e; color: #b3261e; }
</style>
<section class="panel" role="status" aria-live="polite" aria-label="QuietPrune session">
  <h2 id="status"></h2>
  <p id="progress"></p>
  <p id="current"></p>
  <p id="countdown"></p>
  <p id="message"></p>
  <div class="actions">
    <button id="pause" type="button"></button>
    <button id="stop" type="button">Stop</button>
    <button id="close" type="button" hidden>Close</button>
  </div>
</section>`;
