import type { PageSnapshot } from '@/lib/page/schema';

/** An empty page snapshot on a directory host; `over` fills in what a test is about. */
export const snapshotWith = (over: Partial<PageSnapshot>): PageSnapshot => ({
  url: 'https://www.massagebook.com/p',
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
