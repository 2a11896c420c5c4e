import { describe, expect, it } from 'vitest';
import { claimContext } from '@/data/claim-context';
import { pageTypeRules } from '@/data/page-types';
import { lawFirmHostCues, massageHostCues, serviceKindCues } from '@/data/site-cues';
import { classify } from '@/lib/detect/classify';
import { claimContextOf } from '@/lib/detect/context';
import { pathWords } from '@/lib/detect/page-type';
import { readHost } from '@/lib/detect/site';
import { phraseRegExp, findPhrase } from '@/lib/detect/text';
import { snapshotWith } from '../support/snapshots';

// The rules added after the second study of real pages (docs/detection-study-2.md): a site's menu
// offering both kinds, the trade press on massage hosts, HSA/FSA pages, fees for missed visits.

const matches = (pattern: string, text: string) => !!findPhrase(phraseRegExp(pattern), text.toLowerCase());

describe('site and page cues walk their examples', () => {
  it('reads a massage host from its examples and not from shops, schools or the trade press', () => {
    for (const cue of massageHostCues) {
      for (const host of cue.examples) expect(readHost(`https://${host}.com/`).massage?.id, host).toBe(cue.id);
      for (const host of cue.nearMisses) expect(readHost(`https://${host}.com/`).massage, host).toBeUndefined();
    }
  });

  it('matches the service-kind cues on their examples and not on their near-misses', () => {
    for (const cue of Object.values(serviceKindCues)) {
      for (const text of cue.examples) expect(matches(cue.pattern, text), `${cue.id}: ${text}`).toBe(true);
      for (const text of cue.nearMisses) expect(matches(cue.pattern, text), `${cue.id}: ${text}`).toBe(false);
    }
  });

  it('types an article by its path, not a post-surgery service page', () => {
    const article = new RegExp(pageTypeRules.find((r) => r.id === 'article')!.path, 'i');
    expect(article.test(pathWords('https://x.com/category/massage/page/2'))).toBe(true);
    expect(article.test(pathWords('https://x.com/blog/what-is-orthopedic-massage'))).toBe(true);
    expect(article.test(pathWords('https://x.com/post-surgery'))).toBe(false);
    expect(article.test(pathWords('https://x.com/lymphatic-drainage-for-post-surgery/'))).toBe(false);
  });

  it('reads denials from their examples and not from their near-misses, "not limited to" among them', () => {
    for (const rule of [claimContext.negationBefore, claimContext.negationAfter]) {
      for (const text of rule.examples) expect(new RegExp(rule.pattern, 'i').test(text), text).toBe(true);
      for (const text of rule.nearMisses) expect(new RegExp(rule.pattern, 'i').test(text), text).toBe(false);
    }
    const text = 'Treatments including but not limited to joint mobilization, soft tissue massage and muscle energy techniques.';
    expect(claimContextOf(text, text.indexOf('soft tissue massage'), 'soft tissue massage'.length).negated).toBe(false);
  });

  it('reads tax-rule sentences and missed-visit fees as such', () => {
    for (const rule of [claimContext.taxAccount, claimContext.missedVisitFee]) {
      for (const text of rule.examples) expect(new RegExp(rule.pattern, 'i').test(text), text).toBe(true);
      for (const text of rule.nearMisses) expect(new RegExp(rule.pattern, 'i').test(text), text).toBe(false);
    }
    const text = 'we do not accept insurance, and that includes pip. no referral needed, we bill pip.';
    expect(claimContextOf(text, text.indexOf('pip'), 3).negated).toBe(true);
    expect(claimContextOf(text, text.lastIndexOf('pip'), 3).negated).toBe(false);
  });
});

