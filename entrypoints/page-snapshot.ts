import { takeSnapshot } from '@/lib/page/snapshot';

// Injected on demand ("Check this page") through activeTab + scripting; the snapshot is the
// script's result, which the background validates like any other message from a page.
export default defineUnlistedScript(() => takeSnapshot(document, location.href));
