import { stateByCode, states } from '@/data/states';
import type { KnownFacts, NoteFieldSpec } from '@/lib/notes/template';

// Fields about the business and the therapist that more than one template asks for. The business
// and the person are two fields: a page names the practice, and a therapist only where it names
// one next to a credential.

/** States with a license, registration or certification number to give; the others issue none. */
const statesIssuingLicenses = new Set<string>(states.filter((st) => st.regulation !== 'none').map((st) => st.code));

const stateOf = (value: unknown) => (typeof value === 'string' ? stateByCode(value.trim().toUpperCase()) : undefined);

/** Whether the state in `value` gives massage therapists a number a note can quote. */
export function stateIssuesLicenses(value: unknown): boolean {
  const state = stateOf(value);
  return state ? statesIssuingLicenses.has(state.code) : false;
}

/** Why the license number is or is not needed, from the state's rule in data/states.ts. */
export function licenseLine(stateValue: unknown): string | undefined {
  const state = stateOf(stateValue);
  if (!state) return undefined;
  switch (state.regulation) {
    case 'none':
      return `${state.name} issues no massage therapist license, registration or certificate (FSMTB lists no state board), so there is no number to give: leave this empty.`;
    case 'voluntary-certification':
      return `${state.name} has no state license; certification (${state.title ?? 'a voluntary certificate'}) is voluntary. Give the certificate number if the superbill shows one.`;
    case 'unverified':
      return `Whether ${state.name} licenses massage therapists has not been checked: give the number if the superbill shows one.`;
    case 'registration':
      return `${state.name} registers massage therapists: give the registration number from the superbill.`;
    default:
      return `${state.name} licenses massage therapists: give the license number from the superbill.`;
  }
}

const NOT_ON_PAGE_NEXT_TO_A_NAME = 'The page shows them for the business, not next to a therapist\u2019s name: the note lists them under the practice.';

export const practiceNameField = {
  name: 'practiceName',
  label: 'Practice or business name',
  kind: 'text',
  required: false,
  rule: (r) => r.text(),
  prefill: (k: KnownFacts) => k.practiceName,
} as const satisfies NoteFieldSpec;

export const therapistNameHelp = 'The person who treated you, as on the superbill; the page names a therapist only next to a credential.';

export const therapistPrefillLine = (k: KnownFacts) =>
  k.therapistName ? `The page names ${k.therapistName} next to a license or credential: check this is who treats you.` : undefined;

export const practiceCredentialsField = {
  name: 'practiceCredentials',
  label: 'Credentials the practice lists',
  kind: 'text',
  required: false,
  help: NOT_ON_PAGE_NEXT_TO_A_NAME,
  rule: (r) => r.text(),
  prefill: (k: KnownFacts) => k.practiceCredentials,
} as const satisfies NoteFieldSpec;

export const npiPrefillLine = (k: KnownFacts) =>
  k.npiOf === 'practice'
    ? 'The page shows this NPI for the business, not next to a therapist\u2019s name: it may be the practice\u2019s group NPI. Check the superbill for the therapist\u2019s own.'
    : undefined;
