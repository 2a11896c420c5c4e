// Text spacing a patient's own stylesheet must be able to widen (WCAG 1.4.12): an inline
// `!important`, even one that `all: initial` expands to, would forbid it. The shadow root's own
// styles set it for what is inside, where the page cannot reach.
const TEXT_SPACING = ['letter-spacing', 'word-spacing', 'line-height'];

const styleTexts = new WeakMap<Record<string, string>, string>();

/** The declarations as one style text: every property `!important` but text spacing, `normal` unless given. */
function styleText(style: Record<string, string>): string {
  const pinned = Object.entries(style).map(([property, value]) => `${property}: ${value}${TEXT_SPACING.includes(property) ? '' : ' !important'}`);
  const spacing = TEXT_SPACING.filter((property) => !(property in style)).map((property) => `${property}: normal`);
  return [...pinned, ...spacing].join('; ');
}

/**
 * Pins a host element of ours against the page's styles: every property `!important` but text
 * spacing. Set in one piece, parsed once, rather than a property at a time: a results page may draw
 * a dozen chips at once. Through the CSSOM, which a page's Content-Security-Policy does not govern,
 * unlike a style attribute.
 */
export function pinHostStyle(host: HTMLElement, style: Record<string, string>): void {
  let text = styleTexts.get(style);
  if (text === undefined) styleTexts.set(style, (text = styleText(style)));
  host.style.cssText = text;
}