describe('verdicts after the second study', () => {
  const frame = (nav: string) => ({ chromeText: `${nav} · 120 Main St, Tacoma, WA 98402 (253) 555-0100` });

  it('calls a page mixed when the site menu offers relaxation and medical massage, with evidence for both', () => {
    const d = classify(
      snapshotWith({
        url: 'https://harborview.example/policies',
        title: 'Policies | Harborview',
        headings: ['Policies'],
        text: 'Please cancel 24 hours ahead. Late arrivals end on time. Massage sessions are 60 or 90 minutes.',
        ...frame('Home Relaxation Massage Medical Massage Insurance Gift Cards Book Now'),
      }),
    );
    expect(d.kind).toBe('mixed-massage');
    expect(d.evidence.some((e) => e.side === 'clinical')).toBe(true);
    expect(d.evidence.some((e) => e.side === 'recreational')).toBe(true);
    expect(d.strength).not.toBe('strong');
  });

  it('does not call a spa clinical for the IRS terms on its HSA page, but keeps a clinic’s own billing', () => {
    const hsa =
      'Massage therapy can be a qualified medical expense with a written prescription from your physician stating medical necessity. Ask your doctor for a letter of medical necessity. Book your massage with us.';
    const spa = classify(snapshotWith({ url: 'https://windsong.example/faq/hsa-fsa', title: 'Can I use my HSA? | Windsong Massage', text: hsa, ...frame('Massage Menu FAQ Book') }));
    expect(spa.kind).toBe('recreational-massage');
    const clinic = classify(
      snapshotWith({
        url: 'https://riverbend.example/insurance-and-payment',
        title: 'Insurance & Payment | Riverbend',
        text: 'We are in network with Regence and bill auto insurance (PIP) claims. HSA and FSA cards are accepted for co-pays. Massage sessions by referral.',
        ...frame('Conditions Insurance New Patients Book'),
      }),
    );
    expect(clinic.kind).toBe('clinical-massage');
  });

  it('reads "missed visits can’t be billed to PIP" as a practice that bills PIP', () => {
    const d = classify(
      snapshotWith({
        url: 'https://alder.example/policies',
        title: 'Policies | Alder',
        text: "Missed massage visits are $40 and can't be billed to PIP, workers' comp or your health plan. Please cancel 24 hours ahead.",
        ...frame('How We Help Insurance Policies Book'),
      }),
    );
    expect(d.evidence.some((e) => e.signalId === 'injury-claims')).toBe(true);
    expect(d.kind).toBe('clinical-massage');
  });

  it('gives no practice verdict to a trade-press article on a host that names massage', () => {
    const d = classify(
      snapshotWith({
        url: 'https://massagetradejournal.com/2025/04/billing-the-va/',
        title: 'Billing the VA | Massage Trade Journal',
        text: 'Therapists who want to bill should get an NPI and learn the 97124 code. Massage therapists should keep SOAP notes. Continuing education credits.',
        chromeText: 'Current Issue Archive Continuing Education Subscribe',
      }),
    );
    expect(d.kind).toBe('none');
  });

  it('strips the menu from the page text even when an empty footer leaves a bare separator', () => {
    const nav = 'Home Medical Massage Insurance Blog Book';
    const d = classify(
      snapshotWith({
        url: 'https://brightwater.example/about',
        title: 'About | Brightwater',
        text: `${nav} We are a small team. Massage sessions by appointment.`,
        chromeText: `${nav} ·`,
      }),
    );
    expect(d.evidence.filter((e) => e.signalId === 'medical-massage-named').every((e) => e.where === 'site')).toBe(true);
  });
});

describe('a provider cue abroad (eleventh session)', () => {
  const page = (footer: string) =>
    classify(
      snapshotWith({
        url: 'https://temptationbeauty.example/',
        title: 'Temptation Beauty | Stratford',
        headings: ['Welcome'],
        text: 'Nails, brows and lashes. Discover massage: hot stone and aromatherapy. Book now.',
        chromeText: footer,
      }),
    ).pageCues?.provider ?? [];

  it('counts a UK, Canadian or Australian postcode printed in capitals as an address', () => {
    for (const footer of ['Unit 3 Westfield, London E20 3AN', 'Suite 4, Ottawa ON K1A 0B1', 'Shop 2, Parramatta NSW 2150'])
      expect(page(footer), footer).toContain('address');
  });

  it('not a time or a code in lower case', () => {
    expect(page('open till 5pm, code e20 3an')).not.toContain('address');
  });
});

describe('a weak clinical reading (twelfth session)', () => {
  const studio = (line: string) =>
    classify(
      snapshotWith({
        url: 'https://grandriverbodywork.example/appointments',
        title: 'Appointments | Grand River Bodywork',
        headings: ['Appointments'],
        text: `Book online: choose 30, 60 or 90 minutes, then a time. Please give 24 hours notice to cancel. ${line}`,
        chromeText: 'Home · About · Appointments · Contact · Book now · 12 King St W, Kitchener ON N2G 1A1',
      }),
    );

  it('keeps a massage business clinical on its registered massage therapist title alone', () => {
    const d = studio('Every treatment is given by a Registered Massage Therapist.');
    expect([d.kind, d.strength]).toEqual(['clinical-massage', 'weak']);
  });

  it('still reads one stray clinical phrase on a page that says nothing else as a studio’s', () => {
    expect(studio('Many clients come to us for relief from tension headaches.').kind).toBe('recreational-massage');
  });
});

