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

export interface CarriedView {
  why: string;
  effects: string[];
  sources: string[]; // each source in full: author, title, date, where
  confidence: string | null;
  from: string; // the chapter it came from
}

export interface ChapterView {
  title: string;
  summary: string;
  dates: string;
  scenarioTitle: string;
  status: 'played' | 'playing' | 'to come';
  grades: string | null; // the grades of its last result, in words
  stale: boolean; // played on an earlier result of the chapter before it
  carried: CarriedView[]; // what its last result carried into the next chapter
}

export interface CampaignView {
  slot: string;
  title: string;
  summary: string;
  index: number; // the chapter this page plays
  finished: boolean;
  chapters: ChapterView[];
  /** What the chapter on this page began with. */
  carriedIn: CarriedView[];
  epilogue: string | null;
  /** Reload onto the chapter now (after a chapter ends: the next one). */
  goOn(): void;
  replay(index: number, keepLater: boolean): void;
  download(): void;
  leave(): void;
}

/** A campaign this browser keeps, as the title lists it. */
export interface KeptCampaign {
  slot: string;
  title: string;
  chapter: number;
  chapters: number;
  touched: string;
}

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
  /** The campaigns: the bundled ones to begin, the ones this browser keeps, and one opened from a file. */
  campaigns: {
    bundled: { id: string; title: string; summary: string; chapters: number }[];
    kept(): KeptCampaign[];
    begin(id: string): void;
    open(slot: string): void;
    openFile(file: File): void;
    remove(slot: string): void;
  };
  /** On a campaign's page: the campaign as it stands now; null on any other page. */
  campaign(): CampaignView | null;
  /** Saving the game to a file and opening one. */
  saves: {
    download(): void;
    open(file: File): void;
  };
  /** For the test hook: how many delegates the hall drew on its last render. */
  report: { hallDelegates: number; hallRings: number; scene: string; palette: 'period' | 'colour-blind'; hallLayout: HallLayout | null };
}
