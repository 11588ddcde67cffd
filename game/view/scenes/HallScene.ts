/**
 * The hall, from the Discussion to the vote, and the replay of a match: every delegate in the hemicycle,
 * the rostrum and its speaker, a bar of how the voting delegates lean (or voted), and in the panel the
 * controls that fit the moment. Draws from the screen's view only; subscribes to the actor, redraws on
 * change, sends events on input; decides nothing.
 */
import { votedItem } from '../../content/schema';
import { Scene } from 'phaser';
import { markCounts } from '../../match/marks';
import type { MatchView } from '../../match/view';
import type { Command, SeatCommand } from '../../rules/types';
import { headingOf } from '../../words/narrate';
import { HallDrawing } from '../HallDrawing';
import { HallEffects } from '../HallEffects';
import { chairControls, debateControls, delegationDetails, delegationList, discussionControls, forecastView, volunteerControls, voteTable, waiting } from '../hallPanel';
import { replayControls } from '../replayPanel';
import type { Screen } from '../screen';
import { button, el } from '../dom';
import type { ViewContext } from '../ViewContext';

export class HallScene extends Scene {
  private drawing!: HallDrawing;
  private effects!: HallEffects;
  private lastView: MatchView | null = null;
  private lastPanelKey = '';
  private palette = '';
  private hovered: string | null = null;

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
    this.drawing = new HallDrawing(this, this.ctx.scenario, () => this.ctx.report.palette);
    this.palette = this.ctx.report.palette;
    this.effects = new HallEffects(this, this.ctx.scenario, () => this.drawing.seatPoints(), () => this.ctx.report.palette);
    this.input.on('pointermove', (pointer: { worldX: number; worldY: number }) => {
      const v = this.ctx.screen().view;
      const group = v && this.drawing.delegationAt(pointer.worldX, pointer.worldY);
      if (v && group && group !== this.hovered) this.showDetails(delegationDetails(this.ctx.scenario, v, group));
      this.hovered = group ?? null;
    });
    const sub = this.ctx.actor.subscribe({ next: () => this.render(), error: () => undefined });
    this.events.once('shutdown', () => sub.unsubscribe());
    this.render();
  }

  /** Repaints the hall when the player changes the palette in the settings. */
  override update(_time: number, delta: number): void {
    this.effects.update(delta);
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
      const ballot = v.ballots[0];
      const short = (platform: string | null) => sc.platforms.find((p) => p.id === platform)?.short ?? '';
      const speaker = sc.platforms.find((p) => p.id === v.speaker);
      this.ctx.report.hallDelegates = this.drawing.draw(v.delegates, {
        heading: screen.mode === 'replay' ? `Replay: ${headingOf(sc, v.phase)}` : headingOf(sc, v.phase),
        speaker: speaker ? speaker.leaders[0]! : '—',
        tally: ballot ? `${votedItem(sc).motions.map((m) => `${short(m.platform)} ${ballot.votes[m.id] ?? 0}`).join(' · ')} · abstained ${ballot.abstained}` : '',
        counts: markCounts(v.delegates),
      });
      // effects only for a game moving forward by a step, not for a jump in a replay
      if (before && v.step > before.step && v.step - before.step <= 3) this.effects.changed(before, v);
    }
    this.renderPanel(screen, v);
  }

  /** Who a delegation is, how it leans and why: shown in the details line under the controls. */
  private showDetails(text: string): void {
    const box = document.getElementById('hall-details');
    if (box) box.textContent = text;
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
      if (v.you?.secret) panel.append(el('p', { class: 'secret', 'data-test': 'secret-objective' }, el('strong', {}, 'Your secret objective (only you see it): '), v.you.secret));
      this.phaseControls(panel, v);
      panel.append(this.gameTools());
    }
    panel.append(delegationList(sc, v, (text) => this.showDetails(text)), el('p', { id: 'hall-details', 'aria-live': 'polite', class: 'source' }));
  }

  private phaseControls(panel: HTMLElement, v: MatchView): void {
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
      next.focus();
    };
    const lastLine = (kind: string) => v.log.filter((l) => l.kind === kind).at(-1);
    switch (v.phase) {
      case 'discussion':
        panel.append(mayAct ? discussionControls(sc, v, you!, act, codex) : waiting(sc, v));
        break;
      case 'elected':
        panel.append(el('p', {}, lastLine('election')?.text ?? ''));
        proceed('Open the congress');
        break;
      case 'opening': {
        panel.append(el('p', {}, lastLine('opening')?.text ?? ''));
        const o = sc.opening;
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
        if (mayAct) panel.append(chairControls(sc, v, you!, 'slate', act));
        else if (v.due.kind === 'seats') panel.append(waiting(sc, v));
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
