import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRINT_NOTE_KEY } from '@/components/shared/NoteComposer';
import { PrintView } from '@/components/print/PrintView';

describe('the note print view', () => {
  // happy-dom has no print dialog to open: a stand-in records the calls.
  const print = vi.fn();
  beforeEach(() => Object.defineProperty(window, 'print', { value: print, configurable: true }));
  afterEach(() => print.mockClear());

  it('opens the print dialog when the composer asks for it', async () => {
    await fakeBrowser.storage.session.set({ [PRINT_NOTE_KEY]: 'To: Example Health Plan' });
    render(<PrintView search="?print" />);
    expect((await screen.findByTestId('print-note')).textContent).toBe('To: Example Health Plan');
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows the note without the dialog when the tab is reopened or reloaded', async () => {
    await fakeBrowser.storage.session.set({ [PRINT_NOTE_KEY]: 'To: Example Health Plan' });
    render(<PrintView search="" />);
    expect((await screen.findByTestId('print-note')).textContent).toBe('To: Example Health Plan');
    expect(print).not.toHaveBeenCalled();
  });
});
