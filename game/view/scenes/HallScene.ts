/**
 * The hall, from the Discussion to the vote, and the replay of a match: every delegate in the hemicycle,
 * the rostrum and its speaker, a bar of how the voting delegates lean (or voted), and in the panel the
 * controls that fit the moment. Draws from the screen's view only; subscribes to the actor, redraws on
 * change, sends events on input; decides nothing.
 */
import { Scene } from 'phaser';
import { fold } from '../../match/match';
import { view, type MatchView } from '../../match/view';
import type { Command, SeatCommand } from '../../rules/types';
import { headingOf } from '../../words/narrate';
import { fitHallCamera, hallCaptions, hallSize, HallDrawing, type HallSize } from '../HallDrawing';
import { firstRoundGuide, guideWanted, platformCheck } from '../guide';
import { HallEffects } from '../HallEffects';
import { movesText, chairControls, floorControls, debateControls, delegationDetails, delegationList, discussionControls, forecastView, volunteerControls, voteTable, waiting } from '../hallPanel';
import { replayControls } from '../replayPanel';
import type { Screen } from '../screen';
import { button, el } from '../dom';
import { contentNote } from '../contentNote';
import { hallCarried } from '../campaignPanel';
import type { ViewContext } from '../ViewContext';

export class HallScene extends Scene {
  private drawing!: HallDrawing;
  private effects!: HallEffects;
  private lastView: MatchView | null = null;
  private lastPanelKey = '';
  private palette = '';
  private hovered: string | null = null;
  private chooseConference: ((delegation: string) => void) | null = null;
  private moves = ''; // what the last speech or objection did to the marks, in words

  constructor(private readonly ctx: ViewContext) {
    super('hall');
  }

  init(): void {
    this.lastView = null;
    this.lastPanelKey = '';
  }

  create(): void {
    this.ctx.report.scene = 'hall';
    // no camera background: the hall's one image covers the screen, and a camera fill would cost a second
    // full-screen draw every frame
    this.drawing = new HallDrawing(this, this.ctx.scenario, () => this.ctx.report.palette, this.size());
    this.fitCamera();
    const onResize = () => {
      this.drawing.resize(this.size());
      this.fitCamera();
      this.lastView = null;
      this.render();
    };
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
    this.palette = this.ctx.report.palette;
    this.effects = new HallEffects(this, this.ctx.scenario, () => this.drawing.seatPoints(), () => this.ctx.report.palette, (seats) => {
      this.drawing.setRings(seats);
      this.ctx.report.hallRings = seats.length;
    });
    this.input.on('pointermove', (pointer: { worldX: number; worldY: number }) => {
      const v = this.ctx.screen().view;
      const group = v && this.drawing.delegationAt(pointer.worldX, pointer.worldY);
      if (v && group && group !== this.hovered) this.showDetails(delegationDetails(this.ctx.scenario, v, group), group);
      if (!group && this.hovered) this.showDetails('', null);
      this.hovered = group ?? null;
    });
    // pointing at a conference in the Discussion makes it the action to take
    this.input.on('pointerdown', (pointer: { worldX: number; worldY: number }) => {
      const group = this.drawing.delegationAt(pointer.worldX, pointer.worldY);
      if (group) this.chooseConference?.(group);
    });
    this.events.once('shutdown', () => this.showDetails('', null));
    const sub = this.ctx.actor.subscribe({ next: () => this.render(), error: () => undefined });
    this.events.once('shutdown', () => sub.unsubscribe());
    this.render();
  }

  /** The canvas in CSS pixels, its pixel ratio, and the label size the page asks for. */
  private size(): HallSize {
    return hallSize(this);
  }

  private fitCamera(): void {
    fitHallCamera(this);
  }

  /** The layout last drawn: every label's box and the font sizes (for the test hook). */
  layout(): ReturnType<HallDrawing['lastLayout']> {
    return this.drawing?.lastLayout() ?? null;
  }

  /** Repaints the hall when the player changes the palette in the settings. */
  override update(_time: number, delta: number): void {
    this.effects.update(delta);
    this.drawing.flush();
    if (this.palette !== this.ctx.report.palette) {
      this.palette = this.ctx.report.palette;
      this.lastView = null;
      this.render();
    }
  }

