import { z } from 'zod';
import { exampleListSchema } from './examples';
import { sourceSchema } from './schemas';
import { sources as s } from './sources';

const credentialInfoSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Abbreviation or phrase as pages write it (matched case-insensitively, as a whole word). */
  pattern: z.string(),
  title: z.string(),
  /** One line for the patient: what it means and what it does not. */
  meaning: z.string(),
  /** Whether a license or certificate number commonly follows it. */
  takesNumber: z.boolean(),
  source: sourceSchema,
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});
export type CredentialInfo = z.infer<typeof credentialInfoSchema>;

const raw: CredentialInfo[] = [
  {
    id: 'lmt',
    pattern: 'LMT|licensed massage therapist',
    title: 'Licensed Massage Therapist',
    meaning: 'A state license; requirements (hours, exam, background check) vary by state. Check it with the state board.',
    takesNumber: true,
    source: s.fsmtbRegulation,
    examples: ['Dana Ruiz, LMT', 'LMT #MA12345'],
    nearMisses: ['an LMTX device'],
  },
  {
    id: 'lmbt',
    pattern: 'LMBT',
    title: 'Licensed Massage and Bodywork Therapist',
    meaning: 'The North Carolina license title; the NC board lists licensees and any discipline.',
    takesNumber: true,
    source: s.ncLicense,
    examples: ['Sam Lee, LMBT #14022'],
    nearMisses: ['LMBTQ'],
  },
  {
    id: 'lmp',
    pattern: 'LMP|licensed massage practitioner',
    title: 'Licensed Massage Practitioner (older Washington title)',
    meaning: 'Washington renamed this license "massage therapist" from 2017; the older title suggests an older page.',
    takesNumber: true,
    source: s.waMassageTitle,
    examples: ['Jo Park, LMP'],
    nearMisses: ['lamp'],
  },
  {
    id: 'camtc',
    pattern: 'CAMTC(?: certified)?|CMT|certified massage therapist',
    title: 'Certified Massage Therapist (California, CAMTC)',
    meaning: 'In California, voluntary state-recognised certification by CAMTC; elsewhere "CMT" may be only a school certificate. Ask which.',
    takesNumber: true,
    source: s.camtc,
    examples: ['CAMTC #98765', 'Ana Cruz, CMT'],
    nearMisses: ['cmts-west conference'],
  },
  {
    id: 'bctmb',
    pattern: 'BCTMB|board certified in therapeutic massage(?: and|&) bodywork',
    title: 'Board Certified in Therapeutic Massage & Bodywork',
    meaning: 'Voluntary NCBTMB certification above the license (750 hours, experience, exam); it does not replace a license.',
    takesNumber: false,
    source: s.ncbtmb,
    examples: ['LMT, BCTMB'],
    nearMisses: ['BCTM'],
  },
  {
    id: 'nctmb',
    pattern: 'NCTMB|NCTM|nationally certified in therapeutic massage',
    title: 'Nationally Certified (older NCBTMB credential)',
    meaning: 'Issued until 2012 and renewable to 2016; on a current page it is probably out of date. Ask what they hold now.',
    takesNumber: false,
    source: s.ncbtmb,
    examples: ['LMT, NCTMB'],
    nearMisses: ['NCTMX'],
  },
  {
    id: 'amma-diplomate',
    pattern: 'AMMA (?:board certified )?diplomate|board certified diplomate',
    title: 'AMMA Board Certified Diplomate',
    meaning: 'American Medical Massage Association exam for medical massage; the association cites 2,400 supervised hours.',
    takesNumber: false,
    source: s.amma,
    examples: ['AMMA Diplomate'],
    nearMisses: ['AMMA member'],
  },
  {
    id: 'clt-lana',
    pattern: 'CLT-LANA',
    title: 'Certified Lymphedema Therapist, LANA-certified',
    meaning: 'Lymphedema therapy training plus a national LANA exam.',
    takesNumber: false,
    source: s.lymphedemaTraining,
    examples: ['Rita Moss, LMT, CLT-LANA'],
    nearMisses: ['CLT LAN party'],
  },
  {
    id: 'clt',
    pattern: 'CLT(?!-LANA)|certified lymphedema therapist',
    title: 'Certified Lymphedema Therapist',
    meaning: 'Training in complete decongestive therapy (the NLN asks for at least 135 hours). Ask where and how long.',
    takesNumber: false,
    source: s.lymphedemaTraining,
    examples: ['LMT, CLT'],
    nearMisses: ['CLTV'],
  },
  {
    id: 'mld',
    pattern: 'MLD(?: certified)?',
    title: 'Manual Lymphatic Drainage training',
    meaning: 'A lymphatic technique; a course certificate, not a license. Ask about CLT training for lymphedema.',
    takesNumber: false,
    source: s.lymphedemaTraining,
    examples: ['MLD certified'],
    nearMisses: ['MLDX'],
  },
  {
    id: 'nmt',
    pattern: 'NMT|CNMT|certified neuromuscular therapist',
    title: 'Neuromuscular Therapist',
    meaning: 'Coursework in trigger point and neuromuscular methods; a private certificate, not a license.',
    takesNumber: false,
    source: s.neuromuscularTherapy,
    examples: ['LMT, NMT', 'CNMT'],
    nearMisses: ['NMTX'],
  },
  {
    id: 'rmt',
    pattern: 'RMT|registered massage therapist',
    title: 'Registered Massage Therapist (Canadian title)',
    meaning: 'A protected title in Canadian provinces such as Ontario; on a US page ask about the US state license.',
    takesNumber: true,
    source: s.cmtoTitle,
    examples: ['Leah Grant, RMT'],
    nearMisses: ['RMTS'],
  },
];

export const credentialInfos = raw.map((c) => credentialInfoSchema.parse(c));
