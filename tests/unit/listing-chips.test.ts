import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { directories } from '@/data/directories';
import { handleMessage, type BackgroundDeps } from '@/lib/extension/background';
import { classifyListing } from '@/lib/detect/listings';
import { chipDataFor } from '@/lib/extension/listings-background';
import { CHIP_HOST_ATTRIBUTE, findCardsWithAdapter, type CardAdapter } from '@/lib/page/listing-cards';
import {
  adapterFromHandover,
  answerReadAllRequests,
  CHIP_RULES,
  CHIP_TAG,
  chipsFromReply,
  mountChip,
  startListingChips,
  type ChipData,
} from '@/lib/page/listing-chips';
import type { ListingCard } from '@/lib/page/listing-schema';
import { atOnce, type NearView } from '@/lib/page/near-view';
import { tabStateStore } from '@/lib/extension/tab-state';
import { openShortlist } from '@/lib/shortlist/db';
import { fixtureHtml, resultsFixtures } from '../support/listings';

const yelpFixture = resultsFixtures().find((f) => f.directory === 'yelp')!;
const yelp = directories.find((d) => d.id === 'yelp')!;
const yelpAdapter: CardAdapter = { id: yelp.id, businessPath: yelp.businessPath, selectors: yelp.selectors };

let win: Window;
function openPage(html: string, url: string): Document {
  win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  // Scripts are disabled: the fixture is parsed, never run.
  // eslint-disable-next-line no-unsanitized/method
  win.document.write(html);
  return win.document as unknown as Document;
}
afterEach(async () => {
  await win?.happyDOM.close();
});

const verdictsFor = (cards: ListingCard[]): ChipData[] => cards.map((card) => chipDataFor(classifyListing(card)));

