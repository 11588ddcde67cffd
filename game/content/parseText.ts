/**
 * Scenario files as they come: bytes (from a disk or a file the author picks in the browser) and text.
 * The file must fit the size limit and be UTF-8 (a byte-order mark is allowed, as browsers allow it); a
 * JSON syntax error is located by line and column (jsonc-parser, the parser of VS Code's JSON support).
 * Every failure is a problem with a path, never a throw. The browser loads this module only for an
 * author's own file.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LIMITS } from './limits';
import { parseCampaign, parseScenario, type Parsed, type ParsedCampaign, type Problem } from './parse';

const kb = (n: number) => `${Math.round(n / 1000).toLocaleString('en-GB')} KB`;

/** Line and column (both from 1) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where and why JSON text does not parse. */
function jsonProblem(text: string): Problem {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { path: '(root)', message: 'not valid JSON' };
  const { line, column } = lineColumn(text, first.offset);
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { path: '(root)', message: `not valid JSON: ${what} at line ${line}, column ${column}` };
}

type Read = { ok: true; raw: unknown } | { ok: false; problems: Problem[] };
const refuse = (message: string): Read => ({ ok: false, problems: [{ path: '(root)', message }] });

/** JSON text as a value (a leading byte-order mark is ignored); a syntax error is a problem with its line and column. */
function jsonOf(text: string, what: string): Read {
  const body = text.replace(/^\uFEFF/, '');
  if (body.length > LIMITS.fileBytes) return refuse(`the file is ${kb(body.length)}: ${what} may be at most ${kb(LIMITS.fileBytes)}`);
  try {
    return { ok: true, raw: JSON.parse(body) };
  } catch {
    return { ok: false, problems: [jsonProblem(body)] };
  }
}

/** A file's bytes decoded as UTF-8, saying where they are not, then read as JSON. */
function bytesOf(bytes: Uint8Array, what: string): Read {
  if (bytes.length > LIMITS.fileBytes) return refuse(`the file is ${kb(bytes.length)}: ${what} may be at most ${kb(LIMITS.fileBytes)}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const { line, column } = lineColumn(lenient, Math.max(0, at));
    return refuse(`the file is not UTF-8 text (first bad byte at line ${line}, column ${column}): save it as UTF-8`);
  }
  return jsonOf(text, what);
}

/** Parses JSON text (a leading byte-order mark is ignored); a syntax error is a problem with its line and column. */
export function parseScenarioText(text: string): Parsed {
  const read = jsonOf(text, 'a scenario');
  return read.ok ? parseScenario(read.raw) : read;
}

/** Decodes a file's bytes as UTF-8, saying where it is not, then parses it. */
export function parseScenarioBytes(bytes: Uint8Array): Parsed {
  const read = bytesOf(bytes, 'a scenario');
  return read.ok ? parseScenario(read.raw) : read;
}

/** A campaign file's bytes, checked on their own (checkChapters then checks them against the scenarios). */
export function parseCampaignBytes(bytes: Uint8Array): ParsedCampaign {
  const read = bytesOf(bytes, 'a campaign');
  return read.ok ? parseCampaign(read.raw) : read;
}

/** Whether a file's bytes look like a campaign (a top-level "chapters") rather than a scenario. */
export function isCampaign(bytes: Uint8Array): boolean {
  const read = bytesOf(bytes, 'a file');
  return read.ok && typeof read.raw === 'object' && read.raw !== null && !Array.isArray(read.raw) && Object.hasOwn(read.raw, 'chapters');
}
