/**
 * Plays a match to the end with no screen: the computer moves whenever one of its seats is due, and the
 * facilitator goes on at every pause. Used by the command line, the content tests and the benchmarks.
 */
import type { Scenario } from '../content/schema';
import { dueOf } from '../rules/flow';
import type { Controller } from '../rules/types';
import { seatsOf } from '../rules/setup';
import { contentHash } from './hash';
import { aiStep, newMatch, submit, type Match } from './match';

/** A bound well above any real game's length, so a broken scenario cannot loop forever. */
const MAX_STEPS = 10_000;

/** Plays `match` on to its end (or until `until` holds): every seat it meets must be played by the computer. */
export function playOn(sc: Scenario, start: Match, until: (match: Match) => boolean = () => false): Match {
  let match = start;
  for (let steps = 0; ; steps++) {
    if (steps > MAX_STEPS) throw new Error(`game did not finish within ${MAX_STEPS} steps`);
    const due = dueOf(sc, match.state);
    if (due.kind === 'over' || until(match)) return match;
    const next = due.kind === 'proceed' ? submit(sc, match, due.command, 'facilitator') : aiStep(sc, match);
    if (!next) throw new Error(`game stuck in ${match.state.phase}: a human seat is due`);
    if (!next.ok) throw new Error(`game stuck in ${match.state.phase}: ${next.reason}`);
    match = next.match;
  }
}

export function playAllAi(sc: Scenario, seed: number, controllers: Record<string, Controller> = {}, scenarioHash = contentHash(sc)): Match {
  const ai = Object.fromEntries(Object.entries(controllers).filter(([, c]) => c.kind === 'ai'));
  return playOn(sc, newMatch(sc, scenarioHash, seed, seatsOf(sc, ai)));
}
