/**
 * Whether a 10-digit NPI has a valid check digit: the Luhn formula over the nine leading digits
 * with the prefix 80840 that the NPI standard prescribes (its constant contribution is 24).
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let digit = Number(npi[8 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}
