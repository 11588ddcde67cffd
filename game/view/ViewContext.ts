/**
 * What every scene is handed: the running session actor, the scenario, the screen as it stands (a view
 * for the viewer the screen is drawn for), and the DOM panel beside the canvas where the scene puts its
 * real, keyboard-operable controls. Scenes read from here and send events; they decide nothing.
 */
import type { Actor } from 'xstate';
import type { Scenario } from '../content/schema';
import type { SessionMachine } from '../machine/sessionMachine';
import type { Command } from '../rules/types';
import type { Codex } from './codex';
import type { Screen } from './screen';
import type { HallLayout } from './hallLayout';

export type SessionActor = Actor<SessionMachine>;

export interface ViewContext {
  actor: SessionActor;
  scenario: Scenario;
  /** The screen now: mode, viewer and the viewer's view of the match. */
  screen(): Screen;
  /** Why the rules would refuse this command from the screen's seat now, or null when they would accept it. */
  ask(command: Command): string | null;
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
  /** Saving the game to a file and opening one. */
  saves: {
    download(): void;
    open(file: File): void;
  };
  /** For the test hook: how many delegates the hall drew on its last render. */
  report: { hallDelegates: number; hallRings: number; scene: string; palette: 'period' | 'colour-blind'; hallLayout: HallLayout | null };
}
