/**
 * The lesson's moves on the class game (issue 14): what the teacher's console sends to the rules, every one
 * of them recorded as the facilitator's. The class decides and the teacher enters: a platform's move, a
 * student's live speech with the cards it used and how the room took it, a vote by show of hands (per
 * delegation, or per role: a delegation's head casts its votes), the model's count with corrections, an
 * event read to the room, the end of the debate, straight to the debrief. Where the class asks the model to
 * play a platform's move (the Discussion, say, in a 45-minute lesson), the model's reason is recorded with
 * it. Pure: no framework, no clock.
 */
import { chooseAction } from '../ai/policy';
import type { Scenario } from '../content/schema';
import { submit, type Match, type Submitted } from '../match/match';
import { choicesOf, presentVoters, tally } from '../rules/ballots';
import { dueOf, nextItem } from '../rules/flow';
import type { ClassCommand, Command, Reaction } from '../rules/types';
import { platformIn } from '../content/names';
import type { ClassSetup } from './roles';

export type Counts = Record<string, Record<string, number>>;

/** A command from the teacher's console: into the record as the facilitator's. */
export function enter(sc: Scenario, match: Match, command: Command, reason?: string): Submitted {
  return submit(sc, match, command, 'facilitator', reason);
}

/**
 * The model plays the move the first due platform owes (as the computer at normal strength would), at the
 * teacher's request: recorded as the facilitator's, with the model's reason.
 */
export function modelMove(sc: Scenario, match: Match): Submitted {
  const due = dueOf(sc, match.state);
  if (due.kind !== 'seats') return { ok: false, reason: 'no platform owes a move now' };
  const seat = due.seats[0]!;
  const choice = chooseAction(sc, match.state, seat, 'normal');
  if (!choice) return { ok: false, reason: `the model found no move for ${platformIn(sc, seat)}` };
  return enter(sc, match, choice.action, `Played by the model at the teacher's request. ${choice.reason}`);
}

/**
 * The model plays on until `done` holds: the platforms' moves (see modelMove) and the steps the facilitator
 * takes (opening the congress, the floor).
 */
function playOn(sc: Scenario, match: Match, done: (m: Match) => boolean, where: string): Submitted {
  let current = match;
  for (let guard = 0; !done(current) && guard < 500; guard++) {
    const due = dueOf(sc, current.state);
    const next = due.kind === 'proceed' ? enter(sc, current, due.command) : due.kind === 'seats' ? modelMove(sc, current) : null;
    if (!next) return { ok: false, reason: `the game cannot reach ${where} from here` };
    if (!next.ok) return next;
    current = next.match;
  }
  return { ok: true, match: current };
}

/** The model plays the rest of the Discussion, up to the election of the congress (for a lesson that starts at the congress). */
export function playDiscussion(sc: Scenario, match: Match): Submitted {
  return playOn(sc, match, (m) => m.state.phase !== 'discussion', 'the election');
}

/** The model plays on until the debate opens (the opening's news, the front, the presidium, as the model would). */
export function playToDebate(sc: Scenario, match: Match): Submitted {
  return playOn(sc, match, (m) => m.state.phase === 'debate', 'the debate');
}

/** A student's live speech for a platform: the argument cards it used, in any order, and how the room took it. */
export function liveSpeech(sc: Scenario, match: Match, seat: string, cards: readonly string[], room: Reaction): Submitted {
  const order = new Map(sc.cards.map((c, i) => [c.id, i]));
  const sorted = [...cards].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
  return enter(sc, match, { type: 'speak', seat, cards: sorted, room });
}

/** The options of the vote now (motion ids, or 'for' / 'against'), or null when no vote is due. */
export function voteOptions(sc: Scenario, match: Match): string[] | null {
  const due = dueOf(sc, match.state);
  const item = nextItem(sc, match.state);
  if (due.kind !== 'proceed' || due.command.type !== 'vote' || !item) return null;
  return choicesOf(sc, item).map((c) => c.id);
}

/** The model's count of the vote now, delegation by delegation: where the teacher's corrections start from. */
export function modelCounts(sc: Scenario, match: Match): Counts {
  const item = nextItem(sc, match.state);
  if (!item) return {};
  return Object.fromEntries(tally(sc, match.state, item).byDelegation.map((t) => [t.delegation, { ...t.votes }]));
}

/**
 * A vote by role: each delegation's head casts all its delegates' votes in the hall for the option the head
 * chose ('abstain': none); a delegation whose head is absent from the class, or did not choose, is counted
 * by the model.
 */
export function countsByRole(sc: Scenario, match: Match, setup: ClassSetup, choices: Readonly<Record<string, string>>): Counts {
  const counts = modelCounts(sc, match);
  const present = presentVoters(match.state);
  for (const role of setup.roles) {
    const choice = choices[role.id];
    if (role.kind !== 'head' || !role.delegation || !role.students.length || choice === undefined) continue;
    counts[role.delegation] = choice === 'abstain' ? {} : { [choice]: present.get(role.delegation) ?? 0 };
  }
  return counts;
}

/** A vote counted by the class (by hands or by role), or the model's count as the teacher corrected it. */
export function countedVote(sc: Scenario, match: Match, counts: Counts, how: 'hands' | 'override'): Submitted {
  const command: ClassCommand = { type: 'hands', how, counts };
  return enter(sc, match, command);
}
