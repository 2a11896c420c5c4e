// Small text helpers the note templates render with.

export const lines = (...parts: (string | false | undefined | null)[]) =>
  parts.filter((p): p is string => typeof p === 'string').join('\n');

export const bullet = (items: readonly string[], mark = '-') => items.map((i) => `  ${mark} ${i}`).join('\n');

/** "1234.5" or "1234.50" as cents, for totals without floating-point drift. */
export const toCents = (money: string) => {
  const [whole = '0', frac = ''] = money.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
};

export const formatCents = (cents: number) => {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
};

export const formatMoney = (money: string) => formatCents(toCents(money));

export const unitsText = (units: number) => `${units} ${units === 1 ? 'unit' : 'units'}`;

export const textBlock = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export const signatureBlock = (name: string) => lines('', 'Signature: ______________________________   Date: ______________', name);
