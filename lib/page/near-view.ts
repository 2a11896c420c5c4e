// Runs a piece of work for an element once the element is about to be seen: within one screen
// above or below the viewport. Chips of listings far down a long results page cost the page style,
// layout and paint at load for nothing the patient sees yet; they are drawn as the patient scrolls
// towards them, a screen ahead, so that a chip is in place before its listing is on screen.

export interface NearView {
  /** Runs `work` once, when `element` comes within a screen of the viewport (soon after, if it already is). */
  watch(element: Element, work: () => void): void;
  /** Stops waiting for elements the page took out of the document, and returns them. */
  forgetDetached(): Element[];
  stop(): void;
}

/** The margin around the viewport within which an element counts as about to be seen. */
const NEAR_VIEW_MARGIN = '100% 0px 100% 0px';

/** Runs the work at once: where the browser has no IntersectionObserver, and in tests that do not look at scrolling. */
export const atOnce: NearView = { watch: (_element, work) => work(), forgetDetached: () => [], stop: () => {} };

export function nearViewport(win: Window): NearView {
  const Observer = (win as Window & typeof globalThis).IntersectionObserver;
  if (typeof Observer !== 'function') return atOnce;
  const waiting = new Map<Element, () => void>();
  const observer = new Observer(
    (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const work = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        work?.();
      }
    },
    { rootMargin: NEAR_VIEW_MARGIN },
  );
  return {
    watch(element, work) {
      // Watching an element again replaces its work: the latest verdict is the one drawn.
      waiting.set(element, work);
      observer.observe(element);
    },
    forgetDetached() {
      const detached = [...waiting.keys()].filter((element) => !element.isConnected);
      for (const element of detached) {
        waiting.delete(element);
        observer.unobserve(element);
      }
      return detached;
    },
    stop() {
      observer.disconnect();
      waiting.clear();
    },
  };
}
