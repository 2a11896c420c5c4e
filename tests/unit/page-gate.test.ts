import { describe, expect, it } from 'vitest';
import { concernsUs } from '@/lib/page/gate';
import type { PageSnapshot } from '@/lib/page/schema';

const page = (over: Partial<PageSnapshot>): PageSnapshot => ({
  url: 'https://example.org/',
  title: '',
  metaDescription: '',
  headings: [],
  schemaItems: [],
  text: '',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
  ...over,
});

describe('the content script gate', () => {
  it('lets through pages about massage or a health plan, from any part of the snapshot', () => {
    expect(concernsUs(page({ title: 'Harbor Clinical Massage' }))).toBe(true);
    expect(concernsUs(page({ headings: ['Myofascial release'] }))).toBe(true);
    expect(concernsUs(page({ metaDescription: 'Check your deductible and copay.' }))).toBe(true);
    expect(concernsUs(page({ text: 'Submit claims online.' }))).toBe(true);
  });

  it('keeps out pages about something else, and words that only contain a topic word', () => {
    expect(concernsUs(page({ title: 'Local news', text: 'The council approved new bike lanes.' }))).toBe(false);
    expect(concernsUs(page({ text: 'Our massager range and the claimsmith blog.' }))).toBe(false);
  });

  it('matches phrases across the line breaks and indentation the body text keeps', () => {
    expect(concernsUs(page({ text: 'We offer lymphatic\n      drainage after surgery.' }))).toBe(true);
    expect(concernsUs(page({ text: 'Ask for prior\tauthorization first.' }))).toBe(true);
  });

  it('sees through zero-width characters hidden inside a word', () => {
    expect(concernsUs(page({ text: 'Deep tissue mas\u200bsage' }))).toBe(true);
  });
});
