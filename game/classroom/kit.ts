/**
 * The paper kit's role cards (issue 14, second step), as data from the scenario and the class's setup:
 * for every role, who you are, what your side wants, your objectives, your strongest arguments with
 * their sources, what you know and what you do not. The printable page (and its PDF) is built from these;
 * the words are the scenario's own, the frame is the game's. Pure: no framework, no clock.
 */
import type { Card, Scenario } from '../content/schema';
import { delegationIn, listOf, platformIn } from '../content/names';
import { objectivesOf } from '../rules/outcome';
import { CLASS_SIZE, proposeSetup, rolesOf, type ClassSetup, type Role } from './roles';

export interface Argument {
  card: string; // the card's id
  title: string;
  claim: string;
  quote: string | null; // "“…” — speaker, date"
  sources: string[]; // the sources' references in words: author, title, date
}

export interface RoleCard {
  role: string; // the role's id
  title: string;
  students: string[];
  who: string; // who you are
  wants: string[]; // what your side wants
  objectives: string[];
  arguments: Argument[];
  know: string[];
  dontKnow: string[];
}

/** How many arguments a card lists: a student reads them aloud, so a few. */
export const ARGUMENTS_ON_A_CARD = 3;

function sourceText(sc: Scenario, id: string): string {
  const s = sc.sources.find((x) => x.id === id);
  return s ? `${s.author}, ${s.title} (${s.date})` : id;
}

/** The ids of the sources a card cites, its quotation's among them, each once. */
export function citationsOf(c: Card): string[] {
  return [...new Set([...c.sources, ...(c.quote ? [c.quote.source] : [])])];
}

/** A card as the kit prints it: its claim, its quotation with speaker and date, its sources in words. */
export function argumentOf(sc: Scenario, c: Card): Argument {
  const quote = c.quote ? `“${c.quote.text}” — ${c.quote.speaker}, ${c.quote.date}` : null;
  return { card: c.id, title: c.title, claim: c.claim, quote, sources: citationsOf(c).map((id) => sourceText(sc, id)) };
}

/** A card's weight: how far it pushes, all issues together (the strongest arguments first). */
function weight(c: Card): number {
  return Object.values(c.moves).reduce((n, v) => n + Math.abs(v), 0);
}

/** The platform's strongest arguments, or those that reach a kind of delegation best. */
function strongest(sc: Scenario, cards: readonly Card[]): Argument[] {
  return [...cards]
    .map((c, i) => ({ c, i }))
    .sort((a, b) => weight(b.c) - weight(a.c) || a.i - b.i)
    .slice(0, ARGUMENTS_ON_A_CARD)
    .map(({ c }) => argumentOf(sc, c));
}

function leaningWords(sc: Scenario, lean: Readonly<Record<string, number>>): string {
  const total = Object.values(lean).reduce((a, b) => a + b, 0);
  const parts = Object.entries(lean)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([p, w]) => `${platformIn(sc, p)} about ${Math.round((100 * w) / Math.max(1, total))}%`);
  return listOf(parts);
}

function platformCard(sc: Scenario, role: Role): Omit<RoleCard, 'role' | 'title' | 'students'> {
  const p = sc.platforms.find((x) => x.id === role.platform)!;
  const person = role.person ? sc.people.find((x) => x.id === role.person) : undefined;
  const rivals = sc.platforms.filter((x) => x.playable && x.id !== p.id).map((x) => platformIn(sc, x.id));
  const duty = role.kind === 'leader' ? 'You lead the platform: you decide where it organises, whom it sends to the rostrum and how it answers the chair.' : 'You speak for the platform at the rostrum: you choose which arguments to make in your minutes, and answer your rivals.';
  return {
    who: `${person ? `${person.name}: ${person.role} ` : ''}${duty}`.trim(),
    wants: [...p.demands],
    objectives: objectivesOf(sc, p.id).map((o) => o.text),
    arguments: strongest(sc, sc.cards.filter((c) => c.platform === p.id)),
    know: [`Your platform's demands and objectives, and all of its arguments.`, sc.opening.text],
    dontKnow: [`Which arguments ${listOf(rivals)} will make, and in what order.`, 'How the undecided delegations will vote until they vote.', `How the ${sc.meeting} ended in history: the debrief tells it.`],
  };
}

function headCard(sc: Scenario, role: Role): Omit<RoleCard, 'role' | 'title' | 'students'> {
  const d = sc.delegations.find((x) => x.id === role.delegation)!;
  const reaching = sc.cards.filter((c) => c.audiences.includes(d.kind));
  return {
    who: `You lead the ${d.voting} voting delegates of ${delegationIn(sc, d.id)}. ${d.rationale}`,
    wants: [`Your delegates lean ${leaningWords(sc, d.lean)}${d.basis === 'estimate' ? ' (a game estimate)' : ''}. Hear every side, then cast your delegation's votes where you judge best.`],
    objectives: [`Make the platforms court you: ask each what it offers your delegates before you promise your votes.`],
    arguments: strongest(sc, reaching),
    know: [`Your delegation's mood, and the arguments that reach delegations like yours best.`, sc.opening.text],
    dontKnow: ['What the platforms have agreed among themselves.', 'How the other delegations will vote.'],
  };
}

function officeCard(sc: Scenario, role: Role): Omit<RoleCard, 'role' | 'title' | 'students'> {
  const items = sc.agenda.map((a) => a.title);
  const common = { arguments: [] as Argument[], know: [`The agenda: ${listOf(items)}.`, sc.opening.text], dontKnow: ['Any platform\'s plans.', 'How any delegation will vote.'] };
  switch (role.kind) {
    case 'chair':
      return { ...common, who: `You chair the ${sc.meeting}: you open it, keep the speakers' list and the time, and call the votes.`, wants: ['A fair hearing for every platform, and the agenda finished in time.'], objectives: ['Keep every speaker to the time the teacher sets.', 'Call each vote clearly, and announce its result.'] };
    case 'presidium':
      return { ...common, who: `You sit on the presidium of the ${sc.meeting} beside the chair: you help keep order and count the hands.`, wants: ['An orderly meeting and an honest count.'], objectives: ['Count the hands of each delegation in every vote, and give the count to the chair.'] };
    default:
      return { ...common, who: `You keep the stenographic record of the ${sc.meeting}: who spoke, which arguments they made, how the room took them, and every vote.`, wants: ['A record the class can read afterwards.'], objectives: ['Write down every speech (speaker, arguments, the room\'s response) and every vote with its count.'] };
  }
}

/** Every role card of the setup, in the setup's order. */
export function roleCards(sc: Scenario, setup: ClassSetup): RoleCard[] {
  return setup.roles.map((role) => {
    const body = role.platform ? platformCard(sc, role) : role.delegation ? headCard(sc, role) : officeCard(sc, role);
    return { role: role.id, title: role.title, students: [...role.students], ...body };
  });
}

/** One role's card, as a student's own device shows it when the teacher gives the student that role (the class server). */
export function roleCardOf(sc: Scenario, roleId: string): RoleCard | null {
  const role = rolesOf(sc).find((r) => r.id === roleId);
  return role ? roleCards(sc, { ...proposeSetup(sc, CLASS_SIZE.min, '45'), roles: [role] })[0]! : null;
}
