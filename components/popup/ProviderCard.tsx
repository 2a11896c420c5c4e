import type { ReactNode } from 'react';
import type { Detection } from '@/lib/detect/schema';
import { addressLine } from '@/lib/detect/address';
import { t } from '@/lib/extension/i18n';
import { CredentialList } from './CredentialList';
import { StateHint } from '@/components/shared/StateHint';

/** Who the page is about, what it claims, and (from the shortlist feature) a save button. */
export function ProviderCard({
  detection,
  actions,
  patientState,
}: {
  detection: Detection;
  actions?: ReactNode;
  /** The patient's state from settings, used when the page names none. */
  patientState?: string;
}) {
  const { provider } = detection;
  const state = provider.state ?? patientState;
  const address = addressLine(provider.address);
  return (
    <section className="card" aria-labelledby="provider-heading">
      <h2 id="provider-heading">{provider.name ?? t('providerHeading')}</h2>
      <dl className="facts">
        {provider.phone && (
          <>
            <dt>{t('providerPhone')}</dt>
            <dd data-testid="provider-phone">{provider.phone}</dd>
          </>
        )}
        {address && (
          <>
            <dt>{t('providerAddress')}</dt>
            <dd>{address}</dd>
          </>
        )}
      </dl>
      <h3>{t('credentialsHeading')}</h3>
      <CredentialList credentials={detection.credentials} state={state} />
      <StateHint code={state} />
      {detection.hints.length > 0 && (
        <>
          <h3>{t('hintsHeading')}</h3>
          <ul data-testid="hints">
            {detection.hints.map((h) => (
              <li key={h.id}>
                {h.text} <small className="source">{t('sourceLabel', h.sourceTitle)}</small>
              </li>
            ))}
          </ul>
        </>
      )}
      {actions}
    </section>
  );
}
