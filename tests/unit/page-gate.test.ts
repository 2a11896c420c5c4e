import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { mentionsOurTopic, pageConcernsUs } from '@/lib/page/gate';
import { readHtml } from '@/tests/support/parse-html';
import { readVisibleText, takeSnapshot } from '@/lib/page/snapshot';
import { corpusEntries, PAGES_DIR } from '../support/corpus';

/** What the content script's gate makes of a page, next to the snapshot it takes once the gate lets the page through. */
const gateAndSnapshot = (html: string, url: string) =>
  readHtml(html, url, (doc) => ({ gateText: readVisibleText(doc), passes: pageConcernsUs(doc), snapshot: takeSnapshot(doc, url) }));

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const passes = (html: string) => gateAndSnapshot(html, 'https://example.org/').passes;

describe('the content script gate', () => {
  it('lets through pages about massage or a health plan, from the title, the description or the text', () => {
    expect(passes(page('<title>Harbor Clinical Massage</title>', '<p>Book a visit.</p>'))).toBe(true);
    expect(passes(page('<title>Member portal</title><meta name="description" content="Check your deductible and copay.">', ''))).toBe(true);
    expect(passes(page('<title>Member portal</title>', '<p>Submit claims online.</p>'))).toBe(true);
    expect(passes(page('<title>Harbor Clinic</title>', '<h2>Myofascial release</h2><p>Book a visit.</p>'))).toBe(true);
    // An etiquette page may name its masseuses and never the massage itself.
    expect(passes(page('<title>Etiquette</title>', '<p>Our masseuses will soothe the tension away.</p>'))).toBe(true);
  });

  it('reads no body text when the title already decides', () => {
    const bodyReads = readHtml(page('<title>Harbor Clinical Massage</title>', '<p>Book a visit.</p>'), 'https://example.org/', (doc) => {
      let reads = 0;
      const body = doc.body;
      Object.defineProperty(doc, 'body', { get: () => (reads++, body) });
      return [pageConcernsUs(doc), reads];
    });
    expect(bodyReads).toEqual([true, 0]);
  });

  it('keeps out pages about something else, and words that only contain a topic word', () => {
    expect(passes(page('<title>Local news</title>', '<p>The council approved new bike lanes.</p>'))).toBe(false);
    expect(mentionsOurTopic('Our massager range and the claimsmith blog.')).toBe(false);
  });

  it('matches phrases across the line breaks and indentation the body text keeps', () => {
    expect(mentionsOurTopic('We offer lymphatic\n      drainage after surgery.')).toBe(true);
    expect(mentionsOurTopic('Ask for prior\tauthorization first.')).toBe(true);
  });

  it('sees through zero-width characters hidden inside a word', () => {
    expect(mentionsOurTopic('Deep tissue mas\u200bsage')).toBe(true);
  });

  it('reads exactly the body text the snapshot keeps, on every page of the corpus', () => {
    for (const entry of corpusEntries()) {
      const { gateText, snapshot } = gateAndSnapshot(readFileSync(path.join(PAGES_DIR, entry.file), 'utf8'), entry.url);
      expect(gateText, entry.file).toBe(snapshot.text);
    }
  }, 60_000);

  // Reading the whole corpus twice takes seconds on a busy machine.
  it('lets through every massage page of the corpus and every insurer page that gets the panel', { timeout: 60_000 }, () => {
    for (const entry of corpusEntries().filter((e) => e.expected !== 'none')) {
      const { passes, snapshot } = gateAndSnapshot(readFileSync(path.join(PAGES_DIR, entry.file), 'utf8'), entry.url);
      const insurerPage = classify(snapshot).insurer?.page;
      // A press or careers page on an insurer's site may stay out: it gets no panel.
      if (entry.expected !== 'insurer' || insurerPage === 'benefits') expect(passes, entry.file).toBe(true);
    }
  });

  it('skips what the snapshot skips, and stops where it stops', () => {
    const hidden = page(
      '<title>Local news</title>',
      '<p>Local news.</p><div hidden>massage</div><p style="display: none">massage</p><div aria-hidden="true">massage</div>' +
        '<script>const massage = 1;</script><noscript>massage</noscript><template>massage</template>',
    );
    expect(gateAndSnapshot(hidden, 'https://news.example/')).toMatchObject({ gateText: 'Local news.', passes: false });
    const pastTheCap = page('<title>Local news</title>', `${'<p>The council approved new bike lanes on Tuesday.</p>'.repeat(1000)}<p>Medical massage</p>`);
    const { gateText, passes: passesPastTheCap, snapshot } = gateAndSnapshot(pastTheCap, 'https://news.example/');
    expect([gateText.length, passesPastTheCap, snapshot.textTruncated]).toEqual([40_000, false, true]);
  });
});