describe('a luxury denied (twelfth session)', () => {
  it('does not read "more than an occasional luxury" as pampering', () => {
    const page = (sentence: string) =>
      classify(snapshotWith({ url: 'https://drphil.example/massage-therapy', title: 'Massage Therapy | Dr. Phil Chiropractic', text: sentence })).evidence.map((e) => e.signalId);
    expect(page('Massage therapy is far more than an occasional luxury; it eases sciatica.')).not.toContain('pampering');
    expect(page('Massage therapy is an occasional luxury you deserve.')).toContain('pampering');
  });
});

describe("a spa's page that never writes 'massage' (twelfth session)", () => {
  const etiquette = (url: string) =>
    classify(
      snapshotWith({
        url,
        title: 'Spa etiquette',
        headings: ['Spa etiquette'],
        text:
          'Please arrive 15 minutes early to enjoy the steam room and sauna in your robe and slippers. ' +
          'Our facials, body wraps and aromatherapy treatments are a chance to unwind and melt away stress. ' +
          'A gratuity of 18% is added to every service. Gift cards are available at the front desk. Book online or call to reserve your treatment.',
      }),
    );

  it('reads it as the spa kind on a host that names a spa', () => {
    expect(etiquette('https://www.parkavenuedayspa.example/spa-etiquette').kind).toBe('recreational-massage');
  });

  it('not on a host that names no spa', () => {
    expect(etiquette('https://www.parkavenue.example/etiquette')).toMatchObject({ kind: 'none', reason: 'not-about-massage' });
  });
});

describe('clinics that offer massage in their own words (thirteenth session)', () => {
  const chromeText = 'Home · Chiropractic · Physiotherapy · Contact · 14 Oak St, Springfield, IL 62701';
  const clinic = (title: string, text: string) =>
    classify(snapshotWith({ url: 'https://bloomchiro.example/', title, headings: ['Chiropractic care for back and neck pain'], text, chromeText }));

  it('reads massage named as a hands-on part of a health clinic’s own care as massage it offers', () => {
    const d = clinic('Bloom Chiropractic', 'Dr. Kim combines muscle release techniques such as massage and dry needling with joint manipulation, tailored to each patient. New patients welcome.');
    expect([d.kind, d.strength, d.site]).toEqual(['clinical-massage', 'weak', 'multi-service-clinic']);
    expect(clinic('Amasia Acupuncture, Chiropractic, Massage & Herbs Clinic', 'We treat back pain and sports injuries. New patients welcome.').kind).toBe('clinical-massage');
  });

  it('not massage a patient says they tried before', () => {
    const d = clinic('Bloom Chiropractic', "I've tried everything: massage, chiro, rest, painkillers, and it keeps coming back. Dr. Kim finds the real driver with joint manipulation. New patients welcome.");
    expect(d).toMatchObject({ kind: 'none', reason: 'not-a-provider' });
  });
});

describe('one mark of a business is enough where massage is described, a phone and an address are not (thirteenth session)', () => {
  const page = (text: string, extra: object) =>
    classify(snapshotWith({ url: 'https://example.org/therapeutic', title: 'Therapeutic massage for back pain in Springfield', headings: [], text, ...extra }));
  const text = 'Therapeutic massage for low back pain and sciatica.';

  it('gives a verdict to a page whose only mark of a business is its own offer', () => {
    expect(page(`We offer t${text.slice(1)}`, {}).kind).not.toBe('none');
  });

  it('gives none to a page with only a phone number and an address, as a directory or a network has', () => {
    expect(page(text, { chromeText: 'Home · About · 14 Oak St, Springfield, IL 62701', phoneLinks: ['+12175550142'] })).toMatchObject({ kind: 'none', reason: 'not-a-provider' });
  });

  it('types a newspaper feature by the date in its address, with the month as a word', () => {
    const article = new RegExp(pageTypeRules.find((r) => r.id === 'article')!.path, 'i');
    expect(article.test(pathWords('https://www.newspaper.example/lifeandstyle/2002/nov/02/shopping2'))).toBe(true);
    expect(article.test(pathWords('https://www.newspaper.example/2019/03/spa-day'))).toBe(true);
    expect(article.test(pathWords('https://bloomchiro.example/novena-clinic'))).toBe(false);
  });
});

describe('a spa by its own address that describes clinical massage (thirteenth session)', () => {
  const text =
    'Our remedial massage treats sports injuries, chronic low back pain and sciatica. Each treatment starts with an assessment of your posture and range of motion, and we send a treatment plan to your physiotherapist. We offer 60 minute sessions; health fund rebates available.';
  const at = (url: string) => classify(snapshotWith({ url, title: 'Remedial massage', headings: ['Remedial massage'], text }));

  it('offers both kinds', () => {
    expect(at('https://www.amaidayspa.example/remedial-massage').kind).toBe('mixed-massage');
  });

  it('a clinic whose address only sounds calm stays clinical', () => {
    expect(at('https://www.zenphysio.example/remedial-massage').kind).toBe('clinical-massage');
    expect(at('https://www.amaibodywork.example/remedial-massage').kind).toBe('clinical-massage');
  });
});

