import { z } from 'zod';
import type { Source } from '@/data/schemas';
import type { NoteRules } from './rules';

// 'patient': a note for the patient's own records, written in the patient's language (lib/notes/language.ts).
type NoteAudience = 'insurer' | 'provider' | 'physician' | 'patient';

type NoteFieldKind = 'text' | 'textarea' | 'date' | 'npi' | 'cpt-lines' | 'icd10' | 'money';

/** What the extension already knows from the page and settings, for prefilling a note's fields. */
export interface KnownFacts {
  /** The business the page is about: a practice, a spa, a clinic. */
  practiceName?: string;
  /** The person a license or credential was found next to on the page; never the business's name. */
  therapistName?: string;
  /** That person's credential abbreviations as written after a name, e.g. "LMT, BCTMB". */
  therapistCredentials?: string;
  /** Credentials the page shows without a person next to them: the business's, not a therapist's. */
  practiceCredentials?: string;
  providerNpi?: string;
  /** Whose NPI the page showed it as: next to the therapist's name, or the business's. */
  npiOf?: 'therapist' | 'practice';
  providerLicenseNumber?: string;
  /** The state where the therapist works, from the page or the patient's settings. */
  providerLicenseState?: string;
  providerAddress?: string;
  providerPhone?: string;
  insurerName?: string;
  /** YYYY-MM-DD. */
  today: string;
}

/**
 * One field of a note template, declared once: the form shows it from `label`, `kind` and `help`;
 * the template's zod schema takes `rule` (made optional when `required` is false); `prefill`
 * says which known fact fills it.
 */
export interface NoteFieldSpec<N extends string = string, S extends z.ZodType = z.ZodType, R extends boolean = boolean> {
  name: N;
  label: string;
  kind: NoteFieldKind;
  help?: string;
  required: R;
  rule: (r: NoteRules) => S;
  /** For `cpt-lines`: the fields of one service line; build their object with `objectOf`. */
  itemFields?: readonly NoteFieldSpec[];
  prefill?: (known: KnownFacts) => unknown;
  /** Where the prefilled value came from, when the patient should check it (shown under the field). */
  prefillLine?: (known: KnownFacts) => string | undefined;
  /** A line the form shows under the field from what is filled so far, e.g. why it is or isn't needed. */
  lineFor?: (values: Readonly<Record<string, unknown>>) => string | undefined;
  /** When `required` is false but other values make the field needed (the form marks it). */
  requiredWhen?: (values: Readonly<Record<string, unknown>>) => boolean;
}

/** What a form needs to show one field; `name` is the key in the template's `fields` schema. */
export interface NoteField {
  name: string;
  label: string;
  kind: NoteFieldKind;
  help?: string;
  required: boolean;
  itemFields?: readonly NoteField[];
  lineFor?: (values: Readonly<Record<string, unknown>>) => string | undefined;
  requiredWhen?: (values: Readonly<Record<string, unknown>>) => boolean;
}

type FieldValue<F> = F extends NoteFieldSpec<string, infer S, infer R> ? (R extends true ? z.output<S> : z.output<S> | undefined) : never;
type ValuesOf<F extends readonly NoteFieldSpec[]> = { [K in F[number] as K['name']]: FieldValue<K> };

export interface NoteTemplateSpec<F extends readonly NoteFieldSpec[]> {
  id: string;
  /** Place in the template menu, lowest first. */
  order: number;
  title: string;
  audience: NoteAudience;
  description: string;
  /** What the page cannot tell and the patient still has to fill in, shown above the form. */
  patientFills: string;
  fields: F;
  /** Rules across fields, checked after each field's own. */
  checks?: readonly { check: (values: ValuesOf<F>) => boolean; message: string; path: readonly string[] }[];
  /** The note text for values that passed the fields' rules. Pure: same values, same text. */
  render(values: ValuesOf<F>): string;
  sources: readonly Source[];
}

/** Declares a template; its values are typed from its fields. */
export const defineNoteTemplate = <const F extends readonly NoteFieldSpec[]>(spec: NoteTemplateSpec<F>) => spec;

/** A template ready for use, built from its declaration and the shared field rules. */
export interface NoteTemplate {
  id: string;
  order: number;
  title: string;
  audience: NoteAudience;
  description: string;
  patientFills: string;
  fields: z.ZodObject;
  fieldList: readonly NoteField[];
  prefill(known: KnownFacts): Record<string, unknown>;
  /** Per field, where its prefilled value came from (fields with nothing to say are left out). */
  prefillLines(known: KnownFacts): Record<string, string>;
  render(values: Record<string, unknown>): string;
  sources: readonly Source[];
}

/** The zod object for a list of fields. */
export function objectOf(fields: readonly NoteFieldSpec[], r: NoteRules): z.ZodObject {
  return z.object(Object.fromEntries(fields.map((f) => [f.name, f.required ? f.rule(r) : r.optional(f.rule(r))])));
}

const formField = ({ name, label, kind, help, required, itemFields, lineFor, requiredWhen }: NoteFieldSpec): NoteField => ({
  name,
  label,
  kind,
  ...(help === undefined ? {} : { help }),
  required,
  ...(itemFields ? { itemFields: itemFields.map(formField) } : {}),
  ...(lineFor ? { lineFor } : {}),
  ...(requiredWhen ? { requiredWhen } : {}),
});

export function buildTemplate(spec: NoteTemplateSpec<readonly NoteFieldSpec[]>, r: NoteRules): NoteTemplate {
  let fields = objectOf(spec.fields, r);
  for (const { check, message, path } of spec.checks ?? []) {
    fields = fields.refine((v) => check(v as ValuesOf<readonly NoteFieldSpec[]>), { message, path: [...path] });
  }
  return {
    id: spec.id,
    order: spec.order,
    title: spec.title,
    audience: spec.audience,
    description: spec.description,
    patientFills: spec.patientFills,
    fields,
    fieldList: spec.fields.map(formField),
    prefill: (known) => {
      const values: Record<string, unknown> = {};
      for (const f of spec.fields) {
        const value = f.prefill?.(known);
        if (value !== undefined && value !== '') values[f.name] = value;
      }
      return values;
    },
    prefillLines: (known) => {
      const out: Record<string, string> = {};
      for (const f of spec.fields) {
        const line = f.prefill?.(known) === undefined ? undefined : f.prefillLine?.(known);
        if (line) out[f.name] = line;
      }
      return out;
    },
    render: (values) => spec.render(values as ValuesOf<readonly NoteFieldSpec[]>),
    sources: spec.sources,
  };
}
