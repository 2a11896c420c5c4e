import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InsurerView } from '@/components/popup/InsurerView';
import type { Detection } from '@/lib/detect/schema';

const insurer: NonNullable<Detection['insurer']> = { id: 'unitedhealthcare', name: 'UnitedHealthcare', kind: 'insurer', unverifiedHost: false, page: 'benefits' };
type Statement = NonNullable<Detection['coverage']>[number];
const statement = (text: string, says: Statement['says'], index: number, heading?: string): Statement => ({
  text,
  topics: ['massage'] as Statement['topics'],
  says,
  patternIds: [],
  index,
  length: text.length,
  ...(heading ? { heading } : {}),
});

const notCovered = statement('Massage therapy is not covered under this plan.', ['not-covered'], 120, 'Exclusions');

describe('"What this page says" on an insurer page', () => {
  it('lists each statement with what it says and its heading, and asks the tab to show it', () => {
    const onShowOnPage = vi.fn();
    render(<InsurerView insurer={insurer} coverage={[notCovered]} onShowOnPage={onShowOnPage} onWriteNote={() => undefined} />);
    const says = screen.getByTestId('page-says');
    const item = within(says).getByText(/not covered under this plan/).closest('li')!;
    expect(item.textContent).toMatch(/^not covered: /);
    expect(item.textContent).toContain('Under \u201cExclusions\u201d');
    fireEvent.click(within(item).getByRole('button', { name: 'Show on page' }));
    expect(onShowOnPage).toHaveBeenCalledWith(notCovered);
  });

  it('leads a "not covered" page to a PT plan of care or a discount program, before any reimbursement note', () => {
    render(<InsurerView insurer={insurer} coverage={[notCovered]} onWriteNote={() => undefined} />);
    const lead = screen.getByTestId('coverage-lead');
    expect(lead.textContent).toMatch(/physical therapy plan of care/);
    expect(lead.textContent).toMatch(/discount program/);
    expect(lead.compareDocumentPosition(screen.getByTestId('write-note')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('leads a "covered" page to what the plan needs first', () => {
    render(<InsurerView insurer={insurer} coverage={[statement('Massage is covered with a referral, up to 12 visits.', ['covered', 'limit', 'referral'], 0)]} />);
    expect(screen.getByTestId('coverage-lead').textContent).toMatch(/^This page mentions massage as covered\. Check/);
  });

  it("leads by what the page says about massage, not by another service's row", () => {
    // A benefits table: massage not covered (but for a PT plan of care), chiropractic covered.
    const chiropractic: Statement = { ...statement('Chiropractic care $30 copay, 20 visits per year.', ['covered', 'limit'], 80), topics: ['chiropractic'] };
    const massageRow = statement('Massage therapy Not covered Except as part of a physical therapy plan of care', ['not-covered', 'exception'], 40);
    render(<InsurerView insurer={insurer} coverage={[massageRow, chiropractic]} onWriteNote={() => undefined} />);
    expect(screen.getByTestId('coverage-lead').textContent).toMatch(/^This page says massage is not covered\./);
  });

  it("says what a workers' compensation insurer is, and offers it no note addressed to a health plan", () => {
    render(
      <InsurerView insurer={{ id: 'texas-mutual', name: 'Texas Mutual Insurance Company', kind: 'workers-comp-insurer', unverifiedHost: false, page: 'other' }} onWriteNote={() => undefined} />,
    );
    expect(screen.getByTestId('insurer-kind-note').textContent).toMatch(/workers' compensation insurer.*Ask your claims adjuster/);
    expect(screen.queryByTestId('write-note')).toBeNull();
  });

  it('says what a spending-account administrator is, and offers it no note addressed to a health plan', () => {
    render(
      <InsurerView insurer={{ id: 'fsafeds', name: 'FSAFEDS', kind: 'spending-account-administrator', unverifiedHost: false, page: 'other' }} onWriteNote={() => undefined} />,
    );
    expect(screen.getByTestId('insurer-kind-note').textContent).toMatch(/spending-account administrator.*letter of medical necessity/);
    expect(screen.queryByTestId('write-note')).toBeNull();
  });

  it('says when the page says nothing about massage', () => {
    render(<InsurerView insurer={insurer} />);
    expect(screen.getByTestId('page-says-none')).toBeTruthy();
    expect(screen.queryByTestId('coverage-lead')).toBeNull();
  });
});
