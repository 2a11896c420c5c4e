import { lazy, Suspense } from 'react';
import type { Detection } from '@/lib/detect/schema';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { isMassageProvider, nextStep, pageLine, strengthMessage, topReasons, verdictMessage, verdictNotes } from '@/lib/detect/verdict';
import { signalLabel } from '@/data/i18n/local-text';

// Every sign behind the verdict needs the dimensions' registry, which the verdict itself does not:
// it loads after the verdict is on screen.
const EvidenceList = lazy(() => import('./EvidenceList').then((m) => ({ default: m.EvidenceList })));

/**
 * The popup's first screen: what the page is, the two or three strongest reasons, and the next step
 * that fits; every sign behind the verdict is one click away (`withEvidence`: the popup adds it once
 * the verdict is on screen).
 */
export function VerdictCard({ detection, withEvidence = true }: { detection: Detection | undefined; withEvidence?: boolean }) {
  const verdict = verdictMessage(detection);
  const page = pageLine(detection);
  const notes = verdictNotes(detection);
  // Signals describe providers; on a plan's site or a page that is not a provider they would mislead.
  const reasons = isMassageProvider(detection) ? topReasons(detection) : [];
  const step = nextStep(detection);
  return (
    <section aria-labelledby="verdict" className="card" data-kind={detection?.kind ?? 'unknown'}>
      <h2 id="verdict" data-testid="verdict">
        {t(verdict.key, verdict.sub)}
      </h2>
      {page && <p className="page-type" data-testid="verdict-page">{t('verdictPageOf', t(page))}</p>}
      {/* How much a provider verdict rests on; a plan's site is known by its address, not by evidence. */}
      {isMassageProvider(detection) && (
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
      {withEvidence && isMassageProvider(detection) && detection.evidence.length > 0 && (
        <Suspense fallback={null}>
          <EvidenceList evidence={detection.evidence} />
        </Suspense>
      )}
    </section>
  );
}
