// Chips beside each listing of a directory's results page (MED / SPA / MIX / ?), with the
// listing's verdict and reasons on hover or focus. Injected only into results pages (the
// background decides), never part of the declared content script. Zod-free and React-free; built
// with text nodes only. The verdicts come from the background, which classifies each card.
import {
  CHIP_HOST_ATTRIBUTE,
  findCardsGeneric,
  locateCardsWithAdapter,
  looksLikeBusinessCards,
  readLocatedCard,
  type CardAdapter,
  type FoundCard,
  type LocatedCard,
} from './listing-cards';
import type { ListingCard } from './listing-schema';
import { createBrandMark } from '@/lib/extension/brand-mark';
import { nearViewport, type NearView } from './near-view';
import { READ_ALL_LISTINGS, type ContentRuntime } from '@/lib/extension/content-script';

export const CHIP_TAG = 'knead-to-know-chip';

/** What the background sends back for one card, ready to show. */
export interface ChipData {
  link: string;
  kind: 'clinical-massage' | 'recreational-massage' | 'mixed-massage' | 'none';
  /** MED, SPA, MIX or ?, in the patient's language. */
  chip: string;
  /** One sentence: the verdict and how sure it is. */
  title: string;
  reasons: string[];
  /** The language of chip and title (BCP 47), for the chip's `lang`. */
  lang?: string;
}

export const CHIP_RULES = {
  /**
   * Cards read and sent to the background in the page's first message. Reading runs cold code
   * then (about 6 ms before the first card is done), so the first batch is kept small enough to
   * fit a frame.
   */
  firstBatchSize: 10,
  /** Cards read and sent per message after that, warm (about 0.3 ms a card): fewer round trips. */
  batchSize: 20,
  /** Quiet time after the page's last change before looking for new cards. */
  debounceMs: 250,
} as const;

// The host's own style, set from inside its shadow root as `:host` rules marked `!important`: an
// important declaration of a shadow tree outranks every important one of the page around it, its
// inline styles included (CSS Cascade 4, "context"), so page CSS cannot hide, move or restyle the
// host; inside, the closed shadow root keeps the page out altogether. Inline `!important` styles
// on each host did the same but cost the page's load more: `all: initial` expands to every CSS
// property, parsed and applied per host, for each of a dozen chips drawn at once. A patient's own
// stylesheet (the user origin) still outranks these, so text spacing stays theirs to widen.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'inline-block',
  position: 'relative',
  margin: '0 0 0 6px',
  padding: '0',
  border: '0',
  'vertical-align': 'middle',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  'pointer-events': 'auto',
  'line-height': '1',
  'font-size': '12px',
  'font-family': 'system-ui, sans-serif',
  'z-index': '2147483000',
};

/** The layer of the chip whose panel is open: above its neighbours. */
const OPEN_LAYER = '2147483001';

const important = (style: Record<string, string>) =>
  Object.entries(style)
    .map(([property, value]) => `${property}: ${value} !important;`)
    .join(' ');

const COLOURS: Record<ChipData['kind'], string> = {
  'clinical-massage': '#1f5fbf',
  'recreational-massage': '#a04a86',
  'mixed-massage': '#6b5a1e',
  none: '#5f6670',
};

