/**
 * The hall's control panel, as DOM: what a human seat may do in each part of the game (organise in the
 * Discussion, choose volunteers for the front, form the presidium, speak or object, draw up the slate),
 * the forecast before a vote and the breakdown after it, and a waiting note while the computer plays.
 * Builders only: they call back with the player's action and never change the game themselves.
 */
import type { Scenario } from '../content/schema';
import { forecast, itemOf } from '../rules/ballots';
import { MAX_CARDS_PER_SPEECH, OBJECTION_MINUTES } from '../rules/congress';
import { ruleOf } from '../rules/discussion';
import { handOf, legalActions } from '../rules/legal';
import { nextItem, seatToAct } from '../rules/setup';
import type { Action, Ballot, GameState } from '../rules/types';
import type { Codex } from './codex';
import { button, el, toggle } from './dom';

export type Act = (action: Action) => void;

/** The human seat due now, or null. */
export function humanDue(sc: Scenario, game: GameState): string | null {
  const seat = seatToAct(sc, game);
  return seat && seat.controller.kind === 'human' ? seat.id : null;
}

const nameOf = (sc: Scenario, platform: string) => sc.platforms.find((p) => p.id === platform)?.name ?? platform;

export function waiting(sc: Scenario, game: GameState): HTMLElement {
  const seat = seatToAct(sc, game);
  return el('p', { class: 'waiting', 'aria-busy': 'true' }, seat ? `The ${nameOf(sc, seat.id)} is deciding…` : 'The chair calls the next item…');
}

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', { class: 'choice-group', 'aria-label': title }, el('h3', {}, title), ...children);
}

export function discussionControls(sc: Scenario, game: GameState, seat: string, act: Act, codex: Codex): HTMLElement {
  const round = sc.discussion.rounds[game.round];
  const box = el('div', {});
  box.append(el('p', {}, `Round ${game.round + 1} of ${sc.discussion.rounds.length}${round ? `: ${round.title}` : ''}. Choose one action for the ${nameOf(sc, seat)}.`));
  const list = el('ul', { class: 'choices', 'aria-label': 'Conferences' });
  for (const d of sc.delegations) {
    const rule = ruleOf(d, game) === 'majority' ? 'winner-take-all' : 'proportional';
    const basis = d.basis === 'estimate' ? 'A game estimate, not a historical figure' : 'From the sources';
    list.append(
      el(
        'li',
        {},
        button(`Organise in ${d.name}: ${d.voting} voting, ${rule}`, () => act({ type: 'organise', seat, delegation: d.id }), { 'data-delegation': d.id }),
        button(`Where ${d.name}'s numbers come from`, () => codex.cite(d.name, d.sources, undefined, `${basis}: ${d.rationale}.`), { class: 'cite' }),
      ),
    );
  }
  box.append(section('Send organisers to one conference', list));
  const legal = legalActions(sc, game, seat);
  const other = legal.filter((a) => a.type !== 'organise');
  const meetings = other.filter((a) => a.type === 'meeting');
  if (meetings.length) box.append(section('Hold meetings for one kind of delegation', ...meetings.map((a) => button(`Meetings for the ${a.type === 'meeting' ? a.kind : ''} delegations`, () => act(a)))));
  if (other.some((a) => a.type === 'publish')) box.append(section('Publish your theses (once)', button('Publish the theses in the party press', () => act({ type: 'publish', seat }))));
  const demands = other.filter((a) => a.type === 'demand-proportional');
  if (demands.length) {
    box.append(section('Demand election by platform', ...demands.map((a) => button(`In ${sc.delegations.find((d) => a.type === 'demand-proportional' && d.id === a.delegation)!.name}`, () => act(a)))));
  }
  const transfers = other.filter((a) => a.type === 'transfer');
  if (transfers.length) {
    const select = el('select', { id: 'transfer-choice', 'aria-label': 'Whose activists, and from where' });
    transfers.forEach((a, i) => {
      if (a.type !== 'transfer') return;
      select.append(el('option', { value: String(i) }, `${nameOf(sc, a.platform)} out of ${sc.delegations.find((d) => d.id === a.delegation)!.name}`));
    });
    box.append(section('Transfer activists (the apparatus)', select, button('Transfer them', () => act(transfers[Number(select.value)]!))));
  }
  return box;
}

