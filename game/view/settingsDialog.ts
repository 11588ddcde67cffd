/**
 * The settings dialog, reachable from every screen (the header's Settings button): text size, reduced
 * motion, colour palette, projector mode, the two sound volumes (effects, hall ambience) and mute. Every change applies at once and is
 * remembered. DOM only.
 */
import type { AudioPort } from '../audio/AudioPort';
import type { Settings } from '../host/settings';
import { button, el } from './dom';

export interface SettingsDialog {
  open(): void;
}

export function createSettingsDialog(host: HTMLElement, initial: Settings, audio: AudioPort, onChange: (s: Settings) => void): SettingsDialog {
  let current = { ...initial };
  const change = (patch: Partial<Settings>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const dialog = el('dialog', { id: 'settings', 'aria-labelledby': 'settings-title' });
  const field = (id: string, label: string, control: HTMLElement) => el('p', { class: 'field' }, el('label', { for: id }, label), control);

  const size = el('select', { id: 'set-text' });
  for (const [v, l] of [[1, 'Normal'], [1.25, 'Large'], [1.5, 'Larger'], [2, 'Largest (200%)']] as const) size.append(el('option', { value: String(v), selected: v === current.textScale }, l));
  size.addEventListener('change', () => change({ textScale: Number(size.value) as Settings['textScale'] }));

  const palette = el('select', { id: 'set-palette' });
  for (const [v, l] of [['period', 'Period print (red, blue, green)'], ['colour-blind', 'Colour-blind safe (vermilion, blue, bluish green)']] as const) palette.append(el('option', { value: v, selected: v === current.palette }, l));
  palette.addEventListener('change', () => change({ palette: palette.value as Settings['palette'] }));

  const check = (id: string, on: boolean, set: (v: boolean) => void) => {
    const box = el('input', { type: 'checkbox', id, checked: on });
    box.addEventListener('change', () => set(box.checked));
    return box;
  };
  const slider = (id: string, bus: 'effects' | 'ambience') => {
    const range = el('input', { type: 'range', id, min: '0', max: '100', step: '5', value: String(Math.round(audio.settings()[bus] * 100)) });
    range.addEventListener('input', () => audio.setVolume(bus, Number(range.value) / 100));
    return range;
  };

  dialog.append(
    el('div', { class: 'codex-head' }, el('h2', { id: 'settings-title' }, 'Settings'), button('Close', () => dialog.close(), { class: 'close' })),
    field('set-text', 'Text size', size),
    field('set-palette', 'Colours of the platforms', palette),
    field('set-motion', 'Reduce motion', check('set-motion', current.reducedMotion, (v) => change({ reducedMotion: v }))),
    field('set-projector', 'Projector mode (large text for the back of the room)', check('set-projector', current.projector, (v) => change({ projector: v }))),
    field('set-effects', 'Volume of the gavel, applause and voices', slider('set-effects', 'effects')),
    field('set-ambience', 'Volume of the murmur of the hall', slider('set-ambience', 'ambience')),
    field('set-mute', 'Mute all sound', check('set-mute', audio.settings().muted, (v) => {
      audio.setMuted(v);
      onChange(current); // the header's sound button follows
    })),
  );
  host.append(dialog);
  return {
    open() {
      (dialog.querySelector('#set-mute') as HTMLInputElement).checked = audio.settings().muted;
      if (!dialog.open) dialog.showModal();
      size.focus();
    },
  };
}
