// Hostile pages for the content-script fuzz test (fuzz.spec.ts), made on request from a seed so
// that a failure names the page that caused it and replays it exactly: /fuzz/<seed>.
export const FUZZ_HOST = 'www.massagebook.com';
export const fuzzUrl = (seed: number) => `https://${FUZZ_HOST}/fuzz/${seed}`;

/** A small seeded generator (mulberry32): the same seed gives the same page. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u0301'];
const CLINIC = 'Medical massage by physician referral. We keep SOAP notes and a treatment plan, and bill insurance and PIP claims. 60 min $110. Book now.';
const SPA = 'Our day spa offers hot stone massage, facials and couples packages for pure relaxation. Gift cards available. 60 min $95. Book now.';
const CLOBBERING_NAMES = ['browser', 'chrome', 'runtime', 'navigation', 'kneadToKnowPanelRoot', 'kneadToKnowPanelData', 'location', 'top', 'Node', 'JSON'];

function zeroWidthed(r: Random, text: string): string {
  return [...text].map((c) => (r.chance(0.3) ? c + r.pick(ZERO_WIDTH) : c)).join('');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function deepNesting(r: Random, inner: string): string {
  const tag = r.pick(['div', 'span', 'h1', 'section', 'b']);
  const depth = r.int(200, 1500);
  return `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth);
}

function hugeHeading(r: Random): string {
  const size = r.pick([1_000, 20_000, 100_000]);
  const wrappers = r.int(0, 80);
  return `${'<h1><span>'.repeat(wrappers)}${'massage '.repeat(Math.ceil(size / 8))}${'</span></h1>'.repeat(wrappers)}`;
}

function hugeAttributes(r: Random): string {
  const value = 'x'.repeat(r.pick([1_000, 30_000, 100_000]));
  return Array.from({ length: r.int(1, 5) }, () => `<div title="${value}" data-x="${value}" itemprop="name" content="${value}"></div>`).join('');
}

function clobbering(r: Random): string {
  return Array.from({ length: r.int(1, 6) }, () => {
    const name = r.pick(CLOBBERING_NAMES);
    return r.pick([
      `<form name="${name}"><input name="runtime"><input name="id" value="x"><input name="sendMessage"></form>`,
      `<img name="${name}">`,
      `<div id="${name}"></div>`,
      `<embed name="${name}">`,
      `<iframe name="${name}" srcdoc="x"></iframe>`,
    ]);
  }).join('');
}

function brokenJsonLd(r: Random): string {
  const name = r.chance(0.5) ? 'Harbor Clinical Massage '.repeat(r.int(1, 40)) : escapeHtml('<img src=x>');
  return r.pick([
    `{"@context":"https://schema.org","@type":"MedicalBusiness","name":"${name}"`,
    `{"@type":${'['.repeat(r.int(10, 5000))}"LocalBusiness"${']'.repeat(r.int(0, 5000))}}`,
    `{"@type":"MassageTherapist","name":${r.int(0, 9)},"telephone":{"x":[null]},"address":"${'a'.repeat(r.int(10, 50_000))}"}`,
    `[{"@graph":[{"@type":"LocalBusiness","name":"${name}","description":"${'d'.repeat(r.int(10, 50_000))}"}]}]`,
    `{"@type":"HealthAndBeautyBusiness","name":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}`,
    `</script><script>window.escaped=1</script>`,
    'not json at all {{{',
  ]);
}

function microdata(r: Random): string {
  const wrappers = r.int(0, 60);
  return `<div itemscope itemtype="https://schema.org/LocalBusiness">${'<span>'.repeat(wrappers)}<span itemprop="name">${'Spa '.repeat(r.int(1, 5_000))}</span>${'</span>'.repeat(wrappers)}</div>`;
}

/** One hostile page; every page also carries clinic or spa text, so every page gets a verdict. */
export function fuzzPage(seed: number): string {
  const r = random(seed);
  const text = r.pick([CLINIC, SPA, `${CLINIC} ${SPA}`]);
  const title = r.chance(0.3) ? `Best Medical Massage Near Me ${'| Top Rated Massage Clinic '.repeat(r.int(5, 40))}` : 'Harbor Clinical Massage';
  const parts: string[] = [];
  if (r.chance(0.35)) parts.push(hugeHeading(r));
  if (r.chance(0.3)) parts.push(hugeAttributes(r));
  if (r.chance(0.5)) parts.push(clobbering(r));
  if (r.chance(0.3)) parts.push(microdata(r));
  if (r.chance(0.2)) parts.push(`<p>Save with a package of ${'9'.repeat(r.int(50, 2000))} massages.</p>`);
  if (r.chance(0.5)) parts.push(`<p>${zeroWidthed(r, text)}</p>`);
  const main = `<p>${text}</p><a href="tel:+1206555${String(r.int(1000, 9999))}">call</a>`;
  parts.push(r.chance(0.4) ? deepNesting(r, main) : main);
  const jsonLd = r.chance(0.6) ? `<script type="application/ld+json">${brokenJsonLd(r)}</script>` : '';
  // Shuffle the parts so the visible text is not always first or last.
  for (let i = parts.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [parts[i], parts[j]] = [parts[j]!, parts[i]!];
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${PLAIN_LAYOUT}${LONG_TASK_PROBE}${jsonLd}</head><body>${parts.join('\n')}</body></html>`;
}

// Nested headings grow their font exponentially under the browser's own stylesheet; the page keeps
// them plain so that its layout stays cheap and a long task points at the extension, not at layout.
const PLAIN_LAYOUT = '<style>h1, h2, h3 { font-size: 16px; margin: 0; } [title] { display: none; }</style>';

/**
 * Records every long task that starts after the document was parsed: from then on the page runs
 * nothing of its own, so a long task is the browser's layout or the extension's content script.
 * Each has its start, so that a page replaced in place (fuzz.spec.ts) counts only what came after.
 */
const LONG_TASK_PROBE = `<script>
window.longTasksAfterParse = [];
new PerformanceObserver((list) => {
  const parsed = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd || Infinity;
  for (const e of list.getEntries()) if (e.startTime >= parsed) window.longTasksAfterParse.push({ start: e.startTime, duration: Math.round(e.duration) });
}).observe({ type: 'longtask' });
</script>`;

/** For the fixture server: /fuzz/<seed> on the fuzz host. */
export function fuzzRoute(hostPath: string): string | undefined {
  const match = /^www\.massagebook\.com\/fuzz\/(\d+)$/.exec(hostPath);
  return match ? fuzzPage(Number(match[1])) : undefined;
}
