/**
 * Turns raw scenario text into a checked Scenario, or into every problem found, each as
 * `file: path.to.field: message`. Shared by the CLI and the game's error screen. Imports only zod and the schema.
 */
import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from './schema';

export interface Problem {
  path: string; // 'delegations.3.lean.wo' ('(root)' for the whole file)
  message: string;
}

export type Parsed = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

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

export function parseScenario(raw: unknown): Parsed {
  const result = ScenarioSchema.safeParse(raw, plainErrors);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => ({ path: pathOf(issue), message: issue.message })) };
}

/** Parses JSON text; a syntax error is reported as a problem too, never thrown. */
export function parseScenarioText(text: string): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseScenario(raw);
}

export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`);
}
