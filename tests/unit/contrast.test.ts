import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG 2 contrast of the main buttons' text on their fill, in the light and the dark theme, read
// from the stylesheet itself: the rule's colours resolved through the theme's custom properties.
const css = readFileSync(path.resolve(import.meta.dirname, '../../components/shared/styles.css'), 'utf8');

function customProperties(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const lightBlock = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
const darkBlock = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const themes = {
  light: customProperties(lightBlock),
  dark: { ...customProperties(lightBlock), ...customProperties(darkBlock) },
};

function declaration(selector: string, property: 'background' | 'color'): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The last rule for the selector that sets the property wins, as in the cascade.
  const rules = [...css.matchAll(new RegExp(`^${escaped}\\s*\\{([^}]*)\\}`, 'gm'))].map((m) => m[1]!);
  const value = rules.map((rule) => new RegExp(`(?:^|;)\\s*${property}:\\s*([^;]+)`).exec(rule)?.[1]).filter(Boolean).at(-1);
  if (!value) throw new Error(`${selector} has no ${property}`);
  return value.trim();
}

function resolve(value: string, vars: Record<string, string>): string {
  const v = /^var\((--[a-z-]+)\)$/.exec(value);
  return v ? resolve(vars[v[1]!] ?? '', vars) : value;
}

function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast of the main buttons', () => {
  it('computes WCAG contrast the known way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#8ab4ff')).toBeLessThan(4.5);
  });

  for (const [theme, vars] of Object.entries(themes)) {
    it.each(['button', 'button.primary', 'button.danger'])(`${theme}: %s text on its fill is at least 4.5:1`, (selector) => {
      const fill = resolve(declaration(selector, 'background'), vars);
      const text = resolve(declaration(selector, 'color'), vars);
      expect(contrast(fill, text), `${fill} / ${text}`).toBeGreaterThanOrEqual(4.5);
    });
    it.each(['--fg', '--muted', '--clinical', '--recreational', '--unverified'])(`${theme}: %s text on the page and on a card is at least 4.5:1`, (name) => {
      for (const ground of ['--bg', '--card']) expect(contrast(resolve(`var(${name})`, vars), vars[ground]!), ground).toBeGreaterThanOrEqual(4.5);
    });
    it(`${theme}: links and link buttons on the page and on a card are at least 4.5:1`, () => {
      for (const ground of ['--bg', '--card']) expect(contrast(resolve('var(--focus)', vars), vars[ground]!), ground).toBeGreaterThanOrEqual(4.5);
    });
  }
});
