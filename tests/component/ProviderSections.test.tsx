import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProviderSections } from '@/components/popup/ProviderSections';
import { classify } from '@/lib/detect/classify';
import type { PageSnapshot } from '@/lib/page/schema';
import { openShortlist } from '@/lib/shortlist';

const snapshot = (url: string): PageSnapshot => ({
  url,
  title: 'Harbor Pain Relief',
  metaDescription: '',
  headings: [],
  schemaItems: [{ types: ['MedicalBusiness'], name: 'Harbor Pain Relief', telephone: '(206) 555-0110', text: '' }],
  text: 'Medical massage by physician referral. SOAP notes and a treatment plan; we bill insurance. Book now.',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
});

async function saved(url: string) {
  const shortlist = await openShortlist();
  try {
    return (await shortlist.list()).find((p) => p.url === url);
  } finally {
    shortlist.close();
  }
}

describe('ProviderSections', () => {
  it('saves the provider from the page, once, and says so', async () => {
    const url = 'https://www.harborrelief.com/a';
    render(<ProviderSections detection={classify(snapshot(url))} />);
    fireEvent.click(screen.getByTestId('save-provider'));
    expect((await screen.findByTestId('saved-status')).textContent).toContain('Saved');
    fireEvent.click(screen.getByTestId('save-provider'));
    await waitFor(async () => expect((await saved(url))?.name).toBe('Harbor Pain Relief'));
    const shortlist = await openShortlist();
    expect((await shortlist.list()).filter((p) => p.url === url)).toHaveLength(1);
    shortlist.close();
  });

  it('shows what the page says per dimension and keeps the patient\'s answer with the provider', async () => {
    const url = 'https://www.harborrelief.com/b';
    render(<ProviderSections detection={classify(snapshot(url))} />);
    const records = screen.getByTestId('checklist').querySelector('[data-dimension="records"]') as HTMLElement;
    expect(records.textContent).toContain('Keeps SOAP notes');
    const setting = screen.getByTestId('checklist').querySelector('[data-dimension="setting"]') as HTMLElement;
    expect(setting.textContent).toContain('says nothing');

    fireEvent.click(within(records).getByLabelText('Clinical-like'));
    await waitFor(async () => expect((await saved(url))?.checklist.records?.answer).toBe('clinical-like'));
    const note = within(records).getByRole('textbox');
    fireEvent.change(note, { target: { value: 'Confirmed on the phone: SOAP notes every visit' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await saved(url))?.checklist.records).toEqual({
      answer: 'clinical-like',
      note: 'Confirmed on the phone: SOAP notes every visit',
    }));
  });
});