  private render(): void {
    const screen = this.ctx.screen();
    const v = screen.view;
    if (!v || (screen.mode !== 'playing' && screen.mode !== 'replay')) return;
    if (v !== this.lastView) {
      const before = this.lastView;
      this.lastView = v;
      const sc = this.ctx.scenario;
      // effects only for a game moving forward by a step, not for a jump in a replay (first, so the rings
      // round the delegates a speech moved are in the picture painted next)
      const stepped = before !== null && v.step > before.step && v.step - before.step <= 3;
      if (stepped) this.effects.changed(before, v);
      this.ctx.report.hallDelegates = this.drawing.draw(v.delegates, hallCaptions(sc, v, screen.mode === 'replay' ? `Replay: ${headingOf(sc, v.phase)}` : headingOf(sc, v.phase)));
      this.ctx.report.hallLayout = this.drawing.lastLayout();
      if (stepped) {
        const moves = movesText(this.ctx.scenario, before, v);
        if (moves) this.moves = moves;
      }
      if (!before || v.phase !== before.phase) this.moves = '';
      // a reload in the debate: what the last speech did, read again from the record
      if (!before && v.phase === 'debate' && screen.mode === 'playing') this.moves = this.lastMoves(v);
    }
    this.renderPanel(screen, v);
  }

  /** A first game's guide: for one player (not at a shared screen, not in a replay) until dismissed. */
  private guided(): boolean {
    const s = this.ctx.screen();
    return s.mode === 'playing' && !s.hotSeat && s.view?.you !== null && guideWanted();
  }

  /** What the last speech or objection of the debate did, from the record folded to just before and after it. */
  private lastMoves(v: MatchView): string {
    const match = this.ctx.actor.getSnapshot().context.match;
    const at = v.log.filter((l) => l.kind === 'speech' || l.kind === 'objection').at(-1)?.at;
    if (!match || at === undefined) return '';
    const sc = this.ctx.scenario;
    const before = fold(sc, match.record, at);
    const after = fold(sc, match.record, at + 1);
    return before.ok && after.ok ? movesText(sc, view(sc, before.match, v.viewer), view(sc, after.match, v.viewer)) : '';
  }

