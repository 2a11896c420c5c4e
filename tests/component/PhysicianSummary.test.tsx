import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PhysicianSummary, SUMMARY_NOTE_CHARS } from '@/components/print/PhysicianSummary';
import { PrintView } from '@/components/print/PrintView';
import { VisitOverview, VisitOverviewSection } from '@/components/shared/VisitOverview';
import { saveSettings } from '@/lib/extension/settings';
import { DB_NAME } from '@/lib/shortlist/db';
import { providerRecord, seed, uniqueDbName, visitRecord } from '../support/providers';

const cedar = providerRecord('cedar', {
  name: 'Cedar Medical Massage',
  phone: '(503) 555-0110',
  credentials: [{ type: 'lmt', text: 'LMT #12345', licenseNumber: '12345' }],
  evidenceSummary: [{ dimension: 'records', side: 'clinical', label: 'Keeps SOAP notes' }],
});
const willow = providerRecord('willow', { name: 'Willow Day Spa', kind: 'recreational-massage' });
const quiet = providerRecord('quiet', { name: 'Never Visited' });
const longNote = 'Worked on the upper trapezius and levator scapulae; '.repeat(6);
const cedarVisits = [
  visitRecord(cedar.id, '2025-01-06', { painBefore: 8, painAfter: 5, rangeOfMotion: 'head 40°', notes: longNote }),
  visitRecord(cedar.id, '2025-02-03', { painBefore: 6, painAfter: 3 }),
  visitRecord(cedar.id, '2025-03-03', { painBefore: 3, painAfter: 2, rangeOfMotion: 'head 70°' }),
];
const willowVisits = [visitRecord(willow.id, '2025-01-10', { painBefore: 7, painAfter: 4 })];

describe('PhysicianSummary', () => {
  it('shows each visited provider with verdict, evidence, credentials, chart and visits, and the overview', async () => {
    const db = uniqueDbName('summary');
    await seed(db, [cedar, willow, quiet], [...cedarVisits, ...willowVisits]);
    render(<PhysicianSummary dbName={db} />);
    const sections = await screen.findAllByTestId('summary-provider');
    // Only providers with visits; one never visited is left out of the physician's page.
    expect(sections.map((s) => s.getAttribute('data-provider'))).toEqual(expect.arrayContaining([cedar.id, willow.id]));
    expect(sections).toHaveLength(2);
    const c = sections.find((s) => s.getAttribute('data-provider') === cedar.id)!;
    expect(c.textContent).toContain('The provider\'s web page looked: Clinical');
    expect(c.textContent).toContain('Keeps SOAP notes (Record keeping, clinical)');
    expect(c.textContent).toContain('LMT #12345');
    expect(within(c).getByRole('img').querySelector('title')!.textContent).toContain('Cedar Medical Massage');
    const rows = within(within(c).getByTestId('summary-visits')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.firstElementChild!.textContent)).toEqual(['Jan 6, 2025', 'Feb 3, 2025', 'Mar 3, 2025']);
    // The long note is cut so the page stays one page, and the page says so.
    expect(rows[0]!.lastElementChild!.textContent!.length).toBe(SUMMARY_NOTE_CHARS);
    expect(c.textContent).toContain('Long notes are shortened here');
    const w = sections.find((s) => s.getAttribute('data-provider') === willow.id)!;
    expect(w.textContent).toContain('The page showed no credentials');
    expect(within(w).queryByRole('button')).toBeNull();
    expect(screen.getByTestId('overview-leader').textContent).toBe(
      'Your own scores after visits with Cedar Medical Massage show the largest lasting drop in the pain you arrived with.',
    );
  });

  it('narrows to one provider through the print page address', async () => {
    await seed(DB_NAME, [cedar, willow], [...cedarVisits, ...willowVisits]);
    render(<PrintView search={`?summary&provider=${encodeURIComponent(willow.id)}`} />);
    const sections = await screen.findAllByTestId('summary-provider');
    expect(sections.map((s) => s.getAttribute('data-provider'))).toEqual([willow.id]);
    expect(screen.queryByTestId('visit-overview')).toBeNull();
  });

  it('opens with the situation the patient chose in the popup, in its own words', async () => {
    const db = uniqueDbName('summary-situation');
    await seed(db, [cedar], cedarVisits);
    await saveSettings(fakeBrowser.storage.local, { situation: 'after-surgery' });
    render(<PhysicianSummary dbName={db} />);
    const line = await screen.findByTestId('summary-situation');
    expect(line.textContent).toBe('Reason for massage, as the patient chose it: After surgery, or lymphedema.');
    // Above the providers, right under the title, where the physician starts reading.
    const order = [...document.querySelectorAll('h1, [data-testid="summary-situation"], [data-testid="summary-provider"]')];
    expect(order.map((el) => el.tagName.toLowerCase())).toEqual(['h1', 'p', 'section']);
  });

  it.each([
    ['no choice was made', undefined],
    ['the patient chose "not sure"', 'not-sure' as const],
  ])('says the reason was not stated when %s', async (_, situation) => {
    const db = uniqueDbName('summary-no-situation');
    await seed(db, [cedar], cedarVisits);
    if (situation) await saveSettings(fakeBrowser.storage.local, { situation });
    render(<PhysicianSummary dbName={db} />);
    const line = await screen.findByTestId('summary-situation');
    expect(line.textContent).toBe('Reason for massage: not stated.');
    expect(line.textContent).not.toMatch(/not sure/i);
  });

  it('still shows the visits when the settings cannot be read', async () => {
    const db = uniqueDbName('summary-bad-settings');
    await seed(db, [cedar], cedarVisits);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    render(<PhysicianSummary dbName={db} />);
    expect((await screen.findByTestId('summary-situation')).textContent).toBe('Reason for massage: not stated.');
    expect(await screen.findAllByTestId('summary-provider')).toHaveLength(1);
    spy.mockRestore();
  });

  it('says what to do when no visit is logged', async () => {
    const db = uniqueDbName('summary-empty');
    await seed(db, [quiet]);
    render(<PhysicianSummary dbName={db} />);
    expect((await screen.findByTestId('summary-empty')).textContent).toMatch(/No visits logged yet/);
  });
});