// Every chip sits on the same layer, so a later one would paint over an open panel: the chip whose
// panel is open goes one layer up while it is.
const CHIP_CSS = `
:host { ${important(HOST_STYLE)} }
:host(:hover), :host(:focus-within) { z-index: ${OPEN_LAYER} !important; }
* { letter-spacing: normal; word-spacing: normal; }
.chip { display: inline-flex; align-items: center; gap: 4px; font: 600 11px/1 system-ui, sans-serif; letter-spacing: .04em;
  color: #fff; border: 0; border-radius: 9px; padding: 3px 7px 3px 3px; cursor: help; }
.chip svg { flex: none; display: block; }
button:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
.save { margin-top: 8px; font: 600 13px/1.2 system-ui, sans-serif; color: #fff; background: #0b5d5e; border: 0;
  border-radius: 6px; padding: 6px 10px; cursor: pointer; }
.save[aria-disabled="true"] { background: #4a5560; cursor: default; }
.panel { display: none; position: absolute; top: calc(100% + 6px); left: 0; width: 280px; box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #c9ccd3; border-radius: 8px;
  padding: 8px 10px; box-shadow: 0 6px 20px rgba(0,0,0,.18); text-align: left; white-space: normal; }
:host(:hover) .panel, :host(:focus-within) .panel { display: block; }
p { margin: 0 0 4px; } ul { margin: 0; padding-left: 16px; }
@media (prefers-color-scheme: dark) { .panel { color: #ececf0; background: #23252a; border-color: #3a3d44; } }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string) {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** Where a chip goes: right after the link around the name (so that it is not inside the link), else after the name. */
function anchorOf(found: Pick<FoundCard, 'element' | 'nameElement'>): Element {
  const link = found.nameElement.closest('a');
  return link && found.element.contains(link) ? link : found.nameElement;
}

export interface MountedChip {
  host: HTMLElement;
  /** Closed to the page; kept here for our own code and tests. */
  root: ShadowRoot;
}

/** The chip's "Save to shortlist" button: its words, and what it does (through the background). */
export interface ChipSaving {
  labels: SaveLabels;
  /** Saves the listing with this link; resolves true once it is in the shortlist. */
  save: (link: string) => Promise<boolean>;
}

export interface SaveLabels {
  save: string;
  saved: string;
  failed: string;
}

/** Pixel size of the brand mark inside a chip: about the height of the chip's letters. */
const MARK_SIZE = 12;

function chipButton(doc: Document, data: ChipData): HTMLButtonElement {
  const button = el(doc, 'button', undefined, 'chip');
  button.type = 'button';
  button.style.background = COLOURS[data.kind];
  button.setAttribute('aria-label', `${data.chip}: ${data.title}`);
  // Decorative (aria-hidden inside): the label already says what the chip is.
  button.append(createBrandMark(doc, MARK_SIZE), doc.createTextNode(data.chip));
  return button;
}

function saveButton(doc: Document, link: string, saving: ChipSaving): HTMLButtonElement {
  const button = el(doc, 'button', saving.labels.save, 'save');
  button.type = 'button';
  button.dataset.action = 'save';
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    void saving.save(link).then(
      (saved) => {
        button.textContent = saved ? saving.labels.saved : saving.labels.failed;
        if (!saved) button.removeAttribute('aria-disabled');
      },
      () => {
        button.textContent = saving.labels.failed;
        button.removeAttribute('aria-disabled');
      },
    );
  });
  return button;
}

/**
 * What shows on hover or focus: the verdict and its reasons (the tooltip the chip points to), and
 * below it the save button, kept outside the tooltip since a tooltip holds no controls.
 */
function chipPanel(doc: Document, data: ChipData, saving?: ChipSaving): HTMLElement {
  const panel = el(doc, 'div', undefined, 'panel');
  const tip = el(doc, 'div', undefined, 'tip');
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.append(el(doc, 'p', data.title));
  if (data.reasons.length) {
    const list = el(doc, 'ul');
    for (const reason of data.reasons) list.append(el(doc, 'li', reason));
    tip.append(list);
  }
  panel.append(tip);
  if (saving) {
    const status = el(doc, 'div');
    status.setAttribute('aria-live', 'polite');
    status.append(saveButton(doc, data.link, saving));
    panel.append(status);
  }
  return panel;
}

/** The panel of each chip not opened yet: built on the first hover or focus, not at load. */
const unbuiltPanels = new WeakMap<ShadowRoot, () => HTMLElement>();

function buildPanel(root: ShadowRoot): void {
  const build = unbuiltPanels.get(root);
  if (!build) return;
  unbuiltPanels.delete(root);
  root.append(build());
  // Described by the tooltip only once there is one: a reference to nothing is an error to assistive technology.
  root.querySelector('.chip')?.setAttribute('aria-describedby', 'tip');
}

/**
 * Draws (or redraws) the chip of one card. Never inserts a second chip beside the same name.
 * The panel (reasons and save button) is built when the patient first points at or focuses the
 * chip: most chips of a results page are never opened, and their panels were a fifth of the
 * chips' cost to the page's load. The chip's own label already says the verdict.
 */
export function mountChip(doc: Document, found: FoundCard, data: ChipData, existing?: MountedChip, saving?: ChipSaving): MountedChip {
  const anchor = anchorOf(found);
  const mounted = existing?.host.isConnected ? existing : createChip(doc);
  const { host, root } = mounted;
  host.dataset.kind = data.kind;
  if (data.lang) host.lang = data.lang;
  else host.removeAttribute('lang');
  const wasBuilt = !unbuiltPanels.has(root) && !!root.querySelector('.panel');
  root.replaceChildren(...chipStyle(doc, root), chipButton(doc, data));
  unbuiltPanels.set(root, () => chipPanel(doc, data, saving));
  // An open chip shows its new verdict's reasons at once.
  if (wasBuilt) buildPanel(root);
  if (anchor.nextElementSibling !== host) anchor.after(host);
  return mounted;
}

/** One style sheet for every chip of a document, where the page's document can adopt it. */
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();
const adoptingRoots = new WeakSet<ShadowRoot>();

function sharedChipSheet(doc: Document): CSSStyleSheet | null {
  if (sharedSheets.has(doc)) return sharedSheets.get(doc)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    // The page window's own constructor: a sheet is adoptable only in the document it was made for.
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && typeof Sheet.prototype.replaceSync === 'function') {
      sheet = new Sheet();
      sheet.replaceSync(CHIP_CSS);
    }
  } catch {
    sheet = null;
  }
  sharedSheets.set(doc, sheet);
  return sheet;
}

/**
 * Adopts the shared sheet, parsed once for the page, instead of a `<style>` per chip. A content
 * script's world may not be allowed to set a page root's sheets (Firefox's wrappers): the chip
 * then keeps its own `<style>`, checked by the same e2e tests in both browsers.
 */
function adoptChipSheet(doc: Document, root: ShadowRoot): void {
  const sheet = sharedChipSheet(doc);
  if (!sheet) return;
  try {
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) adoptingRoots.add(root);
  } catch {
    // Falls back to the chip's own <style>.
  }
}

const chipStyle = (doc: Document, root: ShadowRoot): Node[] => (adoptingRoots.has(root) ? [] : [el(doc, 'style', CHIP_CSS)]);

function createChip(doc: Document): MountedChip {
  const host = doc.createElement(CHIP_TAG);
  host.setAttribute(CHIP_HOST_ATTRIBUTE, '');
  // delegatesFocus: focusing the host (or tabbing to it) focuses the chip's button inside.
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  adoptChipSheet(doc, root);
  // A chip often sits inside a clickable card: its own clicks stay its own.
  host.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
  });
  const openPanel = () => buildPanel(root);
  host.addEventListener('pointerenter', openPanel);
  host.addEventListener('focusin', openPanel);
  return { host, root };
}

export interface ChipsOptions {
  /** The directory's adapter, or null to find cards by shape only. */
  adapter: CardAdapter | null;
  /** Asks the background for the verdicts of these cards, in the same order. */
  requestVerdicts: (cards: ListingCard[], replace: boolean) => Promise<ChipData[]>;
  /** "Save to shortlist" in each chip; without it, chips only show. */
  saving?: ChipSaving;
  /** Lets the page run between drawing one batch and reading the next; a timer by default. */
  yieldToPage?: () => Promise<void>;
  /** When a classified card's chip is drawn: as its listing comes within half a screen of the viewport, by default. */
  nearView?: NearView;
}

/** An infinite list may grow long; each card is still read once only (`skip`). */
const PAGE_CARD_LIMIT = 5000;

/** Which finder found the page's cards: the directory's selectors, or the shape of the page. */
type Finder = 'adapter' | 'shape';

/**
 * Sends cards to the background in batches and draws their chips, at once or as each listing comes
 * near; keeps which cards have a chip and which wait for one.
 */
function chipSender(win: Window, options: ChipsOptions, nearView: NearView) {
  const doc = win.document;
  const chips = new WeakMap<Element, MountedChip>();
  // Classified, with its chip waiting until the listing is near the viewport: not to be sent again.
  const classified = new WeakSet<Element>();
  let first = true;
  let sent = false;
  const yieldToPage = options.yieldToPage ?? (() => new Promise<void>((resolve) => win.setTimeout(resolve, 0)));

  const drawWhenNear = (found: FoundCard, data: ChipData, drawNow: boolean) => {
    const draw = () => {
      classified.delete(found.element);
      chips.set(found.element, mountChip(doc, found, data, chips.get(found.element), options.saving));
    };
    // A chip already on the page shows its new verdict at once.
    if (drawNow || chips.get(found.element)?.host.isConnected) return void draw();
    classified.add(found.element);
    // The name is watched, not the card: a card may be a box-less wrapper (`display: contents`),
    // which an IntersectionObserver never reports as seen.
    nearView.watch(found.element, draw, anchorOf(found));
  };

  return {
    classified,
    yieldToPage,
    hasChip: (element: Element) => !!chips.get(element)?.host.isConnected,
    /** The next batch starts the tab's list afresh: after the page's address changed in script. */
    startOver: () => void (first = true),
    /**
     * Reads, sends and draws (or queues for drawing) the cards in batches, letting the page run
     * between one batch's chips and the next batch's reading: each is about a frame's work.
     */
    async send<T>(items: readonly T[], read: (item: T) => FoundCard | undefined, drawNow: boolean) {
      for (let start = 0; start < items.length; ) {
        if (start > 0) await yieldToPage();
        const size = sent ? CHIP_RULES.batchSize : CHIP_RULES.firstBatchSize;
        const batch = items.slice(start, start + size).flatMap((item) => read(item) ?? []);
        start += size;
        if (!batch.length) continue;
        sent = true;
        const replace = first;
        first = false;
        let verdicts: ChipData[];
        try {
          verdicts = await options.requestVerdicts(
            batch.map((f) => f.card),
            replace,
          );
        } catch {
          return;
        }
        batch.forEach((found, index) => {
          const data = verdicts[index];
          if (data && data.link === found.card.link) drawWhenNear(found, data, drawNow);
        });
      }
    },
  };
}

/** Calls `onQuiet` once the page's own changes (not our chips) have paused; returns a stop function. */
function afterPageChanges(win: Window, onQuiet: () => void): () => void {
  let timer: number | undefined;
  const ours = (node: Node) => node.nodeType === 1 && (node as Element).localName === CHIP_TAG;
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    if (records.every((r) => [...r.addedNodes].every(ours) && [...r.removedNodes].every(ours))) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(onQuiet, CHIP_RULES.debounceMs);
  });
  if (win.document.body) observer.observe(win.document.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
}

/**
 * Chips on the listings of a results page, now and as the page adds more (infinite scroll, "next
 * page" in script, filters re-rendering the list): after a quiet moment, new cards are looked for.
 *
 * With the directory's selectors, a card is only located at first (its name and link, no text).
 * It is read, classified and drawn when its listing comes within half a screen of the viewport, or read
 * and classified with every other card when the popup asks for the page's listings (`readAll`),
 * its chip then waiting to be near. Reading far-down cards at load would cost the page's load
 * for listings the patient may never reach. By shape, without selectors, the finder judges the
 * list as a whole from its text, so every card is read and classified at once.
 * Returns controls to rescan at once, read every card, or stop watching.
 */
export function startListingChips(win: Window, options: ChipsOptions) {
  const nearView = options.nearView ?? nearViewport(win);
  const sender = chipSender(win, options, nearView);
  // Located by the adapter's selectors, not read yet, in the page's order.
  const unread = new Map<Element, LocatedCard>();
  // Unread cards that came near the viewport since the last batch was read.
  let cameNear: Element[] = [];
  let running: Promise<void> = Promise.resolve();
  let finder: Finder | undefined;
  const inTurn = (work: () => Promise<void>) => (running = running.then(work, work));

  // Each located card is read once, and only while it is still on the page.
  const readUnread = (located: LocatedCard) =>
    unread.delete(located.element) && located.element.isConnected ? readLocatedCard(located, options.adapter!.selectors) : undefined;
  const readCameNear = () => {
    const near = cameNear.flatMap((element) => unread.get(element) ?? []);
    cameNear = [];
    return sender.send(near, readUnread, true);
  };
  const whenNear = (element: Element) => {
    if (!cameNear.length) void inTurn(readCameNear);
    cameNear.push(element);
  };

  const scan = async (all = false) => {
    // A card taken out before it was read, or before its chip was drawn, is located again if the page puts it back.
    for (const element of nearView.forgetDetached()) {
      sender.classified.delete(element);
      unread.delete(element);
    }
    const known = (element: Element) => !all && (sender.classified.has(element) || unread.has(element) || sender.hasChip(element));
    const url = win.location.href;
    if (options.adapter && finder !== 'shape') {
      const located = locateCardsWithAdapter(win.document, url, options.adapter, { limit: PAGE_CARD_LIMIT, skip: known });
      if (located.length || finder === 'adapter') {
        finder = 'adapter';
        for (const card of located) {
          sender.classified.delete(card.element);
          unread.set(card.element, card);
          nearView.watch(card.element, () => whenNear(card.element), anchorOf(card));
        }
        // Cards already near (reported at once) are read in this scan, after a turn for the page
        // when locating was itself a long list's work: each is about a frame's work, cold.
        if (located.length > CHIP_RULES.firstBatchSize && cameNear.length) await sender.yieldToPage();
        return readCameNear();
      }
    }
    // By shape, the finder judges the list as a whole, so it reads every card in one go.
    const cards = findCardsGeneric(win.document, url, { limit: PAGE_CARD_LIMIT, skip: known, businessPath: options.adapter?.businessPath });
    if (!cards.length || !(options.adapter || finder === 'shape' || looksLikeBusinessCards(cards))) return;
    finder = 'shape';
    await sender.send(cards, (card) => card, false);
  };
  const rescan = () => inTurn(() => scan());
  const stopWatching = afterPageChanges(win, () => void rescan());

  return {
    rescan,
    /** Every card again, as the page's first batch: after the page's address changed in script. */
    restart: () => {
      sender.startOver();
      return inTurn(() => scan(true));
    },
    /**
     * Reads and classifies every card not read yet (the popup lists them all); their chips wait to
     * be near. Cards the page added since the last look are looked for first, without waiting for
     * the page to settle.
     */
    readAll: () =>
      inTurn(async () => {
        await scan();
        await sender.send([...unread.values()], readUnread, false);
      }),
    stop: () => {
      stopWatching();
      nearView.stop();
    },
  };
}

/**
 * Answers the popup's request for every listing (`READ_ALL_LISTINGS`) with `readAll`, then whether
 * it read. Any other message is left to other listeners; only the extension itself can send here.
 */
export function answerReadAllRequests(runtime: ContentRuntime | undefined, readAll: () => Promise<void>): void {
  runtime?.onMessage?.addListener((message, _sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== READ_ALL_LISTINGS) return undefined;
    void readAll().then(
      () => sendResponse({ read: true }),
      () => sendResponse({ read: false }),
    );
    return true;
  });
}

const isString = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length <= max;

/** A light shape check of the adapter the background hands over (null: find cards by shape). */
export function adapterFromHandover(value: unknown): CardAdapter | null | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const adapter = (value as { adapter?: unknown }).adapter;
  if (adapter === null) return null;
  if (!adapter || typeof adapter !== 'object') return undefined;
  const a = adapter as Record<string, unknown>;
  const selectors = a.selectors as Record<string, unknown> | undefined;
  if (!isString(a.id, 80) || !isString(a.businessPath, 300) || !selectors || typeof selectors !== 'object') return undefined;
  if (!Object.values(selectors).every((v) => v === undefined || isString(v, 300))) return undefined;
  if (!isString(selectors.card, 300) || !isString(selectors.name, 300)) return undefined;
  return adapter as CardAdapter;
}

/** The chip's save labels from the handover, or undefined (no save button) if they are not three short strings. */
export function saveLabelsFromHandover(value: unknown): SaveLabels | undefined {
  const labels = (value as { labels?: unknown } | undefined)?.labels as Record<string, unknown> | undefined;
  if (!labels || typeof labels !== 'object') return undefined;
  const { save, saved, failed } = labels;
  return isString(save, 200) && isString(saved, 200) && isString(failed, 200) ? { save, saved, failed } : undefined;
}

/** Whether the background's reply to a save says the listing is in the shortlist. */
export const savedFromReply = (reply: unknown): boolean => (reply as { saved?: unknown } | undefined)?.saved === true;

const KINDS = new Set(['clinical-massage', 'recreational-massage', 'mixed-massage', 'none']);

/** The chips in a reply of the background, or nothing if the reply is not what we asked for. */
export function chipsFromReply(reply: unknown): ChipData[] {
  const chips = (reply as { chips?: unknown } | undefined)?.chips;
  if (!Array.isArray(chips) || chips.length > 50) return [];
  return chips.filter(
    (c): c is ChipData =>
      !!c &&
      typeof c === 'object' &&
      isString(c.link) &&
      KINDS.has(c.kind) &&
      isString(c.chip, 20) &&
      isString(c.title, 500) &&
      (c.lang === undefined || isString(c.lang, 10)) &&
      Array.isArray(c.reasons) &&
      c.reasons.length <= 10 &&
      c.reasons.every((r: unknown) => isString(r, 700)),
  );
}
