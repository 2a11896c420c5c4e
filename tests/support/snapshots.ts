import type { PageSnapshot } from '@/lib/page/schema';
import { bareSnapshot } from '@/lib/page/snapshot';

/** An empty page snapshot on a directory host; `over` fills in what a test is about. */
export const snapshotWith = (over: Partial<PageSnapshot>): PageSnapshot => ({ ...bareSnapshot('https://www.massagebook.com/p'), ...over });
