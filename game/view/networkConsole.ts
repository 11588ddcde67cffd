/**
 * The teacher's console of a class on the class server (issue 15): opening the class, its code, the
 * address and QR code the students' devices join by, the projector's page; the congress as the room sees
 * it, with the teacher's step when it is the teacher's to take (open the congress, take the vote…); the
 * class: every device that joined, whether it is here now, its name (renamed), its seat (given, taken, or
 * handed to the computer). Drawn from the public view and the roster the server sent, and nothing else:
 * no seat's hand or secret reaches the console. DOM only: the connection is host/networkConsolePage.ts's.
 */
import type { Scenario } from '../content/schema';
import { platformIn, platformsIn } from '../content/names';
import type { MatchView } from '../match/view';
import type { FacilitatorAct } from '../server/protocol';
import { commandLabel, headingOf } from '../words/narrate';
import { rolesOf } from '../classroom/roles';
import { button, el } from './dom';

export interface RosterMember {
  id: string;
  as: 'student' | 'projector';
  name: string;
  seat: string | null;
  role: string | null; // a classroom role (classroom/roles.ts)
  here: boolean;
}

export interface Roster {
  members: RosterMember[];
  computer: Record<string, string>; // seat -> the computer's level
}

export interface NetworkConsoleState {
  opened: { code: string; joinUrl: string } | null;
  ending: boolean; // the teacher asked to end the class: waiting for the confirmation
  view: MatchView | null;
  roster: Roster | null;
  status: string; // the connection, in words ('' when all is well)
  problem: string; // the server's last refusal, in words
}

export interface NetworkConsoleHost {
  scenario: Scenario;
  open(): void;
  forget(): void;
  /** Downloads the class's match record (a save file of the game). */
  download(): void;
  /** `confirmed` false: asks; true: the server forgets the class. */
  end(confirmed: boolean): void;
  act(act: FacilitatorAct): void;
  /** A picture of a QR code of `text`, as an image's address. */
  qr(text: string): string;
  watchUrl(code: string): string;
}

const capitalFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function renderNetworkConsole(box: HTMLElement, log: HTMLElement, s: NetworkConsoleState, host: NetworkConsoleHost): void {
  const sc = host.scenario;
  const focused = (document.activeElement as HTMLElement | null)?.dataset.test;
  const parts: HTMLElement[] = [el('h2', { tabindex: '-1' }, 'A class on the network')];
  if (s.status) parts.push(el('p', { role: 'status', class: 'problem', 'data-test': 'net-status' }, s.status));
  if (s.problem) parts.push(el('p', { role: 'alert', class: 'problem', 'data-test': 'net-problem' }, s.problem));
  if (!s.opened) {
    parts.push(
      el('p', {}, `Each student, or pair, plays ${sc.title} from a device of their own on the school network; this console runs the lesson and the projector shows the hall. Nobody needs an account: a student joins with the class code, under a pseudonym you can rename.`),
      button('Open a class', () => host.open(), { class: 'primary', 'data-test': 'net-open' }),
    );
  } else {
    const { code, joinUrl } = s.opened;
    parts.push(
      el('p', { class: 'class-code' }, 'Class code: ', el('strong', { 'data-test': 'net-code' }, code)),
      el('p', {}, 'Students open ', el('a', { href: joinUrl, 'data-test': 'net-join-url' }, joinUrl), ' or scan the code:'),
      el('img', { src: host.qr(joinUrl), alt: `QR code of ${joinUrl}`, width: '180', height: '180', class: 'qr', 'data-test': 'net-qr' }),
      el('p', {}, 'On the projector, open ', el('a', { href: host.watchUrl(code), target: '_blank', rel: 'noopener', 'data-test': 'net-watch' }, 'the projector\'s page'), ': the hall and the public record, nothing private.'),
    );
    parts.push(...congressPart(s, host), ...classPart(s, host));
    parts.push(
      el('h3', {}, 'After the lesson'),
      el('p', {}, 'The server keeps the class only until you end it. Download its record first to replay it or open it in the game.'),
      button('Download the record of the game', () => host.download(), { 'data-test': 'net-download' }),
      ...(s.ending
        ? [el('p', { role: 'alert' }, 'End the class? Every device is told, and the server forgets the class, its record and the students\' names.'), button('Yes, end the class', () => host.end(true), { class: 'primary', 'data-test': 'net-end-confirm' }), button('No, keep it', () => host.end(false), { 'data-test': 'net-end-cancel' })]
        : [button('End the class', () => host.end(false), { 'data-test': 'net-end' })]),
      button('Leave this class on this console (it goes on on the server)', () => host.forget(), { 'data-test': 'net-forget' }),
    );
  }
  box.replaceChildren(...parts);
  log.replaceChildren(...(s.view?.log ?? []).map((l) => el('li', {}, l.text)));
  if (focused) (box.querySelector<HTMLElement>(`[data-test="${focused}"]`) ?? box.querySelector<HTMLElement>('h2'))?.focus();
}

