import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortlistManager } from '@/components/options/ShortlistManager';
import { keepUnchanged } from '@/components/options/useShortlistStore';
import { questions } from '@/data/questions';
import { CURRENT_VERSION, type ProviderRecord } from '@/lib/shortlist';
import { providerRecord, seed, uniqueDbName, visitRecord, withShortlist } from '../support/providers';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const cedar = providerRecord('cedar', {
  name: 'Cedar Medical Massage',
  phone: '(503) 555-0110',
  address: { street: '12 Alder St', locality: 'Portland', region: 'OR', postalCode: '97205' },
  state: 'OR',
  status: 'booked',
  tags: ['neck'],
  notes: 'Takes Regence',
  credentials: [{ type: 'lmt', text: 'LMT #12345', licenseNumber: '12345' }],
  evidenceSummary: [
    { dimension: 'records', side: 'clinical', label: 'Keeps SOAP notes' },
    { dimension: 'team', side: 'clinical', label: 'Works with physicians' },
  ],
  checklist: { records: { answer: 'clinical-like', note: 'Confirmed on the phone' } },
  seenOn: [
    {
      directory: 'Yelp',
      link: 'https://www.yelp.com/biz/cedar-medical-massage-portland',
      kind: 'clinical-massage',
      strength: 'leans',
      reasons: [{ side: 'clinical', label: 'Takes physician referrals or prescriptions', snippet: 'physician referrals welcome' }],
      savedAt: '2025-02-20T10:00:00.000Z',
    },
  ],
  updatedAt: '2025-03-01T10:00:00.000Z',
});
const willow = providerRecord('willow', {
  name: 'Willow Day Spa',
  kind: 'recreational-massage',
  state: 'WA',
  status: 'ruled-out',
  notes: 'Hot stones only',
  address: { locality: 'Spokane' },
  evidenceSummary: [{ dimension: 'setting', side: 'recreational', label: 'Spa setting' }],
  updatedAt: '2025-02-01T10:00:00.000Z',
});
const aster = providerRecord('aster', {
  name: 'Aster Rehab Clinic',
  kind: 'mixed-massage',
  status: 'contacted',
  tags: ['sciatica'],
  updatedAt: '2025-04-01T10:00:00.000Z',
});

async function renderWith(providers: ProviderRecord[], visits: Parameters<typeof seed>[2] = []) {
  const dbName = uniqueDbName('manager');
  await seed(dbName, providers, visits);
  render(<ShortlistManager dbName={dbName} />);
  if (providers.length > 0) await screen.findByTestId('shortlist-table');
  return dbName;
}

const rowNames = () => [...document.querySelectorAll('[data-testid="shortlist-table"] tr.row .col-name')].map((c) => c.textContent);
const saved = (dbName: string, id: string) => withShortlist(dbName, (s) => s.get(id));
const header = (column: string) => document.querySelector(`th[data-column="${column}"]`) as HTMLElement;

async function select(name: string) {
  fireEvent.click(within(screen.getByTestId('shortlist-table')).getByRole('button', { name }));
  // The detail is a lazy chunk: its first load (with the visit chart) can pass 1 s on a busy machine.
  return screen.findByTestId('provider-detail', {}, { timeout: 5000 });
}

