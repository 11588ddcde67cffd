/**
 * The teacher's console (issue 14): the class's setup (size, lesson, a role for every student, names and
 * moves), then the lesson: the plan and its clock, a pause for everyone, the speakers' list with its speech
 * timer, the platforms' moves as the class decides them (or the model's, on request), a student's live
 * speech (the cards it used, how the room took it), the votes (by show of hands per delegation or per role,
 * by the model, or the model's count corrected), an event read to the room, straight to the debrief; then
 * the debrief and the exports. Every control is a real button, field or list, in reading order, so the
 * console works from the keyboard alone. DOM only: the lesson's moves are classroom/lesson.ts's, and the
 * host keeps, sends and times (host/classPage.ts).
 */
import { votedItem, type Scenario } from '../content/schema';
import { delegationIn, platformIn } from '../content/names';
import { debriefPrompts } from '../classroom/debrief';
import { countedVote, countsByRole, enter, liveSpeech, modelCounts, modelMove, playDiscussion, playToDebate, voteOptions, type Counts } from '../classroom/lesson';
import { clockText, historyBeside, type Moved } from '../classroom/projection';
import { CLASS_SIZE, LESSONS, PHASE_TITLES, PHASES, placed, proposeSetup, reassign, rename, type ClassSetup, type Lesson } from '../classroom/roles';
import { extendSpeech, followGame, lessonSeconds, minutesLeft, newSession, setRunning, setSpeakers, setSpeechRunning, skipSpeech, startSpeech, toPhase, type ClassSession } from '../classroom/session';
import type { Match, Submitted } from '../match/match';
import { PUBLIC, view } from '../match/view';
import { choicesOf, presentVoters } from '../rules/ballots';
import { historyYear, itemOf } from '../rules/agenda';
import { dueOf, nextItem } from '../rules/flow';
import { check, legalCommands } from '../rules/legal';
import { REACTIONS, type Command, type Reaction } from '../rules/types';
import { commandLabel, objectiveFigures } from '../words/narrate';
import { contentNote, contentNotePreview } from './contentNote';
import { button, el, toggle } from './dom';
import { movedIndices, movesText } from './hallPanel';

export interface ConsoleHost {
  scenario: Scenario;
  /** The teacher's guide as HTML (classroom/guide.ts: every word escaped), or null with guideProblem saying why. */
  guide(): string | null;
  guideProblem: string | null;
  /** The setup being prepared, kept across reloads before the lesson begins. */
  draft(): ClassSetup | null;
  keepDraft(setup: ClassSetup | null): void;
  /** A class session kept from an earlier lesson, or what is wrong with it. */
  kept(): { session: ClassSession; match: Match | null } | { problems: string[] } | null;
  /** The lesson begins (or goes on): the host keeps it, times it and sends the projector its public side. */
  begin(session: ClassSession, match: Match | null): void;
  /** The session or the game changed: kept (with the lesson's time of each new command), and sent to the projector. */
  changed(session: ClassSession, match: Match | null): ClassSession;
  end(): void;
  openProjector(): void;
  print(what: 'kit' | 'report' | 'guide'): void;
  exportCsv(): void;
  exportRecord(): void;
  setHidden(hidden: boolean): void;
  newGame(session: ClassSession): Match;
}

const LESSON_WORDS: Record<Lesson, string> = { '45': 'one lesson of 45 minutes', '50': 'one lesson of 50 minutes', two: 'two lessons' };
const ROOM_WORDS: Record<Reaction, string> = { silence: 'Silence', murmurs: 'Murmurs', applause: 'Applause', ovation: 'Ovation' };

/** What the teacher has chosen on the console but not yet entered: kept across redraws. */
interface Draft {
  seat: string | null;
  cards: string[];
  room: Reaction;
  method: 'delegation' | 'role' | 'model' | 'override';
  counts: Counts | null;
  roleVotes: Record<string, string>;
  size: number;
  lesson: Lesson;
  message: string;
}

export class ClassConsole {
  private session: ClassSession | null = null;
  private match: Match | null = null;
  private draft: Draft = { seat: null, cards: [], room: 'applause', method: 'delegation', counts: null, roleVotes: {}, size: 28, lesson: '45', message: '' };
  private moved: Moved | null = null;
  private clockNode: HTMLElement | null = null;
  private speechNode: HTMLElement | null = null;

