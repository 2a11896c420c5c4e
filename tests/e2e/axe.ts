import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageHandle } from './drivers/types';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * axe's source as an expression the driver evaluates in the page. The extension's CSP forbids
 * inline and eval'd scripts, but a driver's evaluate runs through the debugging protocol, which the
 * page's CSP does not govern. Both drivers take a string as an expression to evaluate (the type
 * says function, so it is cast; no argument may go with a string).
 */
const installAxe = `${axeSource}\n;typeof window.axe === 'object'` as unknown as () => boolean;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page (or on the elements `include` selects) and returns its violations,
 * short enough to read in a failed expectation. Passes on an empty list only.
 */
export async function axeViolations(page: PageHandle, include?: string): Promise<AxeViolation[]> {
  const installed = await page.evaluate(installAxe, undefined);
  if (!installed) throw new Error('axe-core did not install in the page');
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const context = selector ? { include: [...document.querySelectorAll(selector)].map((el) => el) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, include ?? null);
}
