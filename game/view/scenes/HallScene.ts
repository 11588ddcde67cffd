/**
 * The hall, from the Discussion to the vote: every delegate in the hemicycle, the rostrum and its
 * speaker, a bar of how the voting delegates lean (or voted), and in the panel the controls that fit the
 * moment. Subscribes to the actor, redraws on change, sends events on input; decides nothing.
 */
import { votedItem } from '../../content/schema';
import { Scene } from 'phaser';
import type { SnapshotFrom } from 'xstate';
import type { CongressMachine } from '../../machine/congressMachine';
import { HallDrawing } from '../HallDrawing';
import { currentSpeaker, hallView, markCounts } from '../hallModel';
import { chairControls, debateControls, delegationDetails, delegationList, discussionControls, forecastView, humanDue, volunteerControls, voteTable, waiting } from '../hallPanel';
import { nextItem, seatToAct } from '../../rules/setup';
import type { Action, GameState } from '../../rules/types';
import { HallEffects } from '../HallEffects';
import { button, el } from '../dom';
import type { ViewContext } from '../ViewContext';

type Snap = SnapshotFrom<CongressMachine>;

export class HallScene extends Scene {
  private drawing!: HallDrawing;
  private effects!: HallEffects;
  private lastGame: unknown = null;
  private lastPanelKey = '';
  private palette = '';
  private hovered: string | null = null;

  constructor(private readonly ctx: ViewContext) {
    super('hall');
  }

  init(): void {
    this.lastGame = null;
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
      const game = this.ctx.actor.getSnapshot().context.game;
      const group = game && this.drawing.delegationAt(pointer.worldX, pointer.worldY);
      if (game && group && group !== this.hovered) this.showDetails(delegationDetails(this.ctx.scenario, game, group));
      this.hovered = group ?? null;
    });
    const sub = this.ctx.actor.subscribe({ next: (s) => this.render(s), error: () => undefined });
    this.events.once('shutdown', () => sub.unsubscribe());
    this.render(this.ctx.actor.getSnapshot());
  }

  /** Repaints the hall when the player changes the palette in the settings. */
  override update(_time: number, delta: number): void {
    this.effects.update(delta);
    if (this.palette !== this.ctx.report.palette) {
      this.palette = this.ctx.report.palette;
      this.lastGame = null;
      this.render(this.ctx.actor.getSnapshot());
    }
  }

  private render(snap: Snap): void {
    const game = snap.context.game;
    if (!game) return;
    if (game !== this.lastGame) {
      const before = this.lastGame as GameState | null;
      this.lastGame = game;
      const sc = this.ctx.scenario;
      const views = hallView(sc, game);
      const speaker = currentSpeaker(sc, game);
      const ballot = game.ballots[0];
      const short = (platform: string | null) => sc.platforms.find((p) => p.id === platform)?.short ?? '';
      this.ctx.report.hallDelegates = this.drawing.draw(views, {
        heading: headingOf(snap),
        speaker: speaker ? speaker.name : '—',
        tally: ballot ? `${votedItem(sc).motions.map((m) => `${short(m.platform)} ${ballot.votes[m.id] ?? 0}`).join(' · ')} · abstained ${ballot.abstained}` : '',
        counts: markCounts(views),
      });
      this.effects.changed(before, game);
    }
    this.renderPanel(snap);
  }

  /** Who a delegation is, how it leans and why: shown in the details line under the controls. */
  private showDetails(text: string): void {
    const box = document.getElementById('hall-details');
    if (box) box.textContent = text;
  }

  private renderPanel(snap: Snap): void {
    const game = snap.context.game!;
    const key = `${JSON.stringify(snap.value)}|${game.acted.join(',')}|${game.round}|${game.log.length}|${snap.context.rejection ?? ''}`;
    if (key === this.lastPanelKey) return;
    this.lastPanelKey = key;
    const { actor, scenario: sc, codex } = this.ctx;
    const act = (action: Action) => actor.send({ type: 'game.act', action });
    const panel = this.ctx.panel(headingOf(snap));
    if (snap.context.rejection) panel.append(el('p', { role: 'alert', class: 'rejection' }, snap.context.rejection));
    const seat = humanDue(sc, game);
    const proceed = (label: string) => {
      const next = button(label, () => actor.send({ type: 'flow.continue' }), { class: 'primary', 'data-test': 'continue' });
      panel.append(next);
      next.focus();
    };
    const last = game.log.at(-1);
    if (snap.matches('discussion')) {
      panel.append(seat ? discussionControls(sc, game, seat, act, codex) : waiting(sc, game));
    } else if (snap.matches('elected')) {
      if (last) panel.append(el('p', {}, last.text));
      proceed('Open the congress');
    } else if (snap.matches({ congress: 'opening' })) {
      if (last) panel.append(el('p', {}, last.text));
      const o = sc.opening;
      panel.append(button('Sources for the opening', () => codex.cite(o.title, o.sources, o.confidence), { class: 'cite' }));
      proceed('To the floor');
    } else if (snap.matches({ congress: 'volunteers' })) {
      panel.append(seat ? volunteerControls(seat, act) : waiting(sc, game));
    } else if (snap.matches({ congress: 'presidium' })) {
      panel.append(seat ? chairControls(sc, game, seat, 'presidium', act) : waiting(sc, game));
    } else if (snap.matches({ congress: 'debate' })) {
      panel.append(seat ? debateControls(sc, game, seat, act, codex) : waiting(sc, game));
    } else if (snap.matches({ congress: 'forecast' })) {
      panel.append(forecastView(sc, game));
      if (seat) panel.append(chairControls(sc, game, seat, 'slate', act));
      else if (seatToAct(sc, game)) panel.append(waiting(sc, game));
      else proceed('Take the vote');
    } else if (snap.matches({ congress: 'ballot' })) {
      const ballot = game.ballots.at(-1);
      if (last) panel.append(el('p', {}, last.text));
      if (ballot) panel.append(voteTable(sc, ballot));
      proceed(nextItem(sc, game) ? 'Next item' : 'See the outcome');
    }
    panel.append(delegationList(sc, game, (text) => this.showDetails(text)), el('p', { id: 'hall-details', 'aria-live': 'polite', class: 'source' }));
  }
}

function headingOf(snap: Snap): string {
  if (snap.matches('discussion')) return 'The Discussion: delegate elections';
  if (snap.matches('elected')) return 'The congress is elected';
  if (snap.matches({ congress: 'opening' })) return 'Opening: news from Kronstadt';
  if (snap.matches({ congress: 'volunteers' })) return 'Volunteers for the front';
  if (snap.matches({ congress: 'presidium' })) return 'The presidium and the speakers\' list';
  if (snap.matches({ congress: 'debate' })) return 'Debate on the trade unions';
  if (snap.matches({ congress: 'forecast' })) return 'Before the vote';
  if (snap.matches({ congress: 'ballot' })) return 'The vote';
  return '';
}
