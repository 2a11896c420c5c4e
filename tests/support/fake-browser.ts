// Stands in for webextension-polyfill in vitest (aliased in vitest.config.ts): WXT's fake browser
// for storage, tabs and runtime, plus i18n answered from the real English locale file.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '@/public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function localMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

(fakeBrowser.i18n as { getMessage: typeof localMessage }).getMessage = localMessage;

export default fakeBrowser;
export { fakeBrowser as browser };
