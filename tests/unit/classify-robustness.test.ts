import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { detectionSchema } from '@/lib/detect/schema';
import { snapshotFromHtml } from '@/tests/support/parse-html';
import { SNAPSHOT_LIMITS } from '@/lib/page/limits';
import { snapshotWith } from '../support/snapshots';

// A small seeded generator, so a failing case can be replayed from its seed.
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const pieces = [
  'massage', 'SOAP notes', 'gift card', 'hot stone', 'physician referral', '<div>', '</span>', '{"@type":',
  '\u200b', '\u202e', '\ud83d\ude00', '\ud800', '$', '(', ')', '[', '\\', '*', '+', '?', '|', 'LMT #', 'NPI: 123456789',
  '\u0000', '&amp;', '<script>alert(1)</script>', ' ', '\n', 'café', 'ß', 'İ', 'ﬁ',
];
function randomText(rand: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += pieces[Math.floor(rand() * pieces.length)];
  return out;
}

describe('classify on random and hostile input', () => {
  it('never throws and always returns a valid detection for random snapshots', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = random(seed);
      const snapshot = snapshotWith({
        url: rand() < 0.2 ? randomText(rand, 40) : 'https://www.massagebook.com/' + randomText(rand, 20),
        title: randomText(rand, 80),
        headings: [randomText(rand, 60), randomText(rand, 60)],
        schemaItems: [{ types: [randomText(rand, 10)], text: randomText(rand, 400) }],
        text: randomText(rand, 2000),
      });
      const detection = classify(snapshot);
      expect(() => detectionSchema.parse(detection), `seed ${seed}`).not.toThrow();
    }
  });

  it('finds keywords that a page splits with zero-width characters', () => {
    const detection = classify(
      snapshotWith({
        title: 'Harbor Clinical Massage',
        schemaItems: [{ types: ['MedicalBusiness'], text: '' }],
        phoneLinks: ['+12065550100'],
        text: 'We keep S\u200bO\u200dA\u2060P notes, write a treat\u00adment plan and take phys\ufeffician referrals. Book now.',
      }),
    );
    expect(detection.evidence.map((e) => e.signalId)).toEqual(
      expect.arrayContaining(['soap-notes', 'treatment-plan', 'referral-prescription']),
    );
  });

  it('keeps the text cap on a 10 MB page and answers in bounded time', () => {
    const html = `<html><head><title>Big massage page</title></head><body><p>${'massage therapy and hot stones. '.repeat(330_000)}</p></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const snapshot = snapshotFromHtml(html, 'https://www.vagaro.com/big');
    const detection = classify(snapshot);
    const elapsed = performance.now() - started;
    expect(snapshot.text.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.text);
    expect(snapshot.textTruncated).toBe(true);
    expect(detection.kind).toBeDefined();
    // Generous: it guards against a blow-up that grows with the page, not against a busy machine.
    expect(elapsed).toBeLessThan(30_000);
  });

  // 2,000 levels here: happy-dom itself recurses and overflows near 3,000. The browser suite
  // (tests/e2e/hostile.spec.ts) takes a 10,000-deep page in Chromium and Firefox.
  it('survives deep nesting, malformed JSON-LD and giant attributes', () => {
    const deep = '<div>'.repeat(2_000) + 'massage SOAP notes' + '</div>'.repeat(2_000);
    const html = `<html><head><title>x</title>
      <script type="application/ld+json">{"@type": "DaySpa", "name": "Broken</script>
      <script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[{"@type":"MedicalClinic","name":"Deep"}]]]]]]]]]]]]]]]]]]]]]]]]]</script>
      <script type="application/ld+json">{"@type":["LocalBusiness"],"name":{"nested":"object"},"telephone":12345,"address":[1,2]}</script>
      </head><body><div data-x="${'a'.repeat(2_000_000)}" title="${'massage '.repeat(100_000)}">${deep}</div></body></html>`;
    const snapshot = snapshotFromHtml(html, 'https://www.yelp.com/biz/x');
    const detection = classify(snapshot);
    expect(() => detectionSchema.parse(detection)).not.toThrow();
    expect(snapshot.schemaItems.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.schemaItems);
    expect(snapshot.schemaItems.find((i) => i.types.includes('LocalBusiness'))?.name).toBeUndefined();
  });

  it('treats a snapshot with no text at all as none', () => {
    expect(classify(snapshotWith({})).kind).toBe('none');
    expect(classify(snapshotWith({ url: 'not a url' })).kind).toBe('none');
  });
});

describe('verdict rules', () => {
  const provider = { schemaItems: [{ types: ['LocalBusiness'], text: '' }], phoneLinks: ['+15555550100'] };
  it('does not score ambiguous terms on their own', () => {
    const d = classify(
      snapshotWith({ ...provider, text: 'Deep tissue massage, sports massage, therapeutic massage. Licensed massage therapists. HSA/FSA accepted. Med spa. Book now.' }),
    );
    expect(d.clinicalScore + d.recreationalScore).toBe(0);
    expect(d.kind).toBe('none');
    expect(d.reason).toBe('too-little-evidence');
    expect(d.ambiguous.map((a) => a.id)).toEqual(
      expect.arrayContaining(['deep-tissue', 'sports-massage', 'therapeutic-massage', 'licensed', 'hsa-fsa', 'med-spa']),
    );
  });

  it('calls a massage business that says nothing of either kind a weak, site-only verdict', () => {
    const d = classify({
      ...snapshotWith({ ...provider, text: 'Deep tissue massage and sports massage by licensed massage therapists. Book now.' }),
      url: 'https://www.eastsidemassage.com/contact',
    });
    expect(d.clinicalScore + d.recreationalScore).toBe(0);
    expect(d).toMatchObject({ kind: 'recreational-massage', reason: 'site-only', strength: 'weak', page: 'contact' });
  });

  it('reads a service page that opens on a question by its own title, not as an article', () => {
    const page = (title: string) =>
      classify({
        ...snapshotWith({ ...provider, text: 'Medical massage treats a diagnosed condition. Book online.' }),
        url: 'https://www.motionbodyworks.example/medicalmassage',
        title,
        headings: ['What is medical massage?'],
      }).page;
    expect(page('Medical Massage | Motion Bodyworks')).toBe('services');
    // Where the title itself asks, the page is read as an article, as before.
    expect(page('What is medical massage? | Motion Bodyworks')).toBe('article');
  });

  it("reads \"near me\" in a site's name, or on a listing's own address, as no results page", () => {
    const page = (url: string, title: string) =>
      classify({ ...snapshotWith({ ...provider, text: 'Therapeutic massage in Wauconda. Call to book.' }), url, title, headings: [] }).page;
    expect(page('https://www.massage-places.example/listing/lakeside-massage', 'Lakeside Massage - Massage Near Me')).not.toBe('results');
    expect(page('https://www.massage-places.example/lakeside-massage', 'Lakeside Massage - Massage Near Me')).not.toBe('results');
    expect(page('https://www.massage-places.example/il/wauconda', 'Massage near me in Wauconda, IL - Massage Places')).toBe('results');
    expect(page('https://www.massage-places.example/il/wauconda', 'Top 10 massage therapists in Wauconda')).toBe('results');
  });

  it('gives no verdict without enough to tell a business offering massage', () => {
    // "HSA/FSA accepted" is a business's own word, but two names of massage tell neither kind.
    const d = classify(snapshotWith({ url: 'https://www.example.org/x', text: 'Deep tissue massage and sports massage. HSA/FSA accepted.' }));
    expect(d).toMatchObject({ kind: 'none', reason: 'too-little-evidence' });
  });

  it('counts a massage or bodywork business named in the title as a business, a day spa for dogs not', () => {
    // A services page with no booking link, price or phone of its own: its name says what it is.
    const text =
      'Neuromuscular therapy and myofascial release for chronic low back pain, sciatica and frozen shoulder, with a treatment plan and a re-assessment every few visits.';
    const page = (title: string) => classify(snapshotWith({ url: 'https://www.example.org/services.html', title, text }));
    expect(page('Align Bodywork')).toMatchObject({ kind: 'clinical-massage' });
    expect(page('Services | Align Bodywork')).toMatchObject({ kind: 'clinical-massage' });
    expect(page('Services | Align Physio')).toMatchObject({ kind: 'none', reason: 'not-a-provider' });
    // Only a short title is a name: a longer one is a headline.
    expect(page('What neuromuscular massage can do for your back')).toMatchObject({ kind: 'none', reason: 'not-a-provider' });
    expect(page('Spa Services | Happy Tails Daycare & Spa')).toMatchObject({ kind: 'none' });
  });

  it('reads a saved page past a logo whose inline SVG has a style of its own', () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><style>.leaf{fill:#3a7}</style></defs><title>Logo</title><path class="leaf" d="M0 0h10v10z"/></svg>';
    const snapshot = snapshotFromHtml(
      `<!doctype html><html><head><title>Quiet Cove Day Spa</title></head><body><header><a href="/">${logo}</a></header><main><h1>Hot stone massage</h1><p>Unwind with warm stones and aromatherapy.</p></main></body></html>`,
      'https://quietcove.example/',
    );
    expect(snapshot.headings).toContain('Hot stone massage');
    expect(snapshot.text).toContain('warm stones');
    expect(snapshot.text).not.toContain('fill:#3a7');
  });

  it('reads a price list whose service names are fourth-level headings as a menu of both kinds', () => {
    const html = `<!doctype html><html><head><title>Remedial Massage & Rehabilitation Centre</title></head><body>
      <nav><a href="/">Home</a> <a href="/prices">Services and prices</a> <a href="/book">Online booking</a></nav>
      <main><h1>Services and prices</h1><h4>Remedial Massage</h4><p>60 minutes $90</p><h4>Relaxation Massage</h4><p>60 minutes $70</p>
      <p><a href="/book">Book your session</a></p></main></body></html>`;
    const snapshot = snapshotFromHtml(html, 'https://rmrc.example/prices.html');
    expect(snapshot.headings).toEqual(['Services and prices', 'Remedial Massage', 'Relaxation Massage']);
    expect(classify(snapshot).kind).toBe('mixed-massage');
  });

  it('does not call an article a provider however often it says massage', () => {
    const d = classify(
      snapshotWith({
        schemaItems: [{ types: ['NewsArticle'], text: '' }],
        text: `${'Medical massage with SOAP notes and a treatment plan helps. '.repeat(30)} 5 min read. Share this article.`,
      }),
    );
    expect(d).toMatchObject({ kind: 'none', reason: 'article', page: 'article' });
  });

  it('calls a practice that offers both kinds in one sentence mixed, and one that only eases sore muscles not', () => {
    const page = (sentence: string) =>
      classify(snapshotWith({ ...provider, url: 'https://www.harborbodywork.example/', text: `${sentence} Book now. 60 min $90. Gift cards available. Our therapists tailor each session.` })).kind;
    expect(page("Whether you're recovering from an injury or simply want to unwind, we tailor every massage to you.")).toBe('mixed-massage');
    expect(page('Whether you want to relax or ease sore muscles, we tailor every massage to you.')).toBe('recreational-massage');
  });

  it('calls a page with strong signals on both sides mixed', () => {
    const d = classify(
      snapshotWith({
        ...provider,
        text: 'Medical massage by physician referral with SOAP notes; we bill insurance. Also: day spa, facials, hot stones and gift cards. Book now.',
      }),
    );
    expect(d.kind).toBe('mixed-massage');
  });
});
