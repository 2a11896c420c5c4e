import { healthPlanKinds } from '@/data/schemas';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/extension/i18n';
import { isMassageProvider } from '@/lib/detect/verdict';
import { NoteComposer } from '@/components/shared/NoteComposer';
import { useNoteDefaults } from './useNoteDefaults';

/** The insurance note templates, prefilled from this page, the settings or a saved provider. */
export function NotesSection({
  detection,
  open,
  onOpenChange,
}: {
  detection: Detection | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const defaults = useNoteDefaults();
  return (
    <details className="card" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)} data-testid="notes-section">
      <summary>
        <h2>{t('notesHeading')}</h2>
      </summary>
      {open && (
        <NoteComposer
          context={{
            provider: isMassageProvider(detection) ? { ...detection.provider, credentials: detection.credentials } : undefined,
            insurerName: detection?.insurer && healthPlanKinds.includes(detection.insurer.kind) ? detection.insurer.name : defaults.insurerName,
            // Where the therapist works decides the license fields: the page's state before the patient's.
            state: detection?.provider.state ?? defaults.state,
          }}
          prefillChoices={defaults.choices}
        />
      )}
    </details>
  );
}
