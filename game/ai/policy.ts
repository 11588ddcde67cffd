/**
 * The computer seats: enumerate legal actions, judge them with the game's own rules at average luck, pick,
 * and say why in a sentence the player can read. Strengths differ in what they consider: easy picks
 * among legal moves at random; normal organises where its platform worked in history and makes its best
 * one- or two-card speech; hard weighs every kind of action anywhere, longer speeches (keeping half its
 * floor time, and enough for one more argument, for the last round), objections, its
 * volunteers and the chair's choices;
 * historical replays what the platform did in 1921. Pure and synchronous.
 */
import type { Scenario } from '../content/schema';
import { VOLUNTEER_CREDIT, volunteerPull, volunteerRate } from '../rules/congress';
import { dueSeats, nextItem, slateDue } from '../rules/flow';
import { discussionActions, legalActions, speechOptions, subsets } from '../rules/legal';
import { peekFloat } from '../rules/rng';
import { indexOf } from '../rules/lookup';
import { DEBATE_ROUNDS } from '../rules/setup';
import type { AiLevel, GameState, SeatCommand, Volunteering } from '../rules/types';
import { audienceIn, delegationIn, platformIn, platformsIn } from '../content/names';
import { debateEffect, discussionGain, floorEffect, floorNow, votesNow } from './evaluate';
import { sidesOf } from '../rules/floor';
import { historicalChoice, type Choice } from './persona';

export type { Choice } from './persona';

/** Random jitter added to scores, so equal options are broken differently from game to game. */
const JITTER = 0.6;

function describe(sc: Scenario, a: SeatCommand): string {
  const name = (id: string) => delegationIn(sc, id);
  const card = (id: string) => `"${sc.cards.find((c) => c.id === id)?.title ?? id}"`;
  switch (a.type) {
    case 'organise': return `organising in ${name(a.delegation)}`;
    case 'meeting': return `meetings for the ${audienceIn(a.kind)} delegations`;
    case 'publish': return 'publishing its theses';
    case 'demand-proportional': return `demanding election by platform in ${name(a.delegation)}`;
    case 'transfer': return `transferring activists of ${platformIn(sc, a.platform)} out of ${name(a.delegation)}`;
    case 'speak': return `a speech on ${a.cards.map(card).join(' and ')}`;
    case 'object': return `an objection to ${card(a.card)}`;
    case 'pass': return 'yielding the floor';
    case 'declare': return { silent: 'saying nothing before the vote', statement: 'a statement from the floor', amendment: 'an amendment', accept: "accepting places on the chair's slate", decline: "declining places on the chair's slate" }[a.choice];
    default: return a.type;
  }
}

type Scored = { action: SeatCommand; score: number; detail: string };

function best(state: GameState, salt: number, options: readonly Scored[]): Scored | null {
  let top: Scored | null = null;
  options.forEach((o, i) => {
    const score = o.score + JITTER * peekFloat(state.rng, salt * 977 + i);
    if (!top || score > top.score) top = { ...o, score };
  });
  return top;
}

export function discussionChoice(sc: Scenario, state: GameState, seat: string, level: AiLevel): Scored[] {
  // normal keeps to where its platform worked in history (when the scenario says); hard weighs every action
  const home = sc.platforms.find((p) => p.id === seat)?.history?.organise;
  const actions = discussionActions(sc, state, seat).filter((a) => (a.type === 'organise' ? !home || home.includes(a.delegation) : level === 'hard' || a.type === 'transfer'));
  return actions.map((a) => {
    const gain = discussionGain(sc, state, a);
    return { action: a, score: gain, detail: `${describe(sc, a)} should win about ${gain} more voting delegate${gain === 1 ? '' : 's'} for the platform` };
  });
}

