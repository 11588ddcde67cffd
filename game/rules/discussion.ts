/**
 * The Discussion (December 1920 to February 1921): rounds in which each platform organises in a
 * conference, holds meetings for one kind of delegation, publishes its theses, demands election by
 * platform, or (for whoever holds the apparatus) transfers a rival's activists away. Dated events take
 * effect as their round begins (they may shift a conference's leaning). Everything here changes the conferences' leanings and rules, which the
 * election then turns into delegates. Pure.
 */
import type { Delegation, Scenario } from '../content/schema';
import { indexOf } from './lookup';
import type { GameEventBody, GameState, SeatCommand } from './types';

/** Where effects report what happened; apply stamps each event with its command's number. */
export type Emit = (event: GameEventBody) => void;

/** An emit that drops everything: for the AI's lookahead, which imagines moves without telling anyone. */
export const silent: Emit = () => undefined;

/** Share of a conference's total leaning that organising there adds to the organising platform. */
export const ORGANISE_WEIGHT = 0.12;
/** Share added, in every conference of one kind, by a round of meetings. */
export const MEETING_WEIGHT = 0.01;
/** Share added in every conference by publishing theses in Pravda (once a game). */
export const PUBLISH_WEIGHT = 0.015;
/** Share of a rival's leaning in one conference removed by transferring its activists. */
export const TRANSFER_SHARE = 0.4;

export function totalLean(d: Delegation): number {
  return Object.values(d.lean).reduce((a, b) => a + b, 0);
}

/** A conference's leaning after everything done in the Discussion; never below zero. */
export function weightsOf(d: Delegation, campaigns: GameState['campaigns']): Record<string, number> {
  const weights: Record<string, number> = { ...d.lean };
  for (const [platform, extra] of Object.entries(campaigns[d.id] ?? {})) {
    weights[platform] = Math.max(0, (weights[platform] ?? 0) + extra);
  }
  return weights;
}

export function ruleOf(d: Delegation, state: GameState): Delegation['rule'] {
  return state.rules[d.id] ?? d.rule;
}

function addWeight(campaigns: GameState['campaigns'], delegation: string, platform: string, weight: number): GameState['campaigns'] {
  const current = campaigns[delegation] ?? {};
  return { ...campaigns, [delegation]: { ...current, [platform]: (current[platform] ?? 0) + weight } };
}

export type DiscussionAction = Extract<SeatCommand, { type: 'organise' | 'meeting' | 'publish' | 'demand-proportional' | 'transfer' }>;

/** Checks a Discussion action beyond whose turn it is; returns why it is refused, or null. */
export function discussionProblem(sc: Scenario, state: GameState, a: DiscussionAction): string | null {
  const delegation = 'delegation' in a ? indexOf(sc).delegation.get(a.delegation) : undefined;
  if ('delegation' in a && !delegation) return `there is no delegation "${a.delegation}"`;
  switch (a.type) {
    case 'meeting':
      return sc.delegations.some((d) => d.kind === a.kind) ? null : `no delegation is of the kind "${a.kind}"`;
    case 'publish':
      return state.published.includes(a.seat) ? 'your theses are already published' : null;
    case 'demand-proportional':
      return ruleOf(delegation!, state) === 'proportional' ? `${delegation!.name} already elects by platform` : null;
    case 'transfer':
      if (sc.discussion.apparatus !== a.seat) return 'only the platform that holds the apparatus can transfer activists';
      if (a.platform === a.seat) return 'you cannot transfer your own activists';
      return (weightsOf(delegation!, state.campaigns)[a.platform] ?? 0) > 0 ? null : `the ${a.platform} platform has no following in ${delegation!.name}`;
    default:
      return null;
  }
}

