// Bundled into the page by scripts/bench-panel.ts: the insurer panel as the extension draws it, and
// the floor it is measured against, the least an isolated in-page box can be (a closed shadow root
// holding one line of text in one style rule, fixed in the same corner).
import { mountInsurerPanel, type InsurerPanelData } from '@/lib/insurer/panel';

export function drawPanel(data: InsurerPanelData): void {
  mountInsurerPanel(document, data, { onDismissSite: () => undefined });
}

export function drawFloor(text: string): void {
  const host = document.createElement('knead-to-know-floor');
  host.style.cssText = 'display:block;position:fixed;right:16px;bottom:16px;width:320px;z-index:2147483647';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = 'p{margin:0;font:14px/1.4 sans-serif;background:#fff;border:1px solid #c9ccd3;padding:12px}';
  const line = document.createElement('p');
  line.textContent = text;
  root.append(style, line);
  document.documentElement.append(host);
}
