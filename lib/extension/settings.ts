import { z } from 'zod';
import { usStateCodes } from '@/data/schemas';
import { languageChoices } from '@/lib/extension/i18n';

const settingsSchema = z.object({
  /** The patient's state of residence: drives credential hints, board links and questions. */
  state: z.enum(usStateCodes).optional(),
  /** The patient's insurer, from data/insurers.ts. */
  insurerId: z.string().max(80).optional(),
  /** In-page hint panels on insurer sites. */
  inPagePanels: z.boolean().default(true),
  /** Hosts where the patient chose "don't show on this site". */
  dismissedSites: z.array(z.string().max(253)).max(500).default([]),
  /** "Check every page I visit": asks for the optional all-sites permission. */
  allSites: z.boolean().default(false),
  /** The language patients read: `auto` follows the browser's UI language. */
  language: z.enum(languageChoices).default('auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

const KEY = 'settings';
const defaultSettings: Settings = settingsSchema.parse({});

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Settings from storage; anything that fails the schema falls back to the defaults. */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const parsed = settingsSchema.safeParse((await area.get(KEY))[KEY] ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(area: SettingsArea, patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings(area)), ...patch });
  await area.set({ [KEY]: next });
  return next;
}
