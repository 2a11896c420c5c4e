import { useState } from 'react';
import browser from 'webextension-polyfill';
import { clinicalFirst, countListings } from '@/lib/detect/listings';
import type { Listing } from '@/lib/detect/listing-schema';
import { t } from '@/lib/extension/i18n';
import { chipDataFor } from '@/lib/extension/listings-background';
import { saveListingReplySchema } from '@/lib/extension/messages';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Asks the background to save one listing of the tab: the same path, and the same checks, as a chip's save button. */
async function saveListing(tabId: number, link: string): Promise<boolean> {
  const reply = saveListingReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'save-tab-listing', tabId, link }));
  return reply.success && reply.data.saved;
}

function SaveListingButton({ tabId, listing }: { tabId: number; listing: Listing }) {
  const [state, setState] = useState<SaveState>('idle');
  const save = async () => {
    setState('saving');
    setState((await saveListing(tabId, listing.link).catch(() => false)) ? 'saved' : 'failed');
  };
  return (
    <span aria-live="polite">
      {state === 'saved' ? (
        <span data-testid="listing-saved">{t('savedToShortlist')}</span>
      ) : (
        <button
          type="button"
          data-testid="save-listing"
          aria-label={t('listingSaveLabel', listing.name)}
          disabled={state === 'saving'}
          onClick={() => void save()}
        >
          {t('saveToShortlist')}
        </button>
      )}
      {state === 'failed' && <span role="alert"> {t('listingSaveFailed')}</span>}
    </span>
  );
}

/**
 * A results page's listings, clinical first, each with its own verdict, reasons, link and (with
 * the tab known) a button that saves that listing. The page itself has no save button.
 */
export function ListingsList({ listings, tabId, readingRest = false }: { listings: readonly Listing[]; tabId?: number; readingRest?: boolean }) {
  const counts = countListings(listings);
  // A results address that served a bot check or a sign-in wall, or markup that no finder reads.
  const noneFound = counts.total === 0 && !readingRest;
  return (
    <section className="card" aria-labelledby="listings-heading" data-testid="listings" aria-busy={readingRest}>
      <h2 id="listings-heading">
        {noneFound
          ? t('listingsNoneFound')
          : t('listingsSummary', [counts.total, counts.clinical, counts.spa, counts.mixed, counts.unclear].map(String))}
      </h2>
      <p className="muted">{noneFound ? t('listingsNoneFoundHint') : t('listingsIntro')}</p>
      <p className="muted" role="status" data-testid="listings-reading">
        {readingRest ? t('listingsReadingRest') : ''}
      </p>
      <ol className="listings">
        {clinicalFirst(listings).map((listing) => {
          const chip = chipDataFor(listing);
          return (
            <li key={listing.link} data-kind={listing.kind} data-testid="listing">
              <span className="chip">{chip.chip}</span>{' '}
              <a href={listing.link} target="_blank" rel="noreferrer">
                {listing.name}
              </a>
              <p>{chip.title}</p>
              {chip.reasons.length > 0 && (
                <ul>
                  {chip.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
              {tabId !== undefined && <SaveListingButton tabId={tabId} listing={listing} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
