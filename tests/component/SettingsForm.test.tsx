import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '@/components/options/SettingsForm';

describe('SettingsForm', () => {
  it('says so when a setting could not be saved, instead of failing silently', async () => {
    render(<SettingsForm />);
    const state = await screen.findByTestId('settings-state');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.change(state, { target: { value: 'WA' } });
    expect((await screen.findByTestId('settings-not-saved')).textContent).toContain('could not be saved');
    expect(screen.queryByText('Saved')).toBeNull();
  });
});
