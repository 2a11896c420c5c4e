import { credentialInfos, type CredentialInfo } from '@/data/credentials';
import { stateByCode } from '@/data/states';
import type { Detection, FoundCredential } from '@/lib/detect/schema';
import { isValidNpi } from '@/lib/detect/npi';
import { findPhrase, phraseRegExp } from '@/lib/detect/text';

// A number written right after a credential: "LMT #MA12345", "LMBT 14022", "CAMTC # 98765",
// "LMT, License No. 60123".
const NUMBER_AFTER = /^[\s,:]*(?:(?:lic(?:ense)?|cert(?:ificate)?)\.?\s*)?(?:no\.?|number|#)?\s*:?\s*#?\s*([A-Z]{0,4}-?\d{3,8})\b/i;
const NPI = /\bNPI(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*(\d{10})\b/gi;
const MAX_FOUND = 40;

const compiled = credentialInfos.map((info) => ({ info, re: phraseRegExp(info.pattern) }));

export function credentialInfo(type: string): CredentialInfo | undefined {
  return credentialInfos.find((c) => c.id === type);
}

/** Credentials a page claims, each once per distinct number, plus NPIs with their check digit. */
export function findCredentials(text: string): FoundCredential[] {
  const found: FoundCredential[] = [];
  const seen = new Set<string>();
  const add = (c: FoundCredential) => {
    const key = `${c.type}:${c.licenseNumber ?? ''}`;
    if (seen.has(key) || found.length >= MAX_FOUND) return;
    seen.add(key);
    found.push(c);
  };
  for (const { info, re } of compiled) {
    for (let m = findPhrase(re, text); m && found.length < MAX_FOUND; m = findPhrase(re, text, m.index + m[0].length)) {
      const after = info.takesNumber ? NUMBER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
      const licenseNumber = after?.[1]?.toUpperCase();
      add({
        type: info.id,
        text: (m[0] + (after ? after[0] : '')).trim(),
        ...(licenseNumber ? { licenseNumber } : {}),
      });
    }
  }
  NPI.lastIndex = 0;
  for (let m = NPI.exec(text); m && found.length < MAX_FOUND; m = NPI.exec(text)) {
    const npi = m[1]!;
    add({ type: 'npi', text: m[0].trim(), licenseNumber: npi, valid: isValidNpi(npi) });
  }
  // A bare credential mention is redundant once the same credential was seen with its number.
  return found.filter(
    (c) => c.licenseNumber || !found.some((o) => o.type === c.type && o.licenseNumber),
  );
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
