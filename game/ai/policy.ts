/**
 * The AI seat: enumerate the legal actions, score each with the same rules the game uses (at expected, not
 * actual, luck), pick the best,
 * and say why in a sentence the player can read. Pure and synchronous (a move takes milliseconds), so the
 * machine can call it inside an action. Imports rules only: no XState, Phaser or Howler.
 */
import { type Scenario, votedItem } from '../content/schema';
import { EXPECTED_DELIVERY, speak, tally } from '../rules/congress';
import { apportion, campaignWeight, weightsAfterCampaigns } from '../rules/election';
import { legalActions } from '../rules/legal';
import { peekFloat } from '../rules/rng';
import type { Action, GameState } from '../rules/types';

export interface Choice {
  action: Action;
  reason: string;
}

/** Random jitter added to scores, so equal options are broken differently from game to game. */
const JITTER = 0.5;

function motionOf(sc: Scenario, seat: string): string {
  return votedItem(sc).motions.find((m) => m.platform === seat)!.id;
}

function campaignGain(sc: Scenario, state: GameState, seat: string, delegationId: string): number {
  const d = sc.delegations.find((x) => x.id === delegationId)!;
  const before = weightsAfterCampaigns(d, state.campaigns);
  const after = { ...before, [seat]: (before[seat] ?? 0) + campaignWeight(d) };
  const seats = d.voting;
  return (apportion(sc, after, seats, d.rule)[seat] ?? 0) - (apportion(sc, before, seats, d.rule)[seat] ?? 0);
}

function forecast(sc: Scenario, state: GameState, seat: string): number {
  return tally(sc, state).votes[motionOf(sc, seat)] ?? 0;
}

/** The AI's move for `seat`, or null when the seat has nothing to do. */
export function chooseAction(sc: Scenario, state: GameState, seat: string): Choice | null {
  const actions = legalActions(sc, state, seat);
  if (actions.length === 0) return null;
  const salt = state.log.length * 31 + state.seats.findIndex((s) => s.id === seat);
  let best: { action: Action; score: number; detail: string } | null = null;
  const baseline = state.phase === 'debate' ? forecast(sc, state, seat) : 0;
  actions.forEach((action, i) => {
    let score = 0;
    let detail = '';
    if (action.type === 'campaign') {
      const gain = campaignGain(sc, state, seat, action.delegation);
      score = gain;
      const name = sc.delegations.find((d) => d.id === action.delegation)!.name;
      detail = `organising in ${name} should win about ${gain} more voting delegate${gain === 1 ? '' : 's'} for our platform`;
    } else if (action.type === 'speak') {
      // forecast with an average delivery: the AI does not know how the speech will land
      const votes = forecast(sc, speak(sc, state, seat, action.cards, EXPECTED_DELIVERY), seat);
      score = votes - baseline;
      const titles = action.cards.map((id) => `"${sc.cards.find((c) => c.id === id)!.title}"`).join(' and ');
      detail = `${titles} should bring our motion from ${baseline} to about ${votes} votes`;
    }
    score += JITTER * peekFloat(state.rng, salt * 977 + i);
    if (!best || score > best.score) best = { action, score, detail };
  });
  if (!best) return null;
  const chosen = best as { action: Action; detail: string };
  return { action: chosen.action, reason: `Chose this because ${chosen.detail}.` };
}
