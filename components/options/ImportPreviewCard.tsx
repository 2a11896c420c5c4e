import { t, type MessageKey } from '@/lib/extension/i18n';
import type { ImportPreview, ProviderRecord } from '@/lib/shortlist';
import { formatDay } from './shortlistLabels';

/** At most this many names per list on screen: a backup of 100,000 providers is not read line by line. */
const NAMES_SHOWN = 50;

const fieldLabel: Record<keyof ProviderRecord, MessageKey> = {
  id: 'importFieldId',
  url: 'importFieldUrl',
  name: 'importFieldName',
  phone: 'importFieldPhone',
  address: 'importFieldAddress',
  state: 'importFieldState',
  kind: 'importFieldKind',
  confidence: 'importFieldConfidence',
  credentials: 'importFieldCredentials',
  evidenceSummary: 'importFieldEvidence',
  checklist: 'importFieldChecklist',
  questions: 'importFieldQuestions',
  notes: 'importFieldNotes',
  status: 'importFieldStatus',
  tags: 'importFieldTags',
  seenOn: 'importFieldSeenOn',
  aliases: 'importFieldAliases',
  createdAt: 'importFieldCreated',
  updatedAt: 'importFieldCreated',
};

function refusalText(refused: ImportPreview['refused'][number]): string {
  if (refused.kind === 'provider') return t('backupPreviewRefusedProviderNewer', refused.name);
  const date = formatDay(refused.date ?? '');
  return t(refused.reason === 'ours-newer' ? 'backupPreviewRefusedVisitNewer' : 'backupPreviewRefusedVisitMoved', [date, refused.name]);
}

/** A heading and the first NAMES_SHOWN lines of a list, with how many more there are. */
function ListOf({ heading, lines, testId }: { heading: string; lines: string[]; testId: string }) {
  if (lines.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4>{heading}</h4>
      <ul>
        {lines.slice(0, NAMES_SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {lines.length > NAMES_SHOWN && <p className="muted">{t('backupPreviewMore', String(lines.length - NAMES_SHOWN))}</p>}
    </div>
  );
}

const changesSomething = (p: ImportPreview) => p.providersAdded.length + p.providersUpdated.length + p.visitsAdded + p.visitsUpdated > 0;

/** What an import will change, before it changes anything: the patient confirms or cancels. */
export function ImportPreviewCard({ preview, onConfirm, onCancel }: { preview: ImportPreview; onConfirm: () => void; onCancel: () => void }) {
  const updated = preview.providersUpdated.map((p) => t('backupPreviewUpdatedFields', [p.name, p.fields.map((f) => t(fieldLabel[f])).join(', ')]));
  return (
    <div className="import-preview" role="region" aria-labelledby="import-preview-heading" data-testid="import-preview">
      <h3 id="import-preview-heading">{t('backupPreviewHeading')}</h3>
      {!changesSomething(preview) && <p data-testid="import-preview-nothing">{t('backupPreviewNothing')}</p>}
      <ListOf
        heading={t('backupPreviewProvidersAdded', String(preview.providersAdded.length))}
        lines={preview.providersAdded.map((p) => p.name)}
        testId="import-preview-added"
      />
      <ListOf heading={t('backupPreviewProvidersUpdated', String(preview.providersUpdated.length))} lines={updated} testId="import-preview-updated" />
      <p data-testid="import-preview-visits">{t('backupPreviewVisits', [String(preview.visitsAdded), String(preview.visitsUpdated)])}</p>
      {preview.unchanged > 0 && <p className="muted">{t('backupPreviewUnchanged', String(preview.unchanged))}</p>}
      <ListOf heading={t('backupPreviewRefused', String(preview.refused.length))} lines={preview.refused.map(refusalText)} testId="import-preview-refused" />
      <div className="actions">
        {changesSomething(preview) && (
          <button type="button" data-testid="import-confirm" onClick={onConfirm}>
            {t('backupPreviewConfirm')}
          </button>
        )}
        <button type="button" data-testid="import-cancel" onClick={onCancel}>
          {t('backupPreviewCancel')}
        </button>
      </div>
    </div>
  );
}
