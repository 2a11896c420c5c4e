// Text spacing a patient's own stylesheet must be able to widen (WCAG 1.4.12): an inline
// `!important`, even one that `all: initial` expands to, would forbid it. The shadow root's own
// styles set it for what is inside, where the page cannot reach.
const TEXT_SPACING = ['letter-spacing', 'word-spacing', 'line-height'];

const styleTexts = new WeakMap<Record<string, string>, string>();

/** The declarations other than text spacing, each `!important`, as one style text. */
function pinnedText(style: Record<string, string>): string {
  return Object.entries(style)
    .filter(([property]) => !TEXT_SPACING.includes(property))
    .map(([property, value]) => `${property}: ${value} !important`)
    .join('; ');
}

/**
 * Pins a host element of ours against the page's styles: every property `!important` but text
 * spacing. The insurer panel's host is pinned inline because it places itself with inline styles
 * (its corner, width and zoom), which a `:host` rule marked important would override; the listing
 * chips, which never move, pin theirs from inside their shadow roots (lib/page/listing-chips.ts).
 * The pinned ones are set in one piece, parsed once, rather than a property at a time. Through the CSSOM, which a page's
 * Content-Security-Policy does not govern, unlike a style attribute. Text spacing is set after, on
 * its own: within one style text, `all: initial !important` would keep it `!important`.
 */
export function pinHostStyle(host: HTMLElement, style: Record<string, string>): void {
  let text = styleTexts.get(style);
  if (text === undefined) styleTexts.set(style, (text = pinnedText(style)));
  host.style.cssText = text;
  for (const property of TEXT_SPACING) host.style.setProperty(property, style[property] ?? 'normal');
}
