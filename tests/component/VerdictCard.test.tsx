import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VerdictCard } from '@/components/popup/VerdictCard';
import { classify } from '@/lib/detect/classify';
import type { PageSnapshot } from '@/lib/page/schema';

const snapshot = (text: string, extra: Partial<PageSnapshot> = {}): PageSnapshot => ({
  url: 'https://www.massagebook.com/harbor',
  title: 'Harbor Clinical Massage',
  metaDescription: '',
  headings: [],
  schemaItems: [{ types: ['MedicalBusiness'], name: 'Harbor', text: '' }],
  text,
  textTruncated: false,
  phoneLinks: ['+12065550100'],
  emailLinks: [],
  ...extra,
});

describe('VerdictCard', () => {
  it('says the verdict in plain words with its confidence and groups evidence by dimension', async () => {
    const detection = classify(
      snapshot('Medical massage with a physician referral. SOAP notes and a treatment plan. We bill insurance. Book now.'),
    );
    render(<VerdictCard detection={detection} />);
    expect(screen.getByTestId('verdict').textContent).toBe('This page looks like a clinical massage practice.');
    expect(screen.getByTestId('confidence').textContent).toMatch(/evidence/);
    // The evidence loads after the verdict (it needs the dimensions' registry).
    const records = (await screen.findByText('Record keeping')).closest('li')!;
    expect(within(records).getByText(/Keeps SOAP notes/)).toBeTruthy();
    expect(within(records).getByText(/SOAP notes and a treatment plan/)).toBeTruthy();
  });

  it('shows page text as text, never as markup', async () => {
    const detection = classify(
      snapshot('<img src=x onerror="window.pwned=1"> SOAP notes <b>treatment plan</b> physician referral, we bill insurance. Book now.'),
    );
    const { container } = render(<VerdictCard detection={detection} />);
    await screen.findByText(/^Why we think so/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.evidence b')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });

  it('says the page was not checked when there is no detection', () => {
    render(<VerdictCard detection={undefined} />);
    expect(screen.getByTestId('verdict').textContent).toBe('This page has not been checked.');
    expect(screen.queryByTestId('confidence')).toBeNull();
  });
});