describe('ShortlistManager: the table', () => {
  it('says so when the shortlist is empty', async () => {
    await renderWith([]);
    expect((await screen.findByTestId('shortlist-empty')).textContent).toContain('Save to shortlist');
  });

  it('sorts by a clicked header (aria-sort), filters by status, kind and state, and searches as you type', async () => {
    await renderWith([cedar, willow, aster]);
    expect(rowNames()).toEqual(['Aster Rehab Clinic', 'Cedar Medical Massage', 'Willow Day Spa']);
    expect(header('updatedAt').getAttribute('aria-sort')).toBe('descending');
    expect(header('name').getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(header('name')).getByRole('button'));
    expect(header('name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('updatedAt').getAttribute('aria-sort')).toBe('none');
    expect(rowNames()).toEqual(['Aster Rehab Clinic', 'Cedar Medical Massage', 'Willow Day Spa']);
    fireEvent.click(within(header('name')).getByRole('button'));
    expect(header('name').getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(['Willow Day Spa', 'Cedar Medical Massage', 'Aster Rehab Clinic']);
    fireEvent.click(within(header('status')).getByRole('button'));
    expect(rowNames()).toEqual(['Aster Rehab Clinic', 'Cedar Medical Massage', 'Willow Day Spa']);

    const row = document.querySelector('tr[data-provider="https://cedar.example/"]') as HTMLElement;
    expect([...row.querySelectorAll('td')].slice(2, 6).map((c) => c.textContent)).toEqual(['Clinical', 'Booked', 'OR', 'neck']);

    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'ruled-out' } });
    expect(rowNames()).toEqual(['Willow Day Spa']);
    expect(screen.getByTestId('shortlist-count').textContent).toContain('Showing 1 of 3 providers');
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: '' } });

    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'mixed-massage' } });
    expect(rowNames()).toEqual(['Aster Rehab Clinic']);
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: '' } });

    const stateOptions = [...screen.getByTestId('filter-state').querySelectorAll('option')].map((o) => o.textContent);
    expect(stateOptions).toEqual(['All', 'OR', 'WA', 'Not known']);
    fireEvent.change(screen.getByTestId('filter-state'), { target: { value: 'OR' } });
    expect(rowNames()).toEqual(['Cedar Medical Massage']);
    fireEvent.change(screen.getByTestId('filter-state'), { target: { value: '--' } });
    expect(rowNames()).toEqual(['Aster Rehab Clinic']);
    fireEvent.change(screen.getByTestId('filter-state'), { target: { value: '' } });

    const search = screen.getByTestId('shortlist-search');
    const user = userEvent.setup();
    await user.type(search, 'spo');
    expect(rowNames()).toEqual(['Willow Day Spa']);
    await user.clear(search);
    await user.type(search, 'regence');
    expect(rowNames()).toEqual(['Cedar Medical Massage']);
    await user.clear(search);
    await user.type(search, 'SCIATICA');
    expect(rowNames()).toEqual(['Aster Rehab Clinic']);
    await user.type(search, ' nothing');
    expect(rowNames()).toEqual([]);
    expect(screen.getByTestId('shortlist-no-match').textContent).toContain('No saved provider matches');
    fireEvent.click(within(screen.getByTestId('shortlist-no-match')).getByRole('button'));
    expect(rowNames()).toHaveLength(3);
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('renders only the rows in view of a long list, and the ones scrolled to', async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      providerRecord(`p${String(i).padStart(4, '0')}`, { name: `Provider ${String(i).padStart(4, '0')}`, updatedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() }),
    );
    await renderWith(many);
    // The first screen comes from the most recent providers; then the whole list is read.
    await waitFor(() => expect(screen.getByTestId('shortlist-count').textContent).toBe('Showing 2,000 of 2,000 providers'));
    fireEvent.click(within(header('name')).getByRole('button'));
    const rendered = () => document.querySelectorAll('[data-testid="shortlist-table"] tr.row');
    expect(rendered().length).toBeGreaterThan(10);
    expect(rendered().length).toBeLessThan(40);
    expect(rowNames()[0]).toBe('Provider 0000');
    expect(document.querySelector('table')!.getAttribute('aria-rowcount')).toBe('2001');

    const scroller = screen.getByTestId('shortlist-scroll');
    scroller.scrollTop = 36 * 1000;
    fireEvent.scroll(scroller);
    expect(rowNames()).toContain('Provider 1000');
    expect(rowNames()).not.toContain('Provider 0000');
    expect(rendered().length).toBeLessThan(40);
    const firstRow = rendered()[0]!;
    expect(Number(firstRow.getAttribute('aria-rowindex'))).toBe(Number(firstRow.querySelector('.col-name')!.textContent!.slice(-4)) + 2);
  });
});

