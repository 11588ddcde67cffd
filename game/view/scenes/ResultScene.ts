/**
 * The result: this congress's vote beside the historical record (1921 for the Tenth Congress), motion by motion, with each seat's grade and
 * the sources of the historical figures. Play again returns to setup.
 */
import { votedItem, type Scenario } from '../../content/schema';
import type { Ballot } from '../../rules/types';
import { Scene } from 'phaser';
import { historyYear } from '../../rules/agenda';
import { capital, decisionOf, objectiveFigures, platformIn } from '../../words/narrate';
import type { MatchView } from '../../match/view';
import { button, el } from '../dom';
import { epilogueBlock } from '../contentNote';
import { chapterEnd } from '../campaignPanel';
import type { ViewContext } from '../ViewContext';
import { FONT, INK, PAPER, hex } from '../palette';
import { paintedImage } from '../canvasTexture';
import { paintMasthead } from '../art';
import { fitDesign } from '../screenSize';

/** With several players at one screen the end comes in three steps: this game's results, the secret objectives, then 1921. */
type Stage = 'results' | 'secrets' | 'history';

export class ResultScene extends Scene {
  private stage: Stage = 'history';

  constructor(private readonly ctx: ViewContext) {
    super('result');
  }

  init(data?: { stage?: Stage }): void {
    this.stage = data?.stage ?? (this.ctx.screen().hotSeat ? 'results' : 'history');
  }

