import { z } from 'zod';
import { situationSchema, usStateCodes } from '@/data/schemas';
import { languageChoices } from '@/lib/extension/i18n';
import { SETTINGS_KEY as KEY } from '@/lib/extension/stored-language';

const settingsSchema = z.object({
  /** The patient's state of residence: drives credential hints, board links and questions. */
  state: z.enum(usStateCodes).optional(),
  /** "What brings you here?": chosen once in the popup, it picks the questions shown first. */
  situation: situationSchema.optional(),
  /** The patient's insurer, from data/insurers.ts. */
  insurerId: z.string().max(80).optional(),
  /** In-page hint panels on insurer sites. */
  inPagePanels: z.boolean().default(true),
  /** Hosts where the patient chose "don't show on this site". */
  dismissedSites: z.array(z.string().max(253)).max(500).default([]),
  /** Hosts where the patient folded the in-page panel into its tab: it opens folded there. */
  collapsedPanelSites: z.array(z.string().max(253)).max(500).default([]),
  /** "Check every page I visit": asks for the optional all-sites permission. */
  allSites: z.boolean().default(false),
  /** The language patients read: `auto` follows the browser's UI language. */
  language: z.enum(languageChoices).default('auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The most "don't show on this site" hosts kept; past it the oldest is forgotten. */
const MAX_DISMISSED_SITES = 500;

/**
 * Settings from storage. A field that fails the schema falls back to its own default; the others
 * are kept (one bad field used to reset every setting).
 */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const stored = (await area.get(KEY))[KEY];
  if (!stored || typeof stored !== 'object') return defaultSettings;
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const kept: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(settingsSchema.shape)) {
    const value = schema.safeParse((stored as Record<string, unknown>)[field]);
    if (value.success && value.data !== undefined) kept[field] = value.data;
  }
  return settingsSchema.parse(kept);
}

/** A host added to "don't show on this site", the oldest dropped once the list is full. */
export function withDismissedSite(sites: readonly string[], host: string): string[] {
  return sites.includes(host) ? [...sites] : [...sites, host].slice(-MAX_DISMISSED_SITES);
}

/** A host added to or taken off the sites where the panel opens folded. */
export function withCollapsedSite(sites: readonly string[], host: string, collapsed: boolean): string[] {
  const others = sites.filter((site) => site !== host);
  return collapsed ? [...others, host].slice(-MAX_DISMISSED_SITES) : others;
}

export async function saveSettings(area: SettingsArea, patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings(area)), ...patch });
  await area.set({ [KEY]: next });
  return next;
}