  constructor(
    private readonly box: HTMLElement,
    private readonly log: HTMLElement,
    private readonly host: ConsoleHost,
  ) {}

  /** The class now (for the host's clock), and what the last speech did to the hall. */
  current(): { session: ClassSession | null; match: Match | null; moved: Moved | null } {
    return { session: this.session, match: this.match, moved: this.moved };
  }

  /** The clock moved: only the clocks are redrawn, so nothing the teacher is typing is lost. */
  ticked(session: ClassSession): void {
    this.session = session;
    if (this.clockNode) this.clockNode.textContent = clockText(minutesLeft(session) * 60);
    if (this.speechNode && session.speech) this.speechNode.textContent = clockText(session.speech.allowed - session.speech.spent);
  }

  show(session: ClassSession | null, match: Match | null): void {
    this.session = session;
    this.match = match;
    this.moved = null;
    this.render();
  }

  private get sc(): Scenario {
    return this.host.scenario;
  }

  /**
   * The session changed (not the game): `change` is applied to the session as it is when the teacher
   * presses, with the clock's last second in it, not as it was when the console was drawn.
   */
  private set(change: (session: ClassSession) => ClassSession): void {
    this.session = this.host.changed(change(this.session!), this.match);
    this.render();
  }

  /** A move on the game: into the record as the facilitator's, or its refusal shown. */
  private play(result: Submitted, after?: () => void): void {
    if (!result.ok) {
      this.draft.message = `Not entered: ${result.reason}.`;
      this.render();
      return;
    }
    // what a speech or an objection did, in the words and the red rings of the game's own hall
    const was = this.match ? view(this.sc, this.match, PUBLIC) : null;
    const now = view(this.sc, result.match, PUBLIC);
    const text = was ? movesText(this.sc, was, now) : '';
    this.moved = text ? { text, rings: movedIndices(was!, now) } : result.match.state.phase === this.match?.state.phase ? this.moved : null;
    this.match = result.match;
    this.draft = { ...this.draft, cards: [], counts: null, roleVotes: {}, message: '' };
    this.session = followGame(this.session!, result.match.state.phase);
    after?.();
    this.session = this.host.changed(this.session!, this.match);
    this.render();
  }

