/**
 * A fuzz test of the scenario format (issue 9): property-based mutations of both bundled scenarios, with a
 * fixed seed and a count that fits CI. Each mutant is either refused by validation with path-level
 * messages, or plays an all-AI game to its end within the limits; never a crash, never a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../game/content/parse';
import { playAllAi } from '../../game/match/headless';
import { SCENARIO_DIR, rawScenario } from '../support/scenario';

const bases = [rawScenario(), rawScenario(`${SCENARIO_DIR}1920-moscow-conference.json`)];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function paths(value: Json, at: Path = []): Path[] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function parentOf(root: Json, path: Path): { parent: any; key: string | number } {
  let parent: any = root;
  for (const seg of path.slice(0, -1)) parent = parent[seg];
  return { parent, key: path.at(-1)! };
}

const ODD_VALUES: Json[] = [null, true, 0, -1, 0.5, 1, 7, 999_999, 1e300, -1e300, '', 'x', 'constructor', 'wo', 'ten', 'x'.repeat(5000), [], {}, ['wo'], { wo: 1 }];

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'duplicate', 'swap', 'rename', 'scale'),
  value: fc.constantFrom(...ODD_VALUES),
  other: fc.nat(),
});

function mutate(root: Json, m: { at: number; kind: string; value: Json; other: number }): void {
  const all = paths(root);
  const path = all[m.at % all.length]!;
  const { parent, key } = parentOf(root, path);
  const target = parent[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case 'replace':
      parent[key] = structuredClone(m.value);
      return;
    case 'duplicate':
      if (Array.isArray(target) && target.length) target.push(structuredClone(target[m.other % target.length]));
      else if (Array.isArray(parent)) parent.push(structuredClone(target));
      return;
    case 'swap':
      if (Array.isArray(parent) && parent.length > 1) {
        const j = m.other % parent.length;
        [parent[Number(key)], parent[j]] = [parent[j], parent[Number(key)]];
      }
      return;
    case 'rename':
      if (!Array.isArray(parent)) {
        parent[`${String(key)}x`] = target;
        delete parent[key];
      }
      return;
    case 'scale':
      if (typeof target === 'number') parent[key] = target * (m.other % 7) * 137;
      return;
  }
}

describe('scenario fuzzing', () => {
  it('every mutant of both scenarios is refused with path-level messages, or plays an all-AI game to its end', () => {
    let refused = 0;
    let played = 0;
    fc.assert(
      fc.property(fc.nat({ max: 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (which, mutations, seed) => {
        const raw = structuredClone(bases[which]) as Json;
        for (const m of mutations) mutate(raw, m);
        const parsed = parseScenario(raw);
        if (!parsed.ok) {
          refused++;
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) {
            expect(p.path).toMatch(/^(\(root\)|[\w$-]+(\.[\w$-]+)*)$/);
            expect(p.message.length).toBeGreaterThan(3);
          }
          return;
        }
        played++;
        const match = playAllAi(parsed.scenario, seed);
        expect(match.state.phase).toBe('outcome');
        expect(match.state.ballots.length).toBeGreaterThan(0);
      }),
      { numRuns: 240, seed: 909 },
    );
    // the corpus must exercise both paths, or it proves nothing
    expect(refused).toBeGreaterThan(40);
    expect(played).toBeGreaterThan(40);
  }, 900_000);
});
