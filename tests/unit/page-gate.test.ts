import { describe, expect, it } from 'vitest';
import { concernsUs } from '@/lib/page/gate';
import { snapshotWith } from '../support/snapshots';

describe('the content script gate', () => {
  it('lets through pages about massage or a health plan, from any part of the snapshot', () => {
    expect(concernsUs(snapshotWith({ title: 'Harbor Clinical Massage' }))).toBe(true);
    expect(concernsUs(snapshotWith({ headings: ['Myofascial release'] }))).toBe(true);
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
});