  render(): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset.test;
    this.clockNode = null;
    this.speechNode = null;
    if (!this.session) this.renderSetup();
    else this.renderLesson();
    this.renderLog();
    // the control pressed keeps the focus; one that went away hands it to the first control of what is due now
    if (focused) (this.box.querySelector<HTMLElement>(`[data-test="${focused}"]`) ?? this.box.querySelector<HTMLElement>('[data-part="now"] button:not([disabled]), [data-part="now"] select') ?? this.box.querySelector<HTMLElement>('h2'))?.focus();
  }

  private renderLog(): void {
    const lines = this.match ? view(this.sc, this.match, PUBLIC).log : [];
    this.log.replaceChildren(...lines.map((l) => el('li', {}, l.text, l.reason ? el('span', { class: 'reason' }, ` ${l.reason}`) : '')));
  }

  // ---- the setup ----

  private renderSetup(): void {
    const sc = this.sc;
    const draft = this.host.draft();
    const parts: (HTMLElement | string)[] = [el('h2', { tabindex: '-1' }, `A class: ${sc.title}`)];
    const kept = this.host.kept();
    if (kept && 'session' in kept) {
      parts.push(el('p', {}, `A class of ${kept.session.setup.size} began on ${kept.session.started.slice(0, 10)} and is kept in this browser.`), button('Continue the class', () => this.host.begin(kept.session, kept.match), { class: 'primary', 'data-test': 'class-continue' }));
    } else if (kept) {
      parts.push(el('p', { role: 'alert' }, `The class kept in this browser cannot be continued: ${kept.problems.slice(0, 3).join('; ')}.`));
    }
    const size = el('input', { type: 'number', id: 'class-size', min: String(CLASS_SIZE.min), max: String(CLASS_SIZE.max), value: String(draft?.size ?? this.draft.size), 'data-test': 'class-size' });
    const lesson = el('select', { id: 'class-lesson', 'data-test': 'class-lesson' }, ...LESSONS.map((l) => el('option', { value: l, selected: (draft?.lesson ?? this.draft.lesson) === l }, LESSON_WORDS[l])));
    const problem = el('p', { role: 'alert', class: 'problem' });
    const propose = button(draft ? 'Propose the roles again' : 'Propose the roles', () => {
      const n = Number(size.value);
      if (!Number.isInteger(n) || n < CLASS_SIZE.min || n > CLASS_SIZE.max) {
        problem.textContent = `A class here has ${CLASS_SIZE.min} to ${CLASS_SIZE.max} students; ${size.value || 'nothing'} was given.`;
        size.focus();
        return;
      }
      this.draft.size = n;
      this.draft.lesson = lesson.value as Lesson;
      this.host.keepDraft(proposeSetup(sc, n, this.draft.lesson));
      this.render();
      this.box.querySelector<HTMLElement>('[data-test="class-roles-heading"]')?.focus();
    }, { 'data-test': 'class-propose' });
    parts.push(
      el('h3', {}, 'Your class'),
      el('p', {}, el('label', { for: 'class-size' }, `Students (${CLASS_SIZE.min} to ${CLASS_SIZE.max}) `), size),
      el('p', {}, el('label', { for: 'class-lesson' }, 'Time '), lesson),
      propose,
      problem,
    );
    if (draft) parts.push(...this.rolesTable(draft));
    parts.push(el('h3', {}, 'Before the lesson'), this.guideBox(), contentNotePreview(sc));
    this.box.replaceChildren(...parts);
  }

  /** The teacher's guide, folded until opened, with its print button. */
  private guideBox(): HTMLElement {
    const html = this.host.guide();
    if (html === null) return el('p', { role: 'status' }, this.host.guideProblem ?? 'There is no teacher\'s guide.');
    const body = el('div', { class: 'guide-text' });
    body.innerHTML = html; // built by classroom/guide.ts from the guide's file, every word escaped
    return el('details', { class: 'teacher-guide', 'data-test': 'class-guide' }, el('summary', {}, 'The teacher\'s guide: objectives, the 45-minute plan, reading, glossary'), button('Print the guide', () => this.host.print('guide'), { 'data-test': 'class-print-guide' }), body);
  }

  private rolesTable(setup: ClassSetup): HTMLElement[] {
    const sc = this.sc;
    const plan = el('p', { 'data-test': 'class-plan' }, `The plan: ${PHASES.map((p) => `${PHASE_TITLES[p]} ${setup.plan[p]} min`).join(', ')}.`);
    const table = el('table', { class: 'breakdown roles', 'data-test': 'class-roles' }, el('caption', {}, `${placed(setup)} students in ${setup.roles.filter((r) => r.students.length).length} roles. Names are optional and stay in this browser.`));
    table.append(el('tr', {}, el('th', { scope: 'col' }, 'Role'), el('th', { scope: 'col' }, 'Student'), el('th', { scope: 'col' }, 'Move to')));
    setup.roles.forEach((role, r) => {
      role.students.forEach((name, i) => {
        const id = `name-${r}-${i}`;
        const input = el('input', { type: 'text', id, value: name, maxlength: '60', 'aria-label': `Name of ${role.students.length > 1 ? `student ${i + 1} in the role` : 'the student in the role'}: ${role.title}`, 'data-test': `name-${role.id}-${i}` });
        // the kept draft, not this drawing's: an earlier name or move is not undone
        const latest = () => this.host.draft() ?? setup;
        input.addEventListener('change', () => this.host.keepDraft(rename(latest(), role.id, i, input.value)));
        const move = el('select', { 'aria-label': `Move ${name || `student ${i + 1}`} of ${role.title} to another role`, 'data-test': `move-${role.id}-${i}` }, el('option', { value: '' }, 'stays'), ...setup.roles.filter((x) => x.id !== role.id).map((x) => el('option', { value: x.id }, x.title)));
        move.addEventListener('change', () => {
          if (!move.value) return;
          this.host.keepDraft(reassign(sc, latest(), role.id, i, move.value));
          this.render();
        });
        table.append(el('tr', {}, el('th', { scope: 'row' }, i === 0 ? role.title : ''), el('td', {}, input), el('td', {}, move)));
      });
    });
    const replacing = this.host.kept() !== null;
    const begin = button(replacing ? 'Begin a new lesson (it replaces the class kept in this browser)' : 'Begin the lesson', () => {
      this.host.begin(newSession(this.host.draft() ?? setup, new Date().toISOString()), null);
    }, { class: 'primary', 'data-test': 'class-begin' });
    const empty = setup.roles.filter((r) => !r.students.length && (r.kind === 'leader' || r.kind === 'speaker' || r.kind === 'chair'));
    const warning = empty.length ? el('p', { role: 'status', class: 'problem', 'data-test': 'class-empty-roles' }, `No student plays: ${empty.map((r) => r.title).join('; ')}. Move a student there, or the class plays without them.`) : el('p', { hidden: true });
    return [el('h3', { tabindex: '-1', 'data-test': 'class-roles-heading' }, 'The roles'), plan, warning, table, button('Print the kit (role cards, argument cards, tally sheet)', () => this.host.print('kit'), { 'data-test': 'class-print-kit' }), begin];
  }

  // ---- the lesson ----

  private renderLesson(): void {
    const s = this.session!;
    const parts: HTMLElement[] = [el('h2', { tabindex: '-1' }, `The lesson: ${this.sc.title}`)];
    this.clockNode = el('span', { class: 'clock', role: 'timer', 'aria-label': 'Time left in this phase', 'data-test': 'class-clock' }, clockText(minutesLeft(s) * 60));
    const phases = el('div', { class: 'phases', role: 'group', 'aria-label': 'The lesson\'s phases' }, ...PHASES.map((p) => toggle(`${PHASE_TITLES[p]} (${s.setup.plan[p]} min)`, s.clock.phase === p, () => this.set((c) => toPhase(c, p)), { 'data-test': `phase-${p}` })));
    parts.push(
      phases,
      el('p', {}, `${PHASE_TITLES[s.clock.phase]}: `, this.clockNode, ' left'),
      el('p', { class: 'row' },
        button(s.clock.running ? 'Pause the lesson' : lessonSeconds(s) > 0 ? 'Resume the lesson' : 'Start the clock', () => this.set((c) => setRunning(c, !c.clock.running)), { 'data-test': 'class-pause', class: s.clock.running ? '' : 'primary' }),
        button('Open the projector window', () => this.host.openProjector(), { 'data-test': 'class-projector' }),
        button('Hide the console (one screen)', () => this.host.setHidden(true), { 'data-test': 'class-hide' }),
      ),
    );
    if (this.draft.message) parts.push(el('p', { role: 'alert', class: 'problem', 'data-test': 'class-message' }, this.draft.message));
    parts.push(el('section', { 'data-part': 'now', 'aria-label': 'What the congress waits for' }, ...this.congressPart()));
    if (this.match?.state.phase !== 'outcome') parts.push(...this.speakersPart(), ...this.otherPart());
    parts.push(...this.exportPart());
    this.box.replaceChildren(...parts);
  }

  /** What the congress waits for now, and the teacher's way to give it. */
  private congressPart(): HTMLElement[] {
    const sc = this.sc;
    if (!this.match) {
      return [el('h3', {}, 'The congress'), el('p', {}, 'The game begins when you open the Discussion: the platforms\' first moves, or the model\'s.'), button('Open the Discussion', () => this.play({ ok: true, match: this.host.newGame(this.session!) }), { class: 'primary', 'data-test': 'class-open-game' })];
    }
    const m = this.match;
    if (m.state.phase === 'outcome') return this.debriefPart();
    const due = dueOf(sc, m.state);
    const out: HTMLElement[] = [el('h3', {}, 'The congress now')];
    if (this.moved) out.push(el('p', { class: 'moves', 'data-test': 'class-moves' }, this.moved.text));
    if (m.state.phase === 'debate') return [...out, ...this.speechPart()];
    if (due.kind === 'proceed' && due.command.type === 'vote') return [...out, ...this.votePart()];
    if (due.kind === 'proceed') {
      // the news that opens the congress comes after its content note, read by the teacher first
      const note = due.command.type === 'open' ? contentNote(sc, 'opening') : null;
      if (note) out.push(note);
      out.push(button(capitalFirst(commandLabel(sc, due.command)), () => this.play(enter(sc, m, due.command)), { class: 'primary', 'data-test': `proceed-${due.command.type}` }));
      return out;
    }
    if (due.kind !== 'seats') return out;
    const seat = due.seats[0]!;
    const moves = legalCommands(sc, m.state, 'facilitator').filter((c): c is Command & { seat: string } => 'seat' in c && c.seat === seat);
    const select = el('select', { id: 'class-move', 'data-test': 'class-move' }, ...moves.map((c, i) => el('option', { value: String(i) }, commandLabel(sc, c))));
    out.push(
      el('p', {}, `${capitalFirst(platformIn(sc, seat))} owes a move. The class decides; you enter it.`),
      el('p', {}, el('label', { for: 'class-move' }, 'Its move '), select),
      el('p', { class: 'row' },
        button('Enter this move', () => this.play(enter(sc, m, moves[Number(select.value)]!)), { class: 'primary', 'data-test': 'class-enter-move' }),
        button('Let the model play this move', () => this.play(modelMove(sc, m)), { 'data-test': 'class-model-move' }),
        m.state.phase === 'discussion'
          ? button('Let the model play the rest of the Discussion', () => this.play(playDiscussion(sc, m)), { 'data-test': 'class-model-discussion' })
          : button('Let the model play on to the debate', () => this.play(playToDebate(sc, m)), { 'data-test': 'class-to-debate' }),
      ),
    );
    return out;
  }

  private speechPart(): HTMLElement[] {
    const sc = this.sc;
    const m = this.match!;
    const seats = m.state.seats.map((x) => x.id);
    const speechRole = this.session!.speech ? this.session!.setup.roles.find((r) => r.id === this.session!.speech!.role) : null;
    const seat = this.draft.seat && seats.includes(this.draft.seat) ? this.draft.seat : (speechRole?.platform ?? seats[0]!);
    this.draft.seat = seat;
    const who = el('select', { id: 'class-speech-seat', 'data-test': 'class-speech-seat' }, ...seats.map((id) => el('option', { value: id, selected: id === seat }, `${capitalFirst(platformIn(sc, id))} (${m.state.minutes[id] ?? 0} minutes left)`)));
    who.addEventListener('change', () => {
      this.draft.seat = who.value;
      this.draft.cards = [];
      this.render();
    });
    const played = new Set(m.state.played.map((p) => p.card));
    const cards = sc.cards.filter((c) => c.platform === seat && !played.has(c.id));
    const cardBox = el('div', { role: 'group', 'aria-label': 'The argument cards the speech used', class: 'cards' }, ...cards.map((c) => toggle(`${c.title} (${c.minutes} min)`, this.draft.cards.includes(c.id), (on) => {
      this.draft.cards = on ? [...this.draft.cards, c.id] : this.draft.cards.filter((x) => x !== c.id);
    }, { 'data-test': `card-${c.id}` })));
    const room = el('div', { role: 'radiogroup', 'aria-label': 'How the room took it', class: 'row' }, ...REACTIONS.map((r) => {
      const b = el('button', { type: 'button', role: 'radio', 'aria-checked': String(this.draft.room === r), 'data-test': `room-${r}` }, ROOM_WORDS[r]);
      b.addEventListener('click', () => {
        this.draft.room = r;
        this.render();
      });
      return b;
    }));
    return [
      el('p', {}, 'After a student\'s speech: the platform it was for, the argument cards it used, how the room took it. The model moves the delegates, and the record says why.'),
      el('p', {}, el('label', { for: 'class-speech-seat' }, 'The speech was for '), who),
      cards.length ? cardBox : el('p', {}, 'This platform has made every one of its arguments.'),
      room,
      el('p', { class: 'row' },
        button('Enter the speech', () => this.play(liveSpeech(sc, m, seat, this.draft.cards, this.draft.room)), { class: 'primary', 'data-test': 'class-enter-speech' }),
        button('Close the debate: to the votes', () => this.play(enter(sc, m, { type: 'close' })), { 'data-test': 'class-close-debate' }),
      ),
    ];
  }

  private votePart(): HTMLElement[] {
    const sc = this.sc;
    const m = this.match!;
    const options = voteOptions(sc, m)!;
    const item = itemOf(sc, nextItem(sc, m.state)!);
    const titles = new Map(choicesOf(sc, item.id).map((c) => [c.id, c.title]));
    const optionName = (o: string) => titles.get(o) ?? o;
    const methods = { delegation: 'Show of hands, counted per delegation', role: 'Show of hands per role: each delegation\'s head casts its votes', model: 'The model counts', override: 'The model counts; you correct it' } as const;
    const method = el('select', { id: 'class-vote-method', 'data-test': 'class-vote-method' }, ...Object.entries(methods).map(([k, v]) => el('option', { value: k, selected: this.draft.method === k }, v)));
    method.addEventListener('change', () => {
      this.draft.method = method.value as Draft['method'];
      this.draft.counts = this.draft.method === 'override' ? modelCounts(sc, m) : null;
      this.render();
    });
    const out: HTMLElement[] = [el('p', {}, `The vote: ${item.title}.`), el('p', {}, el('label', { for: 'class-vote-method' }, 'Counted by '), method)];
    const present = presentVoters(m.state);
    if (this.draft.method === 'delegation' || this.draft.method === 'override') {
      this.draft.counts ??= this.draft.method === 'override' ? modelCounts(sc, m) : {};
      const counts = this.draft.counts;
      const table = el('table', { class: 'breakdown', 'data-test': 'class-hands' }, el('caption', {}, 'Votes per delegation (the rest of its delegates in the hall abstain)'));
      table.append(el('tr', {}, el('th', { scope: 'col' }, 'Delegation'), el('th', { scope: 'col' }, 'In the hall'), ...options.map((o) => el('th', { scope: 'col' }, optionName(o)))));
      for (const d of sc.delegations) {
        const here = present.get(d.id) ?? 0;
        table.append(el('tr', {}, el('th', { scope: 'row' }, delegationIn(sc, d.id)), el('td', {}, String(here)), ...options.map((o) => {
          const input = el('input', { type: 'number', min: '0', max: String(here), value: String(counts[d.id]?.[o] ?? 0), 'aria-label': `${delegationIn(sc, d.id)}: votes for ${optionName(o)}`, 'data-test': `hands-${d.id}-${o}` });
          input.addEventListener('change', () => {
            counts[d.id] = { ...(counts[d.id] ?? {}), [o]: Math.max(0, Math.floor(Number(input.value) || 0)) };
          });
          return el('td', {}, input);
        })));
      }
      out.push(table);
    }
    if (this.draft.method === 'role') {
      const heads = this.session!.setup.roles.filter((r) => r.kind === 'head' && r.students.length && r.delegation);
      const list = el('ul', { 'aria-label': 'Each head\'s vote' }, ...heads.map((r) => {
        const select = el('select', { 'aria-label': `${r.title}: votes for`, 'data-test': `role-vote-${r.id}` }, el('option', { value: '' }, 'the model decides'), ...options.map((o) => el('option', { value: o, selected: this.draft.roleVotes[r.id] === o }, optionName(o))), el('option', { value: 'abstain', selected: this.draft.roleVotes[r.id] === 'abstain' }, 'abstains'));
        select.addEventListener('change', () => {
          if (select.value) this.draft.roleVotes[r.id] = select.value;
          else delete this.draft.roleVotes[r.id];
        });
        return el('li', {}, `${r.title} (${present.get(r.delegation!) ?? 0} in the hall) `, select);
      }));
      out.push(list, el('p', {}, 'Delegations without a head in the class are counted by the model.'));
    }
    const count = button('Count the vote', () => {
      const d = this.draft;
      if (d.method === 'model') return this.play(enter(sc, m, { type: 'vote' }));
      if (d.method === 'role') return this.play(countedVote(sc, m, countsByRole(sc, m, this.session!.setup, d.roleVotes), 'hands'));
      this.play(countedVote(sc, m, d.counts ?? {}, d.method === 'override' ? 'override' : 'hands'));
    }, { class: 'primary', 'data-test': 'class-count-vote' });
    out.push(count);
    return out;
  }

  private speakersPart(): HTMLElement[] {
    const s = this.session!;
    const titleOf = (id: string) => {
      const r = s.setup.roles.find((x) => x.id === id);
      const names = r?.students.filter(Boolean).join(', ');
      return r ? `${r.title}${names ? ` (${names})` : ''}` : id;
    };
    const list = el('ol', { 'aria-label': 'The speakers\' list', 'data-test': 'speakers' }, ...s.speakers.map((id, i) => el('li', {}, `${titleOf(id)} `,
      button('Up', () => this.set((c) => setSpeakers(c, move(c.speakers, i, -1))), { disabled: i === 0, 'aria-label': `Move ${titleOf(id)} up` }),
      button('Down', () => this.set((c) => setSpeakers(c, move(c.speakers, i, 1))), { disabled: i === s.speakers.length - 1, 'aria-label': `Move ${titleOf(id)} down` }),
      button('Remove', () => this.set((c) => setSpeakers(c, c.speakers.filter((_, j) => j !== i))), { 'aria-label': `Remove ${titleOf(id)} from the list` }),
    )));
    const add = el('select', { id: 'class-add-speaker', 'data-test': 'class-add-speaker' }, ...s.setup.roles.filter((r) => r.students.length).map((r) => el('option', { value: r.id }, titleOf(r.id))));
    const out: HTMLElement[] = [el('h3', {}, 'The speakers\' list'), s.speakers.length ? list : el('p', {}, 'Nobody is on the list.'), el('p', {}, el('label', { for: 'class-add-speaker' }, 'Add '), add, ' ', button('Add to the list', () => this.set((c) => setSpeakers(c, [...c.speakers, add.value])), { 'data-test': 'class-add' }))];
    if (s.speech) {
      this.speechNode = el('span', { class: 'clock', role: 'timer', 'aria-label': 'Time left for this speech', 'data-test': 'speech-clock' }, clockText(s.speech.allowed - s.speech.spent));
      out.push(
        el('p', {}, el('strong', {}, 'Speaking: '), `${titleOf(s.speech.role)} `, this.speechNode, s.speech.running ? '' : ' (paused)'),
        el('p', { class: 'row' },
          button(s.speech.running ? 'Pause the speech' : 'Resume the speech', () => this.set((c) => setSpeechRunning(c, !c.speech?.running)), { 'data-test': 'speech-pause' }),
          button('A minute more', () => this.set(extendSpeech), { 'data-test': 'speech-extend' }),
          button(s.speakers.length ? 'End it: the next speaker' : 'End the speech', () => this.set(skipSpeech), { 'data-test': 'speech-skip' }),
        ),
      );
    } else if (s.speakers.length) out.push(button('Start the next speech', () => this.set(startSpeech), { 'data-test': 'speech-start' }));
    return out;
  }

  /** An event read to the room; straight to the debrief. */
  private otherPart(): HTMLElement[] {
    const sc = this.sc;
    const m = this.match;
    if (!m) return [];
    const read = m.state.class?.injected ?? [];
    const events = sc.events.filter((e) => !read.includes(e.id));
    const out: HTMLElement[] = [el('h3', {}, 'The teacher\'s moves')];
    if (events.length) {
      const select = el('select', { id: 'class-event', 'data-test': 'class-event' }, ...events.map((e) => el('option', { value: e.id }, `${e.date}: ${e.title}`)));
      out.push(el('p', {}, el('label', { for: 'class-event' }, 'An event '), select, ' ', button('Read it to the room', () => this.play(enter(sc, m, { type: 'inject', event: select.value })), { 'data-test': 'class-inject' })));
    }
    const adjourn = check(sc, m.state, { type: 'adjourn' }, 'facilitator');
    out.push(button('Straight to the debrief (the model counts the votes not yet taken)', () => this.play(enter(sc, m, { type: 'adjourn' }), () => (this.session = toPhase(this.session!, 'debrief'))), { disabled: adjourn !== null, 'data-test': 'class-adjourn' }));
    if (adjourn) out.push(el('p', { class: 'source' }, `Not yet: ${adjourn}.`));
    return out;
  }

  private debriefPart(): HTMLElement[] {
    const sc = this.sc;
    const m = this.match!;
    const item = votedItem(sc);
    const year = historyYear(item.date, sc.dates);
    const beside = historyBeside(sc, m.state.ballots);
    const out: HTMLElement[] = [el('h3', { 'data-test': 'class-debrief' }, 'The debrief')];
    if (beside) {
      const table = el('table', { class: 'breakdown' }, el('caption', {}, `The class's votes beside ${year}`));
      table.append(el('tr', {}, el('th', { scope: 'col' }, 'Motion'), el('th', { scope: 'col' }, 'The class'), el('th', { scope: 'col' }, year)));
      for (const r of beside.rows) table.append(el('tr', {}, el('th', { scope: 'row' }, r.motion), el('td', {}, String(r.class)), el('td', {}, r.then === null ? 'unknown' : String(r.then))));
      out.push(table, el('p', {}, el('strong', {}, `In ${year}: `), beside.summary), el('p', { class: 'source' }, `Sources: ${item.record.sources.map((id) => sourceName(sc, id)).join('; ')} (confidence: ${item.record.confidence}).`));
    }
    for (const s of m.state.outcome?.seats ?? []) {
      const list = el('ul', { 'aria-label': `${platformIn(sc, s.seat)} against history` }, ...s.objectives.map((o) => {
        const f = objectiveFigures(o, item.record.counts);
        return el('li', {}, `${o.text}: the class ${f.game}; ${year} ${f.history}.`);
      }));
      out.push(el('h4', {}, `${capitalFirst(platformIn(sc, s.seat))}: ${s.grade}`), list);
    }
    const disputed = [sc.totals.figure, sc.opening.figure].map((id) => sc.figures.find((f) => f.id === id)).filter((f) => f !== undefined);
    if (disputed.length) {
      out.push(el('h4', {}, 'Where the sources disagree'), el('ul', {}, ...disputed.map((f) => el('li', {}, `${f.label}: ${f.values.map((v) => `${v.value} (${v.note}; ${v.sources.map((id) => sourceName(sc, id)).join(', ')})`).join(', or ')}.`))));
    }
    const cast = this.session!.setup.roles.filter((r) => r.students.some(Boolean));
    if (cast.length) out.push(el('h4', {}, 'Who played whom'), el('ul', { 'data-test': 'class-cast' }, ...cast.map((r) => el('li', {}, `${r.title}: ${r.students.filter(Boolean).join(', ')}`))));
    out.push(el('h4', {}, 'Questions for the class'), el('ol', { 'data-test': 'class-prompts' }, ...debriefPrompts(sc, m.state).map((p) => el('li', {}, p))));
    if (sc.epilogue) out.push(el('h4', {}, 'Afterwards'), contentNotePreview(sc));
    return out;
  }

  private exportPart(): HTMLElement[] {
    return [
      el('h3', {}, 'Keep and print'),
      el('p', { class: 'row' },
        button('Download the actions (CSV)', () => this.host.exportCsv(), { disabled: !this.match, 'data-test': 'export-csv' }),
        button('Download the game record (JSON)', () => this.host.exportRecord(), { disabled: !this.match, 'data-test': 'export-record' }),
        button('Print the stenographic report', () => this.host.print('report'), { disabled: !this.match, 'data-test': 'print-report' }),
        button('Print the kit', () => this.host.print('kit'), { 'data-test': 'print-kit' }),
        button('Print the teacher\'s guide', () => this.host.print('guide'), { 'data-test': 'print-guide' }),
        button('End the class (forget it in this browser)', () => this.host.end(), { 'data-test': 'class-end' }),
      ),
    ];
  }
}

function move<T>(list: readonly T[], i: number, by: number): T[] {
  const next = [...list];
  const [x] = next.splice(i, 1);
  next.splice(i + by, 0, x!);
  return next;
}

function capitalFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sourceName(sc: Scenario, id: string): string {
  const s = sc.sources.find((x) => x.id === id);
  return s ? `${s.author}, ${s.title}` : id;
}
