import type { z } from 'zod';
import { credentialInfos } from '@/data/credentials';
import { usStateCodes } from '@/data/schemas';
import { templateSpecs } from '@/data/templates';
import { addressLines } from '@/lib/detect/address';
import { isValidNpi } from '@/lib/detect/npi';
import { makeNoteRules } from './rules';
import { buildTemplate, type KnownFacts, type NoteTemplate } from './template';

export type { NoteField } from './template';
export { NOTE_MESSAGES, isCalendarDate, todayIso } from './rules';

/** A note template's id, as declared in its file under data/templates/. */
export type TemplateId = string;

/** Appended to every rendered note. */
export const NOTE_DISCLAIMER =
  'About this note: it sums up information for the patient\u2019s own claim. The health plan or account administrator decides what is covered and what is paid; this note does not promise coverage or payment, and it is not medical, legal or tax advice.';

/** What each field rule says when a value doesn't fit; the form shows it next to the field. */

function withDisclaimer(t: NoteTemplate): NoteTemplate {
  return { ...t, render: (values) => `${t.render(values).trimEnd()}\n\n---\n${NOTE_DISCLAIMER}\n` };
}

const buildTemplates = (today?: () => string): readonly NoteTemplate[] => {
  const rules = makeNoteRules(today);
  return templateSpecs.map((spec) => withDisclaimer(buildTemplate(spec, rules)));
};

/** The note templates, in menu order; each rendered note ends with NOTE_DISCLAIMER. */
export const templates: readonly NoteTemplate[] = buildTemplates();

export function templateById(id: string): NoteTemplate | undefined {
  return templates.find((t) => t.id === id);
}

export type NoteResult = { ok: true; text: string } | { ok: false; errors: Record<string, string> };

/** zod issues keyed by field path ("serviceLines.0.cptCode"), first message per path. */
function errorsByPath(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * Checks the values against the template's rules and, when they pass, renders the note.
 * `options.today` (YYYY-MM-DD) pins the date that "in the future" is measured from.
 */
export function validateNote(templateId: string, values: unknown, options: { today?: string } = {}): NoteResult {
  const { today } = options;
  const table = today ? buildTemplates(() => today) : templates;
  const template = table.find((t) => t.id === templateId);
  if (!template) return { ok: false, errors: { '': `Unknown note template: ${templateId}` } };
  const parsed = template.fields.safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorsByPath(parsed.error.issues) };
  return { ok: true, text: template.render(parsed.data) };
}

/** What the extension already knows about the page and the patient, for prefilling a note. */
export interface NoteContext {
  provider?: {
    name?: string;
    phone?: string;
    address?: { street?: string; locality?: string; region?: string; postalCode?: string };
    /** `holder`: the person the page named next to it; without one the credential is the business's. */
    credentials?: readonly { type: string; text: string; licenseNumber?: string; valid?: boolean; holder?: string }[];
  };
  insurerName?: string;
  /** The state the page or patient is in, as a USPS code. */
  state?: string;
  /** YYYY-MM-DD. */
  today: string;
}

export type NoteValues = Record<string, unknown>;

// Licenses in the order to prefer them, and how each credential is written after a name.
const LICENSE_TYPES = credentialInfos.filter((c) => c.license).map((c) => c.id);
const CREDENTIAL_ABBREVIATIONS: Record<string, string | undefined> = Object.fromEntries(
  credentialInfos.map((c) => [c.id, c.abbreviation]),
);

const asStateCode = (v: string | undefined) => {
  const code = v?.trim().toUpperCase();
  return code && (usStateCodes as readonly string[]).includes(code) ? code : undefined;
};

function formatAddress(a: NonNullable<NonNullable<NoteContext['provider']>['address']>): string | undefined {
  return addressLines(a).join('\n') || undefined;
}

/**
 * Starting values for a note from what the page showed: the business's name, the therapist the
 * page names next to a license (never the business in their place), that person's credentials, the
 * first NPI with a valid check digit, a license number and the insurer. The date of service stays
 * empty. Only keys with something to fill are returned; the patient checks and completes the rest.
 * Each template's fields say which of these facts they take.
 */
export function prefillNote(templateId: string, context: NoteContext): NoteValues {
  return templateById(templateId)?.prefill(knownFacts(context)) ?? {};
}

/** Per prefilled field, a line saying where the page showed it, for the patient to check. */
export function prefillLines(templateId: string, context: NoteContext): Record<string, string> {
  return templateById(templateId)?.prefillLines(knownFacts(context)) ?? {};
}

type FoundCredentialLike = NonNullable<NonNullable<NoteContext['provider']>['credentials']>[number];

/** The person the note is about: the holder of a numbered license first, then of any credential. */
function chosenTherapist(creds: readonly FoundCredentialLike[]): string | undefined {
  const licensed = LICENSE_TYPES.map((type) => creds.find((c) => c.type === type && c.licenseNumber && c.holder)).find(Boolean);
  return (licensed ?? creds.find((c) => c.holder && c.type !== 'npi'))?.holder;
}

const abbreviationsOf = (creds: readonly FoundCredentialLike[]) =>
  [...new Set(creds.map((c) => CREDENTIAL_ABBREVIATIONS[c.type]).filter(Boolean))].join(', ') || undefined;

function knownFacts(context: NoteContext): KnownFacts {
  const p = context.provider ?? {};
  const all = p.credentials ?? [];
  const therapist = chosenTherapist(all);
  // The therapist's own credentials, then the business's: never another named person's.
  const creds = all.filter((c) => !c.holder || c.holder === therapist);
  const own = (c: FoundCredentialLike) => (therapist ? c.holder === therapist : true);
  const validNpi = (c: FoundCredentialLike) => c.type === 'npi' && c.valid !== false && isValidNpi(c.licenseNumber ?? '');
  const npi = creds.find((c) => validNpi(c) && own(c)) ?? creds.find(validNpi);
  const license =
    LICENSE_TYPES.map((type) => creds.find((c) => c.type === type && c.licenseNumber && own(c))).find(Boolean) ??
    creds.find((c) => c.type !== 'npi' && c.licenseNumber && own(c));
  const state = asStateCode(context.state) ?? asStateCode(p.address?.region);
  return {
    practiceName: p.name?.trim() || undefined,
    therapistName: therapist,
    therapistCredentials: therapist ? abbreviationsOf(creds.filter((c) => c.holder === therapist)) : undefined,
    practiceCredentials: abbreviationsOf(creds.filter((c) => !c.holder)),
    providerNpi: npi?.licenseNumber,
    npiOf: npi ? (npi.holder ? 'therapist' : 'practice') : undefined,
    providerLicenseNumber: license?.licenseNumber,
    // The state where the therapist works, for the license line: known from the page or settings.
    providerLicenseState: state,
    providerAddress: p.address ? formatAddress(p.address) : undefined,
    providerPhone: p.phone?.trim(),
    insurerName: context.insurerName?.trim() || undefined,
    today: context.today,
  };
}
