/**
 * What every scene is handed: the running congress actor, the scenario, and the DOM panel beside the
 * canvas where the scene puts its real, keyboard-operable controls. Scenes read from here and send
 * events; they decide nothing.
 */
import type { Actor } from 'xstate';
import type { Scenario } from '../content/schema';
import type { CongressMachine } from '../machine/congressMachine';
import type { Codex } from './codex';

export type CongressActor = Actor<CongressMachine>;

export interface ViewContext {
  actor: CongressActor;
  scenario: Scenario;
  /** People, platforms, glossary, events, disputed figures and sources; and the references behind any one thing. */
  codex: Codex;
  /** Empties the control panel and gives it a heading; returns the element to fill. */
  panel(heading: string): HTMLElement;
  /** The bundled scenarios, and how to switch to another or to an author's own file (the page reloads). */
  library: {
    current: string;
    scenarios: { id: string; title: string; dates: string }[];
    choose(id: string): void;
    openFile(file: File): void;
  };
  /** Tells the scene router that the player has left the title screen. */
  leaveTitle(): void;
  /** For the test hook: how many delegates the hall drew on its last render. */
  report: { hallDelegates: number; scene: string; palette: 'period' | 'colour-blind' };
}
