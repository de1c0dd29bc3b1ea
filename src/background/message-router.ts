import browser from 'webextension-polyfill';
import type { core } from 'zod/mini';
import {
  ContentToBackgroundSchema,
  UiToBackgroundSchema,
  type ContentToBackground,
  type Reply,
  type UiToBackground,
} from '../messages';
import { classifySender } from './sender-check';
import { extensionPagesOrigin } from '../platform/extension-origin';

/**
 * The worker's front door. A message is acted on only if (1) the browser says it came from one of
 * our pages or from our content script on a linkedin.com tab, and (2) it parses against the schema
 * for that direction. Anything else gets an error reply; nothing throws out of here.
 */
export type UiHandlers = {
  [T in UiToBackground['type']]: (message: Extract<UiToBackground, { type: T }>) => Promise<Reply>;
};
export type ContentHandlers = {
  [T in ContentToBackground['type']]: (
    message: Extract<ContentToBackground, { type: T }>,
    tabId: number,
  ) => Promise<Reply>;
};

export function createMessageRouter(ui: UiHandlers, content: ContentHandlers) {
  return async function route(raw: unknown, sender: browser.Runtime.MessageSender): Promise<Reply> {
    try {
      const kind = classifySender(sender, browser.runtime.id, extensionPagesOrigin());
      if (kind === 'extension-page') {
        const parsed = UiToBackgroundSchema.safeParse(raw);
        if (!parsed.success) return refuse(raw, parsed.error);
        const handler = ui[parsed.data.type] as (m: UiToBackground) => Promise<Reply>;
        return await handler(parsed.data);
      }
      if (kind === 'linkedin-tab') {
        const parsed = ContentToBackgroundSchema.safeParse(raw);
        if (!parsed.success) return refuse(raw, parsed.error);
        const handler = content[parsed.data.type] as (
          m: ContentToBackground,
          tabId: number,
        ) => Promise<Reply>;
        return await handler(parsed.data, sender.tab!.id!);
      }
      console.warn('QuietPrune refused a message from an unknown sender', sender.url);
      return {
        ok: false,
        error: 'Refused: QuietPrune only accepts messages from its own pages and its script on linkedin.com.',
      };
    } catch (error) {
      console.error('QuietPrune: a message handler failed', error);
      return {
        ok: false,
        error: `Something went wrong in QuietPrune: ${(error as Error)?.message ?? String(error)}`,
      };
    }
  };
}

function refuse(raw: unknown, error: core.$ZodError): Reply {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : 'unknown';
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return {
    ok: false,
    error: `Refused a malformed “${type}” message${where}: ${issue?.message ?? 'invalid'}`,
  };
}
