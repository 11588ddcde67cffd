/**
 * Turns a raw scenario or campaign (parsed JSON) into a checked one, or into every problem found, each as
 * `file: path.to.field: message`: a misspelt field is named with the nearest field the schema knows there.
 * Shared by the CLI and the game's error screen; reading text and bytes is parseText.ts. Imports zod, the
 * schema and an edit-distance function.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { CampaignBase, CampaignSchema, type Campaign } from './campaign';
import { ScenarioBase, ScenarioSchema, type Scenario } from './schema';

export interface Problem {
  path: string; // 'delegations.3.lean.wo' ('(root)' for the whole file)
  message: string;
}

export type Parsed = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };
export type ParsedCampaign = { ok: true; campaign: Campaign } | { ok: false; problems: Problem[] };

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
}

/** How each kind of value is called in messages for authors. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { "name": value, … }',
  tuple: 'a list [ … ]',
  null: 'null',
};

/** Plainer words than zod's defaults for the commonest mistakes: a field left out, a value of the wrong kind. */
const plainErrors = {
  error: (issue: z.core.$ZodRawIssue) => {
    if (issue.code !== 'invalid_type') return undefined;
    const expected = KINDS[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `missing: this field is required (${expected})`;
    const got = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input === 'object' ? 'an object' : typeof issue.input === 'string' ? 'text' : typeof issue.input;
    return `expected ${expected}, found ${got}`;
  },
};

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; items?: z.ZodType[]; getter?: () => z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Through optional, nullable, default, lazy and pipe to the schema that holds the value. */
function unwrap(s: z.ZodType): z.ZodType {
  for (let d = defOf(s); ; d = defOf(s)) {
    const next = d.innerType ?? d.in ?? d.getter?.();
    if (!next || !['optional', 'nullable', 'default', 'prefault', 'lazy', 'pipe', 'catch', 'readonly'].includes(d.type)) return s;
    s = next;
  }
}

/** The field names the schema knows for the object at `path`, or null where it is not one object. */
export function fieldsAt(path: readonly PropertyKey[], schema: z.ZodType = ScenarioBase): string[] | null {
  const candidates = (s: z.ZodType): z.ZodType[] => {
    const d = defOf(unwrap(s));
    return d.type === 'union' ? (d.options ?? []).flatMap(candidates) : [unwrap(s)];
  };
  let current = candidates(schema);
  for (const seg of path) {
    current = current.flatMap((s) => {
      const d = defOf(s);
      const next = d.type === 'object' ? (Object.hasOwn(d.shape!, String(seg)) ? d.shape![String(seg)] : undefined) : d.type === 'array' ? d.element : d.type === 'record' ? d.valueType : d.type === 'tuple' ? d.items?.[Number(seg)] : undefined;
      return next ? candidates(next) : [];
    });
  }
  const names = current.filter((s) => defOf(s).type === 'object').flatMap((s) => Object.keys(defOf(s).shape!));
  return names.length ? [...new Set(names)] : null;
}

/** An edit close enough to be a slip of the keyboard. */
function near(key: string, known: readonly string[]): string | null {
  if (!known.length) return null;
  const best = closest(key, known as string[]);
  return distance(key.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

/**
 * zod's issues in the authors' words. A field the schema does not know is named with the nearest one it
 * does; when that nearest one is reported missing at the same place, the two become one message.
 */
function problemsOf(issues: readonly z.core.$ZodIssue[], base: z.ZodType = ScenarioBase): Problem[] {
  const problems: Problem[] = [];
  const merged = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldsAt(issue.path, base) ?? [];
    for (const key of issue.keys) {
      const guess = near(key, known.filter((k) => !issue.keys.includes(k)));
      const here = [...issue.path.map(String), key].join('.');
      const missing = guess && issues.some((i) => i.code === 'invalid_type' && i.input === undefined && pathOf(i) === [...issue.path.map(String), guess].join('.'));
      if (guess && missing) merged.add([...issue.path.map(String), guess].join('.'));
      const hint = guess ? `: did you mean "${guess}"?` : known.length ? ` (the fields here are: ${known.join(', ')})` : '';
      problems.push({ path: here, message: `unknown field "${key}"${hint}` });
    }
  }
  const rest = issues.filter((i) => i.code !== 'unrecognized_keys' && !merged.has(pathOf(i))).map((i) => ({ path: pathOf(i), message: i.message }));
  return [...rest, ...problems];
}

export function parseScenario(raw: unknown): Parsed {
  const result = ScenarioSchema.safeParse(raw, plainErrors);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: problemsOf(result.error.issues) };
}

export function parseCampaign(raw: unknown): ParsedCampaign {
  const result = CampaignSchema.safeParse(raw, plainErrors);
  if (result.success) return { ok: true, campaign: result.data };
  return { ok: false, problems: problemsOf(result.error.issues, CampaignBase) };
}

export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`);
}
