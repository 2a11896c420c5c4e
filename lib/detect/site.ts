import { directories as directoriesWithAdapter } from '@/data/directories';
import {
  clinicalHostCues,
  directoriesWithoutAdapter,
  lawFirmHostCues,
  massageHostCues,
  notAServiceHostPattern,
  otherCareServices,
  spaHostCues,
  type Directory,
  type HostCue,
} from '@/data/site-cues';
import { massageTopicPattern } from '@/data/topic';

const coversHost = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The host without "www." and its top-level domain: the part a business names itself in. */
const hostWords = (host: string): string => host.replace(/^www\d?\./, '').replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/, '');

const directories: readonly Directory[] = [...directoriesWithAdapter, ...directoriesWithoutAdapter];

export const directoryForHost = (host: string): Directory | undefined =>
  directories.find((d) => d.domains.some((domain) => coversHost(domain, host)));

const matchingCue = (cues: readonly HostCue[], words: string) => cues.find((cue) => new RegExp(cue.pattern).test(words));

export interface HostReading {
  host: string;
  massage?: HostCue;
  spa?: HostCue;
  clinical?: HostCue;
  lawFirm?: HostCue;
}

export function readHost(url: string): HostReading {
  const host = hostOf(url);
  const words = hostWords(host);
  const givesService = !new RegExp(notAServiceHostPattern).test(words);
  return {
    host,
    massage: givesService ? matchingCue(massageHostCues, words) : undefined,
    spa: matchingCue(spaHostCues, words),
    clinical: matchingCue(clinicalHostCues, words),
    lawFirm: matchingCue(lawFirmHostCues, words),
  };
}

const countOf = (re: RegExp, text: string, max = 50) => {
  let n = 0;
  re.lastIndex = 0;
  while (n < max && re.exec(text)) n += 1;
  return n;
};
const careOf = (ids: (id: string) => boolean) =>
  new RegExp(`\\b(?:${otherCareServices.filter((c) => ids(c.id)).map((c) => c.pattern).join('|')})\\b`, 'gi');
const otherCare = careOf(() => true);
const aesthetics = careOf((id) => id === 'medical-aesthetics');
const healthCare = careOf((id) => id !== 'medical-aesthetics');
const massageWords = new RegExp(`\\b(?:${massageTopicPattern})\\b`, 'gi');

/**
 * Whether the business leads with other care (chiropractic, physical therapy, acupuncture, medical
 * aesthetics, pain medicine) and offers massage beside it. Its frame (title, headings, navigation)
 * weighs more than its body text, where a massage page of such a clinic talks mostly of massage.
 */
export function isMultiServiceClinic(frame: string, body: string, host: HostReading): boolean {
  if (host.massage || host.spa) return false;
  const frameOther = countOf(otherCare, frame);
  const frameMassage = countOf(massageWords, frame);
  const bodyOther = countOf(otherCare, body);
  const bodyMassage = countOf(massageWords, body);
  return frameOther * 2 + bodyOther >= 4 && frameOther * 2 + bodyOther > (frameMassage * 2 + bodyMassage) / 2;
}

/**
 * Whether a multi-service clinic's other care is health care (chiropractic, physical therapy,
 * acupuncture, pain medicine) more than medical aesthetics: a med spa's massage is a spa's.
 */
export function leadsWithHealthCare(frame: string, body: string): boolean {
  const text = `${frame} · ${body}`;
  return countOf(healthCare, text) > countOf(aesthetics, text);
}
