/**
 * The one module that writes the game's words from its events: lines of the stenographic record (with the
 * sounds they make), why each delegation voted as it did, the figures of each objective, and the names of
 * commands. Text that belongs to one meeting (its crisis, where delegates go, the contested question)
 * comes from the scenario. Pure: reads the scenario and data, never the clock or the DOM.
 */
import type { Cue } from '../audio/AudioPort';
import { votedItem, type AgendaItem, type Scenario } from '../content/schema';
import { audienceIn, capital, delegationIn, inSentence, listOf, platformIn, platformsIn } from '../content/names';
import { itemOf, yearOf } from '../rules/agenda';

export { capital, delegationIn, inSentence, listOf, platformIn, platformsIn };
import { shareLines, type Standing, type Terms } from '../rules/outcome';
import type { Ballot, Command, DelegationTally, FloorChoice, GameEvent, ObjectiveResult, Reaction, Volunteering } from '../rules/types';

export interface Sound {
  cue: Cue;
  intensity?: number; // 0..1: applause as loud as the hall's answer
}

export type LineKind = 'round' | 'event' | 'discussion' | 'election' | 'opening' | 'sealed' | 'volunteers' | 'presidium' | 'speech' | 'objection' | 'pass' | 'slate' | 'floor' | 'statement' | 'call' | 'vote' | 'close' | 'drawn';

/** One line of the record as a viewer reads it. */
export interface Line {
  at: number; // number of the command that produced it (-1: the start of the game)
  kind: LineKind;
  seat?: string;
  text: string;
  move?: number; // on a seat's own decision: the number of the command that made it
  reason?: string; // for the computer's own moves: why it chose this
  reaction?: Reaction;
  sounds: Sound[];
  private?: true; // for one seat's eyes only: never announced while others may be watching
}

const delegationName = delegationIn;
const cardTitle = (sc: Scenario, id: string) => sc.cards.find((c) => c.id === id)?.title ?? id;
const motionTitle = (sc: Scenario, id: string) => sc.agenda.flatMap((a) => a.motions).find((m) => m.id === id)?.title ?? id;

/** Where delegates go when they leave (the scenario says; "the Kronstadt front" in 1921). */
export function destinationOf(sc: Scenario): string {
  return sc.opening.destination ?? 'elsewhere';
}


function volunteerText(sc: Scenario, level: Volunteering): string {
  const to = destinationOf(sc);
  return { few: 'keeps most of its delegates in the hall', share: `sends its share of delegates to ${to}`, many: `sends many of its delegates to ${to}` }[level];
}

const REACTION_SOUND: Record<Reaction, Sound[]> = {
  silence: [],
  murmurs: [{ cue: 'murmur', intensity: 0.6 }],
  applause: [{ cue: 'applause', intensity: 0.6 }],
  ovation: [{ cue: 'applause', intensity: 1 }],
};

/** What a vote decided, in a few words: "adopted", "rejected", or why nothing was adopted. */
export function decisionOf(ballot: Ballot): string {
  const cast = Object.values(ballot.votes).reduce((a, b) => a + b, 0);
  if (ballot.adopted === 'for') return 'adopted';
  if (ballot.adopted === 'against') return 'rejected';
  if (ballot.adopted) return 'adopted';
  return cast === 0 ? 'nothing adopted: no voting delegate cast a vote' : 'nothing adopted: no motion had more votes than every other';
}

/** A vote in one sentence: the item, the counts, what it decided. */
export function voteText(sc: Scenario, ballot: Ballot): string {
  const item = itemOf(sc, ballot.item);
  let counts: string;
  if (ballot.seats) counts = Object.entries(ballot.seats).map(([p, s]) => `${sc.platforms.find((x) => x.id === p)?.short ?? p} ${s.full} + ${s.candidates}`).join(', ');
  else if (item.ballot) counts = `${ballot.votes.for} for, ${ballot.votes.against} against; ${decisionOf(ballot)}`;
  else counts = `${item.motions.map((m) => `${m.title} ${ballot.votes[m.id]}`).join(', ')}${ballot.adopted ? '' : `; ${decisionOf(ballot)}`}`;
  const away = ballot.absent ? `, ${ballot.absent} at ${destinationOf(sc)}` : '';
  const how = ballot.counted === 'hands' ? ' (counted by show of hands)' : ballot.counted === 'override' ? " (the model's count, as the teacher corrected it)" : '';
  return `${item.title}: ${counts}; ${ballot.abstained} abstained${away}${how}.`;
}

