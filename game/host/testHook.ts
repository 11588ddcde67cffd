/**
 * A small window hook for the browser tests (mounted only with ?testhook=1): whether the game is ready,
 * which renderer Phaser got, which scene is showing, the machine state, and how many delegates the hall
 * drew. Read-only: tests play through real clicks and keys.
 */
import type { AudioPort, AudioSettings, AudioStatus } from '../audio/AudioPort';
import { hallView, markCounts } from '../view/hallModel';
import type { ViewContext } from '../view/ViewContext';

export interface CongressTestHook {
  ready: boolean;
  renderer(): 'webgl' | 'other';
  scene(): string;
  state(): unknown;
  phase(): string | null;
  hallDelegates(): number;
  scenarioDelegates: number;
  audio(): AudioStatus & AudioSettings;
  /** How the voting delegates of one delegation in the hall lean now, as the hall shows them. */
  leanings(delegation: string): Record<string, number>;
}

declare global {
  interface Window {
    __CONGRESS__?: CongressTestHook;
  }
}

export function mountTestHook(ctx: Pick<ViewContext, 'actor' | 'report' | 'scenario'>, isWebGL: () => boolean, audio: AudioPort): CongressTestHook {
  const hook: CongressTestHook = {
    ready: false,
    renderer: () => (isWebGL() ? 'webgl' : 'other'),
    scene: () => ctx.report.scene,
    state: () => ctx.actor.getSnapshot().value,
    phase: () => ctx.actor.getSnapshot().context.game?.phase ?? null,
    hallDelegates: () => ctx.report.hallDelegates,
    audio: () => ({ ...audio.status(), ...audio.settings() }),
    leanings: (delegation) => {
      const game = ctx.actor.getSnapshot().context.game;
      return game ? markCounts(hallView(ctx.scenario, game).filter((v) => v.group === delegation)) : {};
    },
    scenarioDelegates: ctx.scenario.delegations.reduce((n, d) => n + d.voting + d.consultative, 0),
  };
  window.__CONGRESS__ = hook;
  return hook;
}