/** Appends copies of the list's first card, each with its own name and business link. */
function appendCards(list: Element, prefix: string, count: number) {
  const template = list.querySelector('li')!;
  for (let i = 0; i < count; i++) {
    const li = template.cloneNode(true) as Element;
    li.querySelector(CHIP_TAG)?.remove();
    for (const a of li.querySelectorAll('a[href^="/biz/"]')) a.setAttribute('href', `/biz/${prefix}-${i}`);
    li.querySelector('[data-traffic-crawl-id]')!.textContent = `${prefix} Massage ${i}`;
    list.append(li);
  }
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('listing chips in the page', () => {
  it('puts one chip beside every listing name, outside the name link, and never a second one', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const requestVerdicts = vi.fn(async (cards: ListingCard[], _replace: boolean) => verdictsFor(cards));
    const chips = startListingChips(win as unknown as globalThis.Window, { adapter: yelpAdapter, requestVerdicts, nearView: atOnce });
    await chips.rescan();
    const hosts = [...doc.querySelectorAll(CHIP_TAG)];
    expect(hosts).toHaveLength(yelpFixture.expectedListings.length);
    for (const host of hosts) {
      expect(host.previousElementSibling?.getAttribute('data-traffic-crawl-id')).toBe('SearchResultBizName');
      expect(host.closest('a')).toBeNull();
      expect(host.hasAttribute(CHIP_HOST_ATTRIBUTE)).toBe(true);
      // Closed: the page cannot reach inside.
      expect((host as HTMLElement).shadowRoot).toBeNull();
      // Styled from inside its root only: no inline style of the host for the page to overwrite.
      expect(host.getAttribute('style')).toBeNull();
    }
    // Only the page's first batch replaces the background's list for the tab.
    // A small first batch (cold code), then larger ones.
    const total = yelpFixture.expectedListings.length;
    const sizes = [Math.min(CHIP_RULES.firstBatchSize, total)];
    for (let left = total - sizes[0]!; left > 0; left -= CHIP_RULES.batchSize) sizes.push(Math.min(CHIP_RULES.batchSize, left));
    expect(requestVerdicts.mock.calls.map((c) => c[0].length)).toEqual(sizes);
    expect(requestVerdicts.mock.calls.map((c) => c[1])).toEqual(sizes.map((_, i) => i === 0));

    await chips.rescan();
    await chips.restart();
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(yelpFixture.expectedListings.length);
    chips.stop();
  });

  it('gives new cards chips after a quiet moment (infinite scroll), in batches, and only the new ones', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const requestVerdicts = vi.fn(async (cards: ListingCard[], _replace: boolean) => verdictsFor(cards));
    const chips = startListingChips(win as unknown as globalThis.Window, { adapter: yelpAdapter, requestVerdicts, nearView: atOnce });
    await chips.rescan();
    const firstScan = requestVerdicts.mock.calls.length;
    appendCards(doc.querySelector('section[aria-label="All Results"] ul')!, 'Appended', 25);
    // Nothing happens while the page is still changing.
    expect(requestVerdicts).toHaveBeenCalledTimes(firstScan);
    await wait(CHIP_RULES.debounceMs + 150);
    await chips.rescan();
    const calls = requestVerdicts.mock.calls.slice(firstScan);
    const size = CHIP_RULES.batchSize;
    expect(calls.map((c) => c[0].length)).toEqual(Array.from({ length: Math.ceil(25 / size) }, (_, i) => Math.min(size, 25 - i * size)));
    expect(calls.every((c) => c[1] === false)).toBe(true);
    expect(calls.flatMap((c) => c[0].map((card) => card.name))).toEqual(Array.from({ length: 25 }, (_, i) => `Appended Massage ${i}`));
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(yelpFixture.expectedListings.length + 25);
    // A removed card takes its chip with it.
    doc.querySelector('section[aria-label="All Results"] ul')!.lastElementChild!.remove();
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(yelpFixture.expectedListings.length + 24);
    chips.stop();
  });

  it('reads the next batch only after the page had its turn, and draws each batch on its own reply', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const list = doc.querySelector('section[aria-label="All Results"] ul')!;
    appendCards(list, 'extra', CHIP_RULES.batchSize + 3);
    const total = yelpFixture.expectedListings.length + CHIP_RULES.batchSize + 3;
    const turns: (() => void)[] = [];
    const yieldToPage = () => new Promise<void>((resolve) => turns.push(resolve));
    const requestVerdicts = vi.fn(async (cards: ListingCard[], _replace: boolean) => verdictsFor(cards));
    const chips = startListingChips(win as unknown as globalThis.Window, { adapter: yelpAdapter, requestVerdicts, yieldToPage, nearView: atOnce });
    const scanned = chips.rescan();
    // Locating a long list is a task of its own: nothing is read before the page had a turn.
    await vi.waitFor(() => expect(turns).toHaveLength(1));
    expect(requestVerdicts).not.toHaveBeenCalled();
    turns[0]!();
    await vi.waitFor(() => expect(turns).toHaveLength(2));
    // One batch read, sent and drawn; the rest waits for the page's turn.
    expect(requestVerdicts).toHaveBeenCalledTimes(1);
    expect(requestVerdicts.mock.calls[0]![0]).toHaveLength(CHIP_RULES.firstBatchSize);
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(CHIP_RULES.firstBatchSize);
    for (let turn = 1; turns[turn]; turn++) {
      turns[turn]!();
      await vi.waitFor(() => expect(turns.length > turn + 1 || requestVerdicts.mock.calls.reduce((n, c) => n + c[0].length, 0) >= total).toBe(true));
    }
    await scanned;
    expect(requestVerdicts.mock.calls.map((c) => c[0].length).reduce((a, b) => a + b)).toBe(total);
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(total);
    chips.stop();
  });

  it('keeps to the finder that worked: when the adapter no longer matches, cards added later are found by shape', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const stale: CardAdapter = { ...yelpAdapter, selectors: { ...yelpAdapter.selectors, card: '[data-testid="renamed-card"]' } };
    const requestVerdicts = vi.fn(async (cards: ListingCard[], _replace: boolean) => verdictsFor(cards));
    const chips = startListingChips(win as unknown as globalThis.Window, { adapter: stale, requestVerdicts, yieldToPage: async () => {}, nearView: atOnce });
    await chips.rescan();
    const before = doc.querySelectorAll(CHIP_TAG).length;
    expect(before).toBeGreaterThanOrEqual(yelpFixture.expectedListings.length - 1);
    appendCards(doc.querySelector('section[aria-label="All Results"] ul')!, 'later', 4);
    await chips.rescan();
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(before + 4);
    chips.stop();
  });

  it('reads a card only when its listing comes near the viewport or the popup asks for all, and never sends one twice', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    // Stands in for the IntersectionObserver: the test says which cards came near.
    const waiting = new Map<Element, () => void>();
    const nearView: NearView = {
      watch: (element, work) => void waiting.set(element, work),
      forgetDetached: () => [...waiting.keys()].filter((element) => !element.isConnected && waiting.delete(element)),
      stop: () => waiting.clear(),
    };
    const comeNear = (element: Element) => {
      const work = waiting.get(element)!;
      waiting.delete(element);
      work();
    };
    const requestVerdicts = vi.fn(async (cards: ListingCard[], _replace: boolean) => verdictsFor(cards));
    const sentNames = () => requestVerdicts.mock.calls.flatMap((c) => c[0].map((card) => card.name));
    const chipNames = () => [...doc.querySelectorAll(CHIP_TAG)].map((host) => host.previousElementSibling?.textContent);
    const nameOf = (card: Element) => card.querySelector('[data-traffic-crawl-id="SearchResultBizName"]')!.textContent;
    const chips = startListingChips(win as unknown as globalThis.Window, { adapter: yelpAdapter, requestVerdicts, yieldToPage: async () => {}, nearView });
    await chips.rescan();
    const total = yelpFixture.expectedListings.length;
    // Every card is located and watched; none is read, sent or drawn before it comes near.
    const cards = [...waiting.keys()];
    expect(cards).toHaveLength(total);
    expect(requestVerdicts).not.toHaveBeenCalled();
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(0);

    // Three listings come near: those three are read in one batch, the page's first, and drawn.
    cards.slice(0, 3).forEach(comeNear);
    await chips.rescan();
    expect(requestVerdicts.mock.calls.map((c) => [c[0].length, c[1]])).toEqual([[3, true]]);
    expect(chipNames()).toEqual(cards.slice(0, 3).map(nameOf));

    // The popup asks for every listing: the rest are read and classified, and their chips wait to be near.
    await chips.readAll();
    expect(sentNames().sort()).toEqual(cards.map(nameOf).sort());
    expect(requestVerdicts.mock.calls.slice(1).every((c) => c[1] === false)).toBe(true);
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(3);
    expect(waiting.size).toBe(total - 3);
    // Looking again, or asking again, sends nothing: drawn or waiting, every card is known.
    await chips.rescan();
    await chips.readAll();
    expect(sentNames()).toHaveLength(total);

    // A waiting card the page takes out and puts back is located again, and read again only when asked.
    const list = cards[5]!.parentElement!;
    cards[5]!.remove();
    await chips.rescan();
    list.append(cards[5]!);
    await chips.rescan();
    expect(sentNames()).toHaveLength(total);
    await chips.readAll();
    expect(sentNames()).toHaveLength(total + 1);
    expect(waiting.has(cards[5]!)).toBe(true);

    // After the page's address changed in script, every card waits to be read again, as the page's first batch.
    await chips.restart();
    expect(waiting.size).toBe(total);
    const before = requestVerdicts.mock.calls.length;
    [...waiting.keys()].forEach(comeNear);
    await chips.rescan();
    expect(requestVerdicts.mock.calls[before]![1]).toBe(true);
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(total);
    expect(new Set(chipNames()).size).toBe(total);
    chips.stop();
    expect(waiting.size).toBe(0);
  });

  it('keeps going past 200 listings, reading each card once', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const quick = (cards: ListingCard[]): ChipData[] => cards.map((c) => ({ link: c.link, kind: 'none', chip: '?', title: 'Unclear', reasons: [] }));
    const requestVerdicts = vi.fn(async (cards: ListingCard[], _replace: boolean) => quick(cards));
    const chips = startListingChips(win as unknown as globalThis.Window, { adapter: yelpAdapter, requestVerdicts, nearView: atOnce });
    await chips.rescan();
    const list = doc.querySelector('section[aria-label="All Results"] ul')!;
    const template = list.querySelector('li')!;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 100; i++) {
        const li = template.cloneNode(true) as Element;
        li.querySelector(CHIP_TAG)?.remove();
        for (const a of li.querySelectorAll('a[href^="/biz/"]')) a.setAttribute('href', `/biz/more-${round}-${i}`);
        list.append(li);
      }
      await chips.rescan();
    }
    expect(doc.querySelectorAll(CHIP_TAG)).toHaveLength(yelpFixture.expectedListings.length + 200);
    const sent = requestVerdicts.mock.calls.flatMap((c) => c[0].map((card) => card.link));
    expect(new Set(sent).size).toBe(sent.length);
    chips.stop();
  }, 30_000);

  it('a chip is a keyboard-reachable button with the verdict and reasons, and keeps its clicks from the card', () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const [found] = findCardsWithAdapter(doc, yelpFixture.url, yelpAdapter);
    const data = chipDataFor(classifyListing(found!.card));
    const { host, root } = mountChip(doc, found!, data);
    // The host's own style comes from its shadow root, every declaration important, which outranks
    // the page's important rules and inline styles; the open chip goes one layer up. One sheet is
    // shared by every chip where the document can adopt it, else each chip has its own.
    const css = root.adoptedStyleSheets?.length
      ? [...root.adoptedStyleSheets[0]!.cssRules].map((rule) => rule.cssText).join('\n')
      : root.querySelector('style')!.textContent!;
    const hostRule = /:host \{([^}]*)\}/.exec(css)![1]!;
    for (const declaration of ['all: initial !important', 'display: inline-block !important', 'visibility: visible !important', 'opacity: 1 !important'])
      expect(hostRule).toContain(declaration);
    expect(hostRule.split(';').filter((d) => d.trim() && !d.includes('!important'))).toEqual([]);
    expect(css).toMatch(/:host\(:hover\), :host\(:focus-within\) \{ z-index: 2147483001 !important; \}/);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe(data.chip);
    expect(button.tabIndex).toBeGreaterThanOrEqual(0);
    expect(button.getAttribute('aria-label')).toContain(data.title);
    // The reasons are built when the chip is first pointed at or focused, once.
    expect(root.querySelector('[role="tooltip"]')).toBeNull();
    expect(button.hasAttribute('aria-describedby')).toBe(false);
    host.dispatchEvent(new doc.defaultView!.FocusEvent('focusin', { bubbles: true }));
    expect(root.getElementById(button.getAttribute('aria-describedby')!)!.getAttribute('role')).toBe('tooltip');
    expect(root.querySelector('[role="tooltip"]')!.textContent).toContain(data.reasons[0]!);
    host.dispatchEvent(new doc.defaultView!.PointerEvent('pointerenter'));
    expect(root.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    const cardClicks = vi.fn();
    found!.element.addEventListener('click', cardClicks);
    host.click();
    expect(cardClicks).not.toHaveBeenCalled();
    // Drawing again reuses the same chip, and an opened chip keeps its reasons in view.
    mountChip(doc, found!, { ...data, reasons: ['A new reason'] }, { host, root });
    expect(found!.element.querySelectorAll(CHIP_TAG)).toHaveLength(1);
    expect(root.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    expect(root.querySelector('[role="tooltip"]')!.textContent).toContain('A new reason');
  });

  it('answers the popup\'s request for every listing once it has read them, and leaves other messages alone', async () => {
    let listener: ((message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined) | undefined;
    const runtime = { sendMessage: async () => undefined, onMessage: { addListener: (l: typeof listener) => void (listener = l) } };
    let finish = () => {};
    const readAll = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    answerReadAllRequests(runtime, readAll);
    const responses: unknown[] = [];
    expect(listener!({ type: 'something-else' }, {}, (r) => responses.push(r))).toBeUndefined();
    expect(readAll).not.toHaveBeenCalled();
    // True keeps the channel open: the answer comes once every card is read.
    expect(listener!({ type: 'read-all-listings' }, {}, (r) => responses.push(r))).toBe(true);
    expect(readAll).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(responses).toEqual([]);
    finish();
    await vi.waitFor(() => expect(responses).toEqual([{ read: true }]));
    answerReadAllRequests(undefined, readAll);
  });

  it('accepts only well-formed handovers and replies', () => {
    expect(adapterFromHandover({ adapter: null })).toBeNull();
    expect(adapterFromHandover({ adapter: yelpAdapter })).toEqual(yelpAdapter);
    expect(adapterFromHandover({ adapter: { ...yelpAdapter, selectors: { card: 42 } } })).toBeUndefined();
    expect(adapterFromHandover('yelp')).toBeUndefined();
    const good: ChipData = { link: 'https://x.test/a', kind: 'none', chip: '?', title: 'Unclear', reasons: [] };
    expect(chipsFromReply({ chips: [good, { ...good, kind: 'insurer' }] })).toEqual([good]);
    expect(chipsFromReply(undefined)).toEqual([]);
  });
});

