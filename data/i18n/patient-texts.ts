// Every text a patient reads that lives in a data registry, under one key each, so that a
// translation (data/i18n/es.ts) can sit beside the registries instead of inside every entry.
import { coveragePatterns, coverageTopics } from '../coverage-statements';
import { credentialInfos } from '../credentials';
import { ambiguousTerms, dimensions } from '../dimensions';
import { cptCodeHints, documentHints, insurerQuestions, unitCountingHint } from '../insurance-hints';
import { insurerGuides } from '../insurer-guides';
import { questions } from '../questions';
import { clinicalHostCues, massageHostCues, spaHostCues } from '../site-cues';
import { states } from '../states';
import { templateSpecs } from '../templates';
import { textKey, type TextKey } from './text-key';


/** Every patient-facing text of the registries, keyed, in English. */
export function patientTexts(): Map<TextKey, string> {
  const texts = new Map<TextKey, string>();
  const add = (registry: string, id: string, field: string, english: string | undefined) => {
    if (english) texts.set(textKey(registry, id, field), english);
  };
  for (const d of dimensions) {
    add('dimension', d.id, 'name', d.name);
    add('dimension', d.id, 'checklistPrompt', d.checklistPrompt);
    for (const signal of [...d.clinical, ...d.recreational]) add('signal', signal.id, 'label', signal.label);
  }
  // Host cues land in a verdict's evidence beside the dimensions' signals, under the same key shape.
  for (const cue of [...massageHostCues, ...spaHostCues, ...clinicalHostCues]) add('signal', cue.id, 'label', cue.label);
  for (const term of ambiguousTerms) add('ambiguous', term.id, 'note', term.note);
  for (const q of questions) {
    add('question', q.id, 'text', q.text);
    add('question', q.id, 'why', q.why);
  }
  for (const c of credentialInfos) add('credential', c.id, 'meaning', c.meaning);
  for (const s of states) s.notes.forEach((note, i) => add('state', s.code, `note${i}`, note.text));
  for (const g of insurerGuides) {
    g.notes.forEach((note, i) => add('insurer-guide', g.insurerId, `note${i}`, note.text));
    g.programs.forEach((program, i) => add('insurer-guide', g.insurerId, `program${i}`, program.text));
  }
  for (const hint of [...cptCodeHints, unitCountingHint, ...documentHints, ...insurerQuestions]) {
    add('hint', hint.id, 'title', hint.title);
    add('hint', hint.id, 'text', hint.text);
  }
  for (const phrase of [...coverageTopics, ...coveragePatterns]) add('coverage', phrase.id, 'label', phrase.label);
  for (const spec of templateSpecs) {
    add('template', spec.id, 'title', spec.title);
    add('template', spec.id, 'description', spec.description);
    add('template', spec.id, 'patientFills', spec.patientFills);
    for (const field of spec.fields) {
      add('template', spec.id, `${field.name}.label`, field.label);
      add('template', spec.id, `${field.name}.help`, field.help);
      for (const item of field.itemFields ?? []) {
        add('template', spec.id, `${field.name}.${item.name}.label`, item.label);
        add('template', spec.id, `${field.name}.${item.name}.help`, item.help);
      }
    }
  }
  return texts;
}
