import type { NoteFieldSpec, NoteTemplateSpec } from '@/lib/notes/template';

// Notes a patient can send while claiming massage therapy (shared/FACTS.md §3.4, §3.5, §5.2).
// One file per template in this folder (shared fields in files starting with _), each a `defineNoteTemplate` default export; the menu
// shows them by `order`. lib/notes/note.ts builds them on the shared field rules and appends the
// disclaimer to every rendered note.
const modules = import.meta.glob<{ default: NoteTemplateSpec<readonly NoteFieldSpec[]> }>(['./*.ts', '!./index.ts', '!./_*.ts'], { eager: true });

export const templateSpecs = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.order - b.order);

export const templateIds = templateSpecs.map((t) => t.id);
