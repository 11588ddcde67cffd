/**
 * A small window hook for the browser tests (test builds only, mounted with ?testhook=1): whether the game
 * is ready, which renderer Phaser got, which scene and screen are showing, how many delegates the hall
 * drew, the sound's status, and the match as the public sees it. It carries nothing a spectator could not
 * see: no seed, no generator state, no sealed choice. Read-only: tests play through real clicks and keys.
 */
import type { AudioPort, AudioSettings, AudioStatus } from '../audio/AudioPort';
import { markCounts } from '../match/marks';
import { PUBLIC, view, type MatchView } from '../match/view';
import type { HallLayout } from '../view/hallLayout';
import type { ViewContext } from '../view/ViewContext';

export interface CongressTestHook {
  ready: boolean;
  renderer(): 'webgl' | 'other';
  scene(): string;
  /** the keys of the Phaser scenes running now (one screen, one scene) */
  runningScenes(): string[];
  mode(): string;
  phase(): string | null;
  hallDelegates(): number;
  /** how many delegates the hall rings in red as moved by the last speech (0 once the rings are cleared) */
  hallRings(): number;
  scenarioDelegates: number;
  audio(): AudioStatus & AudioSettings;
  /** Whose eyes the screen is drawn for: "public", or the seat whose player passed the curtain (never what it holds). */
  viewer(): string;
  /** The session's match as the public sees it, or null. */
  publicView(): MatchView | null;
  /** The hall's layout as last drawn, in CSS px of the canvas: every box with text or shapes, and the fonts (seats left out). */
  hallLayout(): (Omit<HallLayout, 'seats'> & { canvas: { left: number; top: number; width: number; height: number } }) | null;
  /** How the voting delegates of one delegation in the hall lean now, as the hall shows them. */
  leanings(delegation: string): Record<string, number>;
}

declare global {
  interface Window {
    __CONGRESS__?: CongressTestHook;
  }
}

export function mountTestHook(ctx: ViewContext, isWebGL: () => boolean, audio: AudioPort, running: () => string[]): CongressTestHook {
  const publicView = () => {
    const match = ctx.actor.getSnapshot().context.match;
    return match ? view(ctx.scenario, match, PUBLIC) : null;
  };
  const hook: CongressTestHook = {
    ready: false,
    renderer: () => (isWebGL() ? 'webgl' : 'other'),
    runningScenes: running,
    scene: () => ctx.report.scene,
    mode: () => ctx.screen().mode,
    phase: () => publicView()?.phase ?? null,
    hallDelegates: () => ctx.report.hallDelegates,
    hallRings: () => ctx.report.hallRings,
    audio: () => ({ ...audio.status(), ...audio.settings() }),
    viewer: () => {
      const v = ctx.screen().viewer;
      return v.kind === 'seat' ? v.seat : v.kind;
    },
    publicView: () => JSON.parse(JSON.stringify(publicView())) as MatchView | null,
    hallLayout: () => {
      const l = ctx.report.hallLayout;
      if (!l || ctx.report.scene !== 'hall') return null;
      const rest: Partial<HallLayout> = { ...l };
      delete rest.seats;
      const c = document.querySelector('#game-container canvas')!.getBoundingClientRect();
      return { ...(JSON.parse(JSON.stringify(rest)) as Omit<HallLayout, 'seats'>), canvas: { left: c.left, top: c.top, width: c.width, height: c.height } };
    },
    leanings: (delegation) => markCounts(publicView()?.delegates.filter((v) => v.group === delegation) ?? []),
    scenarioDelegates: ctx.scenario.delegations.reduce((n, d) => n + d.voting + d.consultative, 0),
  };
  window.__CONGRESS__ = hook;
  return hook;
}
