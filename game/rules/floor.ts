/**
 * The floor before each vote (games with floor decisions, records of version 4 on). Once the item is
 * called (and the chair's slate drawn, for the committee), every platform in the speakers' order, the
 * chair last, takes one decision on it:
 * - a statement from the floor: its case put once more on the issues the vote weighs (each platform has
 *   STATEMENTS of them for the whole congress, so it chooses which votes to spend them on);
 * - an amendment to a yes-or-no resolution (one per resolution): put to the congress first, carried when
 *   the delegates sure of the mover's side and the undecided outnumber those sure of the other; carried,
 *   it moves the resolution's threshold the mover's way; defeated, it costs the mover standing;
 * - on the chair's committee slate, a rival accepts the places offered or declines them and stands on
 *   its own list (a game rule: the sources say only who was elected);
 * - or nothing.
 * Pure.
 */
import type { AgendaItem, Scenario } from '../content/schema';
import { itemOf } from './agenda';
import { forecast, optionsOf } from './ballots';
import { silent, type Emit } from './discussion';
import { nextItem } from './flow';
import { indexOf } from './lookup';
import { shiftTowards } from './stance';
import type { FloorChoice, FloorState, GameState } from './types';

/** Statements from the floor each platform may make over the congress's votes. */
export const STATEMENTS = 2;
/**
 * How far a statement moves a fully open delegate towards the platform's position, on the issues the vote
 * weighs (a game estimate). At 0.12 the computer's statements before the trade-union vote swung whole
 * delegations, and a hard Ten beat its 1921 result in 16.4% of balance games (target 20–60%); at 0.06 a
 * statement is a few minutes at the rostrum, worth less than a speech of the debate.
 */
export const STATEMENT_PULL = 0.06;
/** How far a carried amendment moves a resolution's threshold. */
export const AMENDMENT_SHIFT = 0.15;
/** Standing a platform loses when its amendment is defeated (it scales its later statements). */
export const AMENDMENT_DEFEAT = 0.1;
/** The lowest standing a platform can fall to. */
export const CREDIT_FLOOR = -0.35;

export function emptyFloor(): FloorState {
  return { declared: {}, statements: {}, amended: {}, declined: [] };
}

/** The platform's position read as a vote on a yes-or-no item: the option its position supports. */
function sideOf(sc: Scenario, item: AgendaItem, seat: string): 'for' | 'against' {
  const position = indexOf(sc).platform.get(seat)?.position ?? {};
  const support = Object.entries(item.ballot!.for).reduce((n, [issue, w]) => n + w * (position[issue] ?? 0), 0);
  return support > item.ballot!.threshold ? 'for' : 'against';
}

/**
 * The option a seat wants on an item: its own motion on a contested item; on a yes-or-no item, what its
 * objectives ask (else what its position supports); null for an election, which is measured in places.
 */
export function wantOf(sc: Scenario, seat: string, itemId: string): string | null {
  const item = itemOf(sc, itemId);
  if (item.seats) return null;
  if (!item.ballot) return item.motions.find((m) => m.platform === seat)?.id ?? null;
  const platform = indexOf(sc).platform.get(seat);
  const aim = platform?.objectives.find((o) => o.measure.kind === 'adopted' && o.measure.item === itemId)?.measure;
  if (aim?.kind === 'adopted') return aim.want ? 'for' : 'against';
  return sideOf(sc, item, seat);
}

/** The decisions open to `seat` on the item now called, before the turn check. */
export function floorOptions(sc: Scenario, state: GameState, seat: string): FloorChoice[] {
  const id = nextItem(sc, state);
  if (!state.floor || !id) return [];
  const item = itemOf(sc, id);
  if (item.seats && seat !== state.chair && state.coopted?.includes(seat)) return ['accept', 'decline'];
  const options: FloorChoice[] = ['silent'];
  if ((state.floor.statements[seat] ?? 0) < STATEMENTS) options.push('statement');
  if (item.ballot && !Object.values(state.floor.declared).includes('amendment')) options.push('amendment');
  return options;
}