export function debateChoice(sc: Scenario, state: GameState, seat: string, level: AiLevel): Scored[] {
  const now = votesNow(sc, state, seat);
  const judge = (a: Extract<SeatCommand, { type: 'speak' | 'object' }>): Scored => {
    const { before: base, after: votes } = debateEffect(sc, state, a, now);
    const change = votes === base ? `should keep its motion at about ${base} votes` : `should bring its motion from ${base} to about ${votes} votes`;
    return { action: a, score: votes - base, detail: `${describe(sc, a)} ${change}` };
  };
  const singles = speechOptions(sc, state, seat, undefined, 1).map((cards) => judge({ type: 'speak', seat, cards }));
  const top = [...singles].sort((a, b) => b.score - a.score).slice(0, level === 'hard' ? 5 : 4);
  const cards = top.flatMap((s) => (s.action.type === 'speak' ? s.action.cards : []));
  const longer = speechOptions(sc, state, seat, cards, level === 'hard' ? 3 : 2).filter((c) => c.length > 1);
  // before the last round hard keeps half its floor time, and at least enough for one more argument, to
  // answer what is said after it (a rebuttal can only take back an argument already made)
  const keepTime = level === 'hard' && state.round < DEBATE_ROUNDS - 1;
  const fits = (c: readonly string[]) => !keepTime || (state.minutes[seat] ?? 0) - c.reduce((n, id) => n + (indexOf(sc).card.get(id)?.minutes ?? 0), 0) >= Math.max(cheapestLeft(sc, state, seat, c), Math.floor((state.minutes[seat] ?? 0) / 2));
  const options = [...singles, ...longer.filter(fits).map((c) => judge({ type: 'speak', seat, cards: c }))];
  if (level === 'hard') {
    for (const a of legalActions(sc, state, seat)) if (a.type === 'object') options.push(judge(a));
  }
  options.push({ action: { type: 'pass', seat }, score: 0, detail: 'nothing it could say now would win votes' });
  return options;
}

/** The floor time of the seat's cheapest argument neither made nor in `speech` (0 when none is left). */
function cheapestLeft(sc: Scenario, state: GameState, seat: string, speech: readonly string[]): number {
  const made = new Set([...state.played.map((p) => p.card), ...speech]);
  const left = sc.cards.filter((c) => c.platform === seat && !made.has(c.id)).map((c) => c.minutes);
  return left.length ? Math.min(...left) : 0;
}

/**
 * Normal and easy send a fair share, as expected; hard weighs each choice by the votes it would leave:
 * its own delegates kept in the hall against the pull of its choice on the delegates bound to none.
 */
function volunteerChoice(sc: Scenario, state: GameState, seat: string, level: AiLevel): Scored[] {
  if (level !== 'hard') return [{ action: { type: 'volunteer', seat, level: 'share' }, score: 0, detail: `sending its fair share to ${sc.opening.destination ?? 'leave'} is expected of every platform` }];
  const levels: Volunteering[] = ['few', 'share', 'many'];
  return levels.map((l) => {
    const delegates = state.delegates.map((d) => ({ ...d, stance: d.stance && { ...d.stance } }));
    volunteerPull(sc, delegates, { [seat]: l });
    const votes = votesNow(sc, { ...state, delegates }, seat) * (1 - volunteerRate(sc, l));
    const standing = VOLUNTEER_CREDIT[l] >= 0 ? 'keeps its standing' : 'costs it standing';
    return { action: { type: 'volunteer', seat, level: l }, score: votes, detail: `this should leave about ${Math.round(votes)} votes for its motion in the hall and ${standing}` };
  });
}

function chairChoice(sc: Scenario, state: GameState, seat: string, level: AiLevel): Scored[] {
  const others = state.seats.map((s) => s.id).filter((id) => id !== seat);
  return subsets(others).map((set) => {
    const action: SeatCommand = state.phase === 'presidium' ? { type: 'presidium', seat, concede: set } : { type: 'slate', seat, coopt: set };
    // both put rivals on the slate, as the majority did in 1921; normal also gives them presidium places,
    // hard keeps the floor time for itself
    const score = state.phase === 'presidium' && level === 'hard' ? -set.length : set.length * 0.5;
    const detail = set.length ? `including ${platformsIn(sc, set)} costs little and binds them to the majority` : 'the majority keeps the floor time for its own speakers';
    return { action, score, detail };
  });
}

