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

export function classifySender(sender: SenderFields, extensionId: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol === 'chrome-extension:' && url.host === extensionId) return 'extension-page';
  if (url.origin === 'https://www.linkedin.com' && sender.tab?.id !== undefined && sender.frameId === 0)
    return 'linkedin-tab';
  return null;
}
