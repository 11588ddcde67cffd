/**
 * The campaigns this browser keeps, side by side: each in its own entry (its progress, with every
 * chapter's game), and a list of them with when each was last played, so the title can offer the latest
 * to continue. A campaign is also written to a file and read back from one; a file read here goes through
 * readProgress (game/campaign/progress.ts) and gets a slot of its own, never overwriting another campaign.
 */
import type { Campaign } from '../content/campaign';
import type { KeptCampaign } from '../view/ViewContext';
import { downloadText } from './saves';
import { encodeProgress, finished, newProgress, readProgress, type Progress } from '../campaign/progress';

const LIST_KEY = 'tenth-congress.campaigns';
const entryKey = (slot: string) => `tenth-congress.campaign.${slot}`;

/** A campaign in the list: its slot, title, the chapter being played (0-based; chapters once finished), when last played (ISO time). */
export type CampaignEntry = KeptCampaign;

export interface CampaignStore {
  /** The campaigns kept here, the most recently played first. */
  list(): CampaignEntry[];
  read(slot: string): { ok: true; progress: Progress } | { ok: false; problems: string[] };
  /** Keeps a campaign; false when the browser would not (its storage is full or blocked). */
  write(p: Progress): boolean;
  remove(slot: string): void;
  begin(campaign: Campaign, seed: number): Progress | null;
  download(p: Progress): void;
  /** Reads a campaign file the player chose and keeps it under a new slot. */
  open(file: File): Promise<{ ok: true; progress: Progress } | { ok: false; problems: string[] }>;
}

export function createCampaignStore(storage: Storage | null, now: () => Date = () => new Date()): CampaignStore {
  const readList = (): CampaignEntry[] => {
    try {
      const raw = JSON.parse(storage?.getItem(LIST_KEY) ?? '[]') as unknown;
      return Array.isArray(raw) ? (raw as CampaignEntry[]).filter((e) => e && typeof e.slot === 'string') : [];
    } catch {
      return [];
    }
  };
  const writeList = (list: CampaignEntry[]) => storage?.setItem(LIST_KEY, JSON.stringify(list));
  const freeSlot = () => {
    const taken = new Set(readList().map((e) => e.slot));
    let n = 1;
    while (taken.has(`c${n}`)) n++;
    return `c${n}`;
  };
  const store: CampaignStore = {
    list: () => [...readList()].sort((a, b) => (a.touched < b.touched ? 1 : a.touched > b.touched ? -1 : 0)),
    read(slot) {
      let text: string | null = null;
      try {
        text = storage?.getItem(entryKey(slot)) ?? null;
      } catch {
        text = null;
      }
      if (text === null) return { ok: false, problems: [`this browser keeps no campaign "${slot}"`] };
      return readProgress(text);
    },
    write(p) {
      if (!storage) return false;
      const entry: CampaignEntry = { slot: p.slot, title: p.campaign.title, chapter: p.current, chapters: p.campaign.chapters.length, touched: now().toISOString() };
      try {
        storage.setItem(entryKey(p.slot), encodeProgress(p));
        writeList([entry, ...readList().filter((e) => e.slot !== p.slot)]);
        return true;
      } catch {
        return false;
      }
    },
    remove(slot) {
      try {
        storage?.removeItem(entryKey(slot));
        writeList(readList().filter((e) => e.slot !== slot));
      } catch {
        // nothing kept, nothing to remove
      }
    },
    begin(campaign, seed) {
      const p = newProgress(campaign, freeSlot(), now().toISOString().slice(0, 10), seed);
      return store.write(p) ? p : null;
    },
    download: (p) => downloadText(encodeProgress(p), `${p.campaign.id}-${finished(p) ? 'finished' : `chapter-${p.current + 1}`}.campaign-save.json`),
    async open(file) {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return { ok: false, problems: [`the browser could not read the file (${(error as Error).message})`] };
      }
      const read = readProgress(text);
      if (!read.ok) return read;
      const p = { ...read.progress, slot: freeSlot() };
      return store.write(p) ? { ok: true, progress: p } : { ok: false, problems: ['this browser could not keep the campaign (its storage is full or blocked)'] };
    },
  };
  return store;
}