describe('listing chips through the background', () => {
  const OUR_ID = 'ext-id';
  let shortlistName = '';
  beforeEach(() => {
    shortlistName = `chips-${Math.random().toString(36).slice(2)}`;
  });
  const fromTab = (tabId: number, url: string) => ({ id: OUR_ID, frameId: 0, tab: { id: tabId, url } });
  beforeEach(() => fakeBrowser.reset());

  function makeDeps() {
    const badges = new Map<number, string>();
    const showListings = vi.fn(async () => undefined);
    const deps: BackgroundDeps = {
      store: tabStateStore(fakeBrowser.storage.session),
      toolbar: {
        setBadgeText: async ({ tabId, text }) => void badges.set(tabId!, text ?? ''),
        setBadgeBackgroundColor: async () => undefined,
        setTitle: async () => undefined,
      },
      ourId: OUR_ID,
      ourBaseUrl: 'chrome-extension://ext-id/',
      log: vi.fn(),
      readPage: async () => undefined,
      tabUrl: async () => undefined,
      settings: fakeBrowser.storage.local,
      showPanel: vi.fn(async () => undefined),
      showListings,
      openShortlist: () => openShortlist(shortlistName),
    };
    return { deps, badges, showListings };
  }

  const snapshot = (url: string, text: string) => ({
    url,
    title: 'Top 10 Best Massage near Brooklyn',
    metaDescription: '',
    headings: [],
    schemaItems: [],
    text,
    textTruncated: false,
    phoneLinks: [],
    emailLinks: [],
  });
  const MIXED_PAGE_TEXT =
    'Book now. Medical massage by physician referral, SOAP notes, accepts insurance. Hot stone massage, gift cards, couples massage, facials. 60 min $95.';

  it('a known results page is never one provider, gets chips, and keeps each card\'s verdict', async () => {
    const { deps, badges, showListings } = makeDeps();
    const url = yelpFixture.url;
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshot(url, MIXED_PAGE_TEXT) }, fromTab(3, url));
    expect(await deps.store.get(3)).toMatchObject({ kind: 'none', listings: [], evidence: [] });
    expect(badges.get(3)).toBe('');
    expect(showListings).toHaveBeenCalledWith(3, { adapter: expect.objectContaining({ id: 'yelp' }), labels: expect.objectContaining({ save: expect.any(String) }) });

    const doc = openPage(fixtureHtml(yelpFixture), url);
    const cards = findCardsWithAdapter(doc, url, yelpAdapter).map((f) => f.card);
    const reply = (await handleMessage(deps, { type: 'listing-cards', cards: cards.slice(0, 6), replace: true }, fromTab(3, url))) as {
      chips: ChipData[];
    };
    expect(reply.chips.map((c) => c.link)).toEqual(cards.slice(0, 6).map((c) => c.link));
    await handleMessage(deps, { type: 'listing-cards', cards: cards.slice(4), replace: false }, fromTab(3, url));
    const stored = await deps.store.get(3);
    expect(stored?.listings?.map((l) => l.name).sort()).toEqual(cards.map((c) => c.name).sort());
    expect(stored?.kind).toBe('none');

    // The content script reports the same address again (an in-page recheck): the listings stay.
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshot(url, MIXED_PAGE_TEXT) }, fromTab(3, url));
    expect((await deps.store.get(3))?.listings).toHaveLength(cards.length);
  });

  it('a directory\'s own business page stays a provider page and gets no chips', async () => {
    const { deps, showListings } = makeDeps();
    const url = 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn';
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshot(url, MIXED_PAGE_TEXT) }, fromTab(4, url));
    expect(showListings).not.toHaveBeenCalled();
    expect((await deps.store.get(4))?.listings).toBeUndefined();
  });

  it('"Check this page" on a directory without an adapter: chips look by shape, and cards turn the page into results', async () => {
    const { deps, badges, showListings } = makeDeps();
    const url = 'https://www.bodyworkfinder.org/therapists?near=Asheville%2C+NC';
    deps.readPage = async () => snapshot(url, MIXED_PAGE_TEXT);
    deps.tabUrl = async () => url;
    const fromPopup = { id: OUR_ID, url: 'chrome-extension://ext-id/popup.html' };
    await handleMessage(deps, { type: 'analyse-tab', tabId: 6 }, fromPopup);
    expect(showListings).toHaveBeenCalledWith(6, { adapter: null, labels: expect.objectContaining({ save: expect.any(String) }) });
    // Its "Top 10 … near …" title already marks a list of many providers: no provider badge.
    expect(badges.get(6) ?? '').toBe('');
    const card: ListingCard = { name: 'Blue Ridge Clinical Massage', link: 'https://www.bodyworkfinder.org/therapist/blue-ridge', badges: [], phones: [], text: 'Medical massage, we bill your insurance.' };
    await handleMessage(deps, { type: 'listing-cards', cards: [card], replace: true }, fromTab(6, url));
    expect(await deps.store.get(6)).toMatchObject({ kind: 'none', evidence: [], listings: [{ name: card.name, kind: 'clinical-massage' }] });
    expect(badges.get(6)).toBe('');
  });

  it('saves a listing the background classified for the tab, from a chip or from the popup; never a link the page makes up', async () => {
    const { deps } = makeDeps();
    const url = yelpFixture.url;
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshot(url, MIXED_PAGE_TEXT) }, fromTab(3, url));
    const doc = openPage(fixtureHtml(yelpFixture), url);
    const cards = findCardsWithAdapter(doc, url, yelpAdapter).map((f) => f.card);
    await handleMessage(deps, { type: 'listing-cards', cards, replace: true }, fromTab(3, url));
    const harbor = cards.find((c) => c.name === 'Harbor Clinical Massage')!;
    const velvet = cards.find((c) => c.name === 'Velvet Lotus Day Spa')!;

    // From the chip: the page names only the link.
    const fromChip = await handleMessage(deps, { type: 'save-listing', link: harbor.link }, fromTab(3, url));
    expect(fromChip).toEqual({ saved: true, providerId: 'https://yelp.com/biz/harbor-clinical-massage-brooklyn' });
    // From the popup, for the tab it shows.
    const fromPopup = { id: OUR_ID, url: 'chrome-extension://ext-id/popup.html' };
    expect(await handleMessage(deps, { type: 'save-tab-listing', tabId: 3, link: velvet.link }, fromPopup)).toMatchObject({ saved: true });
    // Neither may stand in for the other.
    expect(handleMessage(deps, { type: 'save-listing', link: harbor.link }, fromPopup)).toBeUndefined();
    expect(handleMessage(deps, { type: 'save-tab-listing', tabId: 3, link: harbor.link }, fromTab(3, url))).toBeUndefined();
    // A link that is not one of the tab's listings (the results page itself, a forged one) saves nothing.
    expect(await handleMessage(deps, { type: 'save-listing', link: url }, fromTab(3, url))).toEqual({ saved: false, error: 'not-a-listing' });
    expect(await handleMessage(deps, { type: 'save-listing', link: 'https://evil.example/biz/x' }, fromTab(3, url))).toMatchObject({ saved: false });
    expect(handleMessage(deps, { type: 'save-listing', link: 'javascript:alert(1)' }, fromTab(3, url))).toBeUndefined();

    const shortlist = await openShortlist(shortlistName);
    const saved = await shortlist.list();
    shortlist.close();
    expect(saved.map((p) => p.name).sort()).toEqual(['Harbor Clinical Massage', 'Velvet Lotus Day Spa']);
    const savedHarbor = saved.find((p) => p.name === 'Harbor Clinical Massage')!;
    expect(savedHarbor).toMatchObject({ kind: 'clinical-massage', url: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn' });
    expect(savedHarbor.seenOn?.[0]).toMatchObject({ directory: 'Yelp', kind: 'clinical-massage' });
    expect(savedHarbor.seenOn?.[0]?.reasons.length).toBeGreaterThan(0);
    expect(saved.some((p) => p.url.includes('/search'))).toBe(false);
  });

  it('chips share one style sheet where the page lets them, and keep their own where it refuses', () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const [first, second] = findCardsWithAdapter(doc, yelpFixture.url, yelpAdapter);
    const a = mountChip(doc, first!, chipDataFor(classifyListing(first!.card)));
    const b = mountChip(doc, second!, chipDataFor(classifyListing(second!.card)));
    expect(a.root.adoptedStyleSheets).toHaveLength(1);
    expect(b.root.adoptedStyleSheets[0]).toBe(a.root.adoptedStyleSheets[0]);
    expect(a.root.querySelector('style')).toBeNull();

    // As a content script's wrappers may in Firefox: setting a page root's sheets throws.
    const refusing = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    Object.defineProperty(refusing.defaultView!.ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Permission denied');
      },
    });
    const [card] = findCardsWithAdapter(refusing, yelpFixture.url, yelpAdapter);
    const data = chipDataFor(classifyListing(card!.card));
    const chip = mountChip(refusing, card!, data);
    expect(chip.root.querySelector('style')!.textContent).toContain(':host {');
    // Redrawn with a new verdict, it still has exactly one.
    mountChip(refusing, card!, data, chip);
    expect(chip.root.querySelectorAll('style')).toHaveLength(1);
  });

  it('a chip\'s save button is reachable by keyboard inside the chip and reports what happened', async () => {
    const doc = openPage(fixtureHtml(yelpFixture), yelpFixture.url);
    const [found] = findCardsWithAdapter(doc, yelpFixture.url, yelpAdapter);
    const data = chipDataFor(classifyListing(found!.card));
    const save = vi.fn(async () => true);
    const { host, root } = mountChip(doc, found!, data, undefined, { labels: { save: 'Save to shortlist', saved: 'Saved', failed: 'Not saved' }, save });
    host.dispatchEvent(new doc.defaultView!.PointerEvent('pointerenter'));
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([data.chip, 'Save to shortlist']);
    // Outside the tooltip (a tooltip holds no controls), in the chip's tab order.
    expect(root.querySelector('[role="tooltip"] button')).toBeNull();
    expect(buttons[1]!.tabIndex).toBeGreaterThanOrEqual(0);
    // The brand mark is decorative.
    expect(buttons[0]!.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    buttons[1]!.click();
    await vi.waitFor(() => expect(buttons[1]!.textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith(data.link);
  });

  it('takes listing cards only from a page, never from an extension page', () => {
    const { deps } = makeDeps();
    const fromPopup = { id: OUR_ID, url: 'chrome-extension://ext-id/popup.html' };
    expect(handleMessage(deps, { type: 'listing-cards', cards: [], replace: true }, fromPopup)).toBeUndefined();
  });

});
