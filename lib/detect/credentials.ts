import { credentialInfos, type CredentialInfo } from '@/data/credentials';
import { stateByCode } from '@/data/states';
import type { Detection, FoundCredential } from '@/lib/detect/schema';
import { isValidNpi } from '@/lib/detect/npi';
import { findPhrase, phraseRegExp } from '@/lib/detect/text';
import { holderBefore } from './credential-holder';

// A number written right after a credential: "LMT #MA12345", "LMBT 14022", "CAMTC # 98765",
// "LMT, License No. 60123".
const NUMBER_AFTER = /^[\s,:]*(?:(?:lic(?:ense)?|cert(?:ificate)?)\.?\s*)?(?:no\.?|number|#)?\s*:?\s*#?\s*([A-Z]{0,4}-?\d{3,8})\b/i;
const NPI = /\bNPI(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*(\d{10})\b/gi;
const MAX_FOUND = 40;

const compiled = credentialInfos.map((info) => ({ info, re: phraseRegExp(info.pattern) }));

export function credentialInfo(type: string): CredentialInfo | undefined {
  return credentialInfos.find((c) => c.id === type);
}

const credentialPatterns = compiled.map((c) => c.re);

/**
 * Credentials a page claims, each once per holder and distinct number, plus NPIs with their check
 * digit. Each is tied to the person named right before it when there is one (`holder`); otherwise
 * it is the business's.
 */
export function findCredentials(text: string): FoundCredential[] {
  const found: FoundCredential[] = [];
  const seen = new Set<string>();
  const add = (c: Omit<FoundCredential, 'holder'>, index: number) => {
    const holder = holderBefore(text, index, credentialPatterns);
    const key = `${c.type}:${c.licenseNumber ?? ''}:${holder ?? ''}`;
    if (seen.has(key) || found.length >= MAX_FOUND) return;
    seen.add(key);
    found.push(holder ? { ...c, holder } : c);
  };
  for (const { info, re } of compiled) {
    for (let m = findPhrase(re, text); m && found.length < MAX_FOUND; m = findPhrase(re, text, m.index + m[0].length)) {
      const after = info.takesNumber ? NUMBER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
      const licenseNumber = after?.[1]?.toUpperCase();
      add(
        {
          type: info.id,
          text: (m[0] + (after ? after[0] : '')).trim(),
          ...(licenseNumber ? { licenseNumber } : {}),
        },
        m.index,
      );
    }
  }
  NPI.lastIndex = 0;
  for (let m = NPI.exec(text); m && found.length < MAX_FOUND; m = NPI.exec(text)) {
    const npi = m[1]!;
    add({ type: 'npi', text: m[0].trim(), licenseNumber: npi, valid: isValidNpi(npi) }, m.index);
  }
  return found.filter((c) => !isRedundant(c, found));
}

/**
 * A bare mention adds nothing once the same credential was seen with its number for the same
 * person, and a bare mention for nobody ("our licensed massage therapists") nothing once a named
 * person or a number carries it.
 */
function isRedundant(c: FoundCredential, found: readonly FoundCredential[]): boolean {
  if (c.licenseNumber) return false;
  return found.some((o) => o !== c && o.type === c.type && (c.holder ? o.holder === c.holder && o.licenseNumber : o.licenseNumber || o.holder));
}

/**
 * A neutral hint when the page's state requires the license number in advertising (FACTS §2.1)
 * and the page shows none: worth asking for, not proof of anything.
 */
export function licenseNumberHints(state: string | undefined, credentials: readonly FoundCredential[]): Detection['hints'] {
  const rule = state ? stateByCode(state) : undefined;
  if (!rule?.licenseNumberInAds?.required) return [];
  if (credentials.some((c) => c.type !== 'npi' && c.licenseNumber)) return [];
  return [
    {
      id: 'license-number-not-shown',
      text: `${rule.name} asks massage therapists to show their license number in ads, and we found none on this page. Ask for it, then look it up with the state board.`,
      sourceTitle: rule.licenseNumberInAds.source.title,
    },
  ];
}
