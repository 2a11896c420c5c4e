/** What a scenario may do with a page, whichever driver runs it. */
export interface PageHandle {
  goto(url: string): Promise<void>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** A real (trusted) mouse click at a point of the viewport, in CSS pixels. */
  mouseClick(x: number, y: number): Promise<void>;
  /** Types into an input as a user would, replacing what was there. */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses a file for an <input type="file">, as the file picker would: `contents` under `fileName`. */
  upload(selector: string, fileName: string, contents: string): Promise<void>;
  /** Chromium only (docs/screenshots): a PNG of the page in the given colour scheme. */
  screenshot?(file: string, colorScheme: 'light' | 'dark'): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
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
}