  /** Who a delegation is, how it leans and why: shown beside the hall, next to its seats. */
  private showDetails(text: string, delegation: string | null): void {
    const box = this.details();
    box.textContent = text;
    box.hidden = !text;
    const at = delegation ? this.drawing.labelOf(delegation) : null;
    const host = box.parentElement!;
    const canvas = this.game.canvas.getBoundingClientRect();
    const hostBox = host.getBoundingClientRect();
    const x = at ? canvas.left - hostBox.left + at.x : 16;
    const y = at ? canvas.top - hostBox.top + at.y : 16;
    const left = Math.min(Math.max(8, x - box.offsetWidth / 2), Math.max(8, host.clientWidth - box.offsetWidth - 8));
    const top = y + box.offsetHeight + 24 < host.clientHeight ? y + 16 : Math.max(8, y - box.offsetHeight - 16);
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  /** The box beside the hall for a delegation's details (one, kept across scenes). */
  private details(): HTMLElement {
    let box = document.getElementById('hall-details');
    if (!box) {
      box = el('p', { id: 'hall-details', role: 'status', class: 'hall-details', hidden: true });
      document.getElementById('game-container')!.append(box);
    }
    return box;
  }

  private renderPanel(screen: Screen, v: MatchView): void {
    const key = `${screen.mode}|${v.step}|${screen.replay?.cursor ?? ''}|${screen.notice ?? ''}|${v.you?.sealed ? 'sealed' : ''}|${v.viewer.kind === 'seat' ? v.viewer.seat : v.viewer.kind}`;
    if (key === this.lastPanelKey) return;
    this.lastPanelKey = key;
    const sc = this.ctx.scenario;
    const panel = this.ctx.panel(screen.mode === 'replay' ? 'Replay' : headingOf(sc, v.phase));
    if (screen.mode === 'replay') {
      panel.append(replayControls(this.ctx, screen, v));
    } else {
      if (screen.notice) panel.append(el('p', { role: 'alert', class: 'rejection' }, screen.notice));
      const campaign = this.ctx.campaign();
      const carried = campaign && hallCarried(campaign);
      if (carried) panel.append(carried);
      if (v.you?.secret) panel.append(el('details', { class: 'secret', 'data-test': 'secret-objective' }, el('summary', {}, 'Your secret objective (only you see it; O shows every objective)'), el('p', {}, v.you.secret)));
      if (this.moves) panel.append(el('p', { class: 'moves', 'data-test': 'moves' }, this.moves));
      const focus = this.phaseControls(panel, v);
      panel.append(this.gameTools());
      // after each step the keyboard lands on the new decision (not while the player is typing elsewhere)
      if (focus && !document.querySelector('dialog[open]')) focus.focus({ preventScroll: false });
    }
    panel.append(delegationList(sc, v, (text, id) => this.showDetails(text, id)));
  }

  /** Fills the panel with the phase's decision; returns the control the keyboard focus should land on. */
  private phaseControls(panel: HTMLElement, v: MatchView): HTMLElement | null {
    let focus: HTMLElement | null = null;
    this.chooseConference = null;
    const { actor, scenario: sc, codex } = this.ctx;
    const you = v.you;
    const act = (command: SeatCommand) => actor.send({ type: 'match.command', command, by: { seat: command.seat } });
    const ask = (command: Command) => this.ctx.ask(command);
    const mayAct = !!you && you.legal.length > 0;
    const proceed = (label: string) => {
      const command = v.proceed;
      if (!command) return;
      const next = button(label, () => actor.send({ type: 'match.command', command, by: 'facilitator' }), { class: 'primary', 'data-test': 'continue' });
      panel.append(next);
      focus = next;
    };
    const lastLine = (kind: string) => v.log.filter((l) => l.kind === kind).at(-1);
    switch (v.phase) {
      case 'discussion':
        if (mayAct) {
          const controls = discussionControls(sc, v, you!, act, codex);
          panel.append(controls.box);
          this.chooseConference = controls.choose;
          focus = controls.first;
          if (v.round === 0 && this.guided()) panel.append(firstRoundGuide(sc));
        } else panel.append(waiting(sc, v));
        break;
      case 'elected':
        panel.append(el('p', {}, lastLine('election')?.text ?? ''));
        panel.append(contentNote(sc, 'opening') ?? '');
        proceed(`Open the ${sc.meeting}`);
        if (this.guided()) {
          const check = platformCheck(sc);
          if (check) panel.append(check);
        }
        break;
      case 'opening': {
        const o = sc.opening;
        // the news as it reached the hall: a telegram slip, typed
        panel.append(el('div', { class: 'telegram', 'data-test': 'telegram' }, el('p', { class: 'telegram-head', 'aria-hidden': 'true' }, 'Telegram'), el('p', { class: 'telegram-title' }, o.title), el('p', {}, o.text)));
        panel.append(button('Sources for the opening', () => codex.cite(o.title, o.sources, o.confidence), { class: 'cite' }));
        proceed('To the floor');
        break;
      }
      case 'volunteers':
        panel.append(you && (mayAct || you.sealed) ? volunteerControls(sc, you, act) : waiting(sc, v));
        if (you?.sealed) panel.append(waiting(sc, v));
        break;
      case 'presidium':
        panel.append(mayAct ? chairControls(sc, v, you!, 'presidium', act) : waiting(sc, v));
        break;
      case 'debate':
        panel.append(mayAct ? debateControls(sc, v, you!, act, ask, codex) : waiting(sc, v));
        break;
      case 'forecast':
        panel.append(forecastView(sc, v));
        if (mayAct && you!.legal.some((a) => a.type === 'slate')) panel.append(chairControls(sc, v, you!, 'slate', act));
        else if (mayAct) {
          const controls = floorControls(sc, v, you!, act, codex);
          panel.append(controls.box);
          focus = controls.first;
        } else if (v.due.kind === 'seats') panel.append(waiting(sc, v));
        else proceed('Take the vote');
        break;
      case 'ballot': {
        const ballot = v.ballots.at(-1);
        panel.append(el('p', {}, lastLine('vote')?.text ?? ''));
        if (ballot) panel.append(voteTable(sc, ballot));
        proceed(v.proceed?.type === 'next' ? 'Next item' : 'See the outcome');
        break;
      }
      default:
        break;
    }
    // every other decision: its first control
    return focus ?? panel.querySelector<HTMLElement>('button.primary:not([disabled])') ?? panel.querySelector<HTMLElement>('button:not([disabled]), select');
  }

  /** Save the game to a file, step back through it, or leave for the title: the game is kept either way. */
  private gameTools(): HTMLElement {
    const { actor, saves } = this.ctx;
    return el(
      'details',
      { class: 'game-tools' },
      el('summary', {}, 'This game: save, replay'),
      button('Save to a file', () => saves.download()),
      button('Replay the game so far', () => actor.send({ type: 'replay.open' }), { 'data-test': 'replay-open' }),
      button('Back to the title (the game is kept)', () => actor.send({ type: 'session.title' })),
    );
  }
}