describe('ShortlistManager: provider details', () => {
  it('lists the directory listings a provider was saved from, each with what its card said', async () => {
    await renderWith([cedar, willow]);
    const seenOn = within(await select('Cedar Medical Massage')).getByTestId('detail-seen-on');
    expect((within(seenOn).getByRole('link', { name: 'Yelp' }) as HTMLAnchorElement).href).toBe('https://www.yelp.com/biz/cedar-medical-massage-portland');
    expect(seenOn.textContent).toContain("Leans clinical. A listing says little: check the provider's own page.");
    const willowDetail = await select('Willow Day Spa');
    await waitFor(() => expect(within(willowDetail).getByTestId('detail-name').textContent).toBe('Willow Day Spa'));
    expect(within(willowDetail).queryByTestId('detail-seen-on')).toBeNull();
  });

  it('shows what the page said and saves every edit (status, tags, notes, checklist, questions)', async () => {
    const dbName = await renderWith([cedar, willow]);
    const detail = await select('Cedar Medical Massage');
    expect(within(detail).getByTestId('detail-name').textContent).toBe('Cedar Medical Massage');
    expect(within(detail).getByTestId('detail-phone').textContent).toBe('(503) 555-0110');
    expect(within(detail).getByTestId('detail-address').textContent).toBe('12 Alder St, Portland, OR 97205');
    expect(within(detail).getByTestId('detail-credentials').textContent).toContain('LMT #12345');
    expect((within(detail).getByRole('link', { name: "Open the provider's page" }) as HTMLAnchorElement).href).toBe('https://cedar.example/');

    fireEvent.change(within(detail).getByTestId('detail-status'), { target: { value: 'contacted' } });
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.status).toBe('contacted'));
    const row = document.querySelector('tr[data-provider="https://cedar.example/"]') as HTMLElement;
    await waitFor(() => expect(row.querySelector('.col-status')!.textContent).toBe('Contacted'));

    const tagInput = within(detail).getByTestId('tag-input');
    fireEvent.change(tagInput, { target: { value: 'Sciatica, insurance' } });
    fireEvent.click(within(detail).getByTestId('tag-add'));
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.tags).toEqual(['neck', 'Sciatica', 'insurance']));
    await waitFor(() => expect((tagInput as HTMLInputElement).value).toBe(''));
    fireEvent.change(tagInput, { target: { value: 'NECK' } });
    fireEvent.click(within(detail).getByTestId('tag-add'));
    expect(within(detail).getByRole('alert').textContent).toBe('This provider already has that tag.');
    fireEvent.change(tagInput, { target: { value: 'x'.repeat(41) } });
    fireEvent.click(within(detail).getByTestId('tag-add'));
    expect(within(detail).getByRole('alert').textContent).toContain('at most 40 characters');
    fireEvent.click(within(detail).getByRole('button', { name: 'Remove the tag neck' }));
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.tags).toEqual(['Sciatica', 'insurance']));

    const notes = within(detail).getByTestId('detail-notes');
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Takes Regence. Dr. Chen referred me.' } });
    fireEvent.blur(notes);
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.notes).toBe('Takes Regence. Dr. Chen referred me.'));

    const records = within(detail).getByTestId('checklist').querySelector('[data-dimension="records"]') as HTMLElement;
    expect(records.textContent).toContain('Keeps SOAP notes');
    expect((within(records).getByLabelText('Clinical-like') as HTMLInputElement).checked).toBe(true);
    const team = within(detail).getByTestId('checklist').querySelector('[data-dimension="team"]') as HTMLElement;
    fireEvent.click(within(team).getByLabelText('Spa-like'));
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.checklist.team).toEqual({ answer: 'spa-like', note: '' }));
    expect((await saved(dbName, cedar.id))?.checklist.records).toEqual({ answer: 'clinical-like', note: 'Confirmed on the phone' });

    const question = questions[0]!;
    const box = within(detail).getByTestId('questions').querySelector(`[data-question="${question.id}"] input[type="checkbox"]`) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.questions[question.id]).toEqual({ asked: true, answer: '' }));

    // Edits to one provider leave the other alone.
    expect(await saved(dbName, willow.id)).toEqual(willow);
  });

  it('shows a full storage clearly, keeps what was typed, and writes nothing', async () => {
    const dbName = await renderWith([cedar]);
    const detail = await select('Cedar Medical Massage');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const notes = within(detail).getByTestId('detail-notes') as HTMLTextAreaElement;
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'A long note that does not fit' } });
    fireEvent.blur(notes);
    expect((await screen.findByTestId('shortlist-error')).textContent).toContain("Your browser's storage is full, so this change was not saved");
    expect(notes.value).toBe('A long note that does not fit');
    fireEvent.click(within(screen.getByTestId('shortlist-error')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('shortlist-error')).toBeNull();
    fireEvent.change(within(detail).getByTestId('detail-status'), { target: { value: 'ruled-out' } });
    expect((await screen.findByTestId('shortlist-error')).textContent).toContain("Your browser's storage is full");
    expect((within(detail).getByTestId('detail-status') as HTMLSelectElement).value).toBe('booked');
    vi.restoreAllMocks();
    expect(await saved(dbName, cedar.id)).toEqual(cedar);

    // Once there is room again the same edit goes through, and the message goes away.
    fireEvent.focus(notes);
    fireEvent.blur(notes);
    await waitFor(async () => expect((await saved(dbName, cedar.id))?.notes).toBe('A long note that does not fit'));
    await waitFor(() => expect(screen.queryByTestId('shortlist-error')).toBeNull());
  });
});

