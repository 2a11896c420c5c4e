/** The content script's file in the package (entrypoints/page-watch.ts), wherever it is registered. */
export const CONTENT_SCRIPT_FILE = 'page-watch.js';