/**
 * Before a vote: a statement is worth making when it should win more votes than keeping it for a later
 * vote would; hard sees that a yes-or-no vote its side cannot lose (more sure votes than the other side's
 * and the undecided together) gains nothing from one, and so spends its statements wherever they win
 * something; an amendment only when it should be carried and help; a place on the chair's slate is taken
 * when it keeps more of the seat's members on the committee than its own list would.
 */
function floorChoice(sc: Scenario, state: GameState, seat: string, level: AiLevel): Scored[] {
  const options = legalActions(sc, state, seat).filter((a): a is Extract<SeatCommand, { type: 'declare' }> => a.type === 'declare');
  const hard = level === 'hard';
  const reserve = hard ? 0.5 : 2;
  const safe = hard && safeVote(sc, state, seat);
  const now = floorNow(sc, state, seat);
  return options.map((a) => {
    if (a.choice === 'silent') return { action: a, score: 0, detail: 'nothing it could say before this vote would change enough of it' };
    const e = floorEffect(sc, state, a, now);
    const unit = e.option === null ? 'full members' : 'sure votes';
    const change = e.after === e.before ? `should leave it at ${e.before} ${unit}` : `should take it from ${e.before} to ${e.after} ${unit}`;
    switch (a.choice) {
      case 'statement':
        return { action: a, score: (safe ? 0 : (e.after - e.before) * (e.option === null ? 10 : 1)) - reserve, detail: `${describe(sc, a)} ${change}` };
      case 'amendment': {
        const v = e.amendment!;
        if (!v.carried) return { action: a, score: -3, detail: `an amendment would be defeated (${v.for} to ${v.against}) and cost it standing` };
        return { action: a, score: e.after - e.before - 0.5, detail: `an amendment should be carried (${v.for} to ${v.against}) and ${change}` };
      }
      default:
        return { action: a, score: (e.after - e.before) * 10 + (a.choice === 'accept' ? 0.5 : 0), detail: `${describe(sc, a)} ${change}` };
    }
  });
}

/** Whether the yes-or-no vote now called is one the seat's side cannot lose on the forecast. */
function safeVote(sc: Scenario, state: GameState, seat: string): boolean {
  const s = sidesOf(sc, state, seat, nextItem(sc, state)!);
  return s !== null && s.mine > s.theirs + s.undecided;
}

/** The AI's move for `seat`, or null when the seat has nothing to do. */
export function chooseAction(sc: Scenario, state: GameState, seat: string, level: AiLevel = 'normal'): Choice | null {
  if (!dueSeats(sc, state).includes(seat)) return null;
  const salt = state.step * 31 + state.seats.findIndex((s) => s.id === seat);
  if (level === 'historical') {
    const choice = historicalChoice(sc, state, seat, salt);
    if (choice) return choice;
  }
  if (level === 'easy') {
    const actions = legalActions(sc, state, seat).filter((a) => a.type !== 'pass' || state.phase !== 'debate');
    const all = actions.length ? actions : legalActions(sc, state, seat);
    const a = all[Math.floor(peekFloat(state.rng, salt) * all.length)]!;
    return { action: a, reason: `Chose ${describe(sc, a)} without much thought.` };
  }
  const lv = level === 'historical' ? 'normal' : level;
  let options: Scored[];
  switch (state.phase) {
    case 'discussion': options = discussionChoice(sc, state, seat, lv); break;
    case 'volunteers': options = volunteerChoice(sc, state, seat, lv); break;
    case 'debate': options = debateChoice(sc, state, seat, lv); break;
    case 'presidium': options = chairChoice(sc, state, seat, lv); break;
    case 'forecast': options = slateDue(sc, state) ? chairChoice(sc, state, seat, lv) : floorChoice(sc, state, seat, lv); break;
    default: return null;
  }
  const top = best(state, salt, options);
  return top && { action: top.action, reason: `Chose this because ${top.detail}.` };
}
