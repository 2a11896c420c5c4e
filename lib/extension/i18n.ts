import browser from 'webextension-polyfill';
import type messages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** A user-facing string from the extension's locale files. Falls back to the key, never to blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
