import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuestionList } from '@/components/shared/QuestionList';
import { questions, questionsForSituation } from '@/data/questions';
import { loadSettings, saveSettings } from '@/lib/extension/settings';

const shownFirst = () =>
  [...within(screen.getByTestId('questions-first')).getAllByRole('checkbox')].map((box) => box.closest('[data-question]')?.getAttribute('data-question'));

describe('"What brings you here?" in the popup', () => {
  it('asks once, keeps the choice in the settings, and shows at most six questions for it first', async () => {
    const user = userEvent.setup();
    render(<QuestionList bySituation />);
    const choice = await screen.findByTestId('situation');
    expect(within(choice).getByText('What brings you here?')).toBeTruthy();
    await user.click(within(choice).getByLabelText('Cancer care'));
    await waitFor(async () => expect((await loadSettings(fakeBrowser.storage.local)).situation).toBe('cancer-care'));
    expect(shownFirst()).toEqual(questionsForSituation('cancer-care').first.map((q) => q.id));
    expect(shownFirst().length).toBeLessThanOrEqual(6);
    expect(shownFirst()).toContain('oncology-training');
    const more = screen.getByTestId('questions-more');
    expect(more.querySelectorAll('[data-question]').length + shownFirst().length).toBe(questions.length);
    expect(within(more).getByText(/^More questions/).textContent).toContain(String(questions.length - shownFirst().length));
  });

  it('starts from the saved choice and lets the patient change it', async () => {
    await saveSettings(fakeBrowser.storage.local, { situation: 'injury' });
    const user = userEvent.setup();
    render(<QuestionList bySituation />);
    await waitFor(() => expect((screen.getByLabelText('An injury or accident') as HTMLInputElement).checked).toBe(true));
    expect(shownFirst()).toContain('injury-claims-order');
    await user.click(screen.getByLabelText('Relaxation'));
    expect(shownFirst()).not.toContain('injury-claims-order');
    await waitFor(async () => expect((await loadSettings(fakeBrowser.storage.local)).situation).toBe('relaxation'));
  });

  it('leaves the options page list whole, without the choice', async () => {
    render(<QuestionList answers={{}} onChange={() => undefined} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(questions.length));
    expect(screen.queryByTestId('situation')).toBeNull();
    expect(screen.queryByTestId('questions-more')).toBeNull();
  });
});
