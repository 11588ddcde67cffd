/**
 * Composition root: reads the page's options, loads the scenario (or shows what is wrong with it),
 * starts the session actor, restores the autosaved game and the screen the address names, connects
 * sound, captions, the live log and saving, and builds the Phaser view. No game logic here. The test
 * hook and the benchmark modes exist only in a test build (`vite build --mode test`): in the shipped
 * game the branch that loads them is removed at build time.
 */
import '@fontsource/old-standard-tt/400.css';
import '@fontsource/old-standard-tt/700.css';
import '@fontsource/special-elite/400.css';
import './view/style.css';
import { createActor } from 'xstate';
import { createHowlerAudio } from './audio/howlerAudio';
import { campaignList, DEFAULT_SCENARIO, loadBundledCampaign, loadBundledScenario, scenarioIds, scenarioList, type Loaded } from './content/catalog';
import { createCampaignStore } from './host/campaigns';
import { loadCampaignPage, type CampaignPageLoad } from './host/campaignPage';
import { connectAnnouncer } from './host/announcer';
import { connectNavigation, goToPlace, placeOf } from './host/navigation';
import { readPageOptions } from './host/pageOptions';
import { paceAi, type Pacer } from './host/pacer';
import { createSaves, safeStorage } from './host/saves';
import { applySettings, readSettings, writeSettings } from './host/settings';
import { sessionMachine } from './machine/sessionMachine';
import { contentHash } from './match/hash';
import type { Opened } from './match/saveFile';
import { check, isSeatCommand } from './rules/legal';
import type { Codex } from './view/codex';
import { createObjectives } from './view/objectives';
import { connectCurtain } from './view/curtain';
import { createView } from './view/createView';
import { el } from './view/dom';
import { screenOf } from './view/screen';
import type { SessionActor, ViewContext } from './view/ViewContext';

const params = new URLSearchParams(location.search);
const options = readPageOptions(location.search, import.meta.env.MODE === 'test' ? ['testhook', 'bench'] : []);
let settings = readSettings();
applySettings(settings);
const byId = (id: string) => document.getElementById(id)!;

/** Where an author's own scenario file waits across the reload that starts it. */
const LOCAL_KEY = 'tenth-congress.local-scenario';
const LOCAL_ID = 'local';

function goTo(scenario: string, hash = ''): void {
  const next = new URLSearchParams(params);
  next.set('scenario', scenario);
  location.assign(`${location.pathname}?${next.toString()}${hash}`);
}

/** Another page of the game: a campaign's page, or (with '') the default scenario's title; the page's other options stay. */
function goToQuery(query: string): void {
  const next = new URLSearchParams(params);
  next.delete('scenario');
  next.delete('campaign');
  for (const [k, v] of new URLSearchParams(query)) next.set(k, v);
  const q = next.toString();
  location.assign(`${location.pathname}${q ? `?${q}` : ''}`);
}

/** A campaign that cannot be played here: why, and the way back to the title. */
function showCampaignProblem(title: string, details: readonly string[]): void {
  const back = el('button', { type: 'button', class: 'primary' }, 'Back to the title');
  back.addEventListener('click', () => goToQuery(''));
  byId('ui').replaceChildren(el('h2', { role: 'alert' }, title), el('ul', { 'aria-label': 'Problems' }, ...details.slice(0, 8).map((d) => el('li', {}, d))), back);
  byId('game-container').replaceChildren(el('p', { class: 'error-note' }, title));
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

/** A scenario that never arrived: the connection or the server, not the file. */
function showUnreachable(file: string, detail: string): void {
  const retry = el('button', { type: 'button', class: 'primary' }, 'Try again');
  retry.addEventListener('click', () => location.reload());
  byId('ui').replaceChildren(
    el('h2', { role: 'alert' }, `The scenario ${file} could not be downloaded`),
    el('p', {}, 'The connection to the server dropped, or the server did not send the file. Nothing is wrong with the scenario itself.'),
    el('p', { class: 'source' }, `The browser said: ${detail}`),
    retry,
  );
  byId('game-container').replaceChildren(el('p', { class: 'error-note' }, `${file} could not be downloaded.`));
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
  const { parseScenarioText } = await import('./content/parseText');
  const parsed = parseScenarioText(stored.text);
  return parsed.ok ? parsed : { ok: false, file: String(stored.name), problems: parsed.problems };
}

/** An author's own file: checked for size and UTF-8 here, kept in this tab across the reload that plays it. */
async function openScenarioFile(file: File): Promise<void> {
  const { parseScenarioBytes } = await import('./content/parseText');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return showError(file.name, [{ path: '(root)', message: `the browser could not read the file (${(error as Error).message})` }]);
  }
  const parsed = parseScenarioBytes(bytes);
  if (!parsed.ok) return showError(file.name, parsed.problems);
  try {
    sessionStorage.setItem(LOCAL_KEY, JSON.stringify({ name: file.name, text: new TextDecoder().decode(bytes) }));
  } catch {
    return showError(file.name, [{ path: '(root)', message: `the file is ${Math.round(bytes.length / 1000)} KB, more than this browser will keep for this tab; try a smaller file, or another browser` }]);
  }
  goTo(LOCAL_ID);
}

