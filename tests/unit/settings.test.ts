/** Display settings: remembered, validated on read, and a damaged record falls back to the defaults. */
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, defaultSettings, readSettings, writeSettings } from '../../game/host/settings';
import { memoryStorage } from '../support/storage';


describe('display settings', () => {
  it('are remembered between visits', () => {
    const storage = memoryStorage();
    writeSettings({ textScale: 2, reducedMotion: true, palette: 'colour-blind', projector: true }, storage);
    expect(readSettings(storage)).toEqual({ textScale: 2, reducedMotion: true, palette: 'colour-blind', projector: true });
  });

  it.each([
    ['not JSON', '{oops'],
    ['a wrong text size', JSON.stringify({ textScale: 3, reducedMotion: false, palette: 'period', projector: false })],
    ['an unknown palette', JSON.stringify({ textScale: 1, reducedMotion: false, palette: 'neon', projector: false })],
    ['a missing field', JSON.stringify({ textScale: 1, palette: 'period', projector: false })],
  ])('fall back to the defaults when the record is damaged: %s', (_name, raw) => {
    expect(readSettings(memoryStorage({ [SETTINGS_KEY]: raw }))).toEqual(defaultSettings());
  });

  it('survive a storage that refuses to work (private browsing)', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(readSettings(broken)).toEqual(defaultSettings());
    expect(() => writeSettings(defaultSettings(), broken)).not.toThrow();
  });
});
