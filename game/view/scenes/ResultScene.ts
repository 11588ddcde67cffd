/**
 * The result: this congress's vote beside the historical record (1921 for the Tenth Congress), motion by motion, with each seat's grade and
 * the sources of the historical figures. Play again returns to setup.
 */
import { votedItem } from '../../content/schema';
import { Scene } from 'phaser';
import { historyYear } from '../../rules/agenda';
import { decisionOf, objectiveFigures } from '../../words/narrate';
import type { MatchView } from '../../match/view';
import { button, el } from '../dom';
import type { ViewContext } from '../ViewContext';
import { FONT, INK, PAPER, hex } from '../palette';

export class ResultScene extends Scene {
  constructor(private readonly ctx: ViewContext) {
    super('result');
  }

  create(): void {
    this.ctx.report.scene = 'result';
    const { actor, scenario: sc } = this.ctx;
    const game = this.ctx.screen().view;
    this.cameras.main.setBackgroundColor(PAPER);
    const item = votedItem(sc);
    const ballot = game?.ballots.find((b) => b.item === item.id);
    if (!game || !ballot || !game.outcome) return;
    const year = historyYear(item.date, sc.dates);
    const outcome = game.outcome;
    this.add.text(640, 40, `Your meeting and the real one of ${year}`, { fontFamily: FONT, fontSize: '34px', color: '#b3261e' }).setOrigin(0.5, 0);
    const max = Math.max(...item.motions.map((m) => Math.max(ballot.votes[m.id] ?? 0, item.record.votes[m.id] ?? 0)), 1);
    item.motions.forEach((m, i) => {
      const p = sc.platforms.find((x) => x.id === m.platform)!;
      const y = 160 + i * 150;
      const game = ballot.votes[m.id] ?? 0;
      const history = item.record.votes[m.id];
      this.add.text(60, y - 34, m.title, { fontFamily: FONT, fontSize: '24px', color: '#1b1b1b' });
      this.add.rectangle(60, y + 10, (900 * game) / max, 30, hex(p.colour)).setOrigin(0, 0.5);
      this.add.text(70 + (900 * game) / max, y + 10, `${game} (this game)`, { fontFamily: FONT, fontSize: '20px', color: '#1b1b1b' }).setOrigin(0, 0.5);
      if (history !== undefined) {
        this.add.rectangle(60, y + 50, (900 * history) / max, 30).setOrigin(0, 0.5).setStrokeStyle(3, INK);
        this.add.text(70 + (900 * history) / max, y + 50, `${history} (${year})`, { fontFamily: FONT, fontSize: '20px', color: '#1b1b1b' }).setOrigin(0, 0.5);
      }
    });

    const winner = item.motions.find((m) => m.id === ballot.adopted);
    const panel = this.ctx.panel('The outcome');
    panel.append(el('p', {}, `${winner ? `This meeting adopted ${winner.title}` : `This meeting adopted no motion (${decisionOf(ballot)})`}. ${item.record.summary}`));
    const original = this.ctx.screen().original;
    if (original) panel.append(this.threeColumns(game, original, year));
    const table = el('table', { class: 'breakdown' }, el('caption', {}, `Votes: this game beside ${year}`));
    table.append(el('tr', {}, el('th', { scope: 'col' }, 'Motion'), el('th', { scope: 'col' }, 'This game'), el('th', { scope: 'col' }, year)));
    for (const m of item.motions) {
      table.append(el('tr', {}, el('th', { scope: 'row' }, m.title), el('td', {}, String(ballot.votes[m.id] ?? 0)), el('td', {}, String(item.record.votes[m.id] ?? 'unknown'))));
    }
    table.append(el('tr', {}, el('th', { scope: 'row' }, 'abstained / away'), el('td', {}, `${ballot.abstained} / ${ballot.absent}`), el('td', {}, 'not recorded')));
    panel.append(table);
    panel.append(el('h3', {}, 'Each platform against history'));
    for (const s of outcome.seats) {
      const p = sc.platforms.find((x) => x.id === s.seat)!;
      const human = game.seats.find((x) => x.id === s.seat)?.human ? ' (you)' : '';
      const grades = el('table', { class: 'breakdown grades', 'data-seat': s.seat }, el('caption', {}, `${p.name}${human}: ${s.grade}`));
      grades.append(el('tr', {}, el('th', { scope: 'col' }, 'Objective'), el('th', { scope: 'col' }, 'This game'), el('th', { scope: 'col' }, year), el('th', { scope: 'col' }, 'Result')));
      for (const o of s.objectives) {
        const result = o.result > 0 ? 'better' : o.result < 0 ? 'worse' : 'as history';
        const figures = objectiveFigures(o);
        grades.append(el('tr', {}, el('th', { scope: 'row' }, o.text), el('td', {}, figures.game), el('td', {}, figures.history), el('td', {}, result)));
      }
      panel.append(grades);
    }
    const record = item.record;
    panel.append(
      button(`Sources of the ${year} figures`, () => this.ctx.codex.cite(`the ${year} vote: ${item.title}`, record.sources, record.confidence, record.summary), {
        class: 'cite',
        'data-test': 'record-sources',
      }),
    );
    const disputed = [sc.totals.figure, sc.opening.figure].map((id) => sc.figures.find((f) => f.id === id)).filter((f) => f !== undefined);
    if (disputed.length) {
      panel.append(el('h3', {}, 'Where the sources disagree'));
      const list = el('ul', { 'aria-label': 'Disputed figures' });
      for (const f of disputed) {
        const versions = f.values.map((v) => `${v.value} (${v.note}; ${v.sources.map((id) => sc.sources.find((x) => x.id === id)?.author ?? id).join(', ')})`);
        list.append(el('li', {}, `${f.label}: ${versions.join(', or ')}.`));
      }
      panel.append(list, button('All disputed figures', () => this.ctx.codex.open('figures'), { class: 'cite' }));
    }
    const others = sc.agenda.filter((a) => a.id !== sc.vote.item);
    if (others.length) {
      panel.append(el('h3', {}, 'What else the congress decided'));
      const list = el('ul', { 'aria-label': 'Other decisions' });
      for (const a of others) {
        const cite = button(`Sources: ${a.title}`, () => this.ctx.codex.cite(a.title, a.record.sources, a.record.confidence, a.secret), { class: 'cite' });
        const b = game.ballots.find((x) => x.item === a.id);
        let mine = '';
        if (b?.seats) mine = `This game: ${Object.entries(b.seats).map(([p, n]) => `${sc.platforms.find((x) => x.id === p)!.short} ${n.full} full, ${n.candidates} candidates`).join('; ')}. `;
        else if (b) mine = `This game: ${decisionOf(b)}, ${b.votes.for ?? 0} for, ${b.votes.against ?? 0} against. `;
        list.append(el('li', {}, el('strong', {}, `${a.title} (${a.date}). `), mine, `${year}: ${a.record.summary} `, cite));
      }
      panel.append(list);
    }
    if (sc.epilogue) panel.append(el('h3', {}, 'Afterwards'), el('p', { class: 'epilogue' }, sc.epilogue));
    const again = button('Play again', () => actor.send({ type: 'game.restart' }), { class: 'primary', 'data-test': 'again' });
    const replay = button('Replay this game, step by step', () => actor.send({ type: 'replay.open', cursor: 0 }), { 'data-test': 'replay-open' });
    const save = button('Save to a file', () => this.ctx.saves.download());
    panel.append(again, replay, save);
    again.focus();
  }