/** A save that has been read: into the game, to the scenario it belongs to, or to the notice screen. */
function deliver(actor: SessionActor, opened: Opened): void {
  if (opened.ok) actor.send({ type: 'match.load', match: opened.match });
  else if ('otherScenario' in opened && scenarioIds().includes(opened.otherScenario)) goTo(opened.otherScenario, '#play');
  else actor.send({ type: 'save.problem', problem: opened.problem });
}

/** Whether this browser keeps anything for the page: a write and a removal of a test entry. */
function storageWorks(): boolean {
  try {
    localStorage.setItem('tenth-congress.probe', '1');
    localStorage.removeItem('tenth-congress.probe');
    return true;
  } catch {
    return false;
  }
}

/** The header's line on what this browser will not remember, one message per thing that failed. */
function storageNotes(box: HTMLElement): { set(key: string, message: string | null): void } {
  const messages = new Map<string, string>();
  return {
    set(key, message) {
      if (message) messages.set(key, message);
      else messages.delete(key);
      box.textContent = [...messages.values()].join(' ');
      box.hidden = messages.size === 0;
    },
  };
}

/** What the page could not take from its address, said where it can be seen. */
function showNotes(notes: readonly string[]): void {
  const box = byId('page-notes');
  box.replaceChildren(...notes.map((n) => el('span', {}, n, ' ')));
  box.hidden = notes.length === 0;
}

/**
 * The header's Undo (enabled exactly when the rules let the last move be taken back) and the pause of the
 * computer's moves (shown while the computer plays a seat of the game on screen).
 */
function connectGameButtons(actor: SessionActor, screen: () => ReturnType<typeof screenOf>, undo: HTMLButtonElement, pause: HTMLButtonElement, pacer: Pacer): void {
  undo.addEventListener('click', () => actor.send({ type: 'match.undo' }));
  const showPause = () => {
    pause.setAttribute('aria-pressed', String(pacer.paused()));
    pause.textContent = pacer.paused() ? 'Let the computer play' : 'Pause the computer';
  };
  pause.addEventListener('click', () => {
    pacer.setPaused(!pacer.paused());
    showPause();
  });
  const render = () => {
    const s = screen();
    const playing = s.mode === 'playing' && !!s.view && s.view.phase !== 'outcome';
    undo.hidden = !playing;
    undo.disabled = !s.undo;
    undo.textContent = s.undo ? `Undo ${s.hotSeat ? `${s.undo.name}'s` : 'your'} last move` : 'Undo';
    pause.hidden = !playing || !s.view!.seats.some((x) => !x.human);
    showPause();
  };
  actor.subscribe({ next: render, error: () => undefined });
  render();
}

/** Sound starts on the first click or key press, never before. */
function connectAudio(): ReturnType<typeof createHowlerAudio> {
  const audio = createHowlerAudio({ baseUrl: import.meta.env.BASE_URL });
  const unlock = () => audio.unlock();
  document.addEventListener('pointerdown', unlock, { capture: true, once: true });
  document.addEventListener('keydown', unlock, { capture: true, once: true });
  return audio;
}

