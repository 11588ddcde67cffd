/**
 * Composition root: reads the page's options, loads the scenario (or shows what is wrong with it),
 * starts the congress actor, connects sound, captions and the live log, and builds the Phaser view.
 * No game logic here.
 */
import '@fontsource/old-standard-tt/400.css';
import '@fontsource/old-standard-tt/700.css';
import './view/style.css';
import { createActor } from 'xstate';
import { createHowlerAudio } from './audio/howlerAudio';
import { DEFAULT_SCENARIO, loadBundledScenario, scenarioList, type Loaded } from './content/catalog';
import { parseScenarioText } from './content/parse';
import { connectAnnouncer } from './host/announcer';
import { paceAi } from './host/pacer';
import { mountTestHook } from './host/testHook';
import { congressMachine } from './machine/congressMachine';
import { createView } from './view/createView';
import { applySettings, readSettings, writeSettings } from './host/settings';
import { createCodex } from './view/codex';
import { createSettingsDialog } from './view/settingsDialog';
import { el } from './view/dom';
import type { ViewContext } from './view/ViewContext';

const params = new URLSearchParams(location.search);
let settings = readSettings();
applySettings(settings);
const byId = (id: string) => document.getElementById(id)!;

/** Where an author's own scenario file waits across the reload that starts it. */
const LOCAL_KEY = 'tenth-congress.local-scenario';
const LOCAL_ID = 'local';

function goTo(scenario: string): void {
  const next = new URLSearchParams(params);
  next.set('scenario', scenario);
  location.search = next.toString();
}

function showError(file: string, problems: { path: string; message: string }[]): void {
  const panel = byId('ui');
  const back = el('button', { type: 'button', class: 'primary' }, 'Back to the Tenth Congress');
  back.addEventListener('click', () => goTo(DEFAULT_SCENARIO));
  panel.replaceChildren(
    el('h2', { role: 'alert' }, `The scenario ${file} cannot be played`),
    el('p', {}, 'Fix these problems in the file (npm run cli -- validate lists them all):'),
    el('ul', { 'aria-label': 'Problems' }, ...problems.slice(0, 8).map((p) => el('li', {}, `${file}: ${p.path}: ${p.message}`))),
  );
  if (problems.length > 8) panel.append(el('p', {}, `…and ${problems.length - 8} more.`));
  panel.append(back);
  byId('game-container').replaceChildren(el('p', { class: 'error-note' }, `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`));
}

/** The scenario named in the address: a bundled one, or the author's file kept in this tab's session. */
async function loadRequested(id: string): Promise<Loaded> {
  if (id !== LOCAL_ID) return loadBundledScenario(id);
  let stored: { name: string; text: string } | null = null;
  try {
    stored = JSON.parse(sessionStorage.getItem(LOCAL_KEY) ?? 'null') as { name: string; text: string } | null;
  } catch {
    stored = null;
  }
  if (!stored || typeof stored.text !== 'string') return { ok: false, file: 'your scenario file', problems: [{ path: '(root)', message: 'no file was opened in this tab' }] };
  const parsed = parseScenarioText(stored.text);
  return parsed.ok ? parsed : { ok: false, file: String(stored.name), problems: parsed.problems };
}

function openFile(file: File): void {
  file
    .text()
    .then((text) => {
      sessionStorage.setItem(LOCAL_KEY, JSON.stringify({ name: file.name, text }));
      goTo(LOCAL_ID);
    })
    .catch(() => showError(file.name, [{ path: '(root)', message: 'the file could not be read' }]));
}

async function startBench(kind: 'empty' | 'reference'): Promise<void> {
  const { createBenchGame, instrument } = await import('./view/benchScenes');
  const game = createBenchGame(byId('game-container'), kind);
  instrument(game);
  game.events.once('ready', () => ((window.__BENCH__ ??= { ready: false, frames: [], steps: [] }).ready = true));
}

async function start(): Promise<void> {
  const benchKind = params.get('bench');
  if (benchKind === 'empty' || benchKind === 'reference') {
    void startBench(benchKind);
    return;
  }
  const requested = params.get('scenario') ?? DEFAULT_SCENARIO;
  const loaded = await loadRequested(requested);
  if (!loaded.ok) {
    showError(loaded.file, loaded.problems);
    return;
  }
  const scenario = loaded.scenario;
  // the hall is painted with the period typeface, so wait for it (briefly: a missing font must not stop the game)
  await Promise.race([document.fonts.load(`16px "Old Standard TT"`).catch(() => undefined), new Promise((r) => setTimeout(r, 1500))]);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  const actor = createActor(congressMachine, { input: { scenario, seed: Number.isFinite(seed) ? seed : 1921 } });
  const audio = createHowlerAudio({ baseUrl: import.meta.env.BASE_URL });
  const unlock = () => audio.unlock();
  document.addEventListener('pointerdown', unlock, { capture: true, once: true });
  document.addEventListener('keydown', unlock, { capture: true, once: true });

  const report = { hallDelegates: 0, scene: 'boot', palette: settings.palette };
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
  const settingsDialog = createSettingsDialog(document.body, settings, audio, (next) => {
    settings = next;
    writeSettings(next);
    applySettings(next);
    showMute();
    report.palette = next.palette;
  });
  byId('settings-open').addEventListener('click', () => settingsDialog.open());

  const codex = createCodex(scenario, document.body);
  byId('codex-open').addEventListener('click', () => codex.open());
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
    if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'c') codex.open();
  });

  connectAnnouncer(actor, scenario, byId('log'), byId('captions'), audio);
  const ui = byId('ui');
  const root: Omit<ViewContext, 'leaveTitle'> = {
    actor,
    scenario,
    codex,
    report,
    library: { current: requested, scenarios: await scenarioList(), choose: goTo, openFile },
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
  if (benchKind === 'hall') {
    void import('./view/benchScenes').then(({ instrument }) => instrument(view.game));
    benchHall(actor, root);
  }
}

/** ?bench=hall: every seat to the computer, played at once to the debate, and the hall shown. */
function benchHall(actor: ReturnType<typeof createActor<typeof congressMachine>>, root: Omit<ViewContext, 'leaveTitle'>): void {
  actor.send({ type: 'setup.start' });
  for (let i = 0; i < 500 && !actor.getSnapshot().matches({ congress: 'debate' }); i++) {
    actor.send(actor.getSnapshot().can({ type: 'ai.step' }) ? { type: 'ai.step' } : { type: 'flow.continue' });
  }
  const poll = setInterval(() => {
    if (root.report.scene !== 'title') return;
    clearInterval(poll);
    (document.querySelector('[data-test="begin"]') as HTMLButtonElement | null)?.click();
    const ready = setInterval(() => {
      if (root.report.scene === 'hall' && root.report.hallDelegates > 0) {
        clearInterval(ready);
        (window.__BENCH__ ??= { ready: false, frames: [], steps: [] }).ready = true;
      }
    }, 50);
  }, 50);
}

void start();
