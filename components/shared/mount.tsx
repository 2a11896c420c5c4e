import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import browser from 'webextension-polyfill';
import { switchLanguage } from '@/lib/extension/language-loader';
import { storedLanguageChoice } from '@/lib/extension/stored-language';
import './styles.css';

/** Sets t()'s language from the patient's settings and marks the page with it (screen readers, hyphenation). */
async function applyLanguage(doc: Document): Promise<void> {
  doc.documentElement.lang = await switchLanguage(await storedLanguageChoice(browser.storage.local).catch(() => undefined));
}

/**
 * Renders an extension page's root component into its #root element, in the patient's language,
 * and renders it again from scratch when the patient picks another language.
 */
export async function mountPage(page: ReactNode, doc: Document = document): Promise<void> {
  await applyLanguage(doc);
  const root = createRoot(doc.getElementById('root')!);
  let generation = 0;
  const render = () => root.render(<StrictMode key={generation}>{page}</StrictMode>);
  render();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes)) return;
    const before = doc.documentElement.lang;
    void applyLanguage(doc).then(() => {
      if (doc.documentElement.lang === before) return;
      generation += 1;
      render();
    });
  });
}
