import { contentRuntime } from '@/lib/extension/content-script';
import { adapterFromHandover, answerReadAllRequests, chipsFromReply, saveLabelsFromHandover, savedFromReply, startListingChips } from '@/lib/page/listing-chips';

type Chips = ReturnType<typeof startListingChips>;

// Injected by the background into a directory's results page, right after it sets
// `kneadToKnowListings` in this isolated world (entrypoints/background.ts, showListings). Injected
// again after an in-page navigation: then the chips already running start over with the new list.
export default defineUnlistedScript(() => {
  const world = globalThis as { kneadToKnowListings?: unknown; kneadToKnowChips?: Chips };
  if (world.kneadToKnowChips) return void world.kneadToKnowChips.restart();
  const adapter = adapterFromHandover(world.kneadToKnowListings);
  if (adapter === undefined) return;
  const labels = saveLabelsFromHandover(world.kneadToKnowListings);
  const runtimeOrThrow = () => {
    const runtime = contentRuntime();
    // Left behind by an update of the extension: nobody is listening any more.
    if (!runtime?.id) throw new Error('extension gone');
    return runtime;
  };
  world.kneadToKnowChips = startListingChips(window, {
    adapter,
    // The background saves what it classified itself for this tab; the chip names only the link.
    saving: labels && {
      labels,
      save: async (link) => savedFromReply(await runtimeOrThrow().sendMessage({ type: 'save-listing', link })),
    },
    requestVerdicts: async (cards, replace) =>
      chipsFromReply(await runtimeOrThrow().sendMessage({ type: 'listing-cards', cards, replace })),
  });
  void world.kneadToKnowChips.rescan();
  // The popup lists every listing: when it opens, it asks for the cards not read yet.
  const chips = world.kneadToKnowChips;
  answerReadAllRequests(contentRuntime(), () => chips.readAll());
});