function congressPart(s: NetworkConsoleState, host: NetworkConsoleHost): HTMLElement[] {
  const sc = host.scenario;
  const v = s.view;
  if (!v) return [el('p', {}, 'Waiting for the congress from the server…')];
  const out: HTMLElement[] = [el('h3', {}, 'The congress'), el('p', { 'data-test': 'net-heading' }, headingOf(sc, v.phase))];
  if (v.due.kind === 'seats') out.push(el('p', { 'data-test': 'net-due' }, `Waiting for: ${platformsIn(sc, v.due.seats)}.`));
  if (v.proceed && v.due.kind !== 'seats') {
    const step = v.proceed;
    out.push(button(capitalFirst(commandLabel(sc, step)), () => host.act({ kind: 'command', command: step }), { class: 'primary', 'data-test': `net-proceed-${step.type}` }));
  }
  if (v.phase === 'outcome') out.push(el('p', { 'data-test': 'net-over' }, `The ${sc.meeting} has closed: the projector shows the votes beside the record.`));
  return out;
}

function classPart(s: NetworkConsoleState, host: NetworkConsoleHost): HTMLElement[] {
  const sc = host.scenario;
  const r = s.roster;
  const seats = s.view?.seats.map((x) => x.id) ?? sc.platforms.filter((p) => p.playable).map((p) => p.id);
  if (!r) return [];
  const roles = rolesOf(sc);
  const students = r.members.filter((m) => m.as === 'student');
  const table = el('table', { class: 'roles', 'data-test': 'net-roster' }, el('caption', {}, `The class: ${students.length} student${students.length === 1 ? '' : 's'} joined`), el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Seat'), el('th', { scope: 'col' }, 'Role'), el('th', { scope: 'col' }, 'Device')));
  for (const m of students) {
    const name = el('input', { value: m.name, maxlength: '40', 'aria-label': `Name of ${m.name}`, 'data-test': `net-name-${m.id}` });
    const rename = button('Rename', () => name.value.trim() && name.value.trim() !== m.name && host.act({ kind: 'rename', member: m.id, name: name.value.trim() }), { 'data-test': `net-rename-${m.id}` });
    const seat = el('select', { 'aria-label': `Seat of ${m.name}`, 'data-test': `net-seat-${m.id}` }, el('option', { value: '' }, 'no seat'), ...seats.map((id) => el('option', { value: id, selected: m.seat === id }, platformIn(sc, id))));
    seat.addEventListener('change', () => host.act({ kind: 'assign', member: m.id, seat: seat.value || null }));
    const role = el('select', { 'aria-label': `Role of ${m.name}`, 'data-test': `net-role-${m.id}` }, el('option', { value: '' }, 'no role'), ...roles.map((r) => el('option', { value: r.id, selected: m.role === r.id }, r.title)));
    role.addEventListener('change', () => host.act({ kind: 'role', member: m.id, role: role.value || null }));
    table.append(el('tr', {}, el('td', {}, name, ' ', rename), el('td', {}, seat), el('td', {}, role), el('td', { 'data-test': `net-here-${m.id}` }, m.here ? 'here' : 'away')));
  }
  const bySeat = seats.map((id) => {
    const holder = r.members.find((m) => m.seat === id);
    const who = holder ? holder.name : r.computer[id] ? 'the computer' : 'nobody yet';
    return el(
      'li',
      {},
      `${capitalFirst(platformIn(sc, id))}: ${who}. `,
      ...(r.computer[id] ? [] : [button(`Let the computer play ${platformIn(sc, id)}`, () => host.act({ kind: 'computer', seat: id, level: 'normal' }), { 'data-test': `net-computer-${id}` })]),
    );
  });
  const screens = r.members.filter((m) => m.as === 'projector');
  return [el('h3', {}, 'The class'), table, el('ul', { 'data-test': 'net-seats' }, ...bySeat), el('p', {}, `Projectors: ${screens.length ? screens.map((m) => `${m.name} (${m.here ? 'here' : 'away'})`).join(', ') : 'none yet'}.`)];
}
