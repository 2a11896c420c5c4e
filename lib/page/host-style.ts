// Text spacing a patient's own stylesheet must be able to widen (WCAG 1.4.12): an inline
// `!important`, even one that `all: initial` expands to, would forbid it. The shadow root's own
// styles set it for what is inside, where the page cannot reach.
const TEXT_SPACING = ['letter-spacing', 'word-spacing', 'line-height'];

/** Pins a host element of ours against the page's styles: every property `!important` but text spacing. */
export function pinHostStyle(host: HTMLElement, style: Record<string, string>): void {
  for (const [property, value] of Object.entries(style))
    host.style.setProperty(property, value, TEXT_SPACING.includes(property) ? '' : 'important');
  for (const property of TEXT_SPACING) if (!(property in style)) host.style.setProperty(property, 'normal');
}
