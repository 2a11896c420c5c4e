import { z } from 'zod';
import { detectionSchema } from '@/lib/detect/schema';
import { pageSnapshotSchema } from '@/lib/page/schema';
import { listingCardSchema } from '@/lib/page/listing-schema';

// Every message between the extension's parts. The receiver parses with these schemas and drops
// what fails: a content script runs next to page code, so nothing it sends is trusted as-is.
const pageSnapshotMessageSchema = z.object({
  type: z.literal('page-snapshot'),
  snapshot: pageSnapshotSchema,
});

const getTabDetectionMessageSchema = z.object({
  type: z.literal('get-tab-detection'),
  tabId: z.number().int().nonnegative(),
});

/** "Check this page": snapshot a tab outside the curated hosts, through activeTab. */
const analyseTabMessageSchema = z.object({
  type: z.literal('analyse-tab'),
  tabId: z.number().int().nonnegative(),
});

/** From the in-page panel: "don't show on this site". The site is the sender tab's, not a field. */
const dismissPanelSiteMessageSchema = z.object({ type: z.literal('dismiss-panel-site') });

/** From the in-page panel: the patient folded it into its tab, or opened it again, on this site. */
const panelCollapsedMessageSchema = z.object({ type: z.literal('panel-collapsed'), collapsed: z.boolean() });

/** From the listing chips script: cards of a results page to classify, a small batch at a time. */
const listingCardsMessageSchema = z.object({
  type: z.literal('listing-cards'),
  cards: z.array(listingCardSchema).max(50),
  /** The first batch of a page: the tab's listings start afresh. */
  replace: z.boolean(),
});

const listingLink = z.string().max(2048).regex(/^https?:\/\//i, 'a web address');

/**
 * "Save to shortlist" in a listing's chip: only the listing's link. What is saved (name, verdict,
 * reasons) is what the background itself classified for the sender's tab, never the page's word.
 */
const saveListingMessageSchema = z.object({ type: z.literal('save-listing'), link: listingLink });

/** The same from the popup's list of listings, for the tab it shows. */
const saveTabListingMessageSchema = z.object({
  type: z.literal('save-tab-listing'),
  tabId: z.number().int().nonnegative(),
  link: listingLink,
});

const messageSchema = z.discriminatedUnion('type', [
  pageSnapshotMessageSchema,
  getTabDetectionMessageSchema,
  analyseTabMessageSchema,
  dismissPanelSiteMessageSchema,
  panelCollapsedMessageSchema,
  listingCardsMessageSchema,
  saveListingMessageSchema,
  saveTabListingMessageSchema,
]);
type Message = z.infer<typeof messageSchema>;

export const tabDetectionResponseSchema = z.object({
  detection: detectionSchema.nullable(),
  /** Set when the page could not be read (a browser page, a store page, no permission). */
  error: z.literal('cannot-read-page').optional(),
});
export type TabDetectionResponse = z.infer<typeof tabDetectionResponseSchema>;

export const saveListingReplySchema = z.object({
  saved: z.boolean(),
  /** The saved record's id, which may be an earlier record of the same provider. */
  providerId: z.string().max(2048).optional(),
  error: z.enum(['not-a-listing', 'not-saved']).optional(),
});
export type SaveListingReply = z.infer<typeof saveListingReplySchema>;

/**
 * The background's answer to a content script's snapshot: whether it injected the insurer panel.
 * The panel's code is injected only where it shows, which keeps the content script small.
 */
export interface PageSnapshotReply {
  panelShown: boolean;
}

/** The parts of a sender that decide whether we listen to it. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

type MessageOrigin = 'content-script' | 'extension-page';

/**
 * Who sent a message, or undefined for anyone we do not listen to: another extension, or a
 * frame other than the top one.
 */
function originOf(sender: SenderInfo, ourId: string, ourBaseUrl: string): MessageOrigin | undefined {
  if (sender.id !== ourId) return undefined;
  if (sender.url?.startsWith(ourBaseUrl)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && sender.frameId === 0) return 'content-script';
  return undefined;
}

const allowedFrom: Record<Message['type'], MessageOrigin> = {
  'page-snapshot': 'content-script',
  'get-tab-detection': 'extension-page',
  'analyse-tab': 'extension-page',
  'dismiss-panel-site': 'content-script',
  'panel-collapsed': 'content-script',
  'listing-cards': 'content-script',
  'save-listing': 'content-script',
  'save-tab-listing': 'extension-page',
};

export type Accepted =
  | { ok: true; message: Message; origin: MessageOrigin }
  | { ok: false; why: string };

/** Validates a raw message against its schema and against who may send it. */
export function acceptMessage(raw: unknown, sender: SenderInfo, ourId: string, ourBaseUrl: string): Accepted {
  const origin = originOf(sender, ourId, ourBaseUrl);
  if (!origin) return { ok: false, why: 'sender is not this extension or not a top frame' };
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, why: `schema: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  if (allowedFrom[parsed.data.type] !== origin) return { ok: false, why: `${parsed.data.type} may not come from ${origin}` };
  return { ok: true, message: parsed.data, origin };
}
