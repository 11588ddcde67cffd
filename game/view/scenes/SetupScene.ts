/**
 * Setup: the player picks the platform they will argue for (the AI takes the others) or watches an
 * all-AI congress, and may set the seed. Sends setup.* events; decides nothing.
 */
import { Scene } from 'phaser';
import { button, el, toggle } from '../dom';
import type { ViewContext } from '../ViewContext';
import { FONT, PAPER, hex } from '../palette';
import type { AiLevel, Controller } from '../../rules/types';
import type { Scenario } from '../../content/schema';
import { yearOf } from '../../rules/agenda';
import { parseSeed, SEED_RANGE } from '../../match/seed';
import { twoPlayers } from '../../match/seats';
import { objectivesList } from '../objectives';
import { fitDesign } from '../screenSize';

export class SetupScene extends Scene {
  private choice: string | null = null;

  constructor(private readonly ctx: ViewContext) {
    super('setup');
  }

  private single = false;

  init(data?: { single?: boolean }): void {
    this.choice = null;
    this.single = data?.single === true;
  }

  create(): void {
    fitDesign(this);
    this.ctx.report.scene = 'setup';
    const { actor, scenario: sc } = this.ctx;
    this.cameras.main.setBackgroundColor(PAPER);
    const playable = sc.platforms.filter((p) => p.playable);
    playable.forEach((p, i) => {
      const x = 220 + i * 420;
      this.add.rectangle(x, 300, 360, 340, hex(p.colour), 0.12).setStrokeStyle(3, hex(p.colour));
      this.add.text(x, 150, p.name, { fontFamily: FONT, fontSize: '28px', color: p.colour, align: 'center', wordWrap: { width: 330 } }).setOrigin(0.5, 0);
      this.add.text(x, 190, p.leaders.join(', '), { fontFamily: FONT, fontSize: '16px', color: '#4a4438', align: 'center', wordWrap: { width: 330 } }).setOrigin(0.5, 0);
      this.add
        .text(x, 235, p.demands.slice(0, 3).map((d) => `• ${d}`).join('\n'), { fontFamily: FONT, fontSize: '17px', color: '#1b1b1b', wordWrap: { width: 320 } })
        .setOrigin(0.5, 0);
    });
    this.add.text(640, 520, 'Whom will you argue for?', { fontFamily: FONT, fontSize: '30px', color: '#1b1b1b' }).setOrigin(0.5);

    const preset = actor.getSnapshot().context.controllers;
    if (!this.single && Object.values(preset).filter((c) => c.kind === 'human').length > 1) return this.hotSeatForm(preset);

    const panel = this.ctx.panel('Choose your platform');
    panel.append(el('p', {}, 'You argue for one platform; the computer plays the others and explains each of its moves.'));
    const group = el('div', { role: 'group', 'aria-label': 'Platforms', class: 'choices' });
    const options = [...playable.map((p) => ({ id: p.id, label: p.name })), { id: 'watch', label: 'Watch: every seat played by the computer' }];
    const buttons = options.map((o) =>
      toggle(o.label, false, () => {
        this.choice = o.id;
        buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.choice === o.id)));
        start.disabled = parseSeed(seed.value) === null;
        const platform = playable.find((p) => p.id === o.id);
        goals.replaceChildren(...(platform ? [el('h3', {}, `What the ${platform.short} must achieve`), objectivesList(sc, platform.id), el('p', { class: 'source' }, 'Press O during the game to see them again, with how each stands.')] : []));
      }, { 'data-choice': o.id }),
    );
    group.append(...buttons);
    const seed = el('input', { type: 'number', id: 'seed', value: String(actor.getSnapshot().context.seed), inputmode: 'numeric' });
    const strength = el('select', { id: 'strength' });
    for (const [value, label, note] of levelsOf(sc)) strength.append(el('option', { value, selected: value === 'normal' }, `${label[0]!.toUpperCase()}${label.slice(1)}${note ? `: ${note}` : ''}`));
    const seedNote = el('p', { id: 'seed-note', class: 'rejection', 'aria-live': 'polite' });
    const goals = el('div', { 'aria-live': 'polite', 'data-test': 'setup-objectives' });
    const start = button('Open the Discussion', () => {
      const n = parseSeed(seed.value);
      if (n === null) return;
      for (const p of playable) {
        actor.send({ type: 'setup.seat', seat: p.id, controller: p.id === this.choice ? { kind: 'human' } : { kind: 'ai', level: strength.value as AiLevel } });
      }
      actor.send({ type: 'setup.seed', seed: n });
      actor.send({ type: 'setup.start' });
    }, { class: 'primary', disabled: true, 'data-test': 'start' });
    seed.addEventListener('input', () => {
      const ok = parseSeed(seed.value) !== null;
      seedNote.textContent = ok ? '' : `The seed is ${SEED_RANGE}.`;
      seed.setAttribute('aria-invalid', String(!ok));
      start.disabled = !ok || this.choice === null;
    });
    panel.append(group, el('label', { for: 'strength' }, 'The computer plays'), strength, seedNote, start, goals, el('label', { for: 'seed' }, 'Seed (the same seed and moves give the same game)'), seed);
    const current = this.ctx.screen().match;
    if (current && current.phase !== 'outcome') {
      panel.append(
        el('p', { class: 'source', role: 'note' }, `A game is in progress (${current.commands} commands so far). Starting a new one replaces it in this browser; save it to a file first to keep it.`),
        button('Save the game in progress to a file', () => this.ctx.saves.download()),
      );
    }
    panel.append(button('Several players at one screen', () => this.hotSeatForm(twoPlayers(sc)), { 'data-test': 'hot-seat' }));
    this.notePreview(panel);
    panel.append(button('Back to the title', () => actor.send({ type: 'session.title' })));
    buttons[0]?.focus();
  }

  /** For a teacher before the lesson: the scenario's content note and the passages it comes before. */
  private notePreview(panel: HTMLElement): void {
    if (!this.ctx.scenario.contentNote) return;
    panel.append(button('Content note: read it and the passages it comes before', () => this.ctx.codex.open('note'), { class: 'cite', 'data-test': 'content-note-preview' }));
  }

  /**
   * Two or three players at one screen: each playable platform is a player (with an optional name) or the
   * computer at a chosen strength. Starts with the first and last platforms as players.
   */
  private hotSeatForm(preset: Record<string, Controller>): void {
    const { actor, scenario: sc } = this.ctx;
    const playable = sc.platforms.filter((p) => p.playable);
    const most = Math.min(3, playable.length);
    const panel = this.ctx.panel('Players at one screen');
    panel.append(el('p', {}, `Two${most > 2 ? ' or three' : ''} players share this screen, each arguing for one platform; the computer plays the rest. Each player has a hand of arguments and a secret objective: before a player's own screen, the game asks to pass the device.`));
    const rows = playable.map((p) => {
      const who = el('select', { id: `who-${p.id}`, 'data-seat': p.id });
      who.append(el('option', { value: 'human' }, 'A player'));
      for (const [value, label, note] of levelsOf(sc)) who.append(el('option', { value }, `The computer: ${label}${note ? ` (${note})` : ''}`));
      const c = preset[p.id];
      who.value = c?.kind === 'human' ? 'human' : (c?.level ?? 'normal');
      const name = el('input', { id: `name-${p.id}`, type: 'text', maxlength: '40', autocomplete: 'off', 'data-name': p.id });
      if (c?.kind === 'human' && c.name) name.value = c.name;
      const nameLabel = el('label', { for: `name-${p.id}` }, 'Name (optional)');
      const box = el('fieldset', {}, el('legend', {}, `${p.name} (${p.leaders.join(', ')})`), el('label', { for: `who-${p.id}` }, 'Who argues for it'), who, nameLabel, name);
      return { p, who, name, nameLabel, box };
    });
    const note = el('p', { class: 'rejection', 'aria-live': 'polite', id: 'players-note' });
    const seed = el('input', { type: 'number', id: 'seed', value: String(actor.getSnapshot().context.seed), inputmode: 'numeric' });
    const humans = () => rows.filter((r) => r.who.value === 'human');
    const update = () => {
      humans().forEach((r, i) => r.name.setAttribute('placeholder', `Player ${i + 1}`));
      for (const r of rows) {
        const human = r.who.value === 'human';
        r.name.disabled = !human;
        r.nameLabel.textContent = human ? 'Name (optional)' : 'Name (a player only)';
      }
      const n = humans().length;
      const seedOk = parseSeed(seed.value) !== null;
      note.textContent = n < 2 ? 'Choose at least two players (for one player, go back and choose a platform).' : n > most ? `At most ${most} players.` : seedOk ? '' : `The seed is ${SEED_RANGE}.`;
      start.disabled = n < 2 || n > most || !seedOk;
    };
    const start = button('Start the game', () => {
      const n = parseSeed(seed.value);
      if (n === null) return;
      for (const r of rows) {
        const name = r.name.value.trim();
        const controller: Controller = r.who.value === 'human' ? { kind: 'human', ...(name ? { name } : {}) } : { kind: 'ai', level: r.who.value as AiLevel };
        actor.send({ type: 'setup.seat', seat: r.p.id, controller });
      }
      actor.send({ type: 'setup.seed', seed: n });
      actor.send({ type: 'setup.start' });
    }, { class: 'primary', 'data-test': 'start' });
    for (const r of rows) r.who.addEventListener('change', update);
    seed.addEventListener('input', update);
    panel.append(el('div', { class: 'seat-rows' }, ...rows.map((r) => r.box)), note, el('label', { for: 'seed' }, 'Seed (the same seed and moves give the same game)'), seed, start);
    panel.append(button('One player against the computer', () => this.scene.restart({ single: true }), { 'data-test': 'one-player' }));
    this.notePreview(panel);
    panel.append(button('Back to the title', () => actor.send({ type: 'session.title' })));
    update();
    start.focus();
  }
}

/** The computer's strengths, as both forms name them. */
const levelsOf = (sc: Scenario): [AiLevel, string, string?][] => [['easy', 'easy'], ['normal', 'normal'], ['hard', 'hard'], ['historical', 'historical', `plays as in ${yearOf(sc)}`]];
