import { useEffect, useState } from 'react';
import { insurers } from '@/data/insurers';
import { loadSettings } from '@/lib/extension/settings';
import { openShortlist } from '@/lib/shortlist';
import browser from 'webextension-polyfill';
import type { PrefillChoice } from '@/components/shared/NoteComposer';

/** Saved providers to prefill a note from, plus the patient's state and insurer from settings. */
export function useNoteDefaults(): { choices: PrefillChoice[]; state?: string; insurerName?: string } {
  const [defaults, setDefaults] = useState<{ choices: PrefillChoice[]; state?: string; insurerName?: string }>({ choices: [] });
  useEffect(() => {
    let live = true;
    (async () => {
      const settings = await loadSettings(browser.storage.local);
      const shortlist = await openShortlist();
      try {
        const providers = await shortlist.list();
        if (!live) return;
        setDefaults({
          state: settings.state,
          insurerName: insurers.find((i) => i.id === settings.insurerId)?.name,
          choices: providers.map((p) => ({
            id: p.id,
            label: p.name,
            context: { provider: { name: p.name, phone: p.phone, address: p.address, credentials: p.credentials }, state: p.state },
          })),
        });
      } finally {
        shortlist.close();
      }
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return defaults;
}
