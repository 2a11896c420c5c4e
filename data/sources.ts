import type { Source } from './schemas';

// The sources named in shared/FACTS.md that many entries share. `checkedOn` is the day the fact
// was last checked against that brief; refresh it when the fact is re-checked at its source.
const checkedOn = '2026-11-26';

export const sources = {
  medicalMassageContrast: {
    title: 'medical-massage.net: medical vs. relaxation massage comparison table',
    tier: 'tertiary',
    checkedOn,
  },
  clinicalDocumentation: {
    title: 'letgopain.com and mblexguide.com on medical massage documentation (SOAP notes, plans)',
    tier: 'secondary',
    checkedOn,
  },
  waLniMassage: {
    title: 'Washington L&I massage therapy rules, WAC 296-23-250',
    url: 'https://app.leg.wa.gov/wac/default.aspx?cite=296-23-250',
    tier: 'primary',
    checkedOn,
  },
  cmsTherapeuticMassage: {
    title: 'CMS 2020 Call Letter on therapeutic massage in Medicare Advantage (quoted by AMTA Louisiana)',
    tier: 'secondary',
    checkedOn,
  },
  spaServices: {
    title: 'richobo.com on spa massage services (routines, facials, wraps, gifting)',
    tier: 'tertiary',
    checkedOn,
  },
  cptMassageCodes: {
    title: 'ChiroCode and ACA coding policy on CPT 97124 and 97140',
    tier: 'secondary',
    checkedOn,
  },
  superbillGuides: {
    title: 'Superbill guides and CMS-1500 item definitions (FACTS §3.4, §5.2)',
    tier: 'secondary',
    checkedOn,
  },
  injuryBilling: {
    title: 'Insurance Information Institute no-fault table; WA L&I workers\u2019 comp massage rules',
    url: 'https://lni.wa.gov/',
    tier: 'primary',
    checkedOn,
  },
  lymphedemaTraining: {
    title: 'NLN position on CLT training (135 hours) and LANA certification',
    tier: 'tertiary',
    checkedOn,
  },
  oncologyMassage: {
    title: 'Society for Oncology Massage (S4OM) position statement',
    url: 'https://www.s4om.org/',
    tier: 'primary',
    checkedOn,
  },
  neuromuscularTherapy: {
    title: 'NMT and orthopedic massage descriptions (medicalbodywork.com; omeri.com; massagemag.com)',
    tier: 'secondary',
    checkedOn,
  },
  assessment: {
    title: 'CMTO scope of practice (assessment) and AMMA diplomate curriculum',
    url: 'https://www.cmto.com/',
    tier: 'primary',
    checkedOn,
  },
  ncbtmb: {
    title: 'NCBTMB Board Certification requirements',
    url: 'https://www.ncbtmb.org/',
    tier: 'primary',
    checkedOn,
  },
  amma: {
    title: 'American Medical Massage Association diplomate examination',
    url: 'https://www.americanmedicalmassage.com/',
    tier: 'primary',
    checkedOn,
  },
  fsmtbRegulation: {
    title: 'FSMTB: massage therapy regulation by state',
    url: 'https://www.fsmtb.org/regulation/',
    tier: 'primary',
    checkedOn,
  },
  camtc: {
    title: 'California Massage Therapy Council FAQ',
    url: 'https://www.camtc.org/',
    tier: 'primary',
    checkedOn,
  },
  waMassageTitle: {
    title: 'Washington SHB 2425 (2016): "massage practitioner" renamed "massage therapist"',
    tier: 'primary',
    checkedOn,
  },
  ncLicense: {
    title: 'North Carolina G.S. 90-629 (LMBT license)',
    url: 'https://www.bmbt.org/',
    tier: 'primary',
    checkedOn,
  },
  cmtoTitle: {
    title: 'College of Massage Therapists of Ontario: protected RMT title',
    url: 'https://www.cmto.com/',
    tier: 'primary',
    checkedOn,
  },
  npiStandard: {
    title: 'CMS NPI standard (Luhn check digit with prefix 80840) and NPPES registry',
    url: 'https://npiregistry.cms.hhs.gov/',
    tier: 'primary',
    checkedOn,
  },
  ambiguousTerms: {
    title: 'FACTS §2.3: terms used in both clinical and spa settings (medical-massage.net; IRS §213(d))',
    tier: 'secondary',
    checkedOn,
  },
  licenseInAds: {
    title: 'License-number-in-advertising statutes: A.R.S. 32-4260, La. R.S. 37:3564, C.G.S. 20-206g(c)',
    tier: 'primary',
    checkedOn,
  },
  insurerHosts: {
    title: 'Insurer documents naming their public and member-portal host names (FACTS §4)',
    tier: 'primary',
    checkedOn,
  },
} satisfies Record<string, Source>;
