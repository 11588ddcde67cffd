/**
 * What every scene is handed: the running congress actor, the scenario, and the DOM panel beside the
 * canvas where the scene puts its real, keyboard-operable controls. Scenes read from here and send
 * events; they decide nothing.
 */
import type { Actor } from 'xstate';
import type { Scenario } from '../content/schema';
import type { CongressMachine } from '../machine/congressMachine';

export type CongressActor = Actor<CongressMachine>;

export interface ViewContext {
  actor: CongressActor;
  scenario: Scenario;
  /** Empties the control panel and gives it a heading; returns the element to fill. */
  panel(heading: string): HTMLElement;
  /** Tells the scene router that the player has left the title screen. */
  leaveTitle(): void;
  /** For the test hook: how many delegates the hall drew on its last render. */
  report: { hallDelegates: number; scene: string };
}