/** The record's line for one event, or null for events that say nothing on their own. */
/** A scenario's event as the record reads it: its date, title and text. */
export const eventText = (ev: Scenario['events'][number]): string => `${ev.date}: ${ev.title}. ${ev.text}`;

export function lineOf(sc: Scenario, e: GameEvent, ballots: readonly Ballot[]): Omit<Line, 'reason'> | null {
  const base = { at: e.at, sounds: [] as Sound[] };
  switch (e.type) {
    case 'round.began': {
      if (sc.discussion.rounds.length < 2) return null; // a single campaign needs no round headings
      const r = sc.discussion.rounds[e.round]!;
      return { ...base, kind: 'round', text: `Round ${e.round + 1} of ${sc.discussion.rounds.length}: ${r.title} (${r.from} to ${r.to}).` };
    }
    case 'event.arrived': {
      const ev = sc.events.find((x) => x.id === e.event)!;
      return { ...base, kind: 'event', text: `${e.injected ? 'Read to the room: ' : ''}${eventText(ev)}` };
    }
    case 'debate.closed':
      return { ...base, kind: 'call', text: 'The chair closes the debate: the votes follow.' };
    case 'campaign': {
      const name = capital(platformIn(sc, e.seat));
      const where = e.delegation ? delegationName(sc, e.delegation) : '';
      const text = {
        organise: `${name} sends organisers to ${where}.`,
        meeting: `${name} holds meetings for the ${audienceIn(e.kind ?? '')} delegations.`,
        publish: `${name} publishes its theses in the party press.`,
        'demand-proportional': `${name} wins election by platform in ${where}: its seats will be shared, not taken by the strongest.`,
        transfer: `The apparatus transfers activists of ${platformIn(sc, e.platform ?? '')} out of ${where} to posts far away.`,
      }[e.action];
      return { ...base, kind: 'discussion', seat: e.seat, text };
    }
    case 'congress.elected': {
      const summary = [...sc.platforms.filter((p) => e.counts[p.id]).map((p) => `${p.short} ${e.counts[p.id]}`), `not bound to any platform ${e.uncommitted}`].join(', ');
      return { ...base, kind: 'election', text: `The delegates to the ${sc.meeting} are elected. Voting delegates elected on each platform: ${summary}.`, sounds: [{ cue: 'gavel' }] };
    }
    case 'congress.opened':
      return { ...base, kind: 'opening', text: `${sc.opening.title} ${sc.opening.text}`, sounds: [{ cue: 'bell' }, { cue: 'murmur' }] };
    case 'floor.opened':
      return null;
    case 'choice.sealed': {
      const level = e.command.type === 'volunteer' ? e.command.level : null;
      const what = level ? `${platformIn(sc, e.seat)} ${volunteerText(sc, level)}` : 'your choice is made';
      return { ...base, kind: 'sealed', seat: e.seat, text: `Sealed until every platform has chosen: ${what}.` };
    }
    case 'cards.drawn':
      return { ...base, kind: 'drawn', seat: e.seat, text: `You draw ${listOf(e.cards.map((c) => `"${cardTitle(sc, c)}"`))} into your hand.` };
    case 'volunteered':
      return { ...base, kind: 'volunteers', seat: e.seat, text: `${capital(platformIn(sc, e.seat))} ${volunteerText(sc, e.level)}.` };
    case 'delegates.departed':
      return { ...base, kind: 'volunteers', text: `${e.gone} voting delegates leave for ${destinationOf(sc)}. ${departuresInSources(sc)}`, sounds: [{ cue: 'footsteps' }] };
    case 'presidium.formed': {
      const chair = capital(platformIn(sc, e.seat));
      const text = e.concede.length ? `${chair} takes the chair and gives places on the presidium to ${platformsIn(sc, e.concede)}.` : `${chair} takes the chair and keeps the presidium to itself.`;
      return { ...base, kind: 'presidium', seat: e.seat, text };
    }
    case 'speech.made': {
      const p = sc.platforms.find((x) => x.id === e.seat)!;
      const cards = e.cards.map((c) => `"${cardTitle(sc, c)}"`).join(', ');
      const text = e.live ? `A speech for ${platformIn(sc, p.id)}, from the class: ${cards}. The room answers with ${e.reaction}.` : `${p.speaker ?? p.leaders[0]} speaks for ${platformIn(sc, p.id)}: ${cards}. The hall answers with ${e.reaction}.`;
      return { ...base, kind: 'speech', seat: e.seat, text, reaction: e.reaction, sounds: REACTION_SOUND[e.reaction] };
    }
    case 'objection.made':
      return { ...base, kind: 'objection', seat: e.seat, text: `${capital(platformIn(sc, e.seat))} objects to "${cardTitle(sc, e.card)}".`, sounds: [{ cue: 'heckle' }] };
    case 'floor.yielded':
      return { ...base, kind: 'pass', seat: e.seat, text: `${capital(platformIn(sc, e.seat))} yields the floor.` };
    case 'slate.drawn': {
      const text = e.coopt.length ? `The chair's slate for ${itemOf(sc, e.item).title} includes leaders of ${platformsIn(sc, e.coopt)}.` : "The chair's slate leaves the opposition's leaders off.";
      return { ...base, kind: 'slate', seat: e.seat, text };
    }
    case 'floor.declared':
      return { ...base, kind: e.choice === 'statement' ? 'statement' : 'floor', seat: e.seat, ...floorLine(sc, e) };
    case 'item.called':
      return { ...base, kind: 'call', text: `The chair calls the next item: ${itemOf(sc, e.item).title}.` };
    case 'vote.taken': {
      const ballot = ballots.find((b) => b.item === e.item);
      return ballot ? { ...base, kind: 'vote', text: voteText(sc, ballot), sounds: [{ cue: 'gavel' }] } : null;
    }
    case 'congress.closed':
      return { ...base, kind: 'close', text: `${sc.title} closes.`, sounds: [{ cue: 'applause' }] };
  }
}

