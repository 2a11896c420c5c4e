import { badgeText, expect, tabIdFor, test } from './fixtures';

// A clinic on its own domain: not a curated host, so nothing runs there until the patient asks.
const OWN_DOMAIN_CLINIC = 'https://www.harborpainrelief.com/services';

test('"Check this page" analyses a page outside the curated hosts on request', async ({ grantedExt: ext }) => {
  const page = await ext.newPage();
  await page.goto(OWN_DOMAIN_CLINIC);
  const tabId = await tabIdFor(ext, OWN_DOMAIN_CLINIC);
  await new Promise((r) => setTimeout(r, 1000));
  expect(await badgeText(ext, tabId)).toBe('');

  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="check-this-page"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('not been checked');
  await popup.click('[data-testid="check-this-page"]');
  await expect.poll(() => popup.text('[data-testid="verdict"]')).toContain('clinical massage practice');
  expect(await badgeText(ext, tabId)).toBe('MED');
  await popup.close();
  await page.close();
});

const CLINIC = 'https://www.massagebook.com/riverside-clinical-massage';

test('the popup walks from the checklist to a copied reimbursement note', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(CLINIC);
  const tabId = await tabIdFor(ext, CLINIC);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');

  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="checklist-section"]');
  await popup.click('[data-testid="checklist-section"] summary');
  expect(await popup.text('[data-testid="credentials"]')).toContain('passes its check digit');
  // The checklist: the page's evidence per dimension, and the patient's answer saved with the provider.
  expect(await popup.text('[data-dimension="records"] .page-says')).toContain('Keeps SOAP notes');
  await popup.click('[data-dimension="records"] input[value="clinical-like"]');
  await expect.poll(() => popup.text('[data-testid="saved-status"]')).toContain('Saved');

  // A template: prefilled from the page, completed by the patient, previewed and copied.
  await popup.click('[data-testid="notes-section"] summary');
  await expect
    .poll(() => popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-field="providerNpi"] input')?.value, null))
    .toBe('1234567893');
  const fields: [string, string][] = [
    ['patientName', 'Jordan Lee'],
    ['dateOfBirth', '1980-04-02'],
    ['memberId', 'W123456789'],
    ['insurerName', 'Regence BlueShield'],
    ['providerCredentials', 'LMT, BCTMB'],
    ['providerLicenseState', 'WA'],
    ['serviceLines.0.dateOfService', '2026-10-01'],
    ['serviceLines.0.cptCode', '97140'],
    ['serviceLines.0.units', '2'],
    ['serviceLines.0.charge', '120'],
    ['diagnosisCodes', 'M54.2'],
  ];
  for (const [name, value] of fields) await popup.fill(`[data-field="${name}"] input`, value);
  await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="note-composer"]')!.textContent, null)).toContain(
    'Copy note',
  );
  const preview = await popup.text('[data-testid="note-preview"]');
  expect(preview).toContain('Regence BlueShield');
  expect(preview).toContain('97140');
  expect(preview).toMatch(/not .*advice/);

  // Record what reaches the clipboard while still calling the real clipboard API.
  await popup.evaluate(() => {
    const original = navigator.clipboard.writeText.bind(navigator.clipboard);
    (window as any).copiedText = undefined;
    navigator.clipboard.writeText = async (text: string) => {
      (window as any).copiedText = text;
      return original(text);
    };
  }, null);
  await popup.click('[data-testid="copy-note"]');
  await expect.poll(() => popup.text('[data-testid="note-composer"] [role="status"]')).toBe('Copied');
  expect(await popup.evaluate(() => (window as any).copiedText as string, null)).toBe(preview);
  await popup.close();
  await page.close();
});
