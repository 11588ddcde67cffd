/**
 * Where a match is kept between visits: an autosave in this browser after every command (one per
 * scenario), a file the player downloads, and a file the player opens. Every save read here goes through
 * openSave (game/match/saveFile.ts) before anything reaches the machine; a problem goes to the notice
 * screen with what can be done. A save for another bundled scenario waits in this tab's session storage
 * across the reload that opens that scenario.
 */
import type { Scenario } from '../content/schema';
import type { Match } from '../match/match';
import { encodeSave, openSave, saveFileName, type Opened } from '../match/saveFile';
import type { SessionActor } from '../view/ViewContext';

const autosaveKey = (scenarioId: string) => `tenth-congress.match.${scenarioId}`;
/** A save opened for another scenario, kept for the page that plays it. */
export const PENDING_KEY = 'tenth-congress.pending-save';

export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}

export interface Saves {
  /** Reads the autosave of this scenario: nothing, a match, or a problem to show. */
  restore(): Opened | null;
  /** Keeps the session's match after every change; says what went wrong if it cannot. */
  connect(actor: SessionActor, onFailure: (message: string | null) => void): void;
  download(match: Match): void;
  /** Reads a file the player chose; `otherScenario` when it belongs to another scenario. */
  open(file: File): Promise<Opened>;
  /** A save another page left for this one (after switching scenario), read once. */
  takePending(): Opened | null;
  keepPending(text: string): void;
}

export function createSaves(sc: Scenario, scenarioHash: string, storage = safeStorage('localStorage'), session = safeStorage('sessionStorage')): Saves {
  const key = autosaveKey(sc.id);
  const read = (text: string) => openSave(text, sc, scenarioHash);
  return {
    restore() {
      let text: string | null = null;
      try {
        text = storage?.getItem(key) ?? null;
      } catch {
        text = null;
      }
      return text ? read(text) : null;
    },
    connect(actor, onFailure) {
      let saved: Match | null = null;
      const keep = () => {
        const match = actor.getSnapshot().context.match;
        if (!match || match === saved) return;
        saved = match;
        try {
          storage?.setItem(key, encodeSave(match));
          onFailure(storage ? null : 'This browser keeps nothing: the game will be lost on a reload. Save it to a file to keep it.');
        } catch {
          onFailure('This browser could not keep the game (its storage is full or blocked): save it to a file to keep it.');
        }
      };
      actor.subscribe({ next: keep, error: () => undefined });
      keep();
    },
    download(match) {
      const blob = new Blob([encodeSave(match)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = saveFileName(match);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async open(file) {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return { ok: false, problem: { title: `The file ${file.name} could not be read`, details: [`The browser said: ${(error as Error).message}.`], offer: null } };
      }
      const opened = read(text);
      if (!opened.ok && 'otherScenario' in opened) this.keepPending(text);
      return opened;
    },
    takePending() {
      const text = session?.getItem(PENDING_KEY) ?? null;
      session?.removeItem(PENDING_KEY);
      return text ? read(text) : null;
    },
    keepPending(text) {
      try {
        session?.setItem(PENDING_KEY, text);
      } catch {
        // too large for this tab: the switch to the other scenario will say the save is missing
      }
    },
  };
}
