import { dimensions } from '@/data/dimensions';
import type { Detection } from '@/lib/detect/schema';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { evidenceByDimension, isMassageProvider, nextStep, pageLine, strengthMessage, topReasons, verdictMessage, verdictNotes } from '@/lib/detect/verdict';
import { localField, signalLabel } from '@/data/i18n/local-text';

const dimensionName = new Map(dimensions.map((d) => [d.id, d.name]));

/**
 * The popup's first screen: what the page is, the two or three strongest reasons, and the next step
 * that fits; every sign behind the verdict is one click away.
 */
export function VerdictCard({ detection }: { detection: Detection | undefined }) {
  const verdict = verdictMessage(detection);
  const page = pageLine(detection);
  const notes = verdictNotes(detection);
  // Signals describe providers; on a plan's site or a page that is not a provider they would mislead.
  const groups = isMassageProvider(detection) ? evidenceByDimension(detection.evidence, dimensions.map((d) => d.id)) : [];
  const reasons = isMassageProvider(detection) ? topReasons(detection) : [];
  const step = nextStep(detection);
  return (
    <section aria-labelledby="verdict" className="card" data-kind={detection?.kind ?? 'unknown'}>
      <h2 id="verdict" data-testid="verdict">
        {t(verdict.key, verdict.sub)}
      </h2>
      {page && <p className="page-type" data-testid="verdict-page">{t('verdictPageOf', t(page))}</p>}
      {detection && detection.kind !== 'none' && (
        <p className="confidence" data-testid="confidence">
          {t(strengthMessage(detection))}
        </p>
      )}
      {reasons.length > 0 && (
        <>
          <h3>{t('reasonsHeading')}</h3>
          <ul className="reasons" data-testid="top-reasons">
            {reasons.map((e) => (
              <li key={e.signalId} data-side={e.side}>
                {signalLabel(e.signalId, e.label, currentLanguage())} <span className="where">({t(`evidenceWhere_${e.where}`)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {step && (
        <p className="next-step" data-testid="next-step">
          <strong>{t('nextStepHeading')}</strong> {t(step)}
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
                <strong>{localField('dimension', group.dimension, 'name', dimensionName.get(group.dimension) ?? group.dimension, currentLanguage())}</strong>
                <ul>
                  {group.items.map((e) => (
                    <li key={e.signalId} data-side={e.side}>
                      <span className={`side side-${e.side}`}>
                        {e.side === 'clinical' ? t('sideClinical') : t('sideRecreational')}
                      </span>{' '}
                      {signalLabel(e.signalId, e.label, currentLanguage())} <span className="where">({t(`evidenceWhere_${e.where}`)})</span>
                      <q className="snippet">{e.snippet}</q>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
