import { badgeText, expect, tabIdFor, test } from './fixtures';
import type { PageHandle } from './drivers/types';

const CLINIC = 'https://www.massagebook.com/riverside-clinical-massage';
const NAME = 'Riverside Clinical Massage';
const DETAIL = '[data-testid="provider-detail"]';
const TEAM_CLINICAL = `${DETAIL} [data-dimension="team"] input[value="clinical-like"]`;

/**
 * Downloads differ between the drivers (and would land in the real downloads folder), so the
 * scenario watches the page instead: it records the file each download link carries (its name
 * and blob: address), cancels the browser's saving of it, and reads the file's text from the
 * Blob behind that address, which is exactly what would have been saved. (Reading it back with
 * fetch() would be refused: the extension's CSP has connect-src 'none'.)
 */
async function catchDownloads(page: PageHandle): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    w.caughtDownloads = [];
    w.blobsByUrl = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) w.blobsByUrl.set(url, object);
      return url;
    };
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a[download]') as HTMLAnchorElement | null;
        if (!link) return;
        event.preventDefault();
        w.caughtDownloads.push({ name: link.download, href: link.href });
      },
      true,
    );
  }, null);
}

async function downloaded(page: PageHandle, index: number): Promise<{ name: string; text: string }> {
  await expect.poll(() => page.evaluate(() => (window as any).caughtDownloads.length as number, null)).toBeGreaterThan(index);
  return page.evaluate(async (i) => {
    const { name, href } = (window as any).caughtDownloads[i] as { name: string; href: string };
    return { name, text: await ((window as any).blobsByUrl.get(href) as Blob).text() };
  }, index);
}

const isChecked = (page: PageHandle, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.checked ?? false, selector);
const rowCount = (page: PageHandle, name: string) =>
  page.evaluate((n) => [...document.querySelectorAll('tr.row .col-name')].filter((c) => c.textContent === n).length, name);

/** Finds the saved clinic in the options page's table, opens it, and checks what was saved with it. */
async function openSavedClinic(options: PageHandle): Promise<void> {
  await options.fill('[data-testid="shortlist-search"]', 'riverside');
  await expect.poll(() => rowCount(options, NAME)).toBe(1);
  await options.click('tr.row .col-name button');
  await expect.poll(() => options.text('[data-testid="detail-name"]')).toBe(NAME);
  expect(await options.text('[data-testid="detail-phone"]')).toContain('253');
  expect(await isChecked(options, TEAM_CLINICAL)).toBe(true);
}

test('a provider saved from the popup goes through export, deletion and import and comes back whole', async ({ ext }) => {
  // Save from the popup, with a checklist answer given there.
  const page = await ext.newPage();
  await page.goto(CLINIC);
  const tabId = await tabIdFor(ext, CLINIC);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="save-provider"]');
  await popup.click('[data-testid="save-provider"]');
  await expect.poll(() => popup.text('[data-testid="saved-status"]')).toContain('Saved');
  await popup.click('[data-testid="checklist-section"] summary');
  await popup.click('[data-dimension="team"] input[value="clinical-like"]');
  // The radio shows the saved record, so once it is checked the answer is stored.
  await expect.poll(() => isChecked(popup, '[data-dimension="team"] input[value="clinical-like"]')).toBe(true);
  await popup.close();
  await page.close();

  // The options page lists it; add a visit to its log.
  let options = await ext.openExtensionPage('options.html', '[data-testid="shortlist-table"]');
  await openSavedClinic(options);
  await options.fill(`${DETAIL} [data-field="date"]`, '2025-01-15');
  await options.fill(`${DETAIL} [data-field="painBefore"]`, '7');
  await options.fill(`${DETAIL} [data-field="painAfter"]`, '3');
  await options.fill(`${DETAIL} [data-field="notes"]`, 'Trigger points, upper trapezius');
  await options.click('[data-testid="visit-submit"]');
  await expect.poll(() => options.text('[data-testid="visit-list"]')).toContain('Trigger points, upper trapezius');

  // Export: the JSON backup and the CSV, as the download links carry them.
  await catchDownloads(options);
  await options.click('[data-testid="export-json"]');
  const backup = await downloaded(options, 0);
  expect(backup.name).toMatch(/^knead-to-know-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(backup.text);
  const saved = parsed.providers.find((p: { name: string }) => p.name === NAME);
  expect(saved.checklist.team.answer).toBe('clinical-like');
  expect(parsed.visits.filter((v: { providerId: string }) => v.providerId === saved.id)).toHaveLength(1);
  await options.click('[data-testid="export-csv"]');
  const csv = await downloaded(options, 1);
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text).toContain(NAME);

  // Delete it; it stays deleted when the page is opened again.
  await options.click('[data-testid="delete-provider"]');
  await expect.poll(() => options.text('[data-testid="undo-delete"]')).toContain(`Deleted ${NAME}`);
  expect(await rowCount(options, NAME)).toBe(0);
  await options.close();
  options = await ext.openExtensionPage('options.html', '[data-testid="backup"]');
  await new Promise((r) => setTimeout(r, 500));
  expect(await rowCount(options, NAME)).toBe(0);

  // Import the backup file through the file input (checked in the page's worker): first what it
  // will change, with nothing written; then, confirmed, the provider is back; Undo import takes it
  // away again, and a second import brings it back whole.
  await options.upload('[data-testid="import-file"]', backup.name, backup.text);
  await expect.poll(() => options.text('[data-testid="import-preview-added"]')).toContain(NAME);
  expect(await options.text('[data-testid="import-preview-visits"]')).toBe('Visits added: 1; visits updated: 0.');
  expect(await rowCount(options, NAME)).toBe(0);
  await options.click('[data-testid="import-confirm"]');
  await expect.poll(() => options.text('[data-testid="import-result"]')).toMatch(/added 2, updated 0, unchanged \d+/);
  await expect.poll(() => rowCount(options, NAME)).toBe(1);
  await options.click('[data-testid="undo-import"]');
  await expect.poll(() => options.text('[data-testid="import-undone"]')).toContain('as it was before the import');
  await expect.poll(() => rowCount(options, NAME)).toBe(0);
  await options.upload('[data-testid="import-file"]', backup.name, backup.text);
  await options.click('[data-testid="import-confirm"]');
  await expect.poll(() => options.text('[data-testid="import-result"]')).toMatch(/added 2, updated 0, unchanged \d+/);
  await openSavedClinic(options);
  await expect.poll(() => options.text('[data-testid="visit-list"]')).toContain('Trigger points, upper trapezius');
  expect(await options.text('[data-testid="visit-list"]')).toContain('7 → 3');

  // A file that is not a backup is refused with its problems listed, and changes nothing.
  await options.upload('[data-testid="import-file"]', 'notes.json', '{"format": "something-else"}');
  await expect.poll(() => options.text('[data-testid="import-problems"]')).toContain('not a Knead to Know backup');
  expect(await rowCount(options, NAME)).toBe(1);
  await options.close();
});
