import { detectionSchema, type Detection } from '@/lib/detect/schema';
import { tabStateKey } from './tab-record';

/** The subset of a storage area that tab state needs; storage.session in the extension. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A stored record, if it passes the detection schema. */
export function checkedDetection(stored: unknown): Detection | undefined {
  const parsed = detectionSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Each tab's latest detection, kept in session storage so that it outlives a stopped service
 * worker but not the browser session.
 */
export function tabStateStore(area: KeyValueArea) {
  return {
    async get(tabId: number): Promise<Detection | undefined> {
      return checkedDetection((await area.get(tabStateKey(tabId)))[tabStateKey(tabId)]);
    },
    async set(tabId: number, detection: Detection): Promise<void> {
      await area.set({ [tabStateKey(tabId)]: detection });
    },
    async clear(tabId: number): Promise<void> {
      await area.remove(tabStateKey(tabId));
    },
  };
}
export type TabStateStore = ReturnType<typeof tabStateStore>;

/** Whether a navigation to `newUrl` leaves the page that `detection` was about. */
export function leavesPage(detection: Detection, newUrl: string): boolean {
  const strip = (u: string) => u.split('#')[0];
  return strip(detection.url) !== strip(newUrl);
}