describe('ShortlistManager: compare', () => {
  it('shows the chosen providers side by side per dimension, with kind, credentials and status; at most four', async () => {
    const extra = [1, 2].map((i) => providerRecord(`extra${i}`, { name: `Extra ${i}` }));
    await renderWith([cedar, willow, aster, ...extra]);
    const tick = (name: string) => screen.getByLabelText(`Compare ${name}`) as HTMLInputElement;
    expect(screen.getByTestId('compare-hint').textContent).toContain('Tick 2 to 4 providers');
    fireEvent.click(tick('Cedar Medical Massage'));
    expect(screen.getByTestId('compare-hint').textContent).toContain('at least one more');
    expect(screen.queryByTestId('compare')).toBeNull();
    fireEvent.click(tick('Willow Day Spa'));

    const compare = await screen.findByTestId('compare');
    expect([...compare.querySelectorAll('thead th[data-provider]')].map((th) => th.firstChild?.textContent)).toEqual([
      'Cedar Medical Massage',
      'Willow Day Spa',
    ]);
    const cells = (selector: string) => [...compare.querySelectorAll(`${selector} td`)].map((td) => td.textContent);
    expect(cells('tr[data-row="kind"]')).toEqual(['Clinical', 'Spa']);
    expect(cells('tr[data-row="credentials"]')).toEqual(['LMT #12345', 'none shown']);
    expect(cells('tr[data-row="status"]')).toEqual(['Booked', 'Ruled out']);
    expect(compare.querySelectorAll('tbody tr[data-dimension]')).toHaveLength(8);
    const [cedarRecords, willowRecords] = cells('tr[data-dimension="records"]');
    expect(cedarRecords).toContain('Page: Keeps SOAP notes');
    expect(cedarRecords).toContain('You: Clinical-like — Confirmed on the phone');
    expect(willowRecords).toContain('Page: says nothing');
    expect(willowRecords).toContain("You: Don't know yet");
    expect(cells('tr[data-dimension="setting"]')[1]).toContain('Page: Spa setting');

    fireEvent.click(tick('Aster Rehab Clinic'));
    fireEvent.click(tick('Extra 1'));
    expect(screen.getByTestId('compare-hint').textContent).toContain('up to 4');
    expect(tick('Extra 2').disabled).toBe(true);
    expect(compare.querySelectorAll('thead th[data-provider]')).toHaveLength(4);

    fireEvent.click(within(compare).getByRole('button', { name: 'Remove Extra 1 from the comparison' }));
    expect(tick('Extra 2').disabled).toBe(false);
    expect(tick('Extra 1').checked).toBe(false);
    fireEvent.click(within(compare).getByRole('button', { name: 'Clear the comparison' }));
    expect(screen.queryByTestId('compare')).toBeNull();
  });
});

describe('ShortlistManager: delete and undo', () => {
  it('deletes a provider with its visits, and Undo brings both back', async () => {
    const visits = [visitRecord(cedar.id, '2025-01-10', { painBefore: 6, painAfter: 3 }), visitRecord(cedar.id, '2025-01-17', { notes: 'Neck freer' })];
    const dbName = await renderWith([cedar, willow], visits);
    const detail = await select('Cedar Medical Massage');
    await waitFor(() => expect(within(detail).getByTestId('visit-list').querySelectorAll('tbody tr')).toHaveLength(2));

    fireEvent.click(within(detail).getByTestId('delete-provider'));
    expect((await screen.findByTestId('undo-delete')).textContent).toContain('Deleted Cedar Medical Massage and its visits (2)');
    expect(rowNames()).toEqual(['Willow Day Spa']);
    expect(screen.queryByTestId('provider-detail')).toBeNull();
    expect(await saved(dbName, cedar.id)).toBeUndefined();
    expect(await withShortlist(dbName, (s) => s.visitsFor(cedar.id))).toEqual([]);

    fireEvent.click(screen.getByTestId('undo'));
    expect((await screen.findByTestId('restored')).textContent).toContain('Cedar Medical Massage is back');
    expect(rowNames()).toEqual(['Cedar Medical Massage', 'Willow Day Spa']);
    expect(await saved(dbName, cedar.id)).toEqual(cedar);
    expect(await withShortlist(dbName, (s) => s.visitsFor(cedar.id))).toEqual(visits);
    const back = await screen.findByTestId('provider-detail');
    await waitFor(() => expect(within(back).getByTestId('visit-list').querySelectorAll('tbody tr')).toHaveLength(2));
  });
});

