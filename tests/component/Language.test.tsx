import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '@/components/options/SettingsForm';
import { VerdictCard } from '@/components/popup/VerdictCard';
import { mountPage } from '@/components/shared/mount';
import { NoteComposer } from '@/components/shared/NoteComposer';
import { QuestionList } from '@/components/shared/QuestionList';
import { classify } from '@/lib/detect/classify';
import { currentLanguage, setLanguage } from '@/lib/extension/i18n';
import { saveSettings } from '@/lib/extension/settings';
import { mountInsurerPanel, panelRoot } from '@/lib/insurer/panel';
import { mountChip } from '@/lib/page/listing-chips';

afterEach(() => {
  setLanguage('en');
  document.documentElement.removeAttribute('lang');
  document.body.replaceChildren();
});

const detection = classify({
  url: 'https://pine-clinic.example/',
  title: 'Pine Clinic',
  metaDescription: '',
  headings: [],
  schemaItems: [{ types: ['MedicalBusiness'], name: 'Pine Clinic', text: '' }],
  text: 'Medical massage with physician referral, SOAP notes, treatment plan. Sam Lee, LMBT. We bill insurance.',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
});

describe('the language patients read', () => {
  it('a page mounted with Spanish chosen speaks Spanish and says so on <html>', async () => {
    await saveSettings(fakeBrowser.storage.local, { language: 'es' });
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await act(() => mountPage(<SettingsForm />));
    expect(document.documentElement.lang).toBe('es');
    expect((await screen.findByRole('heading', { name: 'Su configuración' })).textContent).toBe('Su configuración');
  });

  it('switches the options page between English and Spanish as the patient picks, without a reload', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await act(() => mountPage(<SettingsForm />));
    expect(document.documentElement.lang).toBe('en');
    fireEvent.change(await screen.findByTestId('settings-language'), { target: { value: 'es' } });
    await screen.findByRole('heading', { name: 'Su configuración' });
    expect(document.documentElement.lang).toBe('es');
    expect(currentLanguage()).toBe('es');
    fireEvent.change(await screen.findByTestId('settings-language'), { target: { value: 'en' } });
    await screen.findByRole('heading', { name: 'Your settings' });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('the popup verdict follows the chosen language', () => {
    setLanguage('es');
    const { unmount } = render(<VerdictCard detection={detection} />);
    expect(screen.getByText(/consultorio de masaje clínico/)).toBeTruthy();
    unmount();
    setLanguage('en');
    render(<VerdictCard detection={detection} />);
    expect(screen.getByText(/clinical massage practice/)).toBeTruthy();
  });

  it('marks the in-page panel and a listing chip with the language of their text', () => {
    const host = mountInsurerPanel(
      document,
      { title: 'Knead to Know', intro: '¿Busca masaje?', terms: ['massage therapy'], footer: 'Pie', hideLabel: 'Ocultar', dismissSiteLabel: 'No mostrar', collapseLabel: 'Plegar', expandLabel: 'Abrir', collapsed: false, avoid: [], lang: 'es' },
      { onDismissSite: () => undefined },
    );
    // The root is closed to the page: read it through the extension's own handle.
    expect(host.lang).toBe('es');
    expect(panelRoot(host)?.querySelector('aside')?.lang).toBe('es');
    // The portal's search words stay English inside the Spanish panel.
    expect(panelRoot(host)?.querySelector('li')?.lang).toBe('en');

    const card = document.createElement('div');
    const name = document.createElement('a');
    name.textContent = 'Pine Clinic';
    card.append(name);
    document.body.append(card);
    const chip = mountChip(
      document,
      { card: { link: 'https://x.example/pine', name: 'Pine Clinic', text: '' }, element: card, nameElement: name } as unknown as Parameters<typeof mountChip>[1],
      { link: 'https://x.example/pine', kind: 'clinical-massage', chip: 'MÉD', title: 'Masaje clínico', reasons: [], lang: 'es' },
    );
    expect(chip.host.lang).toBe('es');
  });

  it('registry texts follow too: the questions are headed by the dimensions in Spanish', () => {
    setLanguage('es');
    render(<QuestionList />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toContain('Seguro y facturación');
    expect(headings).not.toContain('Insurance and billing');
    expect(screen.getByText(/¿Tiene licencia para dar masajes en este estado/)).toBeTruthy();
  });

  it('a note to an insurer stays English, and the Spanish reader is told why', () => {
    setLanguage('es');
    const { unmount } = render(<NoteComposer context={{ provider: { name: 'Pine Clinic', credentials: [] }, insurerName: 'Aetna' }} />);
    expect(screen.getByTestId('note-language').textContent).toContain('su plan de salud');
    expect(screen.getByTestId('note-language').getAttribute('lang')).toBe('es');
    unmount();
    setLanguage('en');
    render(<NoteComposer context={{ provider: { name: 'Pine Clinic', credentials: [] }, insurerName: 'Aetna' }} />);
    expect(screen.queryByTestId('note-language')).toBeNull();
  });

  it('the form around a note follows the language: title, what is left to fill in, labels and help', () => {
    setLanguage('es');
    render(<NoteComposer context={{ provider: { name: 'Pine Clinic', credentials: [] }, insurerName: 'Aetna' }} />);
    expect(screen.getByTestId('still-to-fill').textContent).toMatch(/^Usted completa:/);
    expect(screen.getByRole('option', { name: 'Nota de presentación para una reclamación fuera de la red' })).toBeTruthy();
    expect(screen.getByText('Escríbalo exactamente como aparece en su tarjeta del seguro.')).toBeTruthy();
    // The note itself is for the plan: still English.
    expect(screen.queryByText('Write it exactly as it appears on your insurance card.')).toBeNull();
  });
});
