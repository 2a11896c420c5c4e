// The content script's whole job, kept free of zod, React and the data tables (10 KB budget): take
// a snapshot, and hand it to the background only if the page is about massage or coverage.
import type { ContentRuntime } from '@/lib/extension/content-script';
import { isResultsAddress, type DirectoryAddresses } from './directory-address';
import { pageConcernsUs } from './gate';
import { addressSnapshot, takeSnapshot } from './snapshot';

interface NavigateEventLike {
  destination: { url: string };
}
interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: NavigateEventLike) => void): void;
  removeEventListener(type: 'navigate', listener: (event: NavigateEventLike) => void): void;
}

// Directory sites change pages without a load. The address changes before the new content
// arrives, so look again shortly after, and once more for slower sites.
export const RECHECK_DELAYS_MS = [600, 2500];
// Where the Navigation API is missing, the address is compared this often instead.
export const ADDRESS_POLL_MS = 1000;

const withoutHash = (href: string) => href.split('#')[0];

/**
 * Reports the page now and after each in-page navigation; `onReply` gets the background's answer.
 * The runtime is looked up only when a page concerns us, so other pages never wake the extension's
 * API in their isolated world. Nothing here talks to the page: no window messages, no DOM events.
 * On a known directory's results address (`directories`), only the page's title and address are
 * sent: the background knows the page from its address, and the chips script reads its cards.
 * Returns a function that stops watching.
 */
export function watchPage(
  win: Window,
  getRuntime: () => ContentRuntime | undefined,
  onReply: (reply: unknown) => void,
  directories: readonly DirectoryAddresses[] = [],
): () => void {
  let rechecks: number[] = [];
  let lastAddress = withoutHash(win.location.href);
  let stopWatching = () => {};
  const stop = () => {
    stopWatching();
    rechecks.forEach((id) => win.clearTimeout(id));
  };

  const report = () => {
    // Most pages stop at the gate, before the rest of the snapshot is read.
    if (!pageConcernsUs(win.document)) return;
    const href = win.location.href;
    const snapshot = isResultsAddress(href, directories) ? addressSnapshot(win.document, href) : takeSnapshot(win.document, href);
    const runtime = getRuntime();
    // Left behind by an update of the extension: nobody is listening any more.
    if (!runtime?.id) return stop();
    runtime
      .sendMessage({ type: 'page-snapshot', snapshot })
      .then(onReply)
      .catch(() => {
        // Nothing to do: the next page, or the next in-page navigation, is checked anew.
      });
  };

  const onAddress = (href: string) => {
    const address = withoutHash(href);
    if (address === lastAddress) return;
    lastAddress = address;
    rechecks.forEach((id) => win.clearTimeout(id));
    rechecks = RECHECK_DELAYS_MS.map((delay) => win.setTimeout(report, delay));
  };

  const navigation = (win as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    const onNavigate = (event: NavigateEventLike) => onAddress(event.destination.url);
    navigation.addEventListener('navigate', onNavigate);
    stopWatching = () => navigation.removeEventListener('navigate', onNavigate);
  } else {
    const poll = win.setInterval(() => onAddress(win.location.href), ADDRESS_POLL_MS);
    stopWatching = () => win.clearInterval(poll);
  }

  report();
  return stop;
}
