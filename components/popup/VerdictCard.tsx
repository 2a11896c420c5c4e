import { dimensions } from '@/data/dimensions';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/extension/i18n';
import { evidenceByDimension, isMassageProvider, pageLine, strengthMessage, verdictMessage, verdictNotes } from '@/lib/detect/verdict';

const dimensionName = new Map(dimensions.map((d) => [d.id, d.name]));

/** The page's verdict in plain words, its confidence, and the evidence behind it. */
export function VerdictCard({ detection }: { detection: Detection | undefined }) {
  const verdict = verdictMessage(detection);
  const page = pageLine(detection);
  const notes = verdictNotes(detection);
  // Signals describe providers; on a plan's site or a page that is not a provider they would mislead.
  const groups = isMassageProvider(detection) ? evidenceByDimension(detection.evidence, dimensions.map((d) => d.id)) : [];
  return (
    <section aria-labelledby="verdict" className="card" data-kind={detection?.kind ?? 'unknown'}>
      <h2 id="verdict" data-testid="verdict">
        {t(verdict.key, verdict.sub)}
      </h2>
      {page && <p data-testid="verdict-page">{t('verdictPageOf', t(page))}</p>}
      {detection && detection.kind !== 'none' && (
        <p className="confidence" data-testid="confidence">
          {t(strengthMessage(detection))}
        </p>
      )}
      {detection?.reason === 'site-only' && <p data-testid="verdict-site-only">{t('verdictSiteOnly')}</p>}
      {notes.map((note) => (
        <p key={note.key} className="verdict-note" data-testid="verdict-note">
          {t(note.key, note.quote)}
        </p>
      ))}
      {groups.length > 0 && (
        <details>
          <summary>{t('evidenceHeading', String(detection!.evidence.length))}</summary>
          <ul className="evidence">
            {groups.map((group) => (
              <li key={group.dimension}>
                <strong>{dimensionName.get(group.dimension)}</strong>
                <ul>
                  {group.items.map((e) => (
                    <li key={e.signalId} data-side={e.side}>
                      <span className={`side side-${e.side}`}>
                        {e.side === 'clinical' ? t('sideClinical') : t('sideRecreational')}
                      </span>{' '}
                      {e.label} <span className="where">({t(`evidenceWhere_${e.where}`)})</span>
                      <q className="snippet">{e.snippet}</q>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
      {isMassageProvider(detection) && detection.ambiguous.length > 0 && (
        <>
          <h3>{t('ambiguousHeading')}</h3>
          <ul className="ambiguous">
            {detection.ambiguous.map((a) => (
              <li key={a.id}>{a.note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
