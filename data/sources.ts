import type { Source } from './schemas';

// The sources named in shared/FACTS.md that many entries share. `checkedOn` is the day the fact
// was last checked against that brief; refresh it when the fact is re-checked at its source.
const checkedOn = '2026-11-26';

export const sources = {
  remedialMassageExtras: {
    title: 'Which health insurers cover remedial massage?',
    publisher: 'Canstar (canstar.com.au)',
    url: 'https://www.canstar.com.au/health-insurance/massage-cover/',
    tier: 'tertiary',
    checkedOn: '2026-12-02',
  },
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
    title: 'Superbill guides (mysuperbills.com, superbilled.com) and CMS-1500 claim form item definitions',
    publisher: 'National Uniform Claim Committee (CMS-1500 form); superbill service help pages',
    url: 'https://www.nucc.org/',
    tier: 'secondary',
    checkedOn: '2026-12-01',
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
    title: 'Terms used in both clinical and spa settings: medical vs. relaxation massage comparison; IRC §213(d) definition of medical care',
    publisher: 'medical-massage.net; Internal Revenue Service',
    tier: 'secondary',
    checkedOn: '2026-12-01',
  },
  licenseInAds: {
    title: 'License-number-in-advertising statutes: A.R.S. 32-4260, La. R.S. 37:3564, C.G.S. 20-206g(c)',
    tier: 'primary',
    checkedOn,
  },
  insurerHosts: {
    title: 'Insurers\u2019 own benefit summaries and sign-in pages naming their public and member-portal host names',
    publisher: 'Each insurer (e.g. UnitedHealthcare benefit summary naming myuhc.com)',
    tier: 'primary',
    checkedOn: '2026-12-01',
  },
  // State regulation (data/states.ts).
  abmpRaisingHours: {
    title: 'ABMP, "Raising Hours and Saving Student Aid" (2024): state minimum-hour changes',
    tier: 'secondary',
    checkedOn,
  },
  nyMassageLicense: {
    title: 'NY Education Law \u00a77804 and NYSED Office of the Professions (Part 78: 1,000 hours); ABMP New York page',
    url: 'https://www.op.nysed.gov/',
    tier: 'primary',
    checkedOn,
  },
  neMassageEducation: {
    title: 'Neb. Rev. Stat. 38-1703 (massage therapy education: 1,000 hours)',
    url: 'https://nebraskalegislature.gov/laws/statutes.php?statute=38-1703',
    tier: 'primary',
    checkedOn,
  },
  okMassageAct: {
    title: 'Oklahoma Massage Therapy Practice Act, 59 O.S. \u00a74200.1 et seq. (SB 687; education in \u00a74200.5)',
    tier: 'primary',
    checkedOn,
  },
  iowaHours2017: {
    title: 'Nebraska Sen. Erdman newsletter (2017) citing Iowa\u2019s 600-hour minimum',
    tier: 'secondary',
    checkedOn,
  },
  akLicensing: {
    title: 'ABMP on Alaska\u2019s massage therapist licensing law (HB 328, 2015)',
    tier: 'secondary',
    checkedOn,
  },
  wyLicensingBills: {
    title: 'keepinglawsimple.org: status of Wyoming massage licensing bill SF0091 (2022)',
    tier: 'secondary',
    checkedOn,
  },
  vtRegistration: {
    title: 'Vermont 26 V.S.A. chapter 105 (massage registration, \u00a75402, \u00a75411); ABMP Vermont updates',
    url: 'https://legislature.vermont.gov/statutes/chapter/26/105',
    tier: 'primary',
    checkedOn,
  },
  alLicenseInAds: {
    title: 'Alabama massage therapy statute on license numbers in advertising (quoted by massageschoolnotes.com)',
    tier: 'primary',
    checkedOn,
  },
  ncLicenseInAds: {
    title: 'Secondary summary of North Carolina\u2019s rule on license numbers in advertising (no section captured)',
    tier: 'secondary',
    checkedOn,
  },
  waEveryCategory: {
    title: 'Washington Insurance Commissioner on the every-category-of-provider law (RCW 48.43.045; WAC 284-170-270)',
    url: 'https://app.leg.wa.gov/rcw/default.aspx?cite=48.43.045',
    tier: 'primary',
    checkedOn,
  },
  waPipMassage: {
    title: 'larryswanson.com on Washington PIP and massage (self-described as partly outdated)',
    tier: 'tertiary',
    checkedOn,
  },
  flPipMassage: {
    title: 'Florida HB 119 (Ch. 2012-197): massage removed from PIP from Jan 1, 2013 (ABMP; Massage Today)',
    tier: 'secondary',
    checkedOn,
  },
  flMassageBoard: {
    title: 'Florida Board of Massage Therapy FAQ (license prefixes MA and MM)',
    url: 'https://floridasmassagetherapy.gov/',
    tier: 'primary',
    checkedOn,
  },
  massageCompact: {
    title: 'Interstate Massage Compact (IMpact) news post listing enacted states (post date not captured)',
    url: 'https://massagecompact.org/',
    tier: 'primary',
    checkedOn,
  },
  dcLicense: {
    title: 'District of Columbia Board of Massage Therapy: massage therapist licensing',
    publisher: 'DC Health (District of Columbia Department of Health)',
    url: 'https://dchealth.dc.gov/',
    tier: 'secondary',
    checkedOn: '2026-12-01',
  },
  // Questions (data/questions.ts) and note templates (data/templates/).
  credentialExams: {
    title: 'FSMTB MBLEx FAQ (entry-level licensing exam) and NCBTMB Board Certification requirements',
    url: 'https://www.fsmtb.org/',
    tier: 'primary',
    checkedOn,
  },
  scopeNoDiagnosis: {
    title: 'Massage practice acts excluding diagnosis: RCW 18.108.010, 26 V.S.A. \u00a75401, NMSA 61-12C-3',
    tier: 'primary',
    checkedOn,
  },
  referralRequirements: {
    title: 'Referral rules for covered massage: WAC 296-23-250 (WA L&I) and Kaiser Permanente Washington',
    url: 'https://wa.kaiserpermanente.org/',
    tier: 'primary',
    checkedOn,
  },
  timedUnits: {
    title: 'Timed 15-minute units: Medicare 8-minute rule (Pub. 100-04 ch. 5, via KMC University; BCBS Nebraska RP-I-003) vs. per-code counting (Clinicient)',
    tier: 'secondary',
    checkedOn,
  },
  irsMedicalExpenses: {
    title: 'IRC \u00a7213(d) medical care and the IRS March 2024 warning on wellness doctors\u2019 notes (ABA Banking Journal; Wagner Law Group)',
    tier: 'secondary',
    checkedOn,
  },
  letterOfMedicalNecessity: {
    title: 'Letter of medical necessity contents (holisticbodyharmony.com; accountinginsights.org)',
    tier: 'tertiary',
    checkedOn,
  },
  uhcPolicy: {
    title: 'UnitedHealthcare West benefit interpretation policy BIP029.L (Dec 2023) and a UHC plan document',
    tier: 'primary',
    checkedOn,
  },
  rcbpAetnaMedicare: {
    title: 'Aetna Medicare PPO (Rural Carrier Benefit Plan) massage benefit via ASH (rcbphealth.com)',
    url: 'https://www.rcbphealth.com/',
    tier: 'primary',
    checkedOn,
  },
  vitalSavingsTerms: {
    title: 'Vital Savings by Aetna terms (Careington): a discount program, not insurance',
    tier: 'primary',
    checkedOn,
  },
  cignaPolicy0086: {
    title: 'Cigna Medical Coverage Policy 0086, Complementary and Alternative Medicine',
    tier: 'primary',
    checkedOn,
  },
  kaiserWa: {
    title: 'Kaiser Permanente Washington: massage therapy referral and Complementary Choices',
    url: 'https://wa.kaiserpermanente.org/',
    tier: 'primary',
    checkedOn,
  },
  kaiserNwEoc: {
    title: 'Kaiser Permanente Northwest 2024 evidence of coverage (massage via The CHP Group)',
    tier: 'primary',
    checkedOn,
  },
  healthNetOregon: {
    title: 'Health Net Oregon: ASH-administered complementary care incl. therapeutic massage',
    tier: 'primary',
    checkedOn,
  },
  bcbsIlGuide: {
    title: 'BCBS Illinois member guide: the member-ID prefix identifies the home plan',
    tier: 'primary',
    checkedOn,
  },
  medicareCoverage: {
    title: 'Secondary summaries of Original Medicare and massage (medicareworld.com, caring.com)',
    tier: 'tertiary',
    checkedOn,
  },
  medicareAdvantageSupplemental: {
    title: 'Dorsey & Whitney on Medicare Advantage supplemental benefits; CMS 2020 Call Letter via AMTA',
    tier: 'secondary',
    checkedOn,
  },
  eightMinuteRule: {
    title: 'Medicare Claims Processing Manual ch. 5 (via KMC University); BCBS Nebraska RP-I-003; Clinicient',
    tier: 'secondary',
    checkedOn,
  },
  irsMedicalCare: {
    title: 'IRC §213(d) and the IRS March 2024 warning on wellness doctors\u2019 notes (ABA Banking Journal)',
    tier: 'secondary',
    checkedOn,
  },
  massageCannotDiagnose: {
    title: 'RCW 18.108.010; 26 V.S.A. §5401; NMSA 61-12C-3 (massage excludes diagnosis)',
    tier: 'primary',
    checkedOn,
  },
  // Coverage statements on plan pages (data/coverage-statements.ts).
  coverageWording: {
    title: 'Plan wording on massage: UnitedHealthcare West policy BIP029.L, Kaiser Permanente Washington and Northwest coverage pages, Aetna Medicare plans via American Specialty Health, Careington discount plan terms',
    publisher: 'UnitedHealthcare; Kaiser Permanente; Aetna / American Specialty Health; Careington',
    tier: 'secondary',
    checkedOn: '2026-12-01',
  },
  pipMassage: {
    title: 'Insurance Information Institute no-fault table; Florida HB 119 (2012) removing massage from PIP, via ABMP and Massage Today',
    tier: 'secondary',
    checkedOn,
  },
  cmtoInsuranceReceipts: {
    title: 'Year-End Reminder: Have You Used Your Insurance Benefits Yet?',
    publisher: 'College of Massage Therapists of Ontario',
    url: 'https://www.cmto.com/all-massage-matters/year-end-reminder-have-you-used-your-insurance-benefits-yet',
    tier: 'primary',
    checkedOn: '2026-12-03',
  },
} satisfies Record<string, Source>;
