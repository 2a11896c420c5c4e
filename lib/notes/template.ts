import { z } from 'zod';
import type { Source } from '@/data/schemas';
import type { NoteRules } from './rules';

// 'patient': a note for the patient's own records, written in the patient's language (lib/notes/language.ts).
type NoteAudience = 'insurer' | 'provider' | 'physician' | 'patient';

type NoteFieldKind = 'text' | 'textarea' | 'date' | 'npi' | 'cpt-lines' | 'icd10' | 'money';

/** What the extension already knows from the page and settings, for prefilling a note's fields. */
export interface KnownFacts {
  providerName?: string;
  /** Credential abbreviations as written after a name, e.g. "LMT, BCTMB". */
  providerCredentials?: string;
  providerNpi?: string;
  providerLicenseNumber?: string;
  /** The state of the license, known only when a license number is. */
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
}

/** What a form needs to show one field; `name` is the key in the template's `fields` schema. */
export interface NoteField {
  name: string;
  label: string;
  kind: NoteFieldKind;
  help?: string;
  required: boolean;
  itemFields?: readonly NoteField[];
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
  render(values: Record<string, unknown>): string;
  sources: readonly Source[];
}

/** The zod object for a list of fields. */
export function objectOf(fields: readonly NoteFieldSpec[], r: NoteRules): z.ZodObject {
  return z.object(Object.fromEntries(fields.map((f) => [f.name, f.required ? f.rule(r) : r.optional(f.rule(r))])));
}

const formField = ({ name, label, kind, help, required, itemFields }: NoteFieldSpec): NoteField => ({
  name,
  label,
  kind,
  ...(help === undefined ? {} : { help }),
  required,
  ...(itemFields ? { itemFields: itemFields.map(formField) } : {}),
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
    render: (values) => spec.render(values as ValuesOf<readonly NoteFieldSpec[]>),
    sources: spec.sources,
  };
}
