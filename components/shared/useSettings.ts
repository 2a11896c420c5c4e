import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { loadSettings, type Settings } from '@/lib/extension/settings';

/** The patient's settings, once loaded. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    let live = true;
    loadSettings(browser.storage.local).then((s) => live && setSettings(s), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
