import type { Source } from '@/data/schemas';
import { t } from '@/lib/extension/i18n';

/** The source of a fact and when it was checked, linked when the source has an address. */
export function SourceNote({ source }: { source: Source }) {
  const label = `${source.title} (${t('checkedOn', source.checkedOn)})`;
  return (
    <small className="source">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </small>
  );
}
