// Runs a piece of work for an element once the element is about to be seen: within half a screen
// above or below the viewport. Chips of listings far down a long results page cost the page style,
// layout and paint at load for nothing the patient sees yet; they are drawn as the patient scrolls
// towards them, half a screen ahead, so that a chip is in place before its listing is on screen.

export interface NearView {
  /**
   * Runs `work` once, when `seen` comes within half a screen of the viewport (soon after, if it already
   * is). `element` names the wait: watching it again replaces its work.
   */
  watch(element: Element, work: () => void, seen?: Element): void;
  /** Stops waiting for elements the page took out of the document, and returns them. */
  forgetDetached(): Element[];
  stop(): void;
}

/**
 * The margin within which an element counts as about to be seen: around the viewport, and around
 * every scrolling box it sits in (a map view's list of results, say).
 */
const NEAR_VIEW_MARGIN = '50% 0px 50% 0px';
const NEAR_VIEW_OPTIONS = { rootMargin: NEAR_VIEW_MARGIN, scrollMargin: NEAR_VIEW_MARGIN } as IntersectionObserverInit;

/** Runs the work at once: where the browser has no IntersectionObserver, and in tests that do not look at scrolling. */
export const atOnce: NearView = { watch: (_element, work) => work(), forgetDetached: () => [], stop: () => {} };

export function nearViewport(win: Window): NearView {
  const Observer = (win as Window & typeof globalThis).IntersectionObserver;
  if (typeof Observer !== 'function') return atOnce;
  // Keyed by the element seen, which is what the observer reports.
  const waiting = new Map<Element, { element: Element; work: () => void }>();
  const seenFor = new Map<Element, Element>();
  const forget = (seen: Element) => {
    const entry = waiting.get(seen);
    waiting.delete(seen);
    if (entry) seenFor.delete(entry.element);
    observer.unobserve(seen);
    return entry;
  };
  const observer = new Observer(
    (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) if (entry.isIntersecting) forget(entry.target)?.work();
    },
    NEAR_VIEW_OPTIONS,
  );
  return {
    watch(element, work, seen = element) {
      const earlier = seenFor.get(element);
      if (earlier && earlier !== seen) forget(earlier);
      waiting.set(seen, { element, work });
      seenFor.set(element, seen);
      observer.observe(seen);
    },
    forgetDetached() {
      const detached = [...waiting].filter(([seen, { element }]) => !seen.isConnected || !element.isConnected);
      return detached.map(([seen]) => forget(seen)!.element);
    },
    stop() {
      observer.disconnect();
      waiting.clear();
      seenFor.clear();
    },
  };
}