/** The record's words for a platform's decision before a vote, and its sound. */
function floorLine(sc: Scenario, e: Extract<GameEvent, { type: 'floor.declared' }>): { text: string; sounds: Sound[] } {
  const who = capital(platformIn(sc, e.seat));
  const title = itemOf(sc, e.item).title;
  switch (e.choice) {
    case 'statement': {
      const leader = sc.platforms.find((p) => p.id === e.seat)?.leaders[0] ?? who;
      return { text: `${leader} makes a statement from the floor for ${platformIn(sc, e.seat)} before the vote on “${title}”.`, sounds: [{ cue: 'murmur', intensity: 0.4 }] };
    }
    case 'amendment': {
      const a = e.amendment;
      const result = a ? `${a.carried ? 'carried' : 'defeated'}, ${a.for} to ${a.against}` : 'put to the vote';
      return { text: `${who} moves an amendment to “${title}”: ${result}.`, sounds: [{ cue: 'gavel' }] };
    }
    case 'accept':
      return { text: `${who} accepts places on the chair's slate for its leaders.`, sounds: [] };
    case 'decline':
      return { text: `${who} declines places on the chair's slate and stands on its own list.`, sounds: [{ cue: 'heckle' }] };
    case 'silent':
      return { text: `${who} makes no statement before the vote on “${title}”.`, sounds: [] };
  }
}

/**
 * What the sources say of the departures: every version of the disputed figure when the scenario has one,
 * and plainly that who went, and how many of each platform, is the game's own.
 */
function departuresInSources(sc: Scenario): string {
  const figure = sc.figures.find((f) => f.id === sc.opening.figure);
  const author = (id: string) => sc.sources.find((x) => x.id === id)?.author ?? id;
  const versions = figure ? listOf(figure.values.map((v) => `${v.value} (${v.sources.map(author).join(', ')})`)) : String(sc.opening.departures);
  return `The sources give ${versions}; which delegates went, and how many of each platform, is the game's own.`;
}

function poleOf(sc: Scenario, item: AgendaItem, option: string): string {
  const [issue, weight] = Object.entries(item.ballot!.for).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
  const found = sc.issues.find((i) => i.id === issue)!;
  const positive = (option === 'for') === weight > 0;
  return found.poles[positive ? 1 : 0];
}

