import { afterEach, describe, expect, it, vi } from 'vitest';
import { showStatementInPage } from '@/lib/page/highlight';

const page = `<main><h2>Massage therapy</h2><p id="a">Other services are listed below.</p>
<p id="b">Massage therapy is <b>not covered</b> under this plan.</p></main>`;

const load = () => document.body.replaceChildren(...new DOMParser().parseFromString(page, 'text/html').body.childNodes);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('show a statement on the page', () => {
  it('outlines the element holding it for a moment, then leaves the markup as it was', () => {
    vi.useFakeTimers();
    load();
    const before = document.body.innerHTML;
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    expect(showStatementInPage('Massage therapy is not covered under  this plan.')).toBe(true);
    const target = document.getElementById('b')!;
    expect(scrolled.mock.contexts[0]).toBe(target);
    expect(target.style.getPropertyValue('outline')).toContain('solid');
    vi.advanceTimersByTime(5000);
    expect(document.body.innerHTML).toBe(before);
  });

  it('paints a highlight from outside the markup where the browser has the Highlight API', () => {
    load();
    const before = document.body.innerHTML;
    Element.prototype.scrollIntoView = vi.fn();
    const set = vi.fn();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: { set } });
    expect(showStatementInPage('not covered under this plan')).toBe(true);
    const highlight = set.mock.calls[0]![1] as FakeHighlight;
    expect(highlight.ranges[0]!.toString()).toContain('not covered');
    expect(document.body.innerHTML).toBe(before);
  });

  it('says so when the page no longer shows the statement', () => {
    load();
    expect(showStatementInPage('Chiropractic care is covered.')).toBe(false);
  });
});
