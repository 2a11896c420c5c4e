import type { z } from 'zod';

/** Keys that could reach an object's prototype when copied: refused anywhere in stored data. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Our deepest real nesting is about 5 levels; anything far deeper is not ours. */
const MAX_DEPTH = 32;
/** How many problems we list before summarising the rest. */
const MAX_PROBLEMS = 50;

type Path = readonly PropertyKey[];

/** `providers[3].checklist.focus.note`; odd keys are quoted and clipped. */
function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const text = String(key);
      if (/^[A-Za-z_$][\w$-]{0,59}$/.test(text)) out += out ? `.${text}` : text;
      else out += `[${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}]`;
    }
  }
  return out;
}

function at(path: string, message: string): string {
  return path ? `${path}: ${message}` : `top level: ${message}`;
}

/** Plain words for what a value is. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  // JSON's 1e309 reads as Infinity: "should be a number, not a number" would say nothing.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : 'a number too large to store';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

const FORMATS: Record<string, string> = {
  date: 'not a valid date (use YYYY-MM-DD)',
  datetime: 'not a valid date and time (use ISO 8601, e.g. 2024-05-01T12:00:00.000Z)',
  uuid: 'not a valid id (expected a UUID)',
  guid: 'not a valid id (expected a UUID)',
};

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'missing';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long (max ${issue.maximum})`;
      if (issue.origin === 'array') return `too many items (max ${issue.maximum})`;
      if (issue.origin === 'number') return `must be at most ${issue.maximum}`;
      return issue.message;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `too short (min ${issue.minimum})`;
      if (issue.origin === 'array') return `too few items (min ${issue.minimum})`;
      if (issue.origin === 'number') return `must be at least ${issue.minimum}`;
      return issue.message;
    case 'invalid_format':
      if (issue.format === 'regex') return issue.message.startsWith('Invalid') ? 'not in the expected form' : issue.message;
      return FORMATS[issue.format] ?? `not a valid ${issue.format}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      return options.length === 1 ? `must be ${options[0]}` : `must be one of ${options.join(', ')}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map((k) => JSON.stringify(k.length > 60 ? `${k.slice(0, 60)}…` : k));
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys.join(', ')}${more}`;
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      return inner ? `invalid key (${describeIssue(inner, issue.path.at(-1))})` : 'invalid key';
    }
    default:
      return issue.message;
  }
}

/** Readable problems with paths, e.g. `providers[3].name: too long (max 300)`. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => at(formatPath(issue.path), describeIssue(issue, valueAt(input, issue.path))));
  if (issues.length > MAX_PROBLEMS) problems.push(`…and ${issues.length - MAX_PROBLEMS} more problems`);
  return problems;
}

/**
 * Walks a parsed value without recursion and reports keys that could pollute prototypes
 * (`__proto__`, `constructor`, `prototype`) and nesting deeper than MAX_DEPTH. Run before
 * zod: zod copies record keys into fresh objects, where `__proto__` would set the prototype.
 * Each object is visited once, so shared references and cycles (possible only when called
 * with a live object, never from JSON) cost no more than a tree.
 */
export function findUnsafeShapes(root: unknown, maxProblems = 10): string[] {
  const problems: string[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: PropertyKey[]; depth: number }[] = [{ value: root, path: [], depth: 0 }];
  while (stack.length > 0 && problems.length < maxProblems) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (depth >= MAX_DEPTH) {
      problems.push(at(formatPath(path), `nested too deeply (max depth ${MAX_DEPTH})`));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, i], depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(at(formatPath(path), `the key ${JSON.stringify(key)} is not allowed`));
        continue;
      }
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, key], depth: depth + 1 });
    }
  }
  return problems;
}