describe('ShortlistManager: the visit log', () => {
  it('explains what is wrong with a visit, then adds, edits, deletes (with undo) and prints', async () => {
    const dbName = await renderWith([cedar]);
    const detail = await select('Cedar Medical Massage');
    const log = within(detail).getByTestId('visit-log');
    expect((await within(log).findByTestId('visits-none')).textContent).toBe('No visits logged yet.');
    const field = (name: string) => log.querySelector(`[data-field="${name}"]`) as HTMLInputElement;
    const error = (name: string) => within(log).queryByTestId(`visit-error-${name}`)?.textContent;

    fireEvent.click(within(log).getByTestId('visit-submit'));
    expect(within(log).getByRole('alert').textContent).toContain('The visit was not saved');
    expect(error('date')).toBe('Enter the date of the visit.');
    expect(field('date').getAttribute('aria-invalid')).toBe('true');
    expect(field('date').getAttribute('aria-describedby')).toContain(within(log).getByTestId('visit-error-date').id);

    fireEvent.change(field('date'), { target: { value: '2999-01-01' } });
    expect(error('date')).toBe('This date is in the future: log a visit once it has happened.');
    fireEvent.change(field('date'), { target: { value: '2025-02-03' } });
    expect(error('date')).toBeUndefined();
    fireEvent.change(field('painBefore'), { target: { value: '11' } });
    expect(error('painBefore')).toBe('Pain is scored from 0 (none) to 10 (worst).');
    fireEvent.change(field('painAfter'), { target: { value: '2.5' } });
    expect(error('painAfter')).toBe('Use a whole number from 0 to 10.');
    fireEvent.click(within(log).getByTestId('visit-submit'));
    expect(await withShortlist(dbName, (s) => s.visitsFor(cedar.id))).toEqual([]);

    fireEvent.change(field('painBefore'), { target: { value: '7' } });
    fireEvent.change(field('painAfter'), { target: { value: '3' } });
    fireEvent.change(field('rangeOfMotion'), { target: { value: 'Turns head 45° left' } });
    fireEvent.change(field('notes'), { target: { value: 'Trigger points, upper trapezius' } });
    expect(within(log).queryByRole('alert')).toBeNull();
    fireEvent.click(within(log).getByTestId('visit-submit'));
    expect((await within(log).findByTestId('visit-status')).textContent).toMatch(/Visit of .*2025.* added/);
    let stored = await withShortlist(dbName, (s) => s.visitsFor(cedar.id));
    expect(stored).toMatchObject([{ date: '2025-02-03', painBefore: 7, painAfter: 3, rangeOfMotion: 'Turns head 45° left', notes: 'Trigger points, upper trapezius' }]);
    const list = within(log).getByTestId('visit-list');
    expect(list.textContent).toContain('7 → 3');
    expect(field('date').value).toBe('');

    // Edit: the form takes the visit's values; a blank pain score removes it.
    fireEvent.click(within(list).getByRole('button', { name: /^Edit the visit of/ }));
    expect(field('painBefore').value).toBe('7');
    fireEvent.change(field('painBefore'), { target: { value: '' } });
    fireEvent.change(field('notes'), { target: { value: 'Trigger points; felt sore the next day' } });
    fireEvent.click(within(log).getByTestId('visit-submit'));
    await waitFor(async () => expect((await withShortlist(dbName, (s) => s.visitsFor(cedar.id)))[0]?.notes).toBe('Trigger points; felt sore the next day'));
    stored = await withShortlist(dbName, (s) => s.visitsFor(cedar.id));
    expect(stored[0]).not.toHaveProperty('painBefore');
    await waitFor(() => expect(within(log).getByTestId('visit-list').textContent).toContain('– → 3'));

    // Print: only the visit log, for the physician.
    // happy-dom has no print dialog: stand in for it, checking that only the log is to be printed.
    const print = vi.fn(() => expect(document.body.classList.contains('printing-visit-log')).toBe(true));
    vi.stubGlobal('print', print);
    fireEvent.click(within(log).getByTestId('print-visits'));
    expect(print).toHaveBeenCalledOnce();
    const printed = document.body.querySelector(':scope > [data-testid="visit-print"]')!;
    expect(printed.textContent).toContain('Visit log: Cedar Medical Massage');
    expect(printed.textContent).toContain('12 Alder St, Portland, OR 97205');
    expect(printed.textContent).toContain('Trigger points; felt sore the next day');
    expect(printed.textContent).toContain('LMT #12345');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-visit-log')).toBe(false);

    // Delete, then undo.
    fireEvent.click(within(within(log).getByTestId('visit-list')).getByRole('button', { name: /^Delete the visit of/ }));
    expect((await within(log).findByTestId('visit-undo')).textContent).toMatch(/Visit of .* deleted/);
    await waitFor(() => expect(within(log).queryByTestId('visit-list')).toBeNull());
    expect(await withShortlist(dbName, (s) => s.visitsFor(cedar.id))).toEqual([]);
    fireEvent.click(within(within(log).getByTestId('visit-undo')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(log).getByTestId('visit-list').querySelectorAll('tbody tr')).toHaveLength(1));
    expect(await withShortlist(dbName, (s) => s.visitsFor(cedar.id))).toEqual(stored);
  });
});

