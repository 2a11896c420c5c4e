// What a release asks of the browser, and whether CHANGELOG.md tells the user before it does.
// Pure: used by scripts/release.ts and by tests/build/permission-history.test.ts.

export const BROWSERS = ['chrome', 'firefox'] as const;
export type StoreBrowser = (typeof BROWSERS)[number];
const PERMISSION_KINDS = ['permissions', 'host_permissions', 'optional_host_permissions'] as const;
export type PermissionKind = (typeof PERMISSION_KINDS)[number];

export type PermissionSet = Record<PermissionKind, string[]>;
/** The file kept per release: store/permissions-<version>.json. */
export type PermissionRecord = { version: string } & Record<StoreBrowser, PermissionSet>;

export interface AddedPermission {
  browser: StoreBrowser;
  kind: PermissionKind;
  value: string;
}

/** The permission part of a built manifest, sorted so records diff cleanly. */
export function permissionsOf(manifest: Partial<Record<PermissionKind, string[]>>): PermissionSet {
  return Object.fromEntries(PERMISSION_KINDS.map((kind) => [kind, [...(manifest[kind] ?? [])].sort()])) as PermissionSet;
}

/** What `current` asks for that `previous` did not, per browser and kind. */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/;

/**
 * Whether an earlier match pattern already grants what `pattern` asks for: the same pattern, or one
 * with a wider scheme (`*://` covers `https://`) or host (`*.aetna.com` covers `*.health.aetna.com`)
 * and the same path. Narrowing a host permission asks the patient nothing.
 */
function coveredBy(pattern: string, earlier: string): boolean {
  if (pattern === earlier) return true;
  const [p, e] = [MATCH_PATTERN.exec(pattern), MATCH_PATTERN.exec(earlier)];
  if (!p || !e || p[4] !== e[4]) return false;
  const schemeCovered = e[1] === p[1] || (e[1] === '*' && (p[1] === 'http' || p[1] === 'https'));
  const hostCovered = p[3] === e[3] ? !p[2] || !!e[2] : !!e[2] && p[3]!.endsWith(`.${e[3]}`);
  return schemeCovered && hostCovered;
}

export function addedPermissions(previous: Record<StoreBrowser, PermissionSet>, current: Record<StoreBrowser, PermissionSet>): AddedPermission[] {
  return BROWSERS.flatMap((browser) =>
    PERMISSION_KINDS.flatMap((kind) => {
      const before = previous[browser][kind];
      const isNew = (value: string) => (kind === 'permissions' ? !before.includes(value) : !before.some((earlier) => coveredBy(value, earlier)));
      return current[browser][kind].filter(isNew).map((value) => ({ browser, kind, value }));
    }),
  );
}

/**
 * A CHANGELOG line announces an added permission when it names it in backticks and says what the
 * browser will ask ("asks", "will ask"). One line may cover both browsers.
 */
function announcingLine(changelog: string, value: string): string | undefined {
  return changelog.split('\n').find((line) => line.includes(`\`${value}\``) && /\bask(s|ed)?\b/i.test(line));
}

export function unannounced(changelog: string, added: AddedPermission[]): AddedPermission[] {
  return added.filter((item) => announcingLine(changelog, item.value) === undefined);
}

/** A line the maintainer can start from: what the prompts say, which the maintainer completes with why. */
export function suggestedLine(item: AddedPermission): string {
  const host = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(item.value)?.[1];
  const prompt = host
    ? `Chrome asks to "Read and change your data on ${host}" and Firefox to "Access your data for sites in the ${host} domain"`
    : `the browser asks you to allow \`${item.value}\``;
  const when = item.kind === 'optional_host_permissions' ? 'when you switch on the feature that needs it' : 'on update, and keeps the new version off until you accept';
  return `- Adds \`${item.value}\` (why: …); ${prompt} ${when}.`;
}

/** Versions as the stores read them: up to four dot-separated integers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const isStoreVersion = (version: string) => /^\d{1,9}(\.\d{1,9}){0,3}$/.test(version);

/** The newest kept record's version among file names like permissions-0.2.0.json. */
export function latestRecordedVersion(fileNames: string[]): string | undefined {
  return fileNames
    .map((name) => /^permissions-(\d+(?:\.\d+){0,3})\.json$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .sort(compareVersions)
    .at(-1);
}

/**
 * CHANGELOG.md with a new section for `version`: what was under "## Unreleased" (hand-written
 * notes, permission lines) moves into it, followed by the commit subjects since the last tag.
 */
export function changelogWithRelease(changelog: string, version: string, date: string, commitSubjects: string[]): string {
  const heading = '# Changelog\n';
  const body = changelog.startsWith(heading) ? changelog.slice(heading.length) : changelog;
  const unreleasedMatch = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(body);
  const unreleased = unreleasedMatch?.[1]?.trim() ?? '';
  const rest = (unreleasedMatch ? body.replace(unreleasedMatch[0], '') : body).trim();
  const commits = commitSubjects.length ? commitSubjects.map((s) => `- ${s}`).join('\n') : '- No commits since the last release.';
  const section = [`## ${version} — ${date}`, unreleased, '### Commits', commits].filter(Boolean).join('\n\n');
  return [heading.trim(), '## Unreleased', section, rest].filter(Boolean).join('\n\n') + '\n';
}
