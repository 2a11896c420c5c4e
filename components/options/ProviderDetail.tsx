import { useState, type FormEvent } from 'react';
import { t, type MessageKey } from '@/lib/extension/i18n';
import { SHORTLIST_LIMITS, providerStatusSchema, providerStatuses, type ProviderPatch, type ProviderRecord } from '@/lib/shortlist';
import { Checklist } from '@/components/shared/Checklist';
import { QuestionList } from '@/components/shared/QuestionList';
import { VisitLog } from './VisitLog';
import { addressLine } from '@/lib/detect/address';
import { listingVerdictWords, strengthMessage } from '@/lib/detect/verdict';
import { formatDate, kindLabel, statusLabel } from './shortlistLabels';
import type { ShortlistStore } from './useShortlistStore';

/** Applies a change computed from the freshly read record; resolves to whether it was saved. */
export type PatchProvider = (id: string, makePatch: (current: ProviderRecord) => ProviderPatch) => Promise<boolean>;

/** One saved provider: what the page said, and everything the patient keeps about it. */
export function ProviderDetail({
  provider,
  patch,
  run,
  onDelete,
  onClose,
}: {
  provider: ProviderRecord;
  patch: PatchProvider;
  run: ShortlistStore['run'];
  onDelete: () => void;
  onClose: () => void;
}) {
  const id = provider.id;
  return (
    <section className="card provider-detail" data-testid="provider-detail" data-provider={id} aria-labelledby="provider-detail-heading">
      <div className="detail-head">
        <h2 id="provider-detail-heading" data-testid="detail-name">
          {provider.name}
        </h2>
        <button type="button" onClick={onClose}>
          {t('detailClose')}
        </button>
      </div>
      <ProviderFacts provider={provider} />
      <StatusSelect provider={provider} patch={patch} />

      <TagEditor key={`tags-${id}`} provider={provider} patch={patch} />
      <NotesField key={`notes-${id}`} provider={provider} patch={patch} />

      <h3>{t('checklistHeading')}</h3>
      <Checklist
        evidence={provider.evidenceSummary}
        answers={provider.checklist}
        onChange={(dimension, value) => void patch(id, (current) => ({ checklist: { ...current.checklist, [dimension]: value } }))}
      />

      <VisitLog key={`visits-${id}`} provider={provider} run={run} />

      <details className="questions-section" data-testid="detail-questions">
        <summary>
          <h3>{t('questionsHeading')}</h3>
        </summary>
        <QuestionList answers={provider.questions} onChange={(qid, value) => void patch(id, (current) => ({ questions: { ...current.questions, [qid]: value } }))} />
      </details>

      <div className="actions danger-zone">
        <button type="button" data-testid="delete-provider" onClick={onDelete}>
          {t('detailDelete')}
        </button>
      </div>
    </section>
  );
}

