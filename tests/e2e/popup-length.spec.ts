import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openPopupFor, popupPages } from './popup-pages';

// The popup's length budget (issue 17, item 7): with every section closed, how many characters and
// how many pixels the popup runs to on each kind of page, recorded in docs/popup-length.md; and
// the first screen (what the page is, the strongest reasons, the next step) inside 600 × 500 px
// without scrolling.
const VIEW = { width: 600, height: 500 };
const FIRST_SCREEN = ['[data-testid="verdict"]', '[data-testid="verdict-page"]', '[data-testid="top-reasons"]', '[data-testid="next-step"]'];

interface Measure {
  kind: string;
  characters: number;
  height: number;
  width: number;
  firstScreen: { selector: string; bottom: number }[];
}

test('the popup with its sections closed fits its first screen in 600 × 500 px, on each kind of page', async ({ grantedExt: ext, driver }) => {
  test.setTimeout(180_000);
  const measures: Measure[] = [];
  for (const { kind } of popupPages) {
    const { page, popup } = await openPopupFor(ext, kind);
    await popup.setViewport(VIEW);
    const measure = await popup.evaluate(
      (selectors) => {
        const open = [...document.querySelectorAll('details')].filter((d) => d.open).length;
        return {
          open,
          characters: document.body.innerText.replace(/\s+/g, ' ').trim().length,
          height: document.documentElement.scrollHeight,
          width: Math.ceil(document.querySelector('main')!.getBoundingClientRect().width),
          scrolled: window.scrollY,
          firstScreen: selectors
            .map((selector) => ({ selector, el: document.querySelector(selector) }))
            .filter(({ el }) => el !== null)
            .map(({ selector, el }) => ({ selector, bottom: Math.ceil(el!.getBoundingClientRect().bottom) })),
        };
      },
      FIRST_SCREEN,
    );
    expect(measure.open, `${kind}: every section closed`).toBe(0);
    expect(measure.scrolled).toBe(0);
    expect(measure.width, `${kind}: popup width`).toBeLessThanOrEqual(VIEW.width);
    expect(measure.firstScreen.map((f) => f.selector), `${kind}: the verdict is on the first screen`).toContain('[data-testid="verdict"]');
    if (kind !== 'results' && kind !== 'article') expect(measure.firstScreen.map((f) => f.selector), `${kind}: a next step`).toContain('[data-testid="next-step"]');
    for (const f of measure.firstScreen) expect(f.bottom, `${kind}: ${f.selector} visible without scrolling`).toBeLessThanOrEqual(VIEW.height);
    measures.push({ kind, characters: measure.characters, height: measure.height, width: measure.width, firstScreen: measure.firstScreen });
    await popup.close();
    await page.close();
  }
  const rows = measures.map((m) => `| ${m.kind} | ${m.characters} | ${m.height} | ${Math.max(...m.firstScreen.map((f) => f.bottom))} |`);
  const table = [
    `### ${driver}`,
    '',
    '| page kind | characters | height (px) | first screen ends at (px) |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
  console.log(table);
  recordSection(driver, table);
});

const RECORD = path.join(import.meta.dirname, '..', '..', 'docs', 'popup-length.md');
const RECORD_HEAD = `# The popup's length, measured

Written by tests/e2e/popup-length.spec.ts (\`npm run test:e2e -- tests/e2e/popup-length.spec.ts\`): the
popup for one page of each kind, every section closed, in a 600 × 500 px view. Characters are the
visible text; height is the whole popup; the first screen ends where the last of the verdict, the
page type, the strongest reasons and the next step ends. The test fails if that is below 500 px.
`;

/** Replaces this browser's table in docs/popup-length.md, keeping the other browser's. */
function recordSection(driver: string, table: string) {
  const start = `<!-- ${driver} -->`;
  const end = `<!-- /${driver} -->`;
  let text = existsSync(RECORD) ? readFileSync(RECORD, 'utf8') : RECORD_HEAD;
  const block = `${start}\n${table}${end}\n`;
  const from = text.indexOf(start);
  text = from >= 0 ? text.slice(0, from) + block + text.slice(text.indexOf(end) + end.length + 1) : `${text}\n${block}`;
  writeFileSync(RECORD, text);
}
