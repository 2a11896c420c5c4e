import { describe, expect, it } from 'vitest';
import { acceptMessage } from '@/lib/extension/messages';

const OUR_ID = 'our-extension-id';
const BASE = 'chrome-extension://our-extension-id/';
const snapshot = {
  url: 'https://www.massagebook.com/x',
  title: 'T',
  metaDescription: '',
  headings: [],
  schemaItems: [],
  text: 'massage',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
};
const fromTab = { id: OUR_ID, tab: { id: 7, url: snapshot.url }, frameId: 0, url: snapshot.url };
const fromPopup = { id: OUR_ID, url: `${BASE}popup.html` };

describe('acceptMessage', () => {
  it('accepts a well-formed snapshot from our content script in a top frame', () => {
    expect(acceptMessage({ type: 'page-snapshot', snapshot }, fromTab, OUR_ID, BASE)).toMatchObject({ ok: true, origin: 'content-script' });
  });

  it('drops messages from another extension', () => {
    const r = acceptMessage({ type: 'page-snapshot', snapshot }, { ...fromTab, id: 'someone-else' }, OUR_ID, BASE);
    expect(r.ok).toBe(false);
  });

  it('drops snapshots from sub-frames, where ads and widgets live', () => {
    expect(acceptMessage({ type: 'page-snapshot', snapshot }, { ...fromTab, frameId: 3 }, OUR_ID, BASE).ok).toBe(false);
  });

  it('drops a snapshot whose text exceeds the cap', () => {
    const huge = { ...snapshot, text: 'x'.repeat(60_001) };
    const r = acceptMessage({ type: 'page-snapshot', snapshot: huge }, fromTab, OUR_ID, BASE);
    expect(r).toMatchObject({ ok: false });
    expect(r.ok || r.why).toMatch(/schema/);
  });

  it('drops unknown message types and non-objects', () => {
    expect(acceptMessage({ type: 'delete-everything' }, fromPopup, OUR_ID, BASE).ok).toBe(false);
    expect(acceptMessage('<img src=x onerror=alert(1)>', fromTab, OUR_ID, BASE).ok).toBe(false);
  });

  it('lets only extension pages ask for tab detections, and only content scripts send snapshots', () => {
    expect(acceptMessage({ type: 'get-tab-detection', tabId: 7 }, fromPopup, OUR_ID, BASE).ok).toBe(true);
    expect(acceptMessage({ type: 'get-tab-detection', tabId: 7 }, fromTab, OUR_ID, BASE).ok).toBe(false);
    expect(acceptMessage({ type: 'page-snapshot', snapshot }, fromPopup, OUR_ID, BASE).ok).toBe(false);
  });
});
