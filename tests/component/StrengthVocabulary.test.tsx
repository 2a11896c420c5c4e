import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareView } from '@/components/options/CompareView';
import { ProviderDetail } from '@/components/options/ProviderDetail';
import { PhysicianSummary } from '@/components/print/PhysicianSummary';
import { providerRecord, seed, uniqueDbName, visitRecord } from '../support/providers';

// A keyword score is never shown as a percentage: every surface that shows how much a saved page
// showed uses the popup's three phrases.
const PERCENT = /\d\s*%|percent/i;

const strong = providerRecord('cedar', { name: 'Cedar Medical Massage', confidence: 1 });
const some = providerRecord('birch', { name: 'Birch Bodywork', kind: 'mixed-massage', confidence: 0.5 });
const little = providerRecord('willow', { name: 'Willow Day Spa', kind: 'recreational-massage', confidence: 0.2 });
const noop = () => undefined;

describe('one vocabulary for how much a page showed', () => {
  it('the provider detail says "Strong evidence" for a certain page, not "100 %"', () => {
    render(<ProviderDetail provider={strong} patch={async () => true} run={(async () => ({ ok: false })) as never} onDelete={noop} onClose={noop} />);
    const detail = screen.getByTestId('provider-detail');
    expect(detail.textContent).toContain('Strong evidence');
    expect(detail.textContent).not.toMatch(PERCENT);
  });

  it('the compare view has a row in the same three phrases', () => {
    render(<CompareView providers={[strong, some, little]} onRemove={noop} onClear={noop} />);
    const row = screen.getByTestId('compare').querySelector('tr[data-row="evidence"]') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Strong evidence', 'Some evidence', 'Little evidence']);
    expect(screen.getByTestId('compare').textContent).not.toMatch(PERCENT);
  });

  it('the printed summary shows no percentage', async () => {
    const db = uniqueDbName('strength');
    await seed(db, [strong], [visitRecord(strong.id, '2025-01-06', { painBefore: 6, painAfter: 3 })]);
    const { container } = render(<PhysicianSummary dbName={db} />);
    await waitFor(() => expect(container.textContent).toContain('Cedar Medical Massage'));
    expect(container.textContent).not.toMatch(PERCENT);
  });
});