describe('VisitOverview', () => {
  it('words 0, 1 and several visits carefully, and names no one without a drop', () => {
    const visits = new Map([
      [willow.id, willowVisits],
      [cedar.id, [visitRecord(cedar.id, '2025-01-06', { painBefore: 4, painAfter: 4 }), visitRecord(cedar.id, '2025-02-06', { painBefore: 5, painAfter: 6 })]],
    ]);
    render(<VisitOverview providers={[cedar, willow, quiet]} visitsByProvider={visits} />);
    expect(screen.getByTestId('overview-leader').textContent).toMatch(/do not show a lasting drop/);
    const item = (p: { id: string }) => document.querySelector(`li[data-provider="${p.id}"]`)!.textContent;
    expect(item(cedar)).toBe(
      'Cedar Medical Massage: pain when you arrived went from 4 (Jan 6, 2025) to 5 (Feb 6, 2025) over 2 visits. On the day, your pain after a visit was on average 0.5 higher than before.',
    );
    expect(item(willow)).toBe(
      'Willow Day Spa: 1 visit(s), not enough pain-before scores yet to see a change over time. On the day, your pain after a visit was on average 3 lower than before.',
    );
    expect(item(quiet)).toBe('Never Visited: no visits logged.');
    expect(screen.getByText(/It is not a medical finding/)).toBeTruthy();
  });

  it('reads the visit logs when the patient opens it in the options page', async () => {
    const db = uniqueDbName('overview');
    await seed(db, [cedar], cedarVisits);
    render(<VisitOverviewSection dbName={db} />);
    expect(screen.queryByTestId('visit-overview')).toBeNull();
    await userEvent.setup().click(screen.getByText('Your own scores across providers'));
    await waitFor(() => expect(screen.getByTestId('overview-leader').textContent).toMatch(/Cedar Medical Massage show the largest lasting drop/));
    expect(screen.getByTestId('open-summary').getAttribute('href')).toBe('/print.html?summary');
  });
});