/** Why `seat` may not take `choice` now, in words; null when it may. */
export function floorProblem(sc: Scenario, state: GameState, seat: string, choice: FloorChoice): string | null {
  if (floorOptions(sc, state, seat).includes(choice)) return null;
  const id = nextItem(sc, state);
  const item = id ? itemOf(sc, id) : null;
  switch (choice) {
    case 'statement':
      return `each platform makes at most ${STATEMENTS} statements from the floor in a congress`;
    case 'amendment':
      return item?.ballot ? 'this resolution has already been amended from the floor' : 'only a yes-or-no resolution can be amended from the floor';
    case 'accept':
    case 'decline':
      return 'only a rival the chair has put on its slate can accept or decline places on it';
    case 'silent':
      return 'a platform on the chair\'s slate must accept or decline its places';
  }
}

/**
 * A yes-or-no item's forecast from `seat`'s side: the delegates sure of the side it wants, those sure of
 * the other, and the undecided. Null for an item with several motions or an election.
 */
export function sidesOf(sc: Scenario, state: GameState, seat: string, itemId: string): { mine: number; theirs: number; undecided: number } | null {
  const item = itemOf(sc, itemId);
  const want = wantOf(sc, seat, itemId);
  if (!item.ballot || !want) return null;
  const f = forecast(sc, state, itemId);
  const other = optionsOf(sc, item).find((o) => o !== want)!;
  return { mine: f.sure[want] ?? 0, theirs: f.sure[other] ?? 0, undecided: f.undecided };
}

/**
 * The amendment's own vote (a yes-or-no item, so the mover always wants 'for' or 'against'): the
 * delegates sure of the mover's side and the undecided, against those sure of the other side.
 */
export function amendmentVote(sc: Scenario, state: GameState, seat: string, itemId: string): { for: number; against: number; carried: boolean } {
  const s = sidesOf(sc, state, seat, itemId)!;
  const yes = s.mine + s.undecided;
  return { for: yes, against: s.theirs, carried: yes > s.theirs };
}

/** A statement: every delegate present is pulled towards the platform's position on the issues the vote weighs. */
function statement(sc: Scenario, state: GameState, seat: string, item: AgendaItem): GameState {
  const position = indexOf(sc).platform.get(seat)?.position ?? {};
  const issues = item.ballot ? Object.keys(item.ballot.for) : sc.issues.map((i) => i.id);
  const scale = STATEMENT_PULL * (1 + (state.credit[seat] ?? 0));
  const towards = issues.map((issue) => position[issue] ?? 0);
  const delegates = state.delegates.map((d) => {
    if (!d.stance || !d.present) return d;
    const stance = { ...d.stance };
    shiftTowards(stance, issues, towards, scale * (1 - d.firmness));
    return { ...d, stance };
  });
  return { ...state, delegates };
}

/** One platform's decision before the vote. Assumes `floorProblem` found nothing wrong. */
export function declare(sc: Scenario, state: GameState, seat: string, choice: FloorChoice, emit: Emit = silent): GameState {
  const id = nextItem(sc, state)!;
  const item = itemOf(sc, id);
  const floor = state.floor ?? emptyFloor();
  const next: FloorState = { ...floor, declared: { ...floor.declared, [seat]: choice } };
  let after: GameState = state;
  let amendment: { for: number; against: number; carried: boolean } | undefined;
  switch (choice) {
    case 'statement':
      next.statements = { ...floor.statements, [seat]: (floor.statements[seat] ?? 0) + 1 };
      after = statement(sc, state, seat, item);
      break;
    case 'amendment': {
      amendment = amendmentVote(sc, state, seat, id);
      if (amendment.carried) {
        const want = wantOf(sc, seat, id);
        next.amended = { ...floor.amended, [id]: (floor.amended[id] ?? 0) + (want === 'for' ? -AMENDMENT_SHIFT : AMENDMENT_SHIFT) };
      } else {
        after = { ...state, credit: { ...state.credit, [seat]: Math.max(CREDIT_FLOOR, (state.credit[seat] ?? 0) - AMENDMENT_DEFEAT) } };
      }
      break;
    }
    case 'decline':
      next.declined = [...floor.declined, seat];
      break;
    case 'accept':
    case 'silent':
      break;
  }
  emit({ type: 'floor.declared', seat, move: state.step, item: id, choice, ...(amendment ? { amendment } : {}) });
  return { ...after, floor: next };
}
