/** What a scenario may do with a page, whichever driver runs it. */
export interface PageHandle {
  goto(url: string): Promise<void>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** A real (trusted) mouse click at a point of the viewport, in CSS pixels. */
  mouseClick(x: number, y: number): Promise<void>;
  /** A real key press ('Tab', 'Enter') to whatever has focus, as a keyboard user would. */
  press(key: string): Promise<void>;
  /** Types into an input as a user would, replacing what was there. */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses a file for an <input type="file">, as the file picker would: `contents` under `fileName`. */
  upload(selector: string, fileName: string, contents: string): Promise<void>;
  /**
   * Chromium only (docs/screenshots): a PNG of the page in the given colour scheme; `view` picks a
   * window size, one element instead of the whole page, and print styles instead of screen ones.
   */
  screenshot?(file: string, colorScheme: 'light' | 'dark', view?: ScreenshotView): Promise<void>;
  /** The page printed to PDF by the browser itself, on the given paper. */
  pdf?(paper: 'A4' | 'Letter'): Promise<Buffer>;
  /** Chromium only (store screenshots): a PNG of exactly width × height pixels of the page, in the given scheme. */
  viewportShot?(size: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<Buffer>;
  /** Chromium only (store promo tile): replaces the page with the given HTML. */
  setContent?(html: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Makes this the tab in front, as a patient looking at it: a tab behind others is not rendered. */
  bringToFront(): Promise<void>;
  /** Sets the page's viewport in CSS pixels (both drivers). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export interface ScreenshotView {
  width?: number;
  height?: number;
  /** Only this element (its first match). */
  selector?: string;
  media?: 'screen' | 'print';
}

/**
 * A browser with the built extension installed. One set of scenarios runs against both drivers;
 * anything browser-specific lives behind this interface.
 */
export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** The extension's base URL, e.g. chrome-extension://<id>/ or moz-extension://<uuid>/. */
  readonly baseUrl: string;
  newPage(): Promise<PageHandle>;
  /** Opens an extension page and waits until `readySelector` is on it. */
  openExtensionPage(pathAndQuery: string, readySelector: string): Promise<PageHandle>;
  /** Runs `fn` in an extension page, where `browser` or `chrome` is the full extension API. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Stops the background (service worker or event page) the way the browser would when idle. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  httpPort: number;
  httpsPort: number;
  /** The browser's own UI language (BCP 47), e.g. 'es'; the system's when left out. */
  uiLanguage?: string;
  /** What prefers-color-scheme answers in every page; the browser's default when absent. */
  colorScheme?: 'light' | 'dark';
}
