/**
 * The rules' single entry point: apply(scenario, state, action) -> the next state, or a rejection with a
 * reason the player can read. Never throws on a bad action and never mutates its input.
 * Pure: no Phaser, XState, Howler, DOM, Math.random or Date.now.
 */
import type { Scenario } from '../content/schema';
import { open, speak, vote, MAX_CARDS_PER_SPEECH } from './congress';
import { campaignWeight, elect } from './election';
import { outcomeOf } from './outcome';
import { seatToAct } from './setup';
import type { Action, GameState, Result } from './types';

const reject = (reason: string): Result => ({ ok: false, reason });
const ok = (state: GameState): Result => ({ ok: true, state });

export function apply(sc: Scenario, state: GameState, action: Action): Result {
  if (sc.id !== state.scenarioId) return reject(`this game belongs to scenario "${state.scenarioId}"`);
  switch (action.type) {
    case 'campaign':
      return campaign(sc, state, action.seat, action.delegation);
    case 'elect':
      if (state.phase !== 'selection') return reject('the conferences have already met');
      if (seatToAct(state)) return reject(`the ${seatToAct(state)!.id} seat has not campaigned yet`);
      return ok(elect(sc, state));
    case 'open':
      if (state.phase !== 'elected') return reject('the congress can open only once its delegates are elected');
      return ok(open(sc, state));
    case 'speak':
      return speech(sc, state, action.seat, action.cards);
    case 'vote':
      if (state.phase !== 'debate') return reject('the vote comes after the debate');
      if (seatToAct(state)) return reject(`the ${seatToAct(state)!.id} seat has not spoken yet`);
      return ok(vote(sc, state));
    case 'conclude':
      if (state.phase !== 'voted' || !state.ballot) return reject('the congress can close only after the vote');
      return ok({ ...state, phase: 'outcome', outcome: outcomeOf(sc, state.ballot, state.seats.map((s) => s.id)) });
    default:
      return reject('unknown action');
  }
}

function turnCheck(state: GameState, seat: string, phase: GameState['phase'], doing: string): string | null {
  if (state.phase !== phase) return `this is not the time to ${doing}`;
  const due = seatToAct(state);
  if (!state.seats.some((s) => s.id === seat)) return `there is no seat "${seat}"`;
  if (!due || due.id !== seat) return `it is not the ${seat} seat's turn`;
  return null;
}

function campaign(sc: Scenario, state: GameState, seat: string, delegationId: string): Result {
  const wrong = turnCheck(state, seat, 'selection', 'campaign');
  if (wrong) return reject(wrong);
  const d = sc.delegations.find((x) => x.id === delegationId);
  if (!d) return reject(`there is no delegation "${delegationId}"`);
  const current = state.campaigns[d.id] ?? {};
  const platform = sc.platforms.find((p) => p.id === seat)!;
  return ok({
    ...state,
    acted: [...state.acted, seat],
    campaigns: { ...state.campaigns, [d.id]: { ...current, [seat]: (current[seat] ?? 0) + campaignWeight(d) } },
    log: [...state.log, { phase: 'selection', seat, kind: 'campaign', text: `The ${platform.name} sends organisers to ${d.name}.` }],
  });
}

function speech(sc: Scenario, state: GameState, seat: string, cards: readonly string[]): Result {
  const wrong = turnCheck(state, seat, 'debate', 'speak');
  if (wrong) return reject(wrong);
  if (cards.length < 1 || cards.length > MAX_CARDS_PER_SPEECH) return reject(`a speech uses 1 to ${MAX_CARDS_PER_SPEECH} argument cards`);
  if (new Set(cards).size !== cards.length) return reject('a speech cannot use the same card twice');
  for (const id of cards) {
    const card = sc.cards.find((c) => c.id === id);
    if (!card) return reject(`there is no card "${id}"`);
    if (card.platform !== seat) return reject(`"${card.title}" is not an argument of the ${seat} platform`);
  }
  const next = speak(sc, state, seat, cards);
  return ok({ ...next, acted: [...state.acted, seat] });
}

/** Applies a list of actions in order, stopping at the first rejection. For replays and tests. */
export function replay(sc: Scenario, state: GameState, actions: readonly Action[]): Result {
  let current: Result = ok(state);
  for (const action of actions) {
    if (!current.ok) return current;
    current = apply(sc, current.state, action);
  }
  return current;
}
