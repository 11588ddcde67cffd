/**
 * The hall's moving parts, drawn over the painted hall only while they last: hands clapping across the
 * floor in proportion to the hall's answer to a speech, heckles after an objection, hands raised delegation
 * by delegation when a vote is taken, and after a speech or an objection a ring round every delegate whose
 * mark it changed (painted into the hall's own picture by `rings`, and cleared when it has shown long
 * enough: a ring does not move, so it is not drawn again each frame). The camera never moves: the bar, the legend and every label stay in view. With reduced
 * motion on, nothing moves (the rings still show, and stay). View only: it reads the game and decides nothing.
 */
import type { GameObjects, Scene } from 'phaser';
import type { Scenario } from '../content/schema';
import type { MatchView } from '../match/view';
import type { Ballot, Reaction } from '../rules/types';
import { movedIndices } from './hallPanel';
import type { SeatPoint } from './layout';
import { hex, platformColour } from './palette';

type Effect =
  | { kind: 'clap'; seats: number[]; until: number }
  | { kind: 'heckle'; seats: number[]; until: number }
  | { kind: 'hands'; start: number; groups: { seats: number[]; colour: number }[]; until: number };

/** How long the rings round the delegates a speech moved stay (for ever with reduced motion on). */
const RINGS_MS = 6000;

const CLAPPERS: Record<Reaction, number> = { silence: 0, murmurs: 40, applause: 140, ovation: 320 };

export class HallEffects {
  private readonly g: GameObjects.Graphics;
  private effects: Effect[] = [];
  private seed = 1;
  private now = 0;
  private ringsUntil = Infinity; // when the rings painted in the hall are cleared

  constructor(
    scene: Scene,
    private readonly scenario: Scenario,
    private readonly seats: () => readonly SeatPoint[],
    private readonly palette: () => string,
    private readonly rings: (seats: readonly number[]) => void,
  ) {
    this.g = scene.add.graphics();
  }

  private still(): boolean {
    return document.documentElement.dataset.reducedMotion === 'true';
  }

  /** A small repeatable scatter of seats (not the game's dice: this only chooses where hands appear). */
  private pick(n: number, from: readonly number[]): number[] {
    const out: number[] = [];
    for (let i = 0; i < n && from.length; i++) {
      this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
      out.push(from[this.seed % from.length]!);
    }
    return out;
  }

  /** Reacts to what changed between two views of the match. */
  changed(before: MatchView | null, after: MatchView): void {
    if (!before) return;
    const spoke = after.log.some((l) => l.at >= before.step && (l.kind === 'speech' || l.kind === 'objection' || l.kind === 'statement'));
    if (spoke) {
      const moved = movedIndices(before, after);
      this.rings(moved);
      this.ringsUntil = moved.length && !this.still() ? this.now + RINGS_MS : Infinity;
    }
    if (this.still()) return;
    const present = after.delegates.map((d, i) => (d.present && d.mark.kind !== 'unelected' ? i : -1)).filter((i) => i >= 0);
    for (const entry of after.log.filter((l) => l.at >= before.step)) {
      if (entry.kind === 'speech' && entry.reaction) {
        this.effects.push({ kind: 'clap', seats: this.pick(CLAPPERS[entry.reaction], present), until: this.now + 1600 });
      }
      if (entry.kind === 'objection') {
        const own = present.filter((i) => after.delegates[i]!.elected === entry.seat);
        this.effects.push({ kind: 'heckle', seats: this.pick(12, own.length ? own : present), until: this.now + 1200 });
      }
    }
    if (after.ballots.length > before.ballots.length) this.raiseHands(after, after.ballots.at(-1)!);
  }

  private raiseHands(game: MatchView, ballot: Ballot): void {
    const item = this.scenario.agenda.find((a) => a.id === ballot.item)!;
    const motions = item.ballot ? null : item.motions;
    const groups = this.scenario.delegations.map((d) => {
      const seats = game.delegates.map((x, i) => (x.group === d.id && x.voting && x.present ? i : -1)).filter((i) => i >= 0);
      const top = Object.entries(ballot.byDelegation.find((t) => t.delegation === d.id)?.votes ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
      const platform = motions?.find((m) => m.id === top)?.platform;
      const index = this.scenario.platforms.findIndex((p) => p.id === platform);
      const colour = index >= 0 ? hex(platformColour(this.scenario.platforms[index]!.colour, index, this.palette())) : top === 'against' ? 0x1b1b1b : 0xb3261e;
      return { seats, colour };
    });
    this.effects.push({ kind: 'hands', start: this.now, groups, until: this.now + 2600 });
  }

  /** Advances and draws the effects. */
  update(delta: number): void {
    this.now += delta;
    if (this.now >= this.ringsUntil) {
      this.ringsUntil = Infinity;
      this.rings([]);
    }
    const live = this.effects.filter((e) => e.until > this.now);
    const changed = live.length !== this.effects.length;
    this.effects = live;
    if (live.length || changed) this.draw();
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    const live = this.effects;
    if (!live.length) return;
    const seats = this.seats();
    const flicker = Math.floor(this.now / 90) % 2;
    for (const e of live) {
      if (e.kind === 'clap') {
        g.fillStyle(0x1b1b1b, 0.8);
        e.seats.forEach((i, k) => {
          const s = seats[i];
          if (s && (k + flicker) % 2 === 0) g.fillRect(s.x - 3, s.y - 9, 6, 2);
        });
      } else if (e.kind === 'heckle') {
        g.fillStyle(0xb3261e, 1);
        for (const i of e.seats) {
          const s = seats[i];
          if (s) g.fillRect(s.x - 1, s.y - 16 - flicker * 3, 3, 9);
        }
      } else {
        const shown = Math.floor(((this.now - e.start) / 1800) * e.groups.length);
        e.groups.slice(0, shown + 1).forEach((group) => {
          g.fillStyle(group.colour, 1);
          for (const i of group.seats) {
            const s = seats[i];
            if (s) g.fillRect(s.x - 1, s.y - 12, 2, 7);
          }
        });
      }
    }
  }
}
