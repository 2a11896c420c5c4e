// Node-side: turns saved HTML into a Document with happy-dom, so the command-line tools and tests
// take snapshots through the very same takeSnapshot() the content script runs.
import { Window } from 'happy-dom';
import type { PageSnapshot } from '../../lib/page/schema';
import { takeSnapshot } from '../../lib/page/snapshot';

export const snapshotFromHtml = (html: string, url: string): PageSnapshot => readHtml(html, url, (doc) => takeSnapshot(doc, url));

// happy-dom 21 stops parsing at a <style> inside an inline <svg> (a logo's own styles, common on
// real sites): everything after it is lost, where browsers read on. Such a style holds no text of
// the page, so it is dropped before parsing.
const INLINE_SVG = /<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const withoutSvgStyles = (html: string) => html.replace(INLINE_SVG, (svg) => svg.replace(STYLE_ELEMENT, ''));

/** Parses saved HTML and hands the Document to `read`; the Document is closed afterwards. */
export function readHtml<T>(html: string, url: string, read: (doc: Document) => T): T {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    // Scripts are disabled above: the markup is parsed, never run.
    // eslint-disable-next-line no-unsanitized/method
    window.document.write(withoutSvgStyles(html));
    return read(window.document as unknown as Document);
  } catch (error) {
    // happy-dom walks the tree recursively and runs out of stack near 3,000 levels of nesting;
    // browsers do not, and the browser suite covers such pages there.
    if (error instanceof RangeError) throw new Error(`The page is nested too deeply for the Node DOM: ${error.message}`, { cause: error });
    throw error;
  } finally {
    // Closing also recurses; a page too deep to close is simply left to the garbage collector.
    window.happyDOM.close().catch(() => undefined);
  }
}
