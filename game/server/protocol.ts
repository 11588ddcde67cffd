/**
 * What a device may say to the class server (issue 15), each message checked by zod before anything else
 * reads it, and refused whole when it is too large: a student joins a class by its code (a pseudonym by
 * default, the token it was given to come back to its seat), sends a command for its own seat; the projector
 * joins as a spectator; the teacher's console acts with the class's secret. Commands are the rules' own
 * (saveFile.ts's schema). Pure.
 */
import '../content/zodConfig';
import { z } from 'zod';
import { CommandSchema } from '../match/saveFile';
import { CODE_LENGTH, CODE_PATTERN } from './code';

/** No message a device sends is larger than this (a command is a few hundred bytes). */
export const MAX_MESSAGE_BYTES = 4_000;

export { CODE_ALPHABET, CODE_LENGTH } from './code';

export const ClassCode = z.string().regex(CODE_PATTERN, `a class code is ${CODE_LENGTH} letters and digits, as the projector shows it`);
const Token = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a token this server gave');

export const JoinSchema = z.strictObject({
  code: ClassCode,
  as: z.enum(['student', 'projector']),
  name: z.string().trim().min(1).max(40).optional(),
  token: Token.optional(), // given at the first join: coming back with it returns the same seat
});

export const CommandMessage = z.strictObject({ command: CommandSchema });

/** The teacher's console opens a class of one of the server's scenarios. */
export const CreateMessage = z.strictObject({ scenario: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/** The teacher's console follows its class (the public view, and the roster) with the class's secret. */
export const ConsoleMessage = z.strictObject({ code: ClassCode, secret: z.string().min(20).max(100) });

/** The teacher's console: the class's secret, and what it does. */
export const FacilitatorMessage = z.strictObject({
  code: ClassCode,
  secret: z.string().min(20).max(100),
  act: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('command'), command: CommandSchema }), // proceed: open the congress, take the vote…
    z.strictObject({ kind: z.literal('assign'), member: z.string().min(1).max(64), seat: z.string().min(1).max(80).nullable() }),
    z.strictObject({ kind: z.literal('rename'), member: z.string().min(1).max(64), name: z.string().trim().min(1).max(40) }),
    z.strictObject({ kind: z.literal('computer'), seat: z.string().min(1).max(80), level: z.enum(['easy', 'normal', 'hard', 'historical']).default('normal') }), // the computer takes the seat
    z.strictObject({ kind: z.literal('role'), member: z.string().min(1).max(64), role: z.string().min(1).max(80).nullable() }), // a classroom role (rolesOf): the chair, a delegation's head…
    z.strictObject({ kind: z.literal('record') }), // the match record, for the teacher to download
    z.strictObject({ kind: z.literal('end') }), // the class is over: the server forgets it
  ]),
});

export type Join = z.infer<typeof JoinSchema>;
export type FacilitatorAct = z.infer<typeof FacilitatorMessage>['act'];

/** A message read: its size first, then its shape; the problem in words for that device alone. */
export function readMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; value: T } | { ok: false; problem: string } {
  let size: number;
  try {
    size = typeof raw === 'string' ? raw.length : JSON.stringify(raw ?? null).length;
  } catch {
    return { ok: false, problem: 'the message is not data the server can read' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, problem: `the message is ${size} bytes; the most a device may send is ${MAX_MESSAGE_BYTES}` };
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, problem: 'the message is not readable JSON' };
    }
  }
  const r = schema.safeParse(value);
  if (!r.success) return { ok: false, problem: r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(the message)'}: ${i.message}`).join('; ') };
  return { ok: true, value: r.data };
}