/** The effect of an accepted Discussion action; after the last seat of a round, the next round begins. */
export function discuss(sc: Scenario, state: GameState, a: DiscussionAction, emit: Emit = silent): GameState {
  let campaigns = state.campaigns;
  let rules = state.rules;
  let published = state.published;
  switch (a.type) {
    case 'organise': {
      const d = indexOf(sc).delegation.get(a.delegation)!;
      campaigns = addWeight(campaigns, d.id, a.seat, ORGANISE_WEIGHT * totalLean(d));
      emit({ type: 'campaign', seat: a.seat, move: state.step, action: a.type, delegation: d.id });
      break;
    }
    case 'meeting':
      for (const d of sc.delegations.filter((x) => x.kind === a.kind)) campaigns = addWeight(campaigns, d.id, a.seat, MEETING_WEIGHT * totalLean(d));
      emit({ type: 'campaign', seat: a.seat, move: state.step, action: a.type, kind: a.kind });
      break;
    case 'publish':
      for (const d of sc.delegations) campaigns = addWeight(campaigns, d.id, a.seat, PUBLISH_WEIGHT * totalLean(d));
      published = [...published, a.seat];
      emit({ type: 'campaign', seat: a.seat, move: state.step, action: a.type });
      break;
    case 'demand-proportional':
      rules = { ...rules, [a.delegation]: 'proportional' };
      emit({ type: 'campaign', seat: a.seat, move: state.step, action: a.type, delegation: a.delegation });
      break;
    case 'transfer': {
      const d = indexOf(sc).delegation.get(a.delegation)!;
      const lost = TRANSFER_SHARE * (weightsOf(d, campaigns)[a.platform] ?? 0);
      campaigns = addWeight(campaigns, d.id, a.platform, -lost);
      emit({ type: 'campaign', seat: a.seat, move: state.step, action: a.type, delegation: d.id, platform: a.platform });
      break;
    }
  }
  const next: GameState = { ...state, campaigns, rules, published, acted: [...state.acted, a.seat] };
  return next.acted.length === next.seats.length ? nextRound(sc, next, emit) : next;
}

function nextRound(sc: Scenario, state: GameState, emit: Emit): GameState {
  const round = state.round + 1;
  const next = { ...state, round, acted: [] };
  if (round >= sc.discussion.rounds.length) return next;
  emit({ type: 'round.began', round });
  return applyRoundEvents(sc, next, emit);
}

/** The conferences' leanings after an event's effect on them. */
function withEffect(campaigns: GameState['campaigns'], e: Scenario['events'][number]): GameState['campaigns'] {
  let next = campaigns;
  for (const l of e.effect?.lean ?? []) next = addWeight(next, l.delegation, l.platform, l.weight);
  return next;
}

/** Applies the events dated inside the current round (they take effect as the round begins); one a class's teacher has already read out is not read again. */
export function applyRoundEvents(sc: Scenario, state: GameState, emit: Emit): GameState {
  const round = sc.discussion.rounds[state.round];
  if (!round) return state;
  const read = state.class?.injected ?? [];
  const due = sc.events.filter((e) => e.date >= round.from && e.date <= round.to && !read.includes(e.id)).sort((a, b) => a.date.localeCompare(b.date));
  let campaigns = state.campaigns;
  for (const e of due) {
    campaigns = withEffect(campaigns, e);
    emit({ type: 'event.arrived', event: e.id });
  }
  return { ...state, campaigns };
}

/**
 * A class's teacher reads one of the scenario's events to the room. During the Discussion an event still to
 * come takes its effect on the conferences now (and not again when its date comes); otherwise the room
 * hears it and nothing else changes: the conferences have met, or it has taken its effect already.
 */
export function injectEvent(sc: Scenario, state: GameState, eventId: string, emit: Emit): GameState {
  const e = sc.events.find((x) => x.id === eventId)!;
  const round = sc.discussion.rounds[state.round];
  const ahead = state.phase === 'discussion' && !!round && e.date > round.to;
  const campaigns = ahead ? withEffect(state.campaigns, e) : state.campaigns;
  emit({ type: 'event.arrived', event: e.id, injected: true });
  return { ...state, campaigns, class: { injected: [...(state.class?.injected ?? []), e.id] } };
}
