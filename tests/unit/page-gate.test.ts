import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { concernsUs } from '@/lib/page/gate';
import { readHtml } from '@/lib/page/parse-html';
import { readMetaDescription, readVisibleText, takeSnapshot } from '@/lib/page/snapshot';
import { corpusEntries, PAGES_DIR } from '../support/corpus';
import { snapshotWith } from '../support/snapshots';

/** What the content script's gate reads of a page, next to the snapshot it takes once the gate lets the page through. */
const gateAndSnapshot = (html: string, url: string) =>
  readHtml(html, url, (doc) => ({
    gateText: readVisibleText(doc),
    passes: concernsUs({ title: doc.title, metaDescription: readMetaDescription(doc), text: readVisibleText(doc) }),
    snapshot: takeSnapshot(doc, url),
  }));

describe('the content script gate', () => {
  it('lets through pages about massage or a health plan, from the title, the description or the text', () => {
    expect(concernsUs(snapshotWith({ title: 'Harbor Clinical Massage' }))).toBe(true);
    expect(concernsUs(snapshotWith({ metaDescription: 'Check your deductible and copay.' }))).toBe(true);
    expect(concernsUs(snapshotWith({ text: 'Submit claims online.' }))).toBe(true);
  });

  it('keeps out pages about something else, and words that only contain a topic word', () => {
    expect(concernsUs(snapshotWith({ title: 'Local news', text: 'The council approved new bike lanes.' }))).toBe(false);
    expect(concernsUs(snapshotWith({ text: 'Our massager range and the claimsmith blog.' }))).toBe(false);
  });

  it('matches phrases across the line breaks and indentation the body text keeps', () => {
    expect(concernsUs(snapshotWith({ text: 'We offer lymphatic\n      drainage after surgery.' }))).toBe(true);
    expect(concernsUs(snapshotWith({ text: 'Ask for prior\tauthorization first.' }))).toBe(true);
  });

  it('sees through zero-width characters hidden inside a word', () => {
    expect(concernsUs(snapshotWith({ text: 'Deep tissue mas\u200bsage' }))).toBe(true);
  });

  it('reads exactly the body text the snapshot keeps, on every page of the corpus', () => {
    for (const entry of corpusEntries()) {
      const { gateText, snapshot } = gateAndSnapshot(readFileSync(path.join(PAGES_DIR, entry.file), 'utf8'), entry.url);
      expect(gateText, entry.file).toBe(snapshot.text);
    }
  });

  it('lets through every massage page of the corpus and every insurer page that gets the panel', () => {
    for (const entry of corpusEntries().filter((e) => e.expected !== 'none')) {
      const { passes, snapshot } = gateAndSnapshot(readFileSync(path.join(PAGES_DIR, entry.file), 'utf8'), entry.url);
      const insurerPage = classify(snapshot).insurer?.page;
      // A press or careers page on an insurer's site may stay out: it gets no panel.
      if (entry.expected !== 'insurer' || insurerPage === 'benefits') expect(passes, entry.file).toBe(true);
    }
  });

  it('finds the topic in a heading, as part of the text', () => {
    const headingOnly = '<html><head><title>Harbor Clinic</title></head><body><h2>Myofascial release</h2><p>Book a visit.</p></body></html>';
    expect(gateAndSnapshot(headingOnly, 'https://harbor.example/').passes).toBe(true);
  });

  it('skips what the snapshot skips, and stops where it stops', () => {
    const hidden =
      '<html><body><p>Local news.</p><div hidden>massage</div><p style="display: none">massage</p><div aria-hidden="true">massage</div>' +
      '<script>const massage = 1;</script><noscript>massage</noscript><template>massage</template></body></html>';
    expect(gateAndSnapshot(hidden, 'https://news.example/')).toMatchObject({ gateText: 'Local news.', passes: false });
    const pastTheCap = `<html><body>${'<p>The council approved new bike lanes on Tuesday.</p>'.repeat(1000)}<p>Medical massage</p></body></html>`;
    const { gateText, passes, snapshot } = gateAndSnapshot(pastTheCap, 'https://news.example/');
    expect([gateText.length, passes, snapshot.textTruncated]).toEqual([40_000, false, true]);
  });
});
