/**
 * Where a match is kept between visits: an autosave in this browser after every command (one per
 * scenario), a file the player downloads, and a file the player opens. Every save read here goes through
 * openSave (game/match/saveFile.ts) before anything reaches the machine; a problem goes to the notice
 * screen with what can be done. A save for another bundled scenario waits in this tab's session storage
 * across the reload that opens that scenario. A chapter of a campaign keeps its game inside the campaign
 * instead (a GameKeeper from host/campaignPage.ts).
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

/** Where the autosave of the game on this page is kept: one entry per scenario, or a campaign's chapter. */
export interface GameKeeper {
  read(): string | null;
  /** Keeps the text; throws when the browser will not. */
  write(text: string): void;
}

/** Hands the player a file to keep (JSON unless `type` says otherwise), as the browser's download. */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

function scenarioKeeper(key: string, storage: Storage | null): GameKeeper | null {
  if (!storage) return null;
  return {
    read() {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    write: (text) => storage.setItem(key, text),
  };
}

export function createSaves(sc: Scenario, scenarioHash: string, storage = safeStorage('localStorage'), session = safeStorage('sessionStorage'), keeper = scenarioKeeper(autosaveKey(sc.id), storage)): Saves {
  const read = (text: string) => openSave(text, sc, scenarioHash);
  return {
    restore() {
      const text = keeper?.read() ?? null;
      return text ? read(text) : null;
    },
    connect(actor, onFailure) {
      let saved: Match | null = null;
      const keep = () => {
        const match = actor.getSnapshot().context.match;
        if (!match || match === saved) return;
        saved = match;
        try {
          keeper?.write(encodeSave(match));
          onFailure(keeper ? null : 'This browser keeps nothing: the game will be lost on a reload. Save it to a file to keep it.');
        } catch {
          onFailure('This browser could not keep the game (its storage is full or blocked): save it to a file to keep it.');
        }
      };
      actor.subscribe({ next: keep, error: () => undefined });
      keep();
    },
    download: (match) => downloadText(encodeSave(match), saveFileName(match)),
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