describe('a practice page that cites studies (thirteenth session)', () => {
  const page = (url: string) =>
    classify(
      snapshotWith({
        url,
        title: 'Massage Therapy | Murphy Family Chiropractic and Wellness Center',
        headings: ['Massage Therapy'],
        text:
          'Massage therapy relieves muscle tension, improves range of motion and eases low back pain after an injury. Studies show that massage reduces pain in the weeks after a sprain. Each visit starts with an assessment, and your treatment plan is shared with your chiropractor. ' +
          'Sessions last 30 or 60 minutes.',
      }),
    );

  it('is still the practice’s own page, where it is no article', () => {
    expect(page('https://murphychiro.example/massage-therapy').kind).toBe('clinical-massage');
  });

  it('but an article on the same site is judged as one', () => {
    expect(page('https://murphychiro.example/blog/massage-therapy').kind).toBe('none');
  });
});

describe("a chiropractor's own massage page that says little (thirteenth session)", () => {
  const page = (url: string, title: string) =>
    classify(
      snapshotWith({
        url,
        title,
        headings: ['Massage'],
        text: 'Book online: choose 30, 60 or 90 minutes, then a time. Please give 24 hours notice to cancel. Gentle stretching to increase range of motion is part of every session.',
        chromeText: 'Home · About · Massage · Contact · Book now · 12 King St W, Kitchener ON N2G 1A1',
      }),
    );

  it('is no relaxation studio’s, though one clinical phrase is all it says', () => {
    expect(page('https://clearchoice.example/massage', 'Massage | Clear Choice Chiropractic')).toMatchObject({ kind: 'clinical-massage', strength: 'weak' });
  });

  it('while the same page of a studio still reads as a studio’s', () => {
    expect(page('https://clearchoice.example/massage', 'Massage | Clear Choice Bodywork').kind).toBe('recreational-massage');
  });
});

describe("a clinical page on a site whose menu offers relaxation too (thirteenth session)", () => {
  const text =
    'Our registered massage therapists treat sports injuries, chronic low back pain and sciatica. Each treatment starts with an assessment of your posture and range of motion, and we direct bill most extended health plans.';
  const page = (menu: string) =>
    classify(
      snapshotWith({
        url: 'https://islandwellness.example/massage',
        title: 'Massage | Island Wellness',
        headings: ['Massage therapy'],
        text,
        chromeText: `Home · ${menu} · Prices · Book online · 12 King St W, Toronto ON M5H 1A1`,
      }),
    );

  it('offers both kinds where the menu names a relaxation service', () => {
    expect(page('Therapeutic Massage · Hot Stone Massage').kind).toBe('mixed-massage');
  });

  it('stays clinical where the menu names Swedish massage, the technique registered therapists are trained in', () => {
    expect(page('Therapeutic Massage · Swedish Massage').kind).toBe('clinical-massage');
  });

  it("but not on a directory, whose links name other businesses", () => {
    const listing = classify(
      snapshotWith({
        url: 'https://www.massagebook.com/directory/harbor-clinical-massage',
        title: 'Harbor Clinical Massage | MassageBook',
        headings: ['Harbor Clinical Massage'],
        text,
        chromeText: 'MassageBook · Next listing: Tidewater Day Spa',
      }),
    );
    expect(listing.kind).toBe('clinical-massage');
  });
});

describe("a law firm's page on massage after an accident (thirteenth session)", () => {
  it('reads a law firm from its address, and not from names that only hold the letters', () => {
    for (const cue of lawFirmHostCues) {
      for (const host of cue.examples) expect(readHost(`https://${host}.com/`).lawFirm?.id, host).toBe(cue.id);
      for (const host of cue.nearMisses) expect(readHost(`https://${host}.com/`).lawFirm, host).toBeUndefined();
    }
  });

  it('gives it no provider verdict, though it describes clinical massage at length', () => {
    const text =
      'After a car accident your family physician may refer you for massage therapy to treat soft tissue injuries, whiplash and low back pain. ' +
      'Treatment reduces muscle pain and swelling and restores range of motion, and your insurer covers a set number of treatments. Book an appointment online today.';
    const at = (url: string) => classify(snapshotWith({ url, title: 'Massage therapy after a car accident', headings: ['Massage therapy after a car accident'], text }));
    expect(at('https://www.conwaylawfirm.example/personal-injury/massage-therapy')).toMatchObject({ kind: 'none', reason: 'not-a-provider' });
    expect(at('https://www.conwayhealth.example/massage-therapy').kind).toBe('clinical-massage');
  });
});