describe('ShortlistManager: backup', () => {
  const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

  it('lists the problems of a bad file and changes nothing; imports a good one and says what it did', async () => {
    const visits = [visitRecord(cedar.id, '2025-01-10', { painBefore: 6 })];
    const dbName = await renderWith([cedar, willow], visits);
    const before = await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')));
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const user = userEvent.setup();

    const bad = JSON.parse(JSON.stringify(before));
    bad.providers[0].name = '';
    bad.providers[1].status = 'maybe';
    bad.visits[0].painBefore = 11;
    bad.providers[0].notes = 'changed';
    await user.upload(input, file(JSON.stringify(bad)));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('not imported, and your shortlist is unchanged');
    const items = [...problems.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'providers[0].name: must not be empty',
        expect.stringMatching(/^providers\[1\]\.status: must be one of/),
        'visits[0].painBefore: must be at most 10',
      ]),
    );
    expect(await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')))).toEqual(before);

    await user.upload(input, file('{"format": "knead-to-know-backup", "providers": ['));
    expect((await screen.findByTestId('import-problems')).textContent).toContain('The file is cut off');
    expect(await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')))).toEqual(before);

    const good = JSON.parse(JSON.stringify(before));
    good.providers.push(aster);
    good.providers[0].notes = 'Changed in the other browser';
    good.providers[0].updatedAt = '2025-05-01T10:00:00.000Z';
    await user.upload(input, file(JSON.stringify(good)));
    fireEvent.click(await screen.findByTestId('import-confirm'));
    expect((await screen.findByTestId('import-result')).firstChild?.textContent).toBe(
      'Backup imported: added 1, updated 1, unchanged 2 (providers and visits counted together).',
    );
    await waitFor(() => expect(rowNames()).toContain('Aster Rehab Clinic'));
    expect((await saved(dbName, good.providers[0].id))?.notes).toBe('Changed in the other browser');
  });

  it('shows what an import will change and changes nothing until confirmed; cancel leaves all as it was', async () => {
    const visits = [visitRecord(cedar.id, '2025-01-10', { painBefore: 6 })];
    const dbName = await renderWith([cedar, willow], visits);
    const before = await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')));
    const incoming = JSON.parse(JSON.stringify(before));
    incoming.providers.push(aster);
    const cedarAt = incoming.providers.findIndex((p: ProviderRecord) => p.id === cedar.id);
    incoming.providers[cedarAt] = { ...incoming.providers[cedarAt], notes: 'From the laptop', status: 'ruled-out', updatedAt: '2025-05-01T10:00:00.000Z' };
    const willowAt = incoming.providers.findIndex((p: ProviderRecord) => p.id === willow.id);
    incoming.providers[willowAt] = { ...incoming.providers[willowAt], notes: 'Old words', updatedAt: '2024-01-01T10:00:00.000Z' };
    incoming.visits.push(visitRecord(aster.id, '2025-02-01'));

    await userEvent.setup().upload(screen.getByTestId('import-file') as HTMLInputElement, file(JSON.stringify(incoming)));
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-preview-added').querySelector('li')?.textContent).toBe('Aster Rehab Clinic');
    expect(within(preview).getByTestId('import-preview-updated').querySelector('li')?.textContent).toBe('Cedar Medical Massage: notes, status');
    expect(within(preview).getByTestId('import-preview-visits').textContent).toBe('Visits added: 1; visits updated: 0.');
    expect(within(preview).getByTestId('import-preview-refused').querySelector('li')?.textContent).toBe(
      'Willow Day Spa: yours was changed more recently, so yours is kept.',
    );
    expect(await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')))).toEqual(before);

    fireEvent.click(within(preview).getByTestId('import-cancel'));
    await waitFor(() => expect(screen.queryByTestId('import-preview')).toBeNull());
    expect(await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')))).toEqual(before);
    expect(rowNames()).not.toContain('Aster Rehab Clinic');
  });

  it('undoes a confirmed import: the shortlist is as it was, notes and visits included', async () => {
    const visits = [visitRecord(cedar.id, '2025-01-10', { painBefore: 6 })];
    const dbName = await renderWith([cedar, willow], visits);
    const before = await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')));
    const incoming = JSON.parse(JSON.stringify(before));
    incoming.providers.push(aster);
    incoming.providers[0] = { ...incoming.providers[0], notes: 'Replaced', updatedAt: '2025-05-01T10:00:00.000Z' };
    incoming.visits[0] = { ...incoming.visits[0], painBefore: 9, updatedAt: '2025-05-01T10:00:00.000Z' };
    incoming.visits.push(visitRecord(aster.id, '2025-02-01'));

    await userEvent.setup().upload(screen.getByTestId('import-file') as HTMLInputElement, file(JSON.stringify(incoming)));
    fireEvent.click(await screen.findByTestId('import-confirm'));
    await waitFor(() => expect(rowNames()).toContain('Aster Rehab Clinic'));
    expect(await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')))).not.toEqual(before);

    fireEvent.click(await screen.findByTestId('undo-import'));
    expect((await screen.findByTestId('import-undone')).textContent).toBe('Import undone: your shortlist is as it was before the import.');
    expect(await withShortlist(dbName, (s) => s.exportBackup(new Date('2025-06-01T00:00:00.000Z')))).toEqual(before);
    await waitFor(() => expect(rowNames()).not.toContain('Aster Rehab Clinic'));
  });

  it('downloads a complete JSON backup and a CSV of the providers', async () => {
    const visits = [visitRecord(cedar.id, '2025-01-10', { painBefore: 6 })];
    await renderWith([cedar, willow], visits);
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    fireEvent.click(screen.getByTestId('export-json'));
    expect((await screen.findByTestId('export-status')).textContent).toBe('Backup made: 2 providers and 1 visits.');
    const backup = JSON.parse(await blobs[0]!.text());
    expect(backup).toMatchObject({ format: 'knead-to-know-backup', schemaVersion: CURRENT_VERSION, visits });
    expect(backup.providers).toEqual(expect.arrayContaining([cedar, willow]));
    expect(names[0]).toMatch(/^knead-to-know-backup-\d{4}-\d{2}-\d{2}\.json$/);

    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const csv = await blobs[1]!.text();
    expect(csv.startsWith('\uFEFFname,url,')).toBe(true);
    expect(csv).toContain('Cedar Medical Massage,https://cedar.example/');
    expect(names[1]).toMatch(/^knead-to-know-providers-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

describe('keepUnchanged', () => {
  it('keeps the objects of records that did not change, and the same array when nothing did', () => {
    const list = [cedar, willow, aster];
    const reread = list.map((p) => ({ ...p }));
    expect(keepUnchanged(undefined, reread)).toBe(reread);
    expect(keepUnchanged(list, reread)).toBe(list);
    const changed = { ...willow, notes: 'new', updatedAt: '2025-05-01T10:00:00.000Z' };
    const next = keepUnchanged(list, [reread[0]!, changed, reread[2]!]);
    expect(next).not.toBe(list);
    expect(next[0]).toBe(cedar);
    expect(next[1]).toBe(changed);
    expect(next[2]).toBe(aster);
    expect(keepUnchanged(list, [reread[0]!, reread[2]!])).toEqual([cedar, aster]);
  });
});