  create(): void {
    fitDesign(this);
    this.ctx.report.scene = 'result';
    const { actor, scenario: sc } = this.ctx;
    const game = this.ctx.screen().view;
    this.cameras.main.setBackgroundColor(PAPER);
    const item = votedItem(sc);
    const ballot = game?.ballots.find((b) => b.item === item.id);
    if (!game || !ballot || !game.outcome) return;
    const year = historyYear(item.date, sc.dates);
    const outcome = game.outcome;
    // a page worth projecting: the bulletin's masthead (art.ts), then the votes set as bars
    paintedImage(this, 'result-masthead', 0, 0, 1280, 110, (canvas, scale) => paintMasthead(canvas, scale, sc.title, `${sc.place} · ${sc.dates}`, FONT));
    this.add.text(640, 112, this.stage === 'history' ? `Your meeting and the real one of ${year}` : 'The votes of your meeting', { fontFamily: FONT, fontSize: '32px', color: '#b3261e' }).setOrigin(0.5, 0);
    const max = Math.max(...item.motions.map((m) => Math.max(ballot.votes[m.id] ?? 0, item.record.votes[m.id] ?? 0)), 1);
    item.motions.forEach((m, i) => {
      const p = sc.platforms.find((x) => x.id === m.platform)!;
      const y = 215 + i * 150;
      const game = ballot.votes[m.id] ?? 0;
      const history = item.record.votes[m.id];
      this.add.text(60, y - 34, m.title, { fontFamily: FONT, fontSize: '24px', color: '#1b1b1b' });
      this.add.rectangle(60, y + 10, (900 * game) / max, 30, hex(p.colour)).setOrigin(0, 0.5);
      this.add.text(70 + (900 * game) / max, y + 10, `${game} (this game)`, { fontFamily: FONT, fontSize: '20px', color: '#1b1b1b' }).setOrigin(0, 0.5);
      if (history !== undefined && this.stage === 'history') {
        this.add.rectangle(60, y + 50, (900 * history) / max, 30).setOrigin(0, 0.5).setStrokeStyle(3, INK);
        this.add.text(70 + (900 * history) / max, y + 50, `${history} (${year})`, { fontFamily: FONT, fontSize: '20px', color: '#1b1b1b' }).setOrigin(0, 0.5);
      }
    });

    const winner = item.motions.find((m) => m.id === ballot.adopted);
    if (this.stage !== 'history') return this.firstSteps(game, winner?.title ?? null, year);
    const panel = this.ctx.panel('The outcome');
    panel.append(
      el('p', { 'data-test': 'this-game' }, el('strong', {}, 'In this game: '), winner ? `the meeting adopted ${winner.title}.` : `the meeting adopted no motion (${decisionOf(ballot)}).`),
      el('p', { 'data-test': 'in-history' }, el('strong', {}, `In ${year}: `), item.record.summary),
    );
    const original = this.ctx.screen().original;
    if (original) panel.append(this.threeColumns(game, original, year));
    const table = el('table', { class: 'breakdown' }, el('caption', {}, item.record.counts === 'delegates' ? `This game's votes beside the delegates counted in ${year}` : `Votes: this game beside ${year}`));
    table.append(el('tr', {}, el('th', { scope: 'col' }, 'Motion'), el('th', { scope: 'col' }, 'This game'), el('th', { scope: 'col' }, year)));
    for (const m of item.motions) {
      table.append(el('tr', {}, el('th', { scope: 'row' }, m.title), el('td', {}, String(ballot.votes[m.id] ?? 0)), el('td', {}, String(item.record.votes[m.id] ?? 'unknown'))));
    }
    table.append(el('tr', {}, el('th', { scope: 'row' }, 'abstained / away'), el('td', {}, `${ballot.abstained} / ${ballot.absent}`), el('td', {}, 'not recorded')));
    panel.append(table);
    panel.append(el('h3', {}, 'Each platform against history'));
    for (const s of outcome.seats) {
      const p = sc.platforms.find((x) => x.id === s.seat)!;
      const info = game.seats.find((x) => x.id === s.seat);
      const players = game.seats.filter((x) => x.human).length;
      const human = info?.human ? (players > 1 ? ` (${info.name})` : ' (you)') : '';
      const grades = el('table', { class: 'breakdown grades', 'data-seat': s.seat }, el('caption', {}, `${p.name}${human}: ${s.grade}`));
      grades.append(el('tr', {}, el('th', { scope: 'col' }, 'Objective'), el('th', { scope: 'col' }, 'This game'), el('th', { scope: 'col' }, year), el('th', { scope: 'col' }, 'Result')));
      for (const o of s.objectives) {
        const result = o.result > 0 ? 'better' : o.result < 0 ? 'worse' : 'as history';
        const figures = objectiveFigures(o, item.record.counts);
        grades.append(el('tr', {}, el('th', { scope: 'row' }, o.text), el('td', {}, figures.game), el('td', {}, figures.history), el('td', {}, result)));
      }
      panel.append(grades);
    }
    const record = item.record;
    panel.append(
      button(`Sources of the ${year} figures`, () => this.ctx.codex.cite(`the ${year} ${record.counts === 'delegates' ? 'figures' : 'vote'}: ${item.title}`, record.sources, record.confidence, record.summary), {
        class: 'cite',
        'data-test': 'record-sources',
      }),
    );
    const secrets = this.secretsList(game);
    if (secrets) panel.append(el('h3', {}, 'The secret objectives'), secrets);
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
      panel.append(el('h3', {}, `What else the ${sc.meeting} decided`));
      const list = el('ul', { 'aria-label': 'Other decisions' });
      for (const a of others) {
        const cite = button(`Sources: ${a.title}`, () => this.ctx.codex.cite(a.title, a.record.sources, a.record.confidence, a.secret), { class: 'cite' });
        const b = game.ballots.find((x) => x.item === a.id);
        const mine = b ? `This game: ${decisionText(sc, b)}. ` : '';
        list.append(el('li', {}, el('strong', {}, `${a.title} (${a.date}). `), mine, `${year}: ${a.record.summary} `, cite));
      }
      panel.append(list);
    }
    panel.append(...epilogueBlock(sc));
    const replay = button('Replay this game, step by step', () => actor.send({ type: 'replay.open', cursor: 0 }), { 'data-test': 'replay-open' });
    const save = button('Save to a file', () => this.ctx.saves.download());
    // in a campaign the way on is the next chapter; playing this chapter again is done from the campaign screen
    const campaign = this.ctx.campaign();
    if (campaign) {
      const end = chapterEnd(campaign);
      panel.prepend(end.box);
      panel.append(replay, save);
      end.next.focus();
      return;
    }
    const again = button('New game', () => actor.send({ type: 'game.restart' }), { class: 'primary', 'data-test': 'again' });
    const rematch = button('Rematch (same seed)', () => actor.send({ type: 'game.rematch' }), { 'data-test': 'rematch' });
    panel.append(again, rematch, replay, save);
    again.focus();
  }

  /** Each seat's secret objective and how it went, or null in a game dealt without them. */
  private secretsList(game: MatchView): HTMLElement | null {
    const sc = this.ctx.scenario;
    const seats = (game.outcome?.seats ?? []).filter((x) => x.secret);
    if (!seats.length) return null;
    const list = el('ul', { 'aria-label': 'Secret objectives', 'data-test': 'secrets' });
    for (const s of seats) {
      const p = sc.platforms.find((x) => x.id === s.seat)!;
      const info = game.seats.find((x) => x.id === s.seat);
      const who = info?.human ? `${info.name} (${p.name})` : `${capital(platformIn(sc, p.id))} (computer)`;
      const o = s.secret!.objective;
      const figures = objectiveFigures(o, votedItem(sc).record.counts);
      const verdict = o.kind === 'delegation' ? (o.result > 0 ? 'met' : 'not met') : s.secret!.grade;
      list.append(el('li', { 'data-seat': s.seat }, el('strong', {}, `${who}: `), `${o.text}. This game: ${figures.game}${o.kind === 'delegation' ? '' : `; history: ${figures.history}`}. `, el('strong', {}, verdict)));
    }
    return list;
  }

  /** With several players: this game's results first, then the secret objectives, before 1921. */
  private firstSteps(game: MatchView, winner: string | null, year: string): void {
    const sc = this.ctx.scenario;
    const item = votedItem(sc);
    const ballot = game.ballots.find((b) => b.item === item.id)!;
    if (this.stage === 'results') {
      const panel = this.ctx.panel(`The results of this ${sc.meeting}`);
      panel.append(el('p', { 'data-test': 'this-game' }, el('strong', {}, 'In this game: '), winner ? `the meeting adopted ${winner}.` : `the meeting adopted no motion (${decisionOf(ballot)}).`));
      const table = el('table', { class: 'breakdown' }, el('caption', {}, 'Votes in this game'));
      for (const m of item.motions) table.append(el('tr', {}, el('th', { scope: 'row' }, m.title), el('td', {}, String(ballot.votes[m.id] ?? 0))));
      table.append(el('tr', {}, el('th', { scope: 'row' }, 'abstained / away'), el('td', {}, `${ballot.abstained} / ${ballot.absent}`)));
      const others = el('ul', { 'aria-label': 'Other decisions' });
      for (const b of game.ballots.filter((x) => x.item !== item.id)) {
        const a = sc.agenda.find((x) => x.id === b.item)!;
        others.append(el('li', {}, el('strong', {}, `${a.title}: `), decisionText(sc, b)));
      }
      const next = button('Reveal the secret objectives', () => this.scene.restart({ stage: 'secrets' }), { class: 'primary', 'data-test': 'result-next' });
      panel.append(table, others, next);
      next.focus();
      return;
    }
    const panel = this.ctx.panel('The secret objectives');
    panel.append(el('p', {}, 'Each player drew a secret objective at the start. Here they are, and how each went.'));
    const list = this.secretsList(game);
    if (list) panel.append(list);
    const next = button(`Compare with ${year}`, () => this.scene.restart({ stage: 'history' }), { class: 'primary', 'data-test': 'result-next' });
    panel.append(next);
    next.focus();
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

/** What this game decided on an item other than the contested one: the seats won, or the decision and its votes. */
function decisionText(sc: Scenario, b: Ballot): string {
  if (b.seats) return Object.entries(b.seats).map(([p, n]) => `${sc.platforms.find((x) => x.id === p)!.short} ${n.full} full, ${n.candidates} candidates`).join('; ');
  return `${decisionOf(b)}, ${b.votes.for ?? 0} for, ${b.votes.against ?? 0} against`;
}
