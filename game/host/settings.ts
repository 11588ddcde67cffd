/**
 * The player's display settings: text size, reduced motion, colour palette and projector mode. Kept in
 * localStorage, checked with zod when read, so a damaged record falls back to the defaults instead of
 * breaking the page. Applied as data attributes on <html>, which the style sheet reads.
 */
import '../content/zodConfig';
import { z } from 'zod';

export const SETTINGS_KEY = 'tenth-congress.settings';

export const SettingsSchema = z.object({
  textScale: z.union([z.literal(1), z.literal(1.25), z.literal(1.5), z.literal(2)]),
  reducedMotion: z.boolean(),
  palette: z.enum(['period', 'colour-blind']),
  projector: z.boolean(),
});

export type Settings = z.infer<typeof SettingsSchema>;

function prefersReducedMotion(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

export function defaultSettings(): Settings {
  return { textScale: 1, reducedMotion: prefersReducedMotion(), palette: 'period', projector: false };
}

export function readSettings(storage: Storage | null = safeStorage()): Settings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (!raw) return defaultSettings();
    const parsed = SettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultSettings();
  } catch {
    return defaultSettings();
  }
}

/** Keeps the settings; false when this browser cannot (private browsing, full or blocked storage): they last for this visit only. */
export function writeSettings(settings: Settings, storage: Storage | null = safeStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Puts the settings on the page: the style sheet scales text, stills motion and enlarges for projectors. */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--text-scale', String(settings.textScale * (settings.projector ? 1.35 : 1)));
  root.dataset.reducedMotion = String(settings.reducedMotion);
  root.dataset.palette = settings.palette;
  root.dataset.projector = String(settings.projector);
}
