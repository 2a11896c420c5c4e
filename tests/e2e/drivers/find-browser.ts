import { existsSync } from 'node:fs';

const candidates = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
} as const;

/** The browser executable to test with, or a clear error saying how to provide one. */
export function findBrowser(name: keyof typeof candidates): string {
  const { env, paths, apt } = candidates[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist. Point ${env} at a ${name} executable.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No ${name} found for the browser suite (looked in ${paths.join(', ')}). ` +
      `Install one (Debian: apt-get install ${apt}) or set ${env} to its path.`,
  );
}