export function volunteerControls(seat: string, act: Act): HTMLElement {
  return section(
    'How many of your delegates go to the front?',
    el('p', {}, 'Delegates who leave cannot vote. Sending few keeps your votes but costs your standing in the hall; sending many does the opposite.'),
    button('Few: keep our delegates in the hall', () => act({ type: 'volunteer', seat, level: 'few' })),
    button('Our fair share', () => act({ type: 'volunteer', seat, level: 'share' })),
    button('Many: lead by example', () => act({ type: 'volunteer', seat, level: 'many' })),
  );
}

/** Toggle buttons for a set of rival platforms and a button to confirm: the presidium and the slate. */
export function chairControls(sc: Scenario, game: GameState, seat: string, kind: 'presidium' | 'slate', act: Act): HTMLElement {
  const chosen = new Set<string>();
  const rivals = game.seats.map((s) => s.id).filter((id) => id !== seat);
  const text =
    kind === 'presidium'
      ? 'You hold the chair. Each rival given a presidium place gets more floor time (taken from yours), and its delegates warm to unity.'
      : 'Draw up the slate for the Central Committee. Rivals on your slate get at least two places; rivals left off win half their fair share.';
  const toggles = rivals.map((r) => toggle(nameOf(sc, r), false, (on) => (on ? chosen.add(r) : chosen.delete(r)), { 'data-rival': r }));
  const confirm = button(kind === 'presidium' ? 'Form the presidium' : 'Submit the slate', () =>
    act(kind === 'presidium' ? { type: 'presidium', seat, concede: [...chosen] } : { type: 'slate', seat, coopt: [...chosen] }),
  { class: 'primary' });
  return section(kind === 'presidium' ? 'The presidium' : 'The slate', el('p', {}, text), el('div', { role: 'group', 'aria-label': 'Rivals' }, ...toggles), confirm);
}

export function debateControls(sc: Scenario, game: GameState, seat: string, act: Act, codex: Codex): HTMLElement {
  const chosen: string[] = [];
  const left = game.minutes[seat] ?? 0;
  const box = el('div', {});
  const status = el('p', { 'aria-live': 'polite' }, `You have ${left} minutes of floor time. Choose up to ${MAX_CARDS_PER_SPEECH} arguments.`);
  box.append(el('p', {}, `Round ${game.round + 1} of the speakers' list. Arguments move the delegates they address most; one that answers an argument already made takes back part of it.`), status);
  const minutesOf = (id: string) => sc.cards.find((c) => c.id === id)!.minutes;
  const deliver = button('Deliver the speech', () => act({ type: 'speak', seat, cards: [...chosen] }), { class: 'primary', disabled: true, 'data-test': 'deliver' });
  const update = () => {
    const used = chosen.reduce((n, id) => n + minutesOf(id), 0);
    status.textContent = `You have ${left} minutes of floor time; this speech takes ${used}.`;
    deliver.disabled = chosen.length === 0 || used > left;
  };
  const list = el('ul', { class: 'cards', 'aria-label': 'Argument cards' });
  const hand = new Set(handOf(sc, game, seat));
  for (const card of sc.cards.filter((c) => c.platform === seat)) {
    const made = !hand.has(card.id);
    const t = toggle(`${card.title} (${card.minutes} min)`, false, (pressed) => {
      if (pressed) chosen.push(card.id);
      else chosen.splice(chosen.indexOf(card.id), 1);
      if (chosen.length > MAX_CARDS_PER_SPEECH) list.querySelector(`[data-card="${chosen.shift()!}"]`)?.setAttribute('aria-pressed', 'false');
      update();
    }, { 'data-card': card.id, disabled: made });
    const quote = card.quote;
    const quoted = quote ? el('blockquote', {}, `“${quote.text}” — ${quote.speaker}, ${quote.date}. `, button('Source of the quotation', () => codex.cite(`the quotation on “${card.title}”`, [quote.source], quote.confidence), { class: 'cite' })) : '';
    const cite = button(`Sources for “${card.title}”`, () => codex.cite(`“${card.title}”`, card.sources, card.confidence), { class: 'cite', 'data-cite': card.id });
    list.append(el('li', { class: made ? 'made' : '' }, t, made ? el('p', {}, 'Already made.') : el('p', {}, card.claim), quoted, cite));
  }
  box.append(list, deliver);
  const objections = legalActions(sc, game, seat).filter((a) => a.type === 'object');
  if (objections.length) {
    box.append(section(`Object instead (${OBJECTION_MINUTES} minutes)`, ...objections.map((a) => button(`Object to “${sc.cards.find((c) => a.type === 'object' && c.id === a.card)!.title}”`, () => act(a)))));
  }
  box.append(button('Yield the floor', () => act({ type: 'pass', seat })));
  return box;
}