  /** A "what if" beside the game it branched from and beside history: votes and grades, three columns. */
  private threeColumns(game: MatchView, original: MatchView, year: string): HTMLElement {
    const sc = this.ctx.scenario;
    const item = votedItem(sc);
    const votes = (v: MatchView, motion: string) => {
      const b = v.ballots.find((x) => x.item === item.id);
      return b ? String(b.votes[motion] ?? 0) : 'not voted';
    };
    const table = el('table', { class: 'breakdown', 'data-test': 'three-columns' }, el('caption', {}, `This "what if", the original game and ${year}`));
    table.append(el('tr', {}, el('th', { scope: 'col' }, ''), el('th', { scope: 'col' }, 'This "what if"'), el('th', { scope: 'col' }, 'The original game'), el('th', { scope: 'col' }, year)));
    for (const m of item.motions) table.append(el('tr', {}, el('th', { scope: 'row' }, m.title), el('td', {}, votes(game, m.id)), el('td', {}, votes(original, m.id)), el('td', {}, String(item.record.votes[m.id] ?? 'unknown'))));
    for (const s of game.outcome?.seats ?? []) {
      const p = sc.platforms.find((x) => x.id === s.seat)!;
      const before = original.outcome?.seats.find((x) => x.seat === s.seat)?.grade ?? 'not finished';
      table.append(el('tr', {}, el('th', { scope: 'row' }, `${p.name}: grade`), el('td', {}, s.grade), el('td', {}, before), el('td', {}, 'as history')));
    }
    return table;
  }
}
