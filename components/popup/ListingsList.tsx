import { clinicalFirst, countListings } from '@/lib/detect/listings';
import type { Listing } from '@/lib/detect/listing-schema';
import { t } from '@/lib/extension/i18n';
import { chipDataFor } from '@/lib/extension/listings-background';

/** A results page's listings, clinical first, each with its own verdict, reasons and link. */
export function ListingsList({ listings }: { listings: readonly Listing[] }) {
  const counts = countListings(listings);
  return (
    <section className="card" aria-labelledby="listings-heading" data-testid="listings">
      <h2 id="listings-heading">
        {t('listingsSummary', [counts.total, counts.clinical, counts.spa, counts.mixed, counts.unclear].map(String))}
      </h2>
      <p className="muted">{t('listingsIntro')}</p>
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
            </li>
          );
        })}
      </ol>
    </section>
  );
}
