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

/**
 * Where to look a therapist up, or nothing where the state keeps no record: a state that does not
 * regulate massage has no board to check, and saying so next to "check the board" contradicts it.
 */
export function stateLookup(state: UsState): { href: string | undefined; text: string } | undefined {
  if (state.regulation === 'none') return undefined;
  if (state.board) return { href: state.board.lookupUrl ?? sources.fsmtbRegulation.url, text: t('stateHintBoard', state.board.name) };
  return { href: sources.fsmtbRegulation.url, text: t('credentialLookupFsmtb') };
}

/** How a state regulates massage, in one paragraph: regulation, title, hours, where to look up. */
export function StateHint({ code }: { code: string | undefined }) {
  const state = code ? stateByCode(code) : undefined;
  if (!state) return null;
  const lookup = stateLookup(state);
  return (
    <p className="state-hint" data-testid="state-hint">
      <strong>{t('stateHintIntro', state.name)}</strong> {t(regulationMessage[state.regulation])}{' '}
      {state.title && t('stateHintTitle', state.title)} {state.minimumHours && t('stateHours', String(state.minimumHours.hours))}{' '}
      {lookup && (
        <>
          <a href={lookup.href} target="_blank" rel="noopener noreferrer">
            {lookup.text}
          </a>{' '}
        </>
      )}
      <SourceNote source={state.minimumHours?.source ?? state.source} />
    </p>
  );
}
