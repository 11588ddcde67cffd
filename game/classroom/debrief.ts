/**
 * The debrief's reflection prompts (issue 14), written from this game's own events: which argument moved
 * which delegation, where the class's meeting departed from the record, whether that was open to the
 * delegates of the time, what the opening's news did, who left the hall, what was contested from the
 * floor. At least eight, each naming what happened in this game. Pure: reads the scenario and the final
 * state; the teacher's screen and the printed kit show them.
 */
import { votedItem, type Scenario } from '../content/schema';
import { capital, delegationIn, platformIn } from '../content/names';
import { outcomeOf } from '../rules/outcome';
import type { GameState } from '../rules/types';

export const FEWEST_PROMPTS = 8;

const GRADE_WORDS = { 'worse than history': 'worse than', 'as history': 'as well as', 'better than history': 'better than', decisive: 'decisively better than' } as const;

/** The reflection prompts for a finished game, the most particular first. */
export function debriefPrompts(sc: Scenario, state: GameState): string[] {
  const prompts: string[] = [];
  const item = votedItem(sc);
  const motion = (id: string | null) => {
    const title = item.motions.find((m) => m.id === id)?.title;
    return title ? `"${title}"` : 'none of the motions';
  };
  const card = (id: string) => sc.cards.find((c) => c.id === id)?.title ?? id;
  const ballot = state.ballots.find((b) => b.item === item.id);
  const year = (sc.dates.match(/\d{4}/) ?? [''])[0];

  // which argument moved which delegation: the delegations whose voters were most often won over
  if (ballot) {
    const moved = ballot.byDelegation
      .filter((t) => t.why.card && t.why.option)
      .sort((a, b) => b.why.turned + b.why.free - (a.why.turned + a.why.free) || b.why.votes - a.why.votes)
      .slice(0, 3);
    for (const t of moved) {
      const won = t.why.turned ? `, ${t.why.turned} of them won over from another platform` : t.why.free ? `, ${t.why.free} of them bound to no platform` : '';
      prompts.push(`${capital(delegationIn(sc, t.delegation))} gave ${t.why.votes} votes to ${motion(t.why.option)}${won}, most moved by "${card(t.why.card!)}". What in that argument spoke to these delegates, and what would have answered it?`);
    }
  }

  // where the class departed from the record, motion by motion, the largest difference first
  const history = item.record.votes;
  if (ballot && history) {
    const diffs = Object.keys(history)
      .map((m) => ({ m, game: ballot.votes[m] ?? 0, then: history[m] ?? 0 }))
      .sort((a, b) => Math.abs(b.game - b.then) - Math.abs(a.game - a.then));
    const figures = diffs.map((d) => `${motion(d.m)} won ${d.game} votes (${d.then} in ${year})`).join('; ');
    prompts.push(`In your ${sc.meeting}: ${figures}. Which of these figures surprised you, and why?`);
    const widest = diffs[0];
    if (widest) prompts.push(`The widest gap from ${year} is ${motion(widest.m)}: ${widest.game} votes against ${widest.then}. What made the difference, and which of your moves could the delegates of ${year} have made?`);
    const adopted = ballot.adopted;
    const thenWinner = Object.entries(history).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    prompts.push(
      adopted === thenWinner
        ? `Your ${sc.meeting} adopted ${motion(adopted)}, as the ${sc.meeting} of ${year} did. Was that result ever in doubt, in your room or in ${year}? What would it have taken to change it?`
        : `Your ${sc.meeting} adopted ${motion(adopted)}; the ${sc.meeting} of ${year} adopted ${motion(thenWinner)}. Was your result open to the delegates of ${year}, with what they knew and feared then?`,
    );
  }

  // each platform against the record
  for (const s of outcomeOf(sc, state).seats) {
    prompts.push(`${capital(platformIn(sc, s.seat))} did ${GRADE_WORDS[s.grade]} in ${year} by its own aims. Which of its choices in your game explain that, and which did its leaders of ${year} not have?`);
  }

  // the other votes, where the room was divided
  for (const b of state.ballots) {
    if (b.item === item.id || b.seats) continue;
    const agenda = sc.agenda.find((a) => a.id === b.item);
    if (!agenda?.ballot) continue;
    const against = b.votes.against ?? 0;
    const forVotes = b.votes.for ?? 0;
    prompts.push(`In the vote on "${agenda.title}", ${forVotes} voted for and ${against} against${b.abstained ? `, ${b.abstained} abstaining` : ''}. Who voted against, and why might a delegate have done so then?`);
  }

  // what was answered from the floor
  for (const id of [...new Set(state.objected)].slice(0, 2)) {
    const c = sc.cards.find((x) => x.id === id);
    if (c) prompts.push(`An objection was raised against "${c.title}" (${platformIn(sc, c.platform)}). Was the objection fair to what the sources say?`);
  }

  // the news that opened the meeting, and who left the hall
  prompts.push(`The ${sc.meeting} opened with the news: "${sc.opening.title}" How did it change what the delegates could say, and what they dared to?`);
  const gone = state.delegates.filter((d) => d.voting && !d.present).length;
  if (gone) prompts.push(`${gone} voting delegates left the hall before the vote${sc.opening.destination ? ` for ${sc.opening.destination}` : ''}. Whose votes did the ${sc.meeting} lose, and did the platforms choose well whom to send?`);

  return [...new Set(prompts)];
}
