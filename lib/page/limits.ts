// Caps on everything a page can hand us. The snapshot crosses a message boundary, and a hostile
// page must not be able to make it large. Zod-free: the content script bundles this file.
export const SNAPSHOT_LIMITS = {
  url: 2048,
  title: 300,
  meta: 600,
  headings: 80,
  heading: 200,
  schemaItems: 30,
  schemaText: 2000,
  field: 200,
  text: 40_000,
  links: 10,
  chromeParts: 8,
  chromeText: 4000,
} as const;
