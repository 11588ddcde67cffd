/**
 * A student's own device in a class on the class server (issue 15): joining by the class's code (a name is
 * optional: the teacher can rename), then the seat this device plays with what only it may see (its secret
 * objective, its hand of argument cards), the moves open to it now, and the record. Drawn from the view the
 * server sent this device and nothing else; a move is sent to the server, which answers yes or why not.
 * DOM only: the connection is host/studentPage.ts's.
 */
import type { Scenario } from '../content/schema';
import { platformIn } from '../content/names';
import type { MatchView } from '../match/view';
import { commandLabel, headingOf } from '../words/narrate';
import type { SeatCommand } from '../rules/types';
import { roleCardOf } from '../classroom/kit';
import { button, el } from './dom';

export interface StudentHost {
  scenario: Scenario;
  /** The most players that may share one device. */
  table: number;
  join(code: string, name: string, sharing: number): void;
  send(command: SeatCommand): void;
}

export interface StudentState {
  code: string;
  joined: { name: string; seat: string | null; role?: string | null } | null;
  view: MatchView | null;
  status: string; // the connection, in words ('' when all is well)
  problem: string; // the server's last refusal, in words
}

/** `hide`: at a table sharing the device, the player hides this screen before passing the device on. */
export function renderStudent(box: HTMLElement, log: HTMLElement, s: StudentState, host: StudentHost, hide?: () => void): void {
  const sc = host.scenario;
  const focused = (document.activeElement as HTMLElement | null)?.dataset.test;
  const parts: HTMLElement[] = [];
  if (s.status) parts.push(el('p', { role: 'status', class: 'problem', 'data-test': 'student-status' }, s.status));
  if (!s.joined) {
    const code = el('input', { id: 'join-code', value: s.code, maxlength: '6', autocomplete: 'off', 'data-test': 'join-code' });
    const name = el('input', { id: 'join-name', maxlength: '40', autocomplete: 'off', 'data-test': 'join-name' });
    const sharing = el('select', { id: 'join-sharing', 'data-test': 'join-sharing' }, ...Array.from({ length: host.table }, (_, i) => el('option', { value: String(i + 1) }, i === 0 ? 'just me (or my pair)' : `${i + 1} players, each with a seat`)));
    parts.push(
      el('h2', { tabindex: '-1' }, 'Join the class'),
      el('p', {}, el('label', { for: 'join-code' }, 'The class code (on the projector) '), code),
      el('p', {}, el('label', { for: 'join-name' }, 'Your name (optional: a pseudonym is given otherwise) '), name),
      el('p', {}, el('label', { for: 'join-sharing' }, 'Who plays on this device '), sharing),
      button('Join', () => host.join(code.value.trim().toUpperCase(), name.value.trim(), Number(sharing.value)), { class: 'primary', 'data-test': 'join' }),
    );
  } else {
    const v = s.view;
    const seat = s.joined.seat;
    parts.push(el('h2', { tabindex: '-1', 'data-test': 'student-seat' }, seat ? `${s.joined.name}: you play ${platformIn(sc, seat)}` : `${s.joined.name}: waiting for the teacher to give you a seat`));
    if (hide) parts.push(button('Hide my screen (before passing the device on)', hide, { 'data-test': 'table-hide' }));
    const card = s.joined.role ? roleCardOf(sc, s.joined.role) : null;
    if (card) {
      parts.push(
        el('details', { 'data-test': 'student-role' }, el('summary', {}, `Your role in the class: ${card.title}`), el('p', {}, card.who), el('h4', {}, 'Your objectives'), el('ul', {}, ...card.objectives.map((o) => el('li', {}, o))), ...(card.arguments.length ? [el('h4', {}, 'Your strongest arguments'), el('ul', {}, ...card.arguments.map((a) => el('li', {}, el('strong', {}, `${a.title}: `), a.claim)))] : [])),
      );
    }
    if (v) parts.push(el('p', { 'data-test': 'student-phase' }, headingOf(sc, v.phase)));
    const you = v?.you;
    if (you?.secret) parts.push(el('p', { class: 'secret', 'data-test': 'student-secret' }, el('strong', {}, 'Your secret objective: '), you.secret));
    if (you?.hand.length) parts.push(el('h3', {}, 'Your arguments in hand'), el('ul', { 'data-test': 'student-hand' }, ...you.hand.map((id) => el('li', {}, sc.cards.find((c) => c.id === id)?.title ?? id))));
    if (you?.legal.length) {
      const moves = el('select', { id: 'student-move', 'data-test': 'student-move' }, ...you.legal.map((c, i) => el('option', { value: String(i) }, commandLabel(sc, c))));
      parts.push(el('h3', {}, 'Your move'), el('p', {}, el('label', { for: 'student-move' }, 'What your platform does '), moves), button('Make this move', () => host.send(you.legal[Number(moves.value)]!), { class: 'primary', 'data-test': 'student-send' }));
    } else if (seat && v) parts.push(el('p', { 'data-test': 'student-wait' }, v.phase === 'outcome' ? 'The congress has closed.' : 'Another platform, or the teacher, moves now.'));
    if (s.problem) parts.push(el('p', { role: 'alert', class: 'problem', 'data-test': 'student-problem' }, s.problem));
  }
  box.replaceChildren(...parts);
  log.replaceChildren(...(s.view?.log ?? []).map((l) => el('li', {}, l.text)));
  if (focused) (box.querySelector<HTMLElement>(`[data-test="${focused}"]`) ?? box.querySelector<HTMLElement>('h2'))?.focus();
}

