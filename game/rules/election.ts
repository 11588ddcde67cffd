/**
 * The Discussion: campaigning in a delegation's conference, then the conferences electing their
 * delegates. Each conference splits its seats by its rule (proportional by largest remainder, or
 * winner-take-all) over its leanings plus what the platforms' campaigns added. Pure.
 */
import type { Delegation, Scenario } from '../content/schema';
import { Draws } from './rng';
import { clampUnit } from './stance';
import type { Delegate, GameState } from './types';

/** Share of a delegation's total leaning weight that one campaign adds to the campaigning platform. */
export const CAMPAIGN_WEIGHT = 0.2;
/** Spread of elected delegates around their platform's position (standard deviation per axis). */
const STANCE_SPREAD = 0.22;

export function weightsAfterCampaigns(d: Delegation, campaigns: GameState['campaigns']): Record<string, number> {
  const weights: Record<string, number> = { ...d.lean };
  for (const [platform, extra] of Object.entries(campaigns[d.id] ?? {})) {
    weights[platform] = (weights[platform] ?? 0) + extra;
  }
  return weights;
}

export function campaignWeight(d: Delegation): number {
  return CAMPAIGN_WEIGHT * Object.values(d.lean).reduce((a, b) => a + b, 0);
}

/** How many of `seats` each platform wins. Ties go to the platform listed first in the scenario. */
export function apportion(sc: Scenario, weights: Record<string, number>, seats: number, rule: Delegation['rule']): Record<string, number> {
  const order = sc.platforms.map((p) => p.id).filter((id) => (weights[id] ?? 0) > 0);
  const total = order.reduce((sum, id) => sum + (weights[id] ?? 0), 0);
  const result: Record<string, number> = {};
  if (order.length === 0 || seats === 0) return result;
  if (rule === 'majority') {
    const winner = order.reduce((a, b) => ((weights[b] ?? 0) > (weights[a] ?? 0) ? b : a));
    result[winner] = seats;
    return result;
  }
  const quotas = order.map((id) => ({ id, q: ((weights[id] ?? 0) / total) * seats }));
  let given = 0;
  for (const { id, q } of quotas) {
    result[id] = Math.floor(q);
    given += Math.floor(q);
  }
  const byRemainder = [...quotas].sort((a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)));
  for (let i = 0; given < seats; i++, given++) {
    const id = byRemainder[i % byRemainder.length]!.id;
    result[id] = (result[id] ?? 0) + 1;
  }
  return result;
}

/** Elects every delegation's delegates: affiliation by apportionment, stance and firmness drawn. */
export function elect(sc: Scenario, state: GameState): GameState {
  const draws = new Draws(state.rng);
  const issues = sc.issues.map((i) => i.id);
  const delegates: Delegate[] = [];
  for (const d of sc.delegations) {
    const weights = weightsAfterCampaigns(d, state.campaigns);
    const own = state.delegates.filter((x) => x.delegation === d.id);
    const voting = own.filter((x) => x.voting);
    const consultative = own.filter((x) => !x.voting);
    for (const group of [voting, consultative]) {
      const split = apportion(sc, weights, group.length, d.rule);
      const labels = Object.entries(split).flatMap(([platform, n]) => Array<string>(n).fill(platform));
      group.forEach((delegate, i) => {
        const platform = sc.platforms.find((p) => p.id === labels[i])!;
        const stance: Record<string, number> = {};
        for (const issue of issues) {
          stance[issue] = clampUnit((platform.position[issue] ?? 0) + draws.normal() * STANCE_SPREAD);
        }
        delegates.push({ ...delegate, elected: platform.id, stance, firmness: 0.2 + 0.6 * draws.float() });
      });
    }
  }
  const order = new Map(state.delegates.map((d, i) => [d.id, i]));
  delegates.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const counts = countElected(delegates);
  const summary = sc.platforms
    .filter((p) => counts[p.id])
    .map((p) => `${p.short} ${counts[p.id]}`)
    .join(', ');
  return {
    ...state,
    rng: draws.state,
    delegates,
    phase: 'elected',
    acted: [],
    log: [...state.log, { phase: 'elected', kind: 'election', text: `The conferences have chosen the congress. Voting delegates elected on each platform: ${summary}.` }],
  };
}

export function countElected(delegates: readonly Delegate[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of delegates) {
    if (d.voting && d.elected) counts[d.elected] = (counts[d.elected] ?? 0) + 1;
  }
  return counts;
}
