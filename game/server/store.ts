/**
 * Where the class server keeps its classes while they run (issue 15), so that a server process that dies
 * and is started again resumes every class from its record and its students rejoin with the same code and
 * their tokens: one file per class in the server's folder, its match as a save file's text (saveFile.ts, with
 * its checks), written whole to a new file and renamed over the old, so a crash mid-write leaves the last one.
 * A class the teacher ends is deleted: nothing is kept beyond the class. Node only.
 */
import '../content/zodConfig';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Scenario } from '../content/schema';
import { contentHash } from '../match/hash';
import { encodeSave, openSave } from '../match/saveFile';
import { ClassCode } from './protocol';
import { ClassRoom, type Member } from './room';

const KEPT_FORMAT = 'tenth-congress-class-server';

const KeptSchema = z.strictObject({
  format: z.literal(KEPT_FORMAT),
  version: z.literal(1),
  code: ClassCode,
  secret: z.string().min(20).max(100),
  scenario: z.string().min(1).max(80),
  game: z.string().max(5_000_000),
  computer: z.record(z.string().max(80), z.enum(['easy', 'normal', 'hard', 'historical'])).default({}),
  members: z.array(z.strictObject({ id: z.string().max(64), token: z.string().max(64), as: z.enum(['student', 'projector']), name: z.string().max(40), seat: z.string().max(80).nullable(), role: z.string().max(80).nullable().optional() })).max(500),
});

export interface ClassStore {
  save(room: ClassRoom): void;
  remove(code: string): void;
  /** Every class kept, as rooms again; a file that cannot be read is named, not loaded. */
  load(scenarios: ReadonlyMap<string, Scenario>, newToken: () => string): { rooms: ClassRoom[]; problems: string[] };
}

export function classStore(dir: string): ClassStore {
  // the class's secret, its students' names and tokens: for this user's eyes only
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = (code: string) => join(dir, `${code}.json`);
  return {
    save(room) {
      const kept = { format: KEPT_FORMAT, version: 1, code: room.code, secret: room.secretForStore(), scenario: room.scenario.id, game: encodeSave(room.match), computer: Object.fromEntries(room.computerSeats()), members: room.roster() };
      const tmp = `${file(room.code)}.tmp`;
      writeFileSync(tmp, JSON.stringify(kept), { mode: 0o600 });
      renameSync(tmp, file(room.code));
    },
    remove(code) {
      rmSync(file(code), { force: true });
    },
    load(scenarios, newToken) {
      const rooms: ClassRoom[] = [];
      const problems: string[] = [];
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        let kept: z.infer<typeof KeptSchema>;
        try {
          const r = KeptSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
          if (!r.success) throw new Error(r.error.issues[0]?.message ?? 'not a kept class');
          kept = r.data;
        } catch (error) {
          problems.push(`${name}: ${(error as Error).message}`);
          continue;
        }
        if (name !== `${kept.code}.json`) {
          problems.push(`${name}: it holds the class ${kept.code}, whose file is ${kept.code}.json`);
          continue;
        }
        const sc = scenarios.get(kept.scenario);
        if (!sc) {
          problems.push(`${name}: this server has no scenario "${kept.scenario}"`);
          continue;
        }
        const opened = openSave(kept.game, sc, contentHash(sc));
        if (!opened.ok) {
          problems.push(`${name}: ${opened.problem.title}`);
          continue;
        }
        rooms.push(ClassRoom.restore(sc, kept.code, kept.secret, opened.match, newToken, kept.members as Member[], kept.computer));
      }
      return { rooms, problems };
    },
  };
}