async function start(): Promise<void> {
  if (import.meta.env.MODE === 'test' && params.has('bench')) {
    const dev = await import('./dev/devEntry');
    if (await dev.startBenchScene(params.get('bench'), byId('game-container'))) return;
  }
  showNotes(options.notes);
  const campaigns = createCampaignStore(safeStorage('localStorage'));
  // a campaign's page plays its chapter now, on that chapter's scenario with what was carried into it
  let chapter: Extract<CampaignPageLoad, { ok: true }> | null = null;
  if (options.campaign) {
    const page = await loadCampaignPage(campaigns, options.campaign, goToQuery);
    if (!page.ok) return showCampaignProblem(page.title, page.details);
    chapter = page;
  }
  const requested = chapter ? chapter.scenario.id : (options.scenario ?? DEFAULT_SCENARIO);
  const loaded: Loaded = chapter ? { ok: true, scenario: chapter.scenario } : await loadRequested(requested);
  if (!loaded.ok) {
    if (loaded.unreachable !== undefined) showUnreachable(loaded.file, loaded.unreachable);
    else showError(loaded.file, loaded.problems);
    return;
  }
  const scenario = loaded.scenario;
  const scenarioHash = contentHash(scenario);
  // the hall is painted with the period typeface, so wait for it (briefly: a missing font must not stop the game)
  await Promise.race([document.fonts.load(`16px "Old Standard TT"`).catch(() => undefined), new Promise((r) => setTimeout(r, 1500))]);
  const seed = options.seed ?? (chapter ? chapter.seed : 1921);
  if (options.watch !== null) {
    const { startWatchPage } = await import('./host/watchPage');
    return startWatchPage(options.watch, scenario, import.meta.env.MODE === 'test' && params.has('testhook'));
  }
  if (options.join !== null) {
    const { startStudentPage } = await import('./host/studentPage');
    return startStudentPage(options.join, scenario, import.meta.env.MODE === 'test' && params.has('testhook'));
  }
  if (options.class) {
    const { startClassPage } = await import('./host/classPage');
    return void (await startClassPage(options.class, scenario, scenarioHash, seed, import.meta.env.MODE === 'test' && params.has('testhook')));
  }
  const actor = createActor(sessionMachine, { input: { scenario, scenarioHash, seed } });
  const audio = connectAudio();
  const saves = createSaves(scenario, scenarioHash, undefined, undefined, chapter ? chapter.keeper : undefined);

  const report: ViewContext['report'] = { hallDelegates: 0, hallRings: 0, scene: 'boot', palette: settings.palette, hallLayout: null };
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
  const notes = storageNotes(byId('storage-note'));
  if (!storageWorks()) notes.set('storage', 'This browser keeps nothing for this page (its storage is blocked or full): your settings, the sound and the game last only until the page is closed. Save the game to a file to keep it.');
  // the settings and the codex are built the first time they are opened (their code is not in the first
  // download); if their code cannot be fetched the page says so (the browser remembers a module that failed
  // to arrive until the page is loaded again)
  const later = <T>(what: string, build: () => Promise<T>) => {
    let built: Promise<T> | null = null;
    const use = (act: (t: T) => void) => {
      built ??= build();
      built.then(
        (t) => {
          notes.set(`load-${what}`, null);
          act(t);
        },
        (error: unknown) => {
          built = null;
          notes.set(`load-${what}`, `The ${what} could not be loaded (the browser said: ${(error as Error).message}). Reload the page when the connection is back: the game is kept.`);
        },
      );
    };
    return { use, ready: () => built };
  };
  const settingsDialog = later('settings', () =>
    import('./view/settingsDialog').then((m) =>
      m.createSettingsDialog(document.body, settings, audio, (next) => {
        settings = next;
        notes.set('settings', writeSettings(next) || !storageWorks() ? null : 'Your settings could not be remembered in this browser (its storage is full or blocked): they last for this visit.');
        applySettings(next);
        showMute();
        report.palette = next.palette;
      }),
    ),
  );
  byId('settings-open').addEventListener('click', () => settingsDialog.use((d) => d.open()));

  const codexDialog = later('codex', () => import('./view/codex').then((m) => m.createCodex(scenario, document.body)));
  const codex: Codex = {
    open: (tab) => codexDialog.use((c) => c.open(tab)),
    cite: (what, ids, confidence, note) => codexDialog.use((c) => c.cite(what, ids, confidence, note)),
    close: () => void codexDialog.ready()?.then((c) => c.close(), () => undefined),
  };
  byId('codex-open').addEventListener('click', () => codex.open());
  const screen = () => screenOf(scenario, actor.getSnapshot());
  const objectives = createObjectives(scenario, document.body, screen);
  const objectivesButton = byId('objectives-open') as HTMLButtonElement;
  objectivesButton.addEventListener('click', () => objectives.open());
  document.addEventListener('keydown', (e) => {
    // the shortcuts work everywhere but where letters are typed (a list of choices gives up its type-ahead for them)
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'c' || (key === 'o' && !objectivesButton.hidden)) e.preventDefault();
    if (key === 'c') codex.open();
    if (key === 'o' && !objectivesButton.hidden) objectives.open();
  });
  // the objectives are at hand while a game is played; a rising curtain closes them (and so empties them)
  actor.subscribe({
    next: () => {
      const s = screen();
      objectivesButton.hidden = s.mode !== 'playing' || !s.view;
      if (s.curtain || objectivesButton.hidden) objectives.close();
    },
    error: () => undefined,
  });
  const ui = byId('ui');
  const ctx: ViewContext = {
    actor,
    scenario,
    screen,
    ask: (command) => {
      const match = actor.getSnapshot().context.match;
      if (!match) return 'there is no game';
      return check(scenario, match.state, command, isSeatCommand(command) ? { seat: command.seat } : 'facilitator');
    },
    codex,
    report,
    library: { current: requested, scenarios: await scenarioList(), choose: (id) => goTo(id), openFile: (file) => void openScenarioFile(file) },
    campaigns: {
      bundled: await campaignList(),
      kept: () => campaigns.list(),
      begin: (id) =>
        void loadBundledCampaign(id).then((c) => {
          if (!c.ok) return showCampaignProblem(`The campaign ${c.file} cannot be played`, c.unreachable !== undefined ? [`It could not be downloaded: ${c.unreachable}`] : c.problems.map((x) => `${c.file}: ${x.path}: ${x.message}`));
          const p = campaigns.begin(c.campaign, seed);
          if (p) goToQuery(`campaign=${p.slot}`);
          else showCampaignProblem('This browser cannot keep a campaign', ['Its storage is full or blocked, and a campaign lasts over several sittings. Free some space, or allow this site to keep data, and try again.']);
        }),
      open: (slot) => goToQuery(`campaign=${encodeURIComponent(slot)}`),
      openFile: (file) =>
        void campaigns.open(file).then((r) => {
          if (r.ok) goToQuery(`campaign=${r.progress.slot}`);
          else showCampaignProblem(`The file ${file.name} is not a campaign this game can open`, r.problems);
        }),
      remove: (slot) => campaigns.remove(slot),
    },
    campaign: () => chapter?.view() ?? null,
    saves: {
      download: () => {
        const match = actor.getSnapshot().context.match;
        if (match) saves.download(match);
      },
      open: (file) => void saves.open(file).then((opened) => deliver(actor, opened)),
    },
    panel: (heading) => {
      const h = el('h2', { tabindex: '-1' }, heading);
      const body = el('div', { class: 'panel-body' });
      ui.replaceChildren(h, body);
      return body;
    },
  };
  actor.start();
  // the game this browser kept, or the one another page handed over, then the screen the address names
  const pending = saves.takePending();
  const restored = pending ?? saves.restore();
  if (restored?.ok) actor.send({ type: 'match.restore', match: restored.match });
  if (restored && !restored.ok) deliver(actor, restored);
  else goToPlace(actor, placeOf(location.hash));
  // the header's save button is there whenever the session has a game
  const saveButton = byId('save-game') as HTMLButtonElement;
  saveButton.addEventListener('click', () => ctx.saves.download());
  const showSave = () => (saveButton.hidden = !actor.getSnapshot().context.match);
  actor.subscribe({ next: showSave, error: () => undefined });
  showSave();
  saves.connect(actor, (message) => notes.set('game', storageWorks() ? message : null));
  chapter?.connect(actor, (message) => notes.set('campaign', message));
  connectNavigation(actor);
  connectAnnouncer(actor, scenario, screen, byId('log'), byId('captions'), audio);
  const view = createView(byId('game-container'), ctx);
  const overlays = connectCurtain(ctx, byId('app'));
  const pacer = paceAi(actor, options.pace, overlays.holding);
  overlays.onRelease(pacer.kick);
  connectGameButtons(actor, screen, byId('undo') as HTMLButtonElement, byId('pause') as HTMLButtonElement, pacer);
  if (import.meta.env.MODE === 'test') {
    const dev = await import('./dev/devEntry');
    dev.mountDevTools(ctx, view, audio, params.get('bench'));
  }
}

/**
 * The service worker that keeps every file of the game for the next visit without a network (vite-plugin-pwa
 * writes it into the build); not in the development server, which has none.
 */
function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined));
}

keepForOffline();
void start();
