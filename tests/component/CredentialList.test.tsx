import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CredentialList } from '@/components/popup/CredentialList';
import { findCredentials } from '@/lib/detect/credentials';

describe('CredentialList', () => {
  it('shows whose each credential is when the page named a person next to it, and nobody\u2019s otherwise', () => {
    render(<CredentialList credentials={findCredentials('Maya Okafor, LMT MA60512345, BCTMB. Daniel Reyes, LMT, CLT-LANA. Our staff: BCTMB.')} state="WA" />);
    const items = [...screen.getByTestId('credentials').querySelectorAll('li')];
    const holders = items.map((li) => [li.querySelector('strong')!.textContent, li.dataset.holder ?? null]);
    expect(holders).toEqual(
      expect.arrayContaining([
        ['Licensed Massage Therapist', 'Maya Okafor'],
        ['Licensed Massage Therapist', 'Daniel Reyes'],
        ['Certified Lymphedema Therapist, LANA-certified', 'Daniel Reyes'],
      ]),
    );
    expect(items.find((li) => li.dataset.holder === 'Daniel Reyes')!.textContent).toContain('(Daniel Reyes)');
  });
});