/** The forecast for the next vote: sure votes for each option, undecided and abstaining. */
export function forecastView(sc: Scenario, game: GameState): HTMLElement {
  const id = nextItem(sc, game);
  if (!id) return el('p', {}, 'Every vote has been taken.');
  const item = itemOf(sc, id);
  const f = forecast(sc, game, id);
  const label = (o: string) => (o === 'for' || o === 'against' ? o : (sc.agenda.flatMap((a) => a.motions).find((m) => m.id === o)?.title ?? o));
  const lines = Object.entries(f.sure).map(([o, n]) => el('li', {}, `${label(o)}: ${n}`));
  const what = item.seats ? `${item.title}: the seats follow the trade-union vote, so the forecast counts it.` : item.title;
  return section('Forecast', el('p', {}, what), el('ul', { 'aria-label': 'Forecast' }, ...lines, el('li', {}, `undecided: ${f.undecided}`), el('li', {}, `would abstain: ${f.abstaining}`)), item.secret ? el('p', { class: 'source' }, `Kept secret at the time: ${item.secret}`) : '');
}

export function voteTable(sc: Scenario, ballot: Ballot): HTMLElement {
  const item = itemOf(sc, ballot.item);
  const options = Object.keys(ballot.votes);
  const label = (o: string) => (o === 'for' || o === 'against' ? o : (sc.platforms.find((p) => p.id === sc.agenda.flatMap((a) => a.motions).find((m) => m.id === o)?.platform)?.short ?? o));
  const table = el('table', { class: 'breakdown' });
  table.append(el('caption', {}, `How each delegation voted: ${item.title}`));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Delegation'), ...options.map((o) => el('th', { scope: 'col' }, label(o))), el('th', { scope: 'col' }, 'Why'))));
  const body = el('tbody', {});
  for (const t of ballot.byDelegation) {
    const name = sc.delegations.find((d) => d.id === t.delegation)!.name;
    body.append(el('tr', { 'data-delegation': t.delegation }, el('th', { scope: 'row' }, name), ...options.map((o) => el('td', {}, String(t.votes[o] ?? 0))), el('td', {}, t.reason)));
  }
  table.append(body);
  const seats = ballot.seats ? el('ul', { 'aria-label': 'Seats won' }, ...Object.entries(ballot.seats).map(([p, s]) => el('li', {}, `${nameOf(sc, p)}: ${s.full} full members, ${s.candidates} candidates`))) : '';
  return el('div', {}, seats, table);
}

/** One sentence on a delegation as it stands: its size, its rule, how its delegates lean, and why. */
export function delegationDetails(sc: Scenario, game: GameState, delegationId: string): string {
  const d = sc.delegations.find((x) => x.id === delegationId)!;
  const counts: Record<string, number> = {};
  for (const v of game.delegates) {
    if (v.delegation !== d.id || !v.voting) continue;
    const key = !v.stance ? 'not yet elected' : !v.present ? 'at the front' : (sc.platforms.find((p) => p.id === v.elected)?.short ?? 'bound to no platform');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const lean = Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
  const rule = ruleOf(d, game) === 'majority' ? 'winner-take-all' : 'proportional';
  const last = game.ballots.at(-1)?.byDelegation.find((t) => t.delegation === d.id)?.reason;
  const basis = d.basis === 'estimate' ? `Game estimate: ${d.rationale}.` : `${d.rationale}.`;
  return `${d.name}: ${d.voting} voting and ${d.consultative} consultative delegates, elected ${rule}. Voting delegates: ${lean}. ${basis}${last ? ` Last vote: ${last}` : ''}`;
}

/** A list of the delegations; focusing or choosing one shows who they are, how they lean and why. */
export function delegationList(sc: Scenario, game: GameState, show: (text: string) => void): HTMLElement {
  const list = el('ul', { class: 'choices', 'aria-label': 'Delegations in the hall' });
  for (const d of sc.delegations) {
    const b = button(d.name, () => show(delegationDetails(sc, game, d.id)), { 'data-about': d.id });
    b.addEventListener('focus', () => show(delegationDetails(sc, game, d.id)));
    list.append(el('li', {}, b));
  }
  return el('details', { class: 'delegations' }, el('summary', {}, 'Who sits in the hall'), list);
}
