import { localField } from '@/data/i18n/local-text';
import type { NoteField, NoteTemplate } from './template';

type Lang = 'en' | 'es';

function localFieldList(templateId: string, fields: readonly NoteField[], lang: Lang, prefix = ''): NoteField[] {
  return fields.map((field) => {
    const name = `${prefix}${field.name}`;
    const local: NoteField = { ...field, label: localField('template', templateId, `${name}.label`, field.label, lang) };
    if (field.help) local.help = localField('template', templateId, `${name}.help`, field.help, lang);
    if (field.itemFields) local.itemFields = localFieldList(templateId, field.itemFields, lang, `${name}.`);
    return local;
  });
}

/**
 * The form around a note in the patient's language: title, description, what is left to fill in,
 * field labels and help. The note's own text keeps the language of its reader (lib/notes/language.ts).
 */
export function localTemplate(template: NoteTemplate, lang: Lang): NoteTemplate {
  if (lang === 'en') return template;
  const field = (name: string, english: string) => localField('template', template.id, name, english, lang);
  return {
    ...template,
    title: field('title', template.title),
    description: field('description', template.description),
    patientFills: field('patientFills', template.patientFills),
    fieldList: localFieldList(template.id, template.fieldList, lang),
  };
}
