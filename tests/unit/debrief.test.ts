/**
 * The debrief's prompts (issue 14): at least eight for every bundled scenario's finished game, written
 * from that game (its delegations, arguments, votes and figures), no two alike.
 */
import { describe, expect, it } from 'vitest';
import { FEWEST_PROMPTS, debriefPrompts } from '../../game/classroom/debrief';
import { votedItem } from '../../game/content/schema';
import { playWithLog } from '../support/play';
import { loadScenario, scenarioFiles } from '../support/scenario';

const scenarios = scenarioFiles().map((f) => loadScenario(f));

describe('debrief prompts', () => {
  it.each(scenarios.map((sc) => [sc.id, sc] as const))('%s: at least eight, from the game itself, on several seeds', (_, sc) => {
    for (const seed of [1, 2, 3]) {
      const { final } = playWithLog(sc, seed, Object.fromEntries(sc.platforms.filter((p) => p.playable).map((p) => [p.id, 'hard' as const])));
      const prompts = debriefPrompts(sc, final);
      expect(prompts.length, prompts.join('\n')).toBeGreaterThanOrEqual(FEWEST_PROMPTS);
      expect(new Set(prompts).size).toBe(prompts.length);
      const ballot = final.ballots.find((b) => b.item === votedItem(sc).id)!;
      const text = prompts.join('\n');
      // the game's own figures: each motion's votes, and the argument that moved a delegation
      for (const [m, n] of Object.entries(ballot.votes)) expect(text, m).toContain(`"${votedItem(sc).motions.find((x) => x.id === m)!.title}" won ${n} votes`);
      const moving = ballot.byDelegation.find((t) => t.why.card);
      if (moving) expect(text).toMatch(/most moved by "[^"]+"/);
      for (const p of prompts) expect(p.endsWith('?'), p).toBe(true);
    }
  });

  it('says whether the class followed the record or departed from it', () => {
    const sc = loadScenario();
    const { final } = playWithLog(sc, 4);
    const ballot = final.ballots.find((b) => b.item === votedItem(sc).id)!;
    const title = votedItem(sc).motions.find((m) => m.id === ballot.adopted)!.title;
    const prompts = debriefPrompts(sc, final);
    expect(prompts.some((p) => p.startsWith(`Your congress adopted "${title}"`))).toBe(true);
    const flipped = { ...final, ballots: final.ballots.map((b) => (b.item === ballot.item ? { ...b, adopted: 'wo-motion' } : b)) };
    expect(debriefPrompts(sc, flipped).some((p) => p.includes(`the congress of 1921 adopted "${votedItem(sc).motions.find((m) => m.id === 'ten-motion')!.title}"`))).toBe(true);
  });
});
