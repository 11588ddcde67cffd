/**
 * Composition root: reads the page's options, loads the scenario (or shows what is wrong with it),
 * starts the congress actor, connects sound, captions and the live log, and builds the Phaser view.
 * No game logic here.
 */
import './view/style.css';
import { createActor } from 'xstate';
import { createHowlerAudio } from './audio/howlerAudio';
import { DEFAULT_SCENARIO, loadBundledScenario } from './content/catalog';
import { connectAnnouncer } from './host/announcer';
import { paceAi } from './host/pacer';
import { mountTestHook } from './host/testHook';
import { congressMachine } from './machine/congressMachine';
import { createView } from './view/createView';
import { el } from './view/dom';
import type { ViewContext } from './view/ViewContext';

const params = new URLSearchParams(location.search);
const byId = (id: string) => document.getElementById(id)!;

function showError(file: string, problems: { path: string; message: string }[]): void {
  const panel = byId('ui');
  panel.replaceChildren(
    el('h2', { role: 'alert' }, `The scenario ${file} cannot be played`),
    el('p', {}, 'Fix these problems in the file (npm run cli -- validate shows them all):'),
    el('ul', {}, ...problems.slice(0, 8).map((p) => el('li', {}, `${file}: ${p.path}: ${p.message}`))),
  );
  if (problems.length > 8) panel.append(el('p', {}, `…and ${problems.length - 8} more.`));
}

function start(): void {
  const loaded = loadBundledScenario(params.get('scenario') ?? DEFAULT_SCENARIO);
  if (!loaded.ok) {
    showError(loaded.file, loaded.problems);
    return;
  }
  const scenario = loaded.scenario;
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  const actor = createActor(congressMachine, { input: { scenario, seed: Number.isFinite(seed) ? seed : 1921 } });
  const audio = createHowlerAudio({ baseUrl: import.meta.env.BASE_URL });
  const unlock = () => audio.unlock();
  document.addEventListener('pointerdown', unlock, { capture: true, once: true });
  document.addEventListener('keydown', unlock, { capture: true, once: true });

  const mute = byId('mute') as HTMLButtonElement;
  const showMute = () => {
    const muted = audio.settings().muted;
    mute.setAttribute('aria-pressed', String(muted));
    mute.textContent = muted ? 'Sound: off' : 'Sound: on';
  };
  mute.addEventListener('click', () => {
    audio.setMuted(!audio.settings().muted);
    showMute();
  });
  showMute();

  connectAnnouncer(actor, scenario, byId('log'), byId('captions'), audio);
  const ui = byId('ui');
  const report = { hallDelegates: 0, scene: 'boot' };
  const root: Omit<ViewContext, 'leaveTitle'> = {
    actor,
    scenario,
    report,
    panel: (heading) => {
      const h = el('h2', { tabindex: '-1' }, heading);
      const body = el('div', { class: 'panel-body' });
      ui.replaceChildren(h, body);
      return body;
    },
  };
  actor.start();
  const view = createView(byId('game-container'), root);
  paceAi(actor, Number.parseInt(params.get('pace') ?? '', 10) || 700);
  if (params.get('testhook') === '1') {
    const hook = mountTestHook(root, view.isWebGL, audio);
    view.game.events.once('ready', () => (hook.ready = true));
  }
}

start();
