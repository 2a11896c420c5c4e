import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundle } from '../../scripts/bench/common';
import type { InsurerPanelData } from '../../lib/insurer/panel';
import type { ChipData } from '../../lib/page/listing-chips';
import type { PageHandle } from './drivers/types';

const root = path.join(import.meta.dirname, '..', '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync(path.join(root, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Messages;
/** A message as browser.i18n.getMessage gives it: named placeholders stand for $1, $2… */
function message(key: string, ...subs: string[]): string {
  const { message: text, placeholders = {} } = messages[key]!;
  return text.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** The panel and one chip of each kind, with the extension's own English strings. */
function surfaceData(): { panel: InsurerPanelData; chips: (ChipData & { name: string })[] } {
  return {
    panel: {
      title: message('panelTitle'),
      intro: message('panelIntro', 'Aetna'),
      terms: ['massage therapy', 'chiropractic', 'physical therapy'],
      footer: message('panelFooter'),
      hideLabel: message('panelHide'),
      dismissSiteLabel: message('panelDismissSite'),
      collapseLabel: message('panelCollapse'),
      expandLabel: message('panelExpand'),
      collapsed: false,
      avoid: [],
    },
    chips: [
      { name: 'Harbor Clinical Massage', link: 'https://www.yelp.com/biz/harbor', kind: 'clinical-massage', chip: message('listingChipClinical'), title: message('listingClinicalClear'), reasons: ['Bills insurance: “we bill PIP and most plans”'] },
      { name: 'Lotus Day Spa', link: 'https://www.yelp.com/biz/lotus', kind: 'recreational-massage', chip: message('listingChipSpa'), title: message('listingSpaLeans'), reasons: ['Spa menu: “hot stone and aromatherapy”'] },
      { name: 'Beacon Bodywork', link: 'https://www.yelp.com/biz/beacon', kind: 'mixed-massage', chip: message('listingChipMixed'), title: message('listingMixedClear'), reasons: [] },
      { name: 'Corner Studio', link: 'https://www.yelp.com/biz/corner', kind: 'none', chip: message('listingChipUnclear'), title: message('listingUnclear'), reasons: [] },
    ],
  };
}

let surfaces: Promise<string> | undefined;
/** lib/insurer/panel.ts and lib/page/listing-chips.ts as one script (vite, the `@/` alias), with shadow roots opened for axe. */
function surfacesBundle(): Promise<string> {
  surfaces ??= bundle('tests/e2e/in-page-surfaces.entry.ts');
  return surfaces;
}

/** Replaces the page's body with a results list carrying one chip of each kind, and the insurer panel. */
export async function renderInPageSurfaces(page: PageHandle): Promise<void> {
  await page.evaluate(`${await surfacesBundle()}\n;true` as unknown as () => boolean, undefined);
  const data = surfaceData();
  await page.evaluate((d) => (globalThis as any).ktkRenderInPageSurfaces(d.panel, d.chips), data);
}
