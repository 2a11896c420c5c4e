import { stateByCode } from '@/data/states';
import { sources } from '@/data/sources';
import { credentialInfo } from '@/lib/detect/credentials';
import type { FoundCredential } from '@/lib/detect/schema';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { localField } from '@/data/i18n/local-text';

const NPI_REGISTRY = 'https://npiregistry.cms.hhs.gov/';

/** Each claimed credential in one line, with where to check it. */
export function CredentialList({ credentials, state }: { credentials: readonly FoundCredential[]; state?: string }) {
  const board = state ? stateByCode(state)?.board : undefined;
  if (!credentials.length) return <p data-testid="no-credentials">{t('noCredentialsFound')}</p>;
  return (
    <ul className="credentials" data-testid="credentials">
      {credentials.map((c) => {
        if (c.type === 'npi') {
          return (
            <li key={`npi-${c.licenseNumber}`} data-valid={String(c.valid)}>
              <strong>NPI</strong> — {t(c.valid ? 'npiValid' : 'npiInvalid', c.licenseNumber ?? '')}{' '}
              {c.valid && (
                <a href={NPI_REGISTRY} target="_blank" rel="noopener noreferrer">
                  {t('npiRegistryLink')}
                </a>
              )}
            </li>
          );
        }
        const info = credentialInfo(c.type);
        return (
          <li key={`${c.type}-${c.licenseNumber ?? ''}-${c.holder ?? ''}`} data-holder={c.holder}>
            <strong>{info?.title ?? c.text}</strong>
            {/* The person the page named next to it; without one it is the business's claim. */}
            {c.holder && <span className="holder"> ({c.holder})</span>}: {info && localField('credential', info.id, 'meaning', info.meaning, currentLanguage())}
            {c.licenseNumber && <span className="number"> {t('credentialNumber', c.licenseNumber)}.</span>}
            {info?.takesNumber && (
              <>
                {' '}
                {board?.lookupUrl ? (
                  <a href={board.lookupUrl} target="_blank" rel="noopener noreferrer">
                    {t('credentialLookupBoard', board.name)}
                  </a>
                ) : (
                  <a href={sources.fsmtbRegulation.url} target="_blank" rel="noopener noreferrer">
                    {t('credentialLookupFsmtb')}
                  </a>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