function TagEditor({ provider, patch }: { provider: ProviderRecord; patch: PatchProvider }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<MessageKey | undefined>();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = draft
      .split(',')
      .map((tag) => tag.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    if (wanted.length === 0) return;
    const lower = new Set(provider.tags.map((tag) => tag.toLocaleLowerCase()));
    const fresh = wanted.filter((tag, i) => !lower.has(tag.toLocaleLowerCase()) && wanted.findIndex((w) => w.toLocaleLowerCase() === tag.toLocaleLowerCase()) === i);
    if (wanted.some((tag) => tag.length > SHORTLIST_LIMITS.tag)) return setProblem('detailTagTooLong');
    if (fresh.length === 0) return setProblem('detailTagDuplicate');
    if (provider.tags.length + fresh.length > SHORTLIST_LIMITS.tags) return setProblem('detailTagTooMany');
    setProblem(undefined);
    const saved = await patch(provider.id, (current) => {
      const have = new Set(current.tags.map((tag) => tag.toLocaleLowerCase()));
      return { tags: [...current.tags, ...fresh.filter((tag) => !have.has(tag.toLocaleLowerCase()))].slice(0, SHORTLIST_LIMITS.tags) };
    });
    if (saved) setDraft('');
  };
  return (
    <div className="tags-editor" data-testid="tags-editor">
      <h3>{t('detailTags')}</h3>
      {provider.tags.length === 0 ? (
        <p className="muted">{t('detailTagsNone')}</p>
      ) : (
        <ul className="tags" data-testid="detail-tags">
          {provider.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}{' '}
              <button
                type="button"
                aria-label={t('detailTagRemove', tag)}
                onClick={() => void patch(provider.id, (current) => ({ tags: current.tags.filter((x) => x !== tag) }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-form" onSubmit={(e) => void add(e)}>
        <label>
          {t('detailTagNew')}{' '}
          <input
            type="text"
            data-testid="tag-input"
            value={draft}
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setProblem(undefined);
            }}
          />
        </label>
        <button type="submit" data-testid="tag-add">
          {t('detailTagAdd')}
        </button>
        {problem && (
          <small className="error" role="alert">
            {t(problem)}
          </small>
        )}
      </form>
    </div>
  );
}

/** The patient's notes, written back when they leave the box; kept on screen if the write fails. */
function NotesField({ provider, patch }: { provider: ProviderRecord; patch: PatchProvider }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const commit = async () => {
    if (draft === null) return;
    if (draft === provider.notes) return setDraft(null);
    const text = draft;
    const ok = await patch(provider.id, () => ({ notes: text }));
    if (ok) {
      setDraft((current) => (current === text ? null : current));
      setSaved(true);
    }
  };
  return (
    <label className="field">
      {t('detailNotes')}
      <textarea
        data-testid="detail-notes"
        rows={4}
        maxLength={SHORTLIST_LIMITS.notes}
        value={draft ?? provider.notes}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaved(false);
        }}
        onBlur={() => void commit()}
      />
      <small className="muted">
        {t('detailNotesHelp')} {saved && <span role="status">{t('detailSaved')}</span>}
      </small>
    </label>
  );
}

/** What the provider's page gave: phone, address, the verdict and the credentials it showed. */
function ProviderFacts({ provider }: { provider: ProviderRecord }) {
  const address = addressLine(provider.address);
  return (
    <>
      <dl className="facts">
        {provider.phone && (
          <>
            <dt>{t('providerPhone')}</dt>
            <dd data-testid="detail-phone">{provider.phone}</dd>
          </>
        )}
        {address && (
          <>
            <dt>{t('providerAddress')}</dt>
            <dd data-testid="detail-address">{address}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={provider.url} target="_blank" rel="noopener noreferrer">
          {t('detailOpenPage')}
        </a>{' '}
        <span className="muted">{t('detailKind', [t(kindLabel(provider.kind)), t(strengthMessage(provider))])}</span>
      </p>
      <SeenOn provider={provider} />
      <h3>{t('detailCredentials')}</h3>
      {provider.credentials.length === 0 ? (
        <p className="muted">{t('detailNoCredentials')}</p>
      ) : (
        <ul data-testid="detail-credentials">
          {provider.credentials.map((c, i) => (
            <li key={`${i}-${c.text}`}>
              {c.text}
              {c.valid !== undefined && <span className="muted"> ({t(c.valid ? 'detailCredentialPasses' : 'detailCredentialFails')})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function StatusSelect({ provider, patch }: { provider: ProviderRecord; patch: PatchProvider }) {
  return (
    <label className="field">
      {t('detailStatus')}
      <select
        data-testid="detail-status"
        value={provider.status}
        onChange={(e) => {
          const status = providerStatusSchema.safeParse(e.target.value);
          if (status.success) void patch(provider.id, () => ({ status: status.data }));
        }}
      >
        {providerStatuses.map((s) => (
          <option key={s} value={s}>
            {t(statusLabel[s])}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The directory listings the patient saved this provider from, each with what its card said. */
function SeenOn({ provider }: { provider: ProviderRecord }) {
  if (!provider.seenOn?.length) return null;
  return (
    <>
      <h3>{t('detailSeenOnHeading')}</h3>
      <ul data-testid="detail-seen-on">
        {provider.seenOn.map((seen) => (
          <li key={seen.link}>
            <a href={seen.link} target="_blank" rel="noopener noreferrer">
              {seen.directory}
            </a>
            : {t(listingVerdictWords(seen.kind, seen.strength).title)} <span className="muted">({t('detailSeenOnSaved', formatDate(seen.savedAt))})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