/** One sentence on why a delegation voted as it did. */
export function reasonOf(sc: Scenario, itemId: string, t: DelegationTally): string {
  const item = itemOf(sc, itemId);
  const counted = item.seats ? votedItem(sc) : item;
  const name = capital(delegationName(sc, t.delegation));
  const w = t.why;
  const to = destinationOf(sc);
  if (!w.option) return `${name} cast no votes: its delegates abstained${t.absent ? ` or were at ${to}` : ''}.`;
  if (counted.ballot) {
    const after = w.pressured ? `, pressed by ${inSentence(sc.opening.title.replace(/\.$/, ''), false).replace(/^./, (c) => c.toLowerCase())}` : '';
    return `${name} voted ${w.votes} ${w.option}: most of its delegates put ${poleOf(sc, counted, w.option)} first${after}.`;
  }
  const parts = [w.loyal ? `${w.loyal} elected on that platform` : '', w.free ? `${w.free} bound to no platform` : '', w.turned ? `${w.turned} won over from another platform` : ''].filter(Boolean);
  const argument = w.card ? `; the argument that moved most of them was "${cardTitle(sc, w.card)}"` : '';
  const front = t.absent ? `; ${t.absent} of its delegates were at ${to}` : '';
  return `${name} gave ${w.votes} votes to ${motionTitle(sc, w.option)}: ${listOf(parts)}${argument}${front}.`;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** An objective's figures in this game and in history, as the result screen shows them. */
export function objectiveFigures(o: ObjectiveResult, counted: 'votes' | 'delegates' = 'votes'): { game: string; history: string } {
  switch (o.kind) {
    case 'share':
      return { game: `${o.game} votes (${pct(o.gameShare)})`, history: `${o.history ?? '?'} ${counted} (${pct(o.historyShare)})` };
    case 'adopted': {
      const word = (x: boolean) => (x ? 'adopted' : 'rejected');
      return { game: word(o.game), history: word(o.history) };
    }
    case 'cc-full':
      return { game: `${o.game} full members`, history: `${o.history} named full members` };
    case 'ahead':
      return { game: `${o.game[0]} to ${o.game[1]}`, history: `${o.history[0]} to ${o.history[1]}` };
    case 'delegation':
      return { game: `${o.game} of its ${o.of} votes${o.result > 0 ? ': met' : ': not met'}`, history: 'not recorded by delegation' };
  }
}

const FLOOR_LABEL: Record<FloorChoice, string> = {
  silent: 'no statement before the vote',
  statement: 'a statement from the floor',
  amendment: 'an amendment',
  accept: "accept places on the chair's slate",
  decline: "decline places on the chair's slate",
};

/** A command in a few words, for the replay list and for messages about a save: "the Ten: organise in Moscow". */
export function commandLabel(sc: Scenario, c: Command): string {
  const who = 'seat' in c ? `${platformIn(sc, c.seat)}: ` : '';
  switch (c.type) {
    case 'organise': return `${who}organise in ${delegationName(sc, c.delegation)}`;
    case 'meeting': return `${who}meetings for the ${audienceIn(c.kind)} delegations`;
    case 'publish': return `${who}publish the theses`;
    case 'demand-proportional': return `${who}demand election by platform in ${delegationName(sc, c.delegation)}`;
    case 'transfer': return `${who}transfer activists of ${platformIn(sc, c.platform)} out of ${delegationName(sc, c.delegation)}`;
    case 'volunteer': return `${who}${{ few: 'send few', share: 'send a fair share', many: 'send many' }[c.level]} to ${destinationOf(sc)}`;
    case 'presidium': return `${who}presidium places for ${c.concede.length ? platformsIn(sc, c.concede) : 'nobody'}`;
    case 'speak': return `${who}speech on ${listOf(c.cards.map((id) => `"${cardTitle(sc, id)}"`))}${c.room ? ` (the room: ${c.room})` : ''}`;
    case 'object': return `${who}objection to "${cardTitle(sc, c.card)}"`;
    case 'pass': return `${who}yield the floor`;
    case 'slate': return `${who}slate with ${c.coopt.length ? platformsIn(sc, c.coopt) : 'no rivals'}`;
    case 'declare': return `${who}${FLOOR_LABEL[c.choice]}`;
    case 'elect': return `the delegates to the ${sc.meeting} are elected`;
    case 'reveal': return 'the sealed choices are revealed';
    case 'open': return `open the ${sc.meeting}`;
    case 'floor': return 'open the floor';
    case 'vote': return 'take the vote';
    case 'next': return 'call the next item';
    case 'conclude': return `close the ${sc.meeting}`;
    case 'hands': return c.how === 'hands' ? 'count the vote by show of hands' : "take the model's count, corrected by the teacher";
    case 'inject': return `read to the room: ${sc.events.find((e) => e.id === c.event)?.title ?? c.event}`;
    case 'close': return 'close the debate';
    case 'adjourn': return 'go straight to the debrief (the model counts the votes not yet taken)';
  }
}

/** The heading of the screen for each phase, in the scenario's own terms. */
export function headingOf(sc: Scenario, phase: string): string {
  switch (phase) {
    case 'discussion': return 'Delegate elections';
    case 'elected': return 'The delegates are elected';
    case 'opening': return `Opening: ${sc.opening.title.replace(/\.$/, '')}`;
    case 'volunteers': return `Who leaves for ${destinationOf(sc)}`;
    case 'presidium': return "The presidium and the speakers' list";
    case 'debate': return `Debate: ${votedItem(sc).title}`;
    case 'forecast': return 'Before the vote';
    case 'ballot': return 'The vote';
    case 'outcome': return 'The outcome';
    default: return '';
  }
}

const pct1 = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

/**
 * What an objective's grade measures, in words: where "better than history", "as history" and "worse"
 * begin. For a share, with `cast` votes counted, the exact counts are given (read off the grade itself);
 * the percentages are rounded.
 */
export function termsText(sc: Scenario, t: Terms, cast = 0): string {
  const year = yearOf(sc);
  switch (t.kind) {
    case 'share': {
      const h = t.history;
      const low = Math.max(0, h.share - t.band);
      const high = Math.min(1, h.share + t.band);
      const counted = itemOf(sc, t.item).record.counts === 'delegates' ? `delegates counted in the camps` : 'votes cast';
      const base = `In ${year}: ${h.votes} of ${h.cast} ${counted} (${pct1(h.share)}). Graded on the share of the votes cast: within ${pct1(t.band).replace('%', ' points')} of ${year}, from about ${pct1(low)} to ${pct1(high)}, counts as ${year}`;
      const sides = t.want === 'more' ? `more is better, less is worse` : `less is better, more is worse`;
      if (!cast) return `${base}; ${sides}.`;
      const lines = shareLines(t, cast);
      const better = lines.better === null ? `no count of ${cast} votes beats ${year}` : t.want === 'more' ? `${lines.better} or more of ${cast} votes is better than ${year}` : `${lines.better} or fewer of ${cast} votes is better than ${year}`;
      const worse = lines.worse === null ? `none is worse` : t.want === 'more' ? `${lines.worse} or fewer is worse` : `${lines.worse} or more is worse`;
      return `${base}; ${better}; ${worse}.`;
    }
    case 'adopted': {
      const passed = t.history ? 'passed' : 'failed';
      const aim = t.want === t.history ? `${t.want ? 'Passing' : 'Defeating'} it again counts as ${year}; ${t.want ? 'defeating' : 'passing'} it counts worse` : `${t.want ? 'Passing' : 'Defeating'} it counts better than ${year}; ${t.want ? 'defeating' : 'passing'} it, as ${year}`;
      return `In ${year} it ${passed}. ${aim}.`;
    }
    case 'ahead': {
      const [mine, rival] = t.history;
      const was = mine > rival ? 'ahead' : 'not ahead';
      const aim = mine > rival ? `Finishing ahead again counts as ${year}; level or behind counts worse` : `Finishing ahead (more votes, not a tie) counts better than ${year}; level or behind, as ${year}`;
      return `In ${year}: ${mine} to ${rival}, ${was}. ${aim}.`;
    }
    case 'delegation':
      return `Met when more than half of the votes ${delegationIn(sc, t.delegation)} casts on the item go to the motion; otherwise not met.`;
    case 'cc-full':
      return `In ${year}: ${t.history} named full members. ${t.want === 'more' ? 'More' : 'Fewer'} is better than ${year}, the same as ${year}, ${t.want === 'more' ? 'fewer' : 'more'} worse.`;
  }
}

const RESULT_WORD = { 1: 'better than history', 0: 'as history', [-1]: 'worse than history' } as const;

/** How an objective stands now, in one sentence: "forecast: 14 of 366 sure votes, 40 undecided: as history so far". */
export function standingText(s: Standing): string {
  if (s.basis === 'none' || !s.now) return s.terms.kind === 'cc-full' ? 'No forecast yet: the seats follow the contested vote and the chair\'s slate.' : 'No forecast yet: the delegates are not yet elected.';
  const o = s.now;
  const figure = objectiveFigures(o).game;
  const verdict = o.kind === 'delegation' ? (o.result > 0 ? 'met' : 'not met') : RESULT_WORD[o.result];
  switch (s.basis) {
    case 'final':
      return `Decided: ${figure}, ${verdict}.`;
    case 'projection':
      return `Projected from the conferences' leanings: ${figure}; ${verdict} so far.`;
    case 'forecast':
      return `Forecast from the delegates sure of their vote: ${figure}${s.undecided ? `, with ${s.undecided} undecided` : ''}; ${verdict} so far.`;
  }
}
