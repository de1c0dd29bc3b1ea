/**
 * Who sent a message, from the browser's own `sender` fields (which a web page cannot forge):
 * one of our extension pages, or our content script in the top frame of a tab on
 * https://www.linkedin.com/. Anything else is refused before its content is looked at.
 */
export type SenderKind = 'extension-page' | 'linkedin-tab';

export interface SenderFields {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/**
 * `pagesOrigin` is where our own pages live (src/platform/extension-origin.ts): Chrome's
 * `chrome-extension://<id>`, or Firefox's `moz-extension://<uuid>`, whose host is a per-profile
 * uuid and not the add-on id that `sender.id` carries.
 */
export function classifySender(
  sender: SenderFields,
  extensionId: string,
  pagesOrigin = `chrome-extension://${extensionId}`,
): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  // protocol and host, not url.origin: the URL standard gives non-web schemes the origin "null".
  if (`${url.protocol}//${url.host}` === pagesOrigin) return 'extension-page';
  if (url.origin === 'https://www.linkedin.com' && sender.tab?.id !== undefined && sender.frameId === 0)
    return 'linkedin-tab';
  return null;
}
