import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProviderSections } from '@/components/popup/ProviderSections';
import { VerdictCard } from '@/components/popup/VerdictCard';
import { classify } from '@/lib/detect/classify';
import type { Detection, Evidence } from '@/lib/detect/schema';
import type { PageSnapshot } from '@/lib/page/schema';

const snapshot = (text: string, extra: Partial<PageSnapshot> = {}): PageSnapshot => ({
  url: 'https://www.harborrelief.com/services',
  title: 'Harbor Pain Relief',
  metaDescription: '',
  headings: [],
  schemaItems: [{ types: ['MedicalBusiness'], name: 'Harbor Pain Relief', telephone: '(206) 555-0110', text: '' }],
  text,
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
  ...extra,
});

const clinical = classify(
  snapshot('Medical massage by physician referral. SOAP notes and a treatment plan; we bill insurance. Deep tissue and therapeutic massage. Book now.'),
);
const reasonsShown = () => within(screen.getByTestId('top-reasons')).getAllByRole('listitem');

describe("the popup's first screen", () => {
  it('says what the page is, its two or three strongest reasons on its side, and one next step', async () => {
    expect(clinical.kind).toBe('clinical-massage');
    render(<VerdictCard detection={clinical} />);
    expect(screen.getByTestId('verdict').textContent).toMatch(/clinical massage/);
    const reasons = reasonsShown();
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.length).toBeLessThanOrEqual(3);
    for (const r of reasons) expect(r.getAttribute('data-side')).toBe('clinical');
    const heaviest = [...clinical.evidence].filter((e) => e.side === 'clinical').sort((a, b) => b.weight - a.weight)[0]!;
    expect(reasons[0]!.textContent).toContain(heaviest.label);
    // The page bills insurance: the step that fits is checking the plan.
    expect(screen.getByTestId('next-step').textContent).toMatch(/^Next step: Check your plan/);
    // Every sign is one click away, closed.
    expect(((await screen.findByText(/^Why we think so/)).closest('details') as HTMLDetailsElement).open).toBe(false);
  });

  it("on a plan's own page, names no provider and claims no evidence strength", () => {
    const plan = classify(
      snapshot('Massage therapy is not covered. Chiropractic care: $30 copay, 20 visits a year.', {
        url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html',
        title: 'Covered services | Aetna',
        schemaItems: [],
      }),
    );
    expect(plan.kind).toBe('insurer');
    render(<VerdictCard detection={plan} />);
    expect(screen.getByTestId('verdict').textContent).toBe('This is a site of Aetna.');
    expect(screen.queryByTestId('confidence')).toBeNull();
    expect(screen.getByTestId('next-step').textContent).toMatch(/^Next step: Read what this page says about massage below/);
    expect(screen.getByTestId('next-step').textContent).not.toMatch(/provider/);
  });

  it('puts a reason found on this page before one from the site menu, even a heavier one', () => {
    const site: Evidence = { ...clinical.evidence[0]!, signalId: 'from-menu', label: 'Menu names medical massage', weight: 9, where: 'site' };
    const page: Evidence = { ...clinical.evidence[0]!, signalId: 'on-page', label: 'Page names a referral', weight: 1, where: 'body' };
    render(<VerdictCard detection={{ ...clinical, evidence: [site, page] }} />);
    expect(reasonsShown().map((r) => r.textContent)).toEqual([expect.stringContaining('Page names a referral'), expect.stringContaining('Menu names medical massage')]);
  });

  it.each([
    ['a spa', 'Hot stone massage, aromatherapy, facials and body wraps at our day spa. Gift cards and couples massage packages. Book now.', /^Next step: Save it to your shortlist if relaxation/],
    ['a cash-pay clinic', 'Medical massage with SOAP notes and a treatment plan. Massage is cash pay and is not billed to insurance. Book now.', /superbill/],
  ])('gives %s the step that fits', (_name, text, step) => {
    const detection = classify(snapshot(text));
    render(<VerdictCard detection={detection} />);
    expect(screen.getByTestId('next-step').textContent).toMatch(step);
  });

  it('shows "Also mentioned" after the provider\'s name and closed, never in the verdict', () => {
    expect(clinical.ambiguous.length).toBeGreaterThan(0);
    const { container } = render(
      <>
        <VerdictCard detection={clinical} />
        <ProviderSections detection={clinical as Detection} />
      </>,
    );
    const also = screen.getByTestId('also-mentioned');
    expect(within(also).getByText('Also mentioned (used by spas and clinics alike)')).toBeTruthy();
    expect((also as HTMLDetailsElement).open).toBe(false);
    const name = screen.getAllByText('Harbor Pain Relief').at(-1)!;
    expect(name.compareDocumentPosition(also) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('section[aria-labelledby="verdict"] .ambiguous')).toBeNull();
  });
});
