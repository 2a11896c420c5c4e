// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentRuntime } from '@/lib/extension/content-script';

const scope = globalThis as { browser?: unknown; chrome?: unknown };
const saved = { browser: scope.browser, chrome: scope.chrome };

afterEach(() => {
  scope.browser = saved.browser;
  scope.chrome = saved.chrome;
  document.body.replaceChildren();
});

/** What `window.browser` is in Chromium when a page has `<form name="browser"><input name="runtime">`. */
function clobberingForm(): HTMLFormElement {
  document.body.innerHTML = '<form name="browser"><input name="runtime"></form>';
  const form = document.querySelector('form')!;
  // happy-dom has no named-property access on forms and windows: give it what Chromium gives.
  Object.defineProperty(form, 'runtime', { value: form.querySelector('input'), configurable: true });
  return form;
}

describe('contentRuntime', () => {
  it("uses chrome's runtime when a page's named form stands in for `browser` (DOM clobbering)", () => {
    const sendMessage = vi.fn(async () => undefined);
    scope.browser = clobberingForm();
    scope.chrome = { runtime: { id: 'ext', sendMessage } };
    expect(contentRuntime()?.sendMessage).toBe(sendMessage);
  });

  it('never returns a DOM element, even when no real runtime is there', () => {
    scope.browser = clobberingForm();
    scope.chrome = undefined;
    expect(contentRuntime()).toBeUndefined();
  });

  it("falls back to `browser` when it has a real runtime and `chrome` has none", () => {
    const sendMessage = vi.fn(async () => undefined);
    scope.browser = { runtime: { id: 'ext', sendMessage } };
    scope.chrome = { runtime: { id: 'ext' } };
    expect(contentRuntime()?.sendMessage).toBe(sendMessage);
  });
});
