import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProviderCard } from '@/components/popup/ProviderCard';
import { QuestionList } from '@/components/shared/QuestionList';
import { classify } from '@/lib/detect/classify';
import { saveSettings } from '@/lib/extension/settings';

const detection = classify({
  url: 'https://www.massagebook.com/x',
  title: 'Pine Clinic',
  metaDescription: '',
  headings: [],
  schemaItems: [{ types: ['MedicalBusiness'], name: 'Pine Clinic', text: '' }],
  text: 'Medical massage with physician referral, SOAP notes, treatment plan. Sam Lee, LMBT. Book now.',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
});

describe('state-driven hints', () => {
  it("use the patient's state when the page names none: title, hours and the board's lookup", () => {
    expect(detection.provider.state).toBeUndefined();
    render(<ProviderCard detection={detection} patientState="NC" />);
    const hint = screen.getByTestId('state-hint');
    expect(hint.textContent).toContain('In North Carolina:');
    expect(hint.textContent).toContain('LMBT');
    expect(hint.textContent).toMatch(/650 hours/);
    expect(hint.querySelector('a')?.getAttribute('href')).toContain('bmbt.org');
  });

  it("head the questions with the patient's state from the settings", async () => {
    await saveSettings(fakeBrowser.storage.local, { state: 'KS' });
    render(<QuestionList />);
    expect((await screen.findByTestId('state-hint')).textContent).toContain('does not regulate massage therapists');
  });

  it('send no one to a board in a state that has none (Minnesota), and still to the list where one exists', () => {
    render(<ProviderCard detection={detection} patientState="MN" />);
    const hint = screen.getByTestId('state-hint');
    expect(hint.textContent).toContain('does not regulate massage therapists');
    expect(hint.textContent).not.toMatch(/board|look up a license/i);
    // What is left is the source of the statement, not a place to look a therapist up.
    expect([...hint.querySelectorAll('a')].map((a) => a.textContent)).toEqual([expect.stringMatching(/^FSMTB: massage therapy regulation by state/)]);
  });
});
