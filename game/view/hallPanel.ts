/**
 * The hall's control panel, as DOM: the conferences a human seat may organise in, the argument cards it
 * may speak from, the vote breakdown, and a waiting note while the computer plays. Builders only: they
 * call back with the player's choice and never change the game themselves.
 */
import { type Scenario, votedItem } from '../content/schema';
import { MAX_CARDS_PER_SPEECH } from '../rules/congress';
import { legalActions } from '../rules/legal';
import { seatToAct } from '../rules/setup';
import type { Ballot, GameState } from '../rules/types';
import type { Codex } from './codex';
import { button, el, toggle } from './dom';

function humanSeatDue(game: GameState): string | null {
  const seat = seatToAct(game);
  return seat && seat.controller.kind === 'human' ? seat.id : null;
}

export function waiting(sc: Scenario, game: GameState): HTMLElement {
  const seat = seatToAct(game);
  const name = seat ? sc.platforms.find((p) => p.id === seat.id)!.name : '';
  return el('p', { class: 'waiting', 'aria-busy': 'true' }, seat ? `The ${name} is deciding…` : 'The chair calls the next item…');
}

/** One button per conference, or null when no human seat is due. */
export function selectionControls(sc: Scenario, game: GameState, campaign: (delegation: string, seat: string) => void, codex: Codex): HTMLElement | null {
  const seat = humanSeatDue(game);
  if (!seat) return null;
  const platform = sc.platforms.find((p) => p.id === seat)!;
  const box = el('div', {});
  box.append(el('p', {}, `Send the ${platform.name}'s organisers to one conference before it elects its delegates. Proportional conferences split their seats; winner-take-all conferences give every seat to the strongest platform.`));
  const list = el('ul', { class: 'choices', 'aria-label': 'Conferences' });
  for (const action of legalActions(sc, game, seat)) {
    if (action.type !== 'campaign') continue;
    const d = sc.delegations.find((x) => x.id === action.delegation)!;
    const rule = d.rule === 'majority' ? 'winner-take-all' : 'proportional';
    const b = button(`${d.name}: ${d.voting} voting, ${rule}`, () => campaign(d.id, seat), { 'data-delegation': d.id });
    const basis = d.basis === 'estimate' ? 'A game estimate, not a historical figure' : 'From the sources';
    const why = button(`Where ${d.name}'s numbers come from`, () => codex.cite(d.name, d.sources, undefined, `${basis}: ${d.rationale}.`), { class: 'cite' });
    list.append(el('li', {}, b, why));
  }
  box.append(list);
  return box;
}

/** Toggle buttons for the seat's argument cards and a button to deliver the speech, or null. */
export function debateControls(sc: Scenario, game: GameState, speak: (cards: string[], seat: string) => void, codex: Codex): HTMLElement | null {
  const seat = humanSeatDue(game);
  if (!seat) return null;
  const chosen: string[] = [];
  const box = el('div', {});
  box.append(el('p', {}, `Build your speech from up to ${MAX_CARDS_PER_SPEECH} arguments. Arguments move the delegates they address most; a card that answers an argument already made takes back part of its effect.`));
  const deliver = button('Deliver the speech', () => speak([...chosen], seat), { class: 'primary', disabled: true, 'data-test': 'deliver' });
  const list = el('ul', { class: 'cards', 'aria-label': 'Argument cards' });
  for (const card of sc.cards.filter((c) => c.platform === seat)) {
    const t = toggle(card.title, false, (pressed) => {
      if (pressed) chosen.push(card.id);
      else chosen.splice(chosen.indexOf(card.id), 1);
      if (chosen.length > MAX_CARDS_PER_SPEECH) {
        const dropped = chosen.shift()!;
        list.querySelector(`[data-card="${dropped}"]`)?.setAttribute('aria-pressed', 'false');
      }
      deliver.disabled = chosen.length === 0;
    }, { 'data-card': card.id });
    const quote = card.quote;
    const quoted = quote
      ? el('blockquote', {}, `“${quote.text}” — ${quote.speaker}, ${quote.date}. `, button(`Source of the quotation`, () => codex.cite(`the quotation on “${card.title}”`, [quote.source], quote.confidence), { class: 'cite' }))
      : '';
    const cite = button(`Sources for “${card.title}”`, () => codex.cite(`“${card.title}”`, card.sources, card.confidence), { class: 'cite', 'data-cite': card.id });
    list.append(el('li', {}, t, el('p', {}, card.claim), quoted, cite));
  }
  box.append(list, deliver);
  return box;
}

export function voteTable(sc: Scenario, ballot: Ballot): HTMLElement {
  const table = el('table', { class: 'breakdown' });
  table.append(el('caption', {}, 'How each delegation voted'));
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Delegation'), ...votedItem(sc).motions.map((m) => el('th', { scope: 'col' }, sc.platforms.find((p) => p.id === m.platform)!.short)), el('th', { scope: 'col' }, 'Why'));
  table.append(el('thead', {}, head));
  const body = el('tbody', {});
  for (const t of ballot.byDelegation) {
    const name = sc.delegations.find((d) => d.id === t.delegation)!.name;
    body.append(el('tr', {}, el('th', { scope: 'row' }, name), ...votedItem(sc).motions.map((m) => el('td', {}, String(t.votes[m.id] ?? 0))), el('td', {}, t.reason)));
  }
  table.append(body);
  return table;
}