export interface TableCurtain {
  players: { name: string; seat: string | null }[];
  next: number | null; // the player whose move it is, if any at this table
  view: MatchView | null; // any player's view: only its public part is drawn
  status: string;
  show(slot: number): void;
}

/**
 * The curtain between the players of a table: whose move it is and "Pass the device to …", or, when it is
 * nobody's at this table, a button for each player to look at their own screen. Behind it, where the
 * congress is and the public record only (no player's hand, objective or private line).
 */
export function renderTableCurtain(box: HTMLElement, log: HTMLElement, sc: Scenario, t: TableCurtain): void {
  const parts: HTMLElement[] = [];
  if (t.status) parts.push(el('p', { role: 'status', class: 'problem', 'data-test': 'student-status' }, t.status));
  const who = (i: number) => {
    const p = t.players[i]!;
    return p.seat ? `${p.name} (${platformIn(sc, p.seat)})` : p.name;
  };
  if (t.next !== null) {
    parts.push(
      el('h2', { tabindex: '-1', 'data-test': 'table-curtain' }, `Pass the device to ${who(t.next)}`),
      el('p', {}, `It is ${t.players[t.next]!.name}'s move. The next screen shows their hand of arguments and secret objective: everyone else, look away.`),
      button(`I am ${t.players[t.next]!.name}: show my screen`, () => t.show(t.next!), { class: 'primary', 'data-test': 'table-pass' }),
    );
  } else {
    parts.push(el('h2', { tabindex: '-1', 'data-test': 'table-curtain' }, `At this device: ${t.players.map((_, i) => who(i)).join(', ')}`), el('p', {}, 'Another platform, or the teacher, moves now. To look at your own hand and objective, take the device and press your name.'));
    parts.push(...t.players.map((p, i) => button(`I am ${p.name}: show my screen`, () => t.show(i), { 'data-test': `table-show-${i}` })));
  }
  if (t.view) parts.push(el('p', { 'data-test': 'student-phase' }, headingOf(sc, t.view.phase)));
  const focused = (document.activeElement as HTMLElement | null)?.dataset.test;
  box.replaceChildren(...parts);
  log.replaceChildren(...(t.view?.log ?? []).filter((l) => !l.private).map((l) => el('li', {}, l.text)));
  (box.querySelector<HTMLElement>(`[data-test="${focused}"]`) ?? box.querySelector<HTMLElement>('[data-test="table-pass"]') ?? box.querySelector<HTMLElement>('h2'))?.focus();
}
