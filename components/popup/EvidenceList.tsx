import { dimensions } from '@/data/dimensions';
import { localField, signalLabel } from '@/data/i18n/local-text';
import type { Evidence } from '@/lib/detect/schema';
import { evidenceByDimension } from '@/lib/detect/verdict';
import { currentLanguage, t } from '@/lib/extension/i18n';

const dimensionName = new Map(dimensions.map((d) => [d.id, d.name]));
const dimensionOrder = dimensions.map((d) => d.id);

/** Every sign behind a provider's verdict, grouped by dimension, folded under one line. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const groups = evidenceByDimension(evidence, dimensionOrder);
  if (groups.length === 0) return null;
  const lang = currentLanguage();
  return (
    <details>
      <summary>{t('evidenceHeading', String(evidence.length))}</summary>
      <ul className="evidence">
        {groups.map((group) => (
          <li key={group.dimension}>
            <strong>{localField('dimension', group.dimension, 'name', dimensionName.get(group.dimension) ?? group.dimension, lang)}</strong>
            <ul>
              {group.items.map((e) => (
                <li key={e.signalId} data-side={e.side}>
                  <span className={`side side-${e.side}`}>{e.side === 'clinical' ? t('sideClinical') : t('sideRecreational')}</span>{' '}
                  {signalLabel(e.signalId, e.label, lang)} <span className="where">({t(`evidenceWhere_${e.where}`)})</span>
                  <q className="snippet">{e.snippet}</q>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
