import { Window as HappyDomWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentRuntime } from '@/lib/extension/content-script';
import { ADDRESS_POLL_MS, RECHECK_DELAYS_MS, watchPage } from '@/lib/page/watch';
import { directories } from '@/data/directories';
import { pageSnapshotSchema, type PageSnapshot } from '@/lib/page/schema';

interface Content {
  heading: string;
  text: string;
}
const CLINIC = { heading: 'Harbor Clinical Massage', text: 'Medical massage by physician referral.' };
const NEWS = { heading: 'Local news', text: 'The council approved new bike lanes on Tuesday.' };
const SPA = { heading: 'Lotus Day Spa', text: 'Hot stone massage and facials.' };

function show(doc: Document, { heading, text }: Content) {
  const h1 = doc.createElement('h1');
  h1.textContent = heading;
  const p = doc.createElement('p');
  p.textContent = text;
  doc.body.replaceChildren(h1, p);
}

/** A page as the content script sees it, with timers the test controls and an optional Navigation API. */
function pageWith(content: Content, withNavigationApi: boolean) {
  const happy = new HappyDomWindow({ url: 'https://www.massagebook.com/harbor' });
  const doc = happy.document as unknown as Document;
  show(doc, content);
  const navigateListeners = new Set<(event: { destination: { url: string } }) => void>();
  const location = { href: 'https://www.massagebook.com/harbor' };
  const win = {
    document: doc,
    location,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    postMessage: vi.fn(),
    ...(withNavigationApi
      ? {
          navigation: {
            addEventListener: (_: string, listener: (event: { destination: { url: string } }) => void) => navigateListeners.add(listener),
            removeEventListener: (_: string, listener: (event: { destination: { url: string } }) => void) => navigateListeners.delete(listener),
          },
        }
      : {}),
  };
  /** An in-page navigation (history.pushState) to another address, with new content. */
  const navigate = (url: string, next: Content) => {
    navigateListeners.forEach((listener) => listener({ destination: { url } }));
    location.href = url;
    show(doc, next);
  };
  return { win: win as unknown as Window, postMessage: win.postMessage, navigate, navigateListeners, dispatched: vi.spyOn(doc, 'dispatchEvent') };
}

function runtimeSpy(reply: unknown = { panel: null }) {
  const runtime = { id: 'ext-id', sendMessage: vi.fn(async (_message: unknown) => reply) } satisfies ContentRuntime;
  return { runtime, getRuntime: vi.fn((): ContentRuntime | undefined => runtime) };
}

const sentUrls = (runtime: ReturnType<typeof runtimeSpy>['runtime']) =>
  runtime.sendMessage.mock.calls.map(([message]) => (message as { snapshot: { url: string } }).snapshot.url);

describe('the content script page watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('leaves the extension API untouched on a page about something else', () => {
    const { win } = pageWith(NEWS, true);
    const { getRuntime } = runtimeSpy();
    watchPage(win, getRuntime, vi.fn());
    expect(getRuntime).not.toHaveBeenCalled();
  });

  it('hands a massage page to the background and passes its reply on', async () => {
    const { win } = pageWith(CLINIC, true);
    const { runtime, getRuntime } = runtimeSpy({ panel: null });
    const onReply = vi.fn();
    watchPage(win, getRuntime, onReply);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'page-snapshot', snapshot: expect.objectContaining({ url: 'https://www.massagebook.com/harbor', headings: ['Harbor Clinical Massage'] }) });
    await vi.waitFor(() => expect(onReply).toHaveBeenCalledWith({ panel: null }));
  });

  for (const withNavigationApi of [true, false]) {
    it(`looks again after an in-page navigation (${withNavigationApi ? 'Navigation API' : 'address polling'})`, async () => {
      const { win, navigate } = pageWith(CLINIC, withNavigationApi);
      const { runtime, getRuntime } = runtimeSpy();
      watchPage(win, getRuntime, vi.fn());
      navigate('https://www.massagebook.com/lotus-spa#top', SPA);
      await vi.advanceTimersByTimeAsync(ADDRESS_POLL_MS + RECHECK_DELAYS_MS.at(-1)!);
      expect(sentUrls(runtime)).toEqual([
        'https://www.massagebook.com/harbor',
        'https://www.massagebook.com/lotus-spa#top',
        'https://www.massagebook.com/lotus-spa#top',
      ]);
      // A change of the hash alone is not a new page.
      navigate('https://www.massagebook.com/lotus-spa#prices', CLINIC);
      await vi.advanceTimersByTimeAsync(ADDRESS_POLL_MS + RECHECK_DELAYS_MS.at(-1)!);
      expect(runtime.sendMessage).toHaveBeenCalledTimes(3);
    });
  }

  it('stops watching once the extension that injected it is gone', async () => {
    const { win, navigate, navigateListeners } = pageWith(CLINIC, true);
    const getRuntime = vi.fn((): ContentRuntime | undefined => ({ sendMessage: vi.fn() }));
    watchPage(win, getRuntime, vi.fn());
    expect(navigateListeners.size).toBe(0);
    navigate('https://www.massagebook.com/other', CLINIC);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAYS_MS.at(-1)!);
    expect(getRuntime).toHaveBeenCalledTimes(1);
  });

  it("on a known directory's results address, sends its title and address only, and reads the page in full elsewhere", async () => {
    const addresses = directories.map(({ domains, resultsPath, businessPath }) => ({ domains, resultsPath, businessPath }));
    const { win, navigate } = pageWith(CLINIC, true);
    const { runtime, getRuntime } = runtimeSpy();
    watchPage(win, getRuntime, vi.fn(), addresses);
    navigate('https://www.massagebook.com/search?q=medical+massage', SPA);
    (win.document as Document).title = 'Massage near Tempe';
    await vi.advanceTimersByTimeAsync(RECHECK_DELAYS_MS[0]!);
    const [onProviderPage, onResults] = runtime.sendMessage.mock.calls.map(([message]) => (message as { snapshot: PageSnapshot }).snapshot);
    expect(onProviderPage!.headings).toEqual(['Harbor Clinical Massage']);
    expect(onResults).toMatchObject({ url: 'https://www.massagebook.com/search?q=medical+massage', title: 'Massage near Tempe', text: '', headings: [] });
    expect(pageSnapshotSchema.safeParse(onResults).success).toBe(true);
  });

  it('says nothing to the page: no window message, no DOM event', () => {
    const { win, postMessage, dispatched } = pageWith(CLINIC, true);
    watchPage(win, runtimeSpy().getRuntime, vi.fn());
    expect(postMessage).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
  });
});
