import spanishCatalog from '@/public/_locales/es/messages.json';
import { spanishTexts } from '@/data/i18n/es';
import { addSpanishTexts } from '@/data/i18n/local-text';
import { addCatalog } from './i18n';

/** Makes t() and the registries' texts answer in Spanish once the language is set to it. */
export function installSpanish(): void {
  addCatalog('es', spanishCatalog);
  addSpanishTexts(spanishTexts);
}
