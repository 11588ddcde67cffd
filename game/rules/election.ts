/**
 * The conferences elect the congress: each splits its seats by its rule (proportional by largest
 * remainder, or winner-take-all) over its leanings after the Discussion. Elected delegates stand near
 * their platform's position with some spread, and some firmness. Pure.
 */
import type { Scenario } from '../content/schema';
import { ruleOf, weightsOf, type Emit } from './discussion';
import { indexOf } from './lookup';
import { Draws } from './rng';
import { clampUnit } from './stance';
import type { Delegate, GameState } from './types';

/** Spread of elected delegates around their platform's position (standard deviation per axis). */
export const STANCE_SPREAD = 0.28;
/**
 * Share of each conference's delegates elected without a firm platform: they stand near the conference's
 * average leaning, are easy to move, and are the prize of the debate.
 */
export const UNCOMMITTED = 0.3;

/** How many of `seats` each platform wins. Ties go to the platform listed first in the scenario. */
export function apportion(sc: Scenario, weights: Record<string, number>, seats: number, rule: 'proportional' | 'majority'): Record<string, number> {
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

/** Voting seats a platform would win in one conference, as things stand. */
export function seatsIn(sc: Scenario, state: GameState, delegationId: string, platform: string, campaigns = state.campaigns, rules = state.rules): number {
  const d = indexOf(sc).delegation.get(delegationId)!;
  return apportion(sc, weightsOf(d, campaigns), d.voting, ruleOf(d, { ...state, rules }))[platform] ?? 0;
}

/**
 * Who each bound seat goes to. A winner-take-all conference gives all to its strongest platform; a
 * proportional one elects each delegate by chance in proportion to the leanings, so a conference can
 * surprise (its expected split is what `apportion` gives).
 */
function electedLabels(sc: Scenario, weights: Record<string, number>, seats: number, rule: 'proportional' | 'majority', draws: Draws): string[] {
  if (rule === 'majority') return Object.entries(apportion(sc, weights, seats, rule)).flatMap(([p, n]) => Array<string>(n).fill(p));
  const order = sc.platforms.map((p) => p.id).filter((id) => (weights[id] ?? 0) > 0);
  const total = order.reduce((n, id) => n + (weights[id] ?? 0), 0);
  const labels: string[] = [];
  for (let i = 0; i < seats; i++) {
    let x = draws.float() * total;
    const pick = order.find((id) => (x -= weights[id] ?? 0) < 0) ?? order[order.length - 1]!;
    labels.push(pick);
  }
  return labels.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export function elect(sc: Scenario, state: GameState, emit: Emit): GameState {
  const draws = new Draws(state.rng);
  const issues = sc.issues.map((i) => i.id);
  const byId = new Map<string, Delegate>();
  for (const d of sc.delegations) {
    const weights = weightsOf(d, state.campaigns);
    const own = state.delegates.filter((x) => x.delegation === d.id);
    const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
    const centre: Record<string, number> = {};
    for (const issue of issues) {
      centre[issue] = sc.platforms.reduce((n, p) => n + ((weights[p.id] ?? 0) / total) * (p.position[issue] ?? 0), 0);
    }
    for (const group of [own.filter((x) => x.voting), own.filter((x) => !x.voting)]) {
      const open = Math.round(UNCOMMITTED * group.length);
      const labels = electedLabels(sc, weights, group.length - open, ruleOf(d, state), draws);
      group.forEach((delegate, i) => {
        const platform = sc.platforms.find((p) => p.id === labels[i]);
        const stance: Record<string, number> = {};
        for (const issue of issues) stance[issue] = clampUnit((platform ? (platform.position[issue] ?? 0) : (centre[issue] ?? 0)) + draws.normal() * STANCE_SPREAD);
        const firmness = platform ? 0.2 + 0.6 * draws.float() : 0.1 + 0.3 * draws.float();
        byId.set(delegate.id, { ...delegate, elected: platform?.id ?? null, stance, firmness });
      });
    }
  }
  const delegates = state.delegates.map((d) => byId.get(d.id) ?? d);
  const counts = countElected(delegates);
  const uncommitted = delegates.filter((d) => d.voting && d.stance && d.elected === null).length;
  emit({ type: 'congress.elected', counts, uncommitted });
  return { ...state, rng: draws.state, delegates, phase: 'elected', acted: [] };
}

export function countElected(delegates: readonly Delegate[], presentOnly = false): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of delegates) {
    if (d.voting && d.elected && (!presentOnly || d.present)) counts[d.elected] = (counts[d.elected] ?? 0) + 1;
  }
  return counts;
}
