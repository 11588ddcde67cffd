/**
 * Setup: the player picks the platform they will argue for (the AI takes the others) or watches an
 * all-AI congress, and may set the seed. Sends setup.* events; decides nothing.
 */
import { Scene } from 'phaser';
import { button, el, toggle } from '../dom';
import type { ViewContext } from '../ViewContext';
import { FONT, PAPER, hex } from '../palette';
import type { AiLevel } from '../../rules/types';
import { yearOf } from '../../rules/agenda';
import { parseSeed, SEED_RANGE } from '../../match/seed';

export class SetupScene extends Scene {
  private choice: string | null = null;

  constructor(private readonly ctx: ViewContext) {
    super('setup');
  }

  init(): void {
    this.choice = null;
  }

  create(): void {
    this.ctx.report.scene = 'setup';
    const { actor, scenario: sc } = this.ctx;
    this.cameras.main.setBackgroundColor(PAPER);
    const playable = sc.platforms.filter((p) => p.playable);
    playable.forEach((p, i) => {
      const x = 220 + i * 420;
      this.add.rectangle(x, 300, 360, 340, hex(p.colour), 0.12).setStrokeStyle(3, hex(p.colour));
      this.add.text(x, 160, p.name, { fontFamily: FONT, fontSize: '28px', color: p.colour, align: 'center', wordWrap: { width: 330 } }).setOrigin(0.5, 0);
      this.add
        .text(x, 220, p.demands.slice(0, 3).map((d) => `• ${d}`).join('\n'), { fontFamily: FONT, fontSize: '17px', color: '#1b1b1b', wordWrap: { width: 320 } })
        .setOrigin(0.5, 0);
    });
    this.add.text(640, 520, 'Whom will you argue for?', { fontFamily: FONT, fontSize: '30px', color: '#1b1b1b' }).setOrigin(0.5);

    const panel = this.ctx.panel('Choose your platform');
    panel.append(el('p', {}, 'You argue for one platform; the computer plays the others and explains each of its moves.'));
    const group = el('div', { role: 'group', 'aria-label': 'Platforms', class: 'choices' });
    const options = [...playable.map((p) => ({ id: p.id, label: `${p.name} (${p.leaders.join(', ')})` })), { id: 'watch', label: 'Watch: every seat played by the computer' }];
    const buttons = options.map((o) =>
      toggle(o.label, false, () => {
        this.choice = o.id;
        buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.choice === o.id)));
        start.disabled = parseSeed(seed.value) === null;
      }, { 'data-choice': o.id }),
    );
    group.append(...buttons);
    const seed = el('input', { type: 'number', id: 'seed', value: String(actor.getSnapshot().context.seed), inputmode: 'numeric' });
    const strength = el('select', { id: 'strength' });
    const levels: [AiLevel, string][] = [['easy', 'Easy'], ['normal', 'Normal'], ['hard', 'Hard'], ['historical', `Historical: plays as in ${yearOf(sc)}`]];
    for (const [value, label] of levels) strength.append(el('option', { value, selected: value === 'normal' }, label));
    const seedNote = el('p', { id: 'seed-note', class: 'rejection', 'aria-live': 'polite' });
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
    panel.append(group, el('label', { for: 'strength' }, 'The computer plays'), strength, el('label', { for: 'seed' }, 'Seed (the same seed and moves give the same game)'), seed, seedNote, start);
    const current = this.ctx.screen().match;
    if (current && current.phase !== 'outcome') {
      panel.append(
        el('p', { class: 'source', role: 'note' }, `A game is in progress (${current.commands} commands so far). Starting a new one replaces it in this browser; save it to a file first to keep it.`),
        button('Save the game in progress to a file', () => this.ctx.saves.download()),
      );
    }
    panel.append(button('Back to the title', () => actor.send({ type: 'session.title' })));
    buttons[0]?.focus();
  }
}
