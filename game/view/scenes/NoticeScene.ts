/**
 * A saved game that could not be opened as it was: what is wrong, in plain words, and what the player can
 * do (open what can still be opened, or go back to the title). Never a blank screen.
 */
import { Scene } from 'phaser';
import { button, el } from '../dom';
import type { ViewContext } from '../ViewContext';
import { FONT, PAPER } from '../palette';
import { fitDesign } from '../screenSize';

export class NoticeScene extends Scene {
  constructor(private readonly ctx: ViewContext) {
    super('notice');
  }

  create(): void {
    fitDesign(this);
    this.ctx.report.scene = 'notice';
    this.cameras.main.setBackgroundColor(PAPER);
    const problem = this.ctx.screen().problem;
    this.add.text(640, 300, 'The saved game could not be opened as it is', { fontFamily: FONT, fontSize: '32px', color: '#b3261e', align: 'center', wordWrap: { width: 1000 } }).setOrigin(0.5);
    const panel = this.ctx.panel('A saved game');
    if (!problem) return;
    panel.append(el('p', { role: 'alert', class: 'rejection', 'data-test': 'problem' }, problem.title), el('ul', { 'aria-label': 'What is wrong' }, ...problem.details.map((d) => el('li', {}, d))));
    const { actor } = this.ctx;
    const choices: HTMLButtonElement[] = [];
    if (problem.offer) choices.push(button(problem.offer.label, () => actor.send({ type: 'problem.accept' }), { class: 'primary', 'data-test': 'problem-accept' }));
    choices.push(button('Back to the title', () => actor.send({ type: 'session.title' }), { 'data-test': 'problem-title' }));
    panel.append(el('p', {}, 'What you can do:'), ...choices);
    choices[0]!.focus();
  }
}
