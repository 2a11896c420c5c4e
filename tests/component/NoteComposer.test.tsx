import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteComposer } from '@/components/shared/NoteComposer';
import { QuestionList } from '@/components/shared/QuestionList';
import { NOTE_DISCLAIMER } from '@/lib/notes/note';

let clipboard: string | undefined;
beforeEach(() => {
  clipboard = undefined;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async (text: string) => void (clipboard = text)) },
  });
});
afterEach(() => vi.restoreAllMocks());

const fieldInput = (name: string) => document.querySelector(`[data-field="${name}"] input, [data-field="${name}"] textarea`) as HTMLInputElement;
const type = (name: string, value: string) => {
  fireEvent.change(fieldInput(name), { target: { value } });
  fireEvent.blur(fieldInput(name));
};

describe('NoteComposer', () => {
  const context = {
    provider: {
      name: 'Harbor Pain Relief',
      credentials: [
        { type: 'npi', text: 'NPI 1234567890', licenseNumber: '1234567890', valid: false },
        { type: 'npi', text: 'NPI 1234567893', licenseNumber: '1234567893', valid: true },
        { type: 'lmt', text: 'LMT #MA12345', licenseNumber: 'MA12345' },
      ],
    },
    insurerName: 'Aetna',
    state: 'WA',
  };

  it('prefills from the page: the business (not as the therapist), the valid NPI, license and insurer', () => {
    render(<NoteComposer context={context} />);
    expect(fieldInput('practiceName').value).toBe('Harbor Pain Relief');
    expect(fieldInput('providerName').value).toBe('');
    expect(fieldInput('practiceCredentials').value).toBe('LMT');
    expect(fieldInput('providerNpi').value).toBe('1234567893');
    expect(fieldInput('providerLicenseNumber').value).toBe('MA12345');
    expect(fieldInput('insurerName').value).toBe('Aetna');
  });

  it('starts the date of service empty, says what is left to the patient, and why a license number is asked for', () => {
    render(<NoteComposer context={context} />);
    expect(fieldInput('serviceLines.0.dateOfService').value).toBe('');
    expect(screen.getByTestId('still-to-fill').textContent).toMatch(/^You fill in: .*date of service/);
    const license = () => document.querySelector('[data-field="providerLicenseNumber"]')!;
    expect(within(license() as HTMLElement).getByTestId('field-line').textContent).toMatch(/^Washington licenses massage therapists/);
    expect(license().querySelector('label')!.textContent).toMatch(/required/);
    // In a state with no massage license the number is not asked for, and the form says why.
    type('providerLicenseState', 'MN');
    expect(within(license() as HTMLElement).getByTestId('field-line').textContent).toMatch(/^Minnesota issues no massage therapist license/);
    expect(license().querySelector('label')!.textContent).not.toMatch(/required/);
    expect(fieldInput('providerLicenseNumber').getAttribute('aria-describedby')).toContain('note-providerLicenseNumber-line');
  });

  it('names the therapist the page showed next to a credential, with only their credentials, and says so', () => {
    render(
      <NoteComposer
        context={{
          provider: {
            name: 'Riverside Clinical Massage',
            credentials: [
              { type: 'lmt', text: 'LMT MA60512345', licenseNumber: 'MA60512345', holder: 'Maya Okafor' },
              { type: 'bctmb', text: 'BCTMB', holder: 'Maya Okafor' },
              { type: 'clt-lana', text: 'CLT-LANA', holder: 'Daniel Reyes' },
            ],
          },
          state: 'WA',
        }}
      />,
    );
    expect(fieldInput('providerName').value).toBe('Maya Okafor');
    expect(fieldInput('providerCredentials').value).toBe('LMT, BCTMB');
    expect(fieldInput('practiceName').value).toBe('Riverside Clinical Massage');
    expect(within(document.querySelector('[data-field="providerName"]') as HTMLElement).getByTestId('prefilled-from').textContent).toContain('Maya Okafor');
  });

  it('shows inline errors for a bad NPI, a CPT code and units once the field is left', () => {
    render(<NoteComposer context={context} />);
    type('providerNpi', '1234567890');
    expect(within(document.querySelector('[data-field="providerNpi"]')!).getByRole('alert').textContent).toMatch(/doesn.t check out/);
    type('serviceLines.0.cptCode', '9712');
    type('serviceLines.0.units', '9');
    expect(document.querySelector('[data-field="serviceLines.0.cptCode"] [role="alert"]')).not.toBeNull();
    expect(document.querySelector('[data-field="serviceLines.0.units"] [role="alert"]')).not.toBeNull();
    expect(screen.getByTestId('note-incomplete')).toBeTruthy();
  });

  it('renders a live preview with the disclaimer once valid, and copies exactly that text', async () => {
    render(<NoteComposer context={context} />);
    type('patientName', 'Jordan Lee');
    type('dateOfBirth', '1980-04-02');
    type('memberId', 'W123456789');
    type('providerName', 'Maya Okafor');
    type('providerCredentials', 'LMT');
    type('serviceLines.0.dateOfService', '2026-10-01');
    type('serviceLines.0.cptCode', '97140');
    type('serviceLines.0.units', '2');
    type('serviceLines.0.charge', '120');
    type('diagnosisCodes', 'M54.2');
    const preview = await screen.findByTestId('note-preview');
    expect(preview.textContent).toContain('97140');
    expect(preview.textContent).toContain('1234567893');
    expect(preview.textContent).toContain(NOTE_DISCLAIMER);
    fireEvent.click(screen.getByTestId('copy-note'));
    await waitFor(() => expect(clipboard).toBe(preview.textContent));
  });

  it('switches templates and keeps what applies', () => {
    render(<NoteComposer context={context} />);
    fireEvent.change(screen.getByTestId('note-template'), { target: { value: 'superbill-request' } });
    expect(screen.getByText(/superbill/i, { selector: 'p.muted' })).toBeTruthy();
    expect(fieldInput('practiceName').value).toBe('Harbor Pain Relief');
  });
});

describe('QuestionList', () => {
  it('ticks, records answers and copies all as text', async () => {
    render(<QuestionList />);
    const first = document.querySelector('[data-question]') as HTMLElement;
    fireEvent.click(within(first).getByRole('checkbox'));
    const answer = within(first).getByRole('textbox');
    fireEvent.change(answer, { target: { value: 'Yes, license 60512345' } });
    fireEvent.blur(answer);
    fireEvent.click(screen.getByTestId('copy-questions'));
    await waitFor(() => expect(clipboard).toMatch(/^\[x\] .+\n {4}Answer: Yes, license 60512345/));
    expect(clipboard!.match(/^\[ \]/gm)!.length).toBeGreaterThan(10);
  });

  it('hands answers to the owner when it keeps them', () => {
    const onChange = vi.fn();
    render(<QuestionList answers={{}} onChange={onChange} />);
    fireEvent.click(within(document.querySelector('[data-question]') as HTMLElement).getByRole('checkbox'));
    expect(onChange).toHaveBeenCalledWith(expect.any(String), { asked: true, answer: '' });
  });
});
