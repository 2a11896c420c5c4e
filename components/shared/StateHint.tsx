import { sources } from '@/data/sources';
import { stateByCode } from '@/data/states';
import type { UsState } from '@/data/schemas';
import { t, type MessageKey } from '@/lib/extension/i18n';
import { SourceNote } from './SourceNote';

export const regulationMessage: Record<UsState['regulation'], MessageKey> = {
  license: 'stateRegulation_license',
  registration: 'stateRegulation_registration',
  'voluntary-certification': 'stateRegulation_voluntaryCertification',
  none: 'stateRegulation_none',
  unverified: 'stateRegulation_unverified',
};

/** How a state regulates massage, in one paragraph: regulation, title, hours, where to look up. */
export function StateHint({ code }: { code: string | undefined }) {
  const state = code ? stateByCode(code) : undefined;
  if (!state) return null;
  return (
    <p className="state-hint" data-testid="state-hint">
      <strong>{t('stateHintIntro', state.name)}</strong> {t(regulationMessage[state.regulation])}{' '}
      {state.title && t('stateHintTitle', state.title)} {state.minimumHours && t('stateHours', String(state.minimumHours.hours))}{' '}
      <a href={state.board?.lookupUrl ?? sources.fsmtbRegulation.url} target="_blank" rel="noopener noreferrer">
        {state.board ? t('stateHintBoard', state.board.name) : t('credentialLookupFsmtb')}
      </a>{' '}
      <SourceNote source={state.minimumHours?.source ?? state.source} />
    </p>
  );
}
