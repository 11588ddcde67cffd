/**
 * Reading back what the game keeps as text (a campaign's progress, a class session): the JSON, the format
 * its first field names, and its shape, each problem named with its path (at most eight). Pure.
 */
import type { z } from 'zod';

export type Read<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** `text` read as JSON in the `format` that `schema` checks; `what` names it in words ("a saved campaign"). */
export function readKept<S extends z.ZodType>(text: string, format: string, what: string, schema: S): Read<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`it is not readable JSON: ${(error as Error).message}`] };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== format) return { ok: false, problems: [`it is not ${what}: ${what} says "format": "${format}" at its start`] };
  const shape = schema.safeParse(raw);
  if (!shape.success) return { ok: false, problems: shape.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  return { ok: true, data: shape.data };
}
