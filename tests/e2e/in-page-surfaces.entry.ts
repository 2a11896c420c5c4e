// Bundled by tests/e2e/in-page-surfaces.ts for the accessibility check: the in-page insurer panel
// and the listing chips, built by the same modules the content scripts use, into a page of the
// test's choosing. Their shadow roots are closed in the product; axe reads open roots only, so this
// bundle opens them. Nothing else differs from what the content scripts draw.
import { mountInsurerPanel, type InsurerPanelData } from '@/lib/insurer/panel';
import { mountChip, type ChipData } from '@/lib/page/listing-chips';

const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attachOpen(init: ShadowRootInit) {
  return attachShadow.call(this, { ...init, mode: 'open' });
};

function render(panel: InsurerPanelData, chips: readonly (ChipData & { name: string })[]) {
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = 'Massage near you';
  const list = document.createElement('ul');
  main.append(heading, list);
  document.body.replaceChildren(main);
  for (const chip of chips) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = chip.link;
    const name = document.createElement('h2');
    name.textContent = chip.name;
    link.append(name);
    item.append(link);
    list.append(item);
    mountChip(document, { element: item, nameElement: name, card: { name: chip.name, link: chip.link, badges: [], text: chip.name, phones: [] } as never }, chip);
  }
  mountInsurerPanel(document, panel, { onDismissSite: () => undefined });
}

(globalThis as Record<string, unknown>).ktkRenderInPageSurfaces = render;
