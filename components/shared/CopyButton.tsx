import { useState } from 'react';
import { t } from '@/lib/extension/i18n';

/** Copies text made on demand to the clipboard, and says whether it worked. */
export function CopyButton({ label, text, testId }: { label: string; text: () => string; testId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="actions">
      <button
        type="button"
        data-testid={testId}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text());
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {label}
      </button>
      {state !== 'idle' && <span role="status">{state === 'copied' ? t('copied') : t('copyFailed')}</span>}
    </span>
  );
}
