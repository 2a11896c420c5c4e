import Papa from 'papaparse';
import type { ProviderRecord } from './schema';

export const CSV_COLUMNS = [
  'name',
  'url',
  'phone',
  'street',
  'city',
  'state',
  'kind',
  'evidence',
  'status',
  'tags',
  'credentials',
  'notes',
  'updatedAt',
] as const;

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return before one) as
 * a formula; a leading apostrophe makes it plain text. Applied to every cell.
 *
 * A spreadsheet that splits on another separator than the comma (`;` in many locales, tab, `|`)
 * or ignores the quoting starts a new cell after each one: `555;=cmd|' /C calc'!A0` from a page's
 * telephone field would hold a formula in its second cell. So a formula character right after any
 * separator a spreadsheet may use (spaces allowed between) gets its apostrophe too.
 */
export function neutraliseCell(cell: string): string {
  const inner = cell.replace(AFTER_A_SEPARATOR, "$1'$2");
  return /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
}

const AFTER_A_SEPARATOR = /([,;\t|\r\n][ ]*)([=+\-@])/g;

/**
 * The shortlist as CSV (RFC 4180 quoting by papaparse), safe to open in a spreadsheet. How much the
 * page showed is written in words (`strengthLabel`, e.g. "Strong evidence"), never as a number.
 */
export function providersToCsv(providers: readonly ProviderRecord[], strengthLabel: (provider: ProviderRecord) => string): string {
  const rows = providers.map((p) =>
    [
      p.name,
      p.url,
      p.phone ?? '',
      p.address?.street ?? '',
      p.address?.locality ?? '',
      p.state ?? p.address?.region ?? '',
      p.kind,
      strengthLabel(p),
      p.status,
      p.tags.join('; '),
      p.credentials.map((c) => c.text).join('; '),
      p.notes,
      p.updatedAt,
    ].map(neutraliseCell),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: false });
}
