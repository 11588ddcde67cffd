/**
 * The class's pages (issue 14), one machine and no server: `?class=console` is the teacher's console,
 * `?class=projector` the second window on the projector, `?class=kit` and `?class=report` the printable kit
 * and stenographic report. The console is the one authority: it keeps the class session in this browser
 * (after every action, and every few seconds while the clock runs), and sends the projector its public side
 * only (classroom/projection.ts) over a BroadcastChannel, with the last one kept for a projector opened
 * later. The projector never reads the session: the students' names, the record and the seed stay with the
 * console. Nothing leaves the machine unless the teacher downloads it.
 */
import type { Scenario } from '../content/schema';
import { actionsCsv } from '../classroom/export';
import { debriefPrompts } from '../classroom/debrief';
import { guideParts, parseGuide, type Guide } from '../classroom/guide';
import { loadBundledGuide } from '../content/catalog';
import { kitParts, reportParts } from '../classroom/print';
import { projectionOf, clockText, type Projection } from '../classroom/projection';
import { parseClassSetup, type ClassSetup } from '../classroom/roles';
import { encodeSession, keepGame, readSession, tick, type ClassSession } from '../classroom/session';
import { newClassMatch, type Match } from '../match/match';
import { encodeSave, openSave, saveFileName } from '../match/saveFile';
import { seatsOf } from '../rules/setup';
import { createClassHall, type ClassHall } from '../view/classHall';
import { ClassConsole } from '../view/classConsole';
import { renderProjection } from '../view/classProjector';
import { button, el } from '../view/dom';
import type { ClassPage } from './pageOptions';
import { downloadText, safeStorage } from './saves';


const SESSION_KEY = 'tenth-congress.class-session';
const DRAFT_KEY = 'tenth-congress.class-setup';
const PROJECTION_KEY = 'tenth-congress.class-projection';
const CHANNEL = 'tenth-congress.class';
/** While the clock runs, the session is kept at least this often (seconds). */
const KEEP_EVERY = 5;

declare global {
  interface Window {
    /** Test builds only: whether the class page is up and which renderer its hall got. Nothing private. */
    __CLASS__?: { ready: boolean; renderer(): 'webgl' | 'other'; drawn(): number };
  }
}

const byId = (id: string) => document.getElementById(id)!;

function pageUrl(page: ClassPage, sc: Scenario): string {
  return `${location.pathname}?class=${page}&scenario=${encodeURIComponent(sc.id)}`;
}

/** The class session kept in this browser, read back with its game, or what is wrong with it. */
function keptSession(storage: Storage | null, sc: Scenario, hash: string): { session: ClassSession; match: Match | null } | { problems: string[] } | null {
  const text = storage?.getItem(SESSION_KEY);
  if (!text) return null;
  const read = readSession(text);
  if (!read.ok) return { problems: read.problems };
  const { session } = read;
  if (session.setup.scenario !== sc.id) return { problems: [`it is a class of the scenario "${session.setup.scenario}"; open the class page of that scenario to continue it`] };
  if (!session.game) return { session, match: null };
  const opened = openSave(session.game, sc, hash);
  if (!opened.ok) return { problems: [opened.problem.title, ...opened.problem.details] };
  return { session, match: opened.match };
}

function keptDraft(storage: Storage | null, sc: Scenario): ClassSetup | null {
  try {
    const parsed = parseClassSetup(JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null'));
    return parsed.ok && parsed.setup.scenario === sc.id ? parsed.setup : null;
  } catch {
    return null;
  }
}

/** The lesson's time of each command, as the CSV gives it: minutes and seconds into the lesson. */
function timesOf(session: ClassSession): string[] {
  return session.times.map((t) => clockText(t));
}

function mountHook(hall: ClassHall | null, testHook: boolean): void {
  if (!testHook) return;
  window.__CLASS__ = { ready: true, renderer: () => (hall?.isWebGL() ? 'webgl' : 'other'), drawn: () => hall?.drawn() ?? 0 };
}

/** The scenario's teacher's guide, read and checked, or why there is none to show. */
async function guideOf(sc: Scenario): Promise<{ ok: true; guide: Guide } | { ok: false; problem: string }> {
  const raw = await loadBundledGuide(sc.id);
  if (!raw.ok) return { ok: false, problem: raw.missing ? `${sc.title} has no teacher's guide yet.` : `The teacher's guide could not be downloaded (the browser said: ${raw.problem}). Reload the page when the connection is back.` };
  const parsed = parseGuide(raw.raw, sc);
  return parsed.ok ? parsed : { ok: false, problem: `The teacher's guide has problems: ${parsed.problems.slice(0, 3).join('; ')}.` };
}

export async function startClassPage(page: ClassPage, sc: Scenario, hash: string, seed: number, testHook: boolean): Promise<void> {
  document.documentElement.dataset.class = page;
  if (page === 'console') startConsole(sc, hash, seed, testHook, await guideOf(sc));
  else if (page === 'projector') startProjector(sc, testHook);
  else if (page === 'network') (await import('./networkConsolePage')).startNetworkConsole(sc, testHook);
  else startPrint(page, sc, hash, testHook, page === 'guide' ? await guideOf(sc) : null);
}

function startConsole(sc: Scenario, hash: string, seed: number, testHook: boolean, guide: Awaited<ReturnType<typeof guideOf>>): void {
  const storage = safeStorage('localStorage');
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const hall = createClassHall(byId('game-container'), sc, () => 'period');
  const note = byId('storage-note');
  const projectionBox = el('section', { id: 'class-projection', class: 'projection', 'aria-label': 'What the projector shows', tabindex: '0', hidden: true });
  const showConsole = button('Show the console', () => host.setHidden(false), { id: 'class-show', hidden: true, 'data-test': 'class-show' });
  byId('app').append(projectionBox, showConsole);
  let kept = 0;
  let lastTick = Date.now();

  const keep = (session: ClassSession | null) => {
    try {
      if (session) storage?.setItem(SESSION_KEY, encodeSession(session));
      else storage?.removeItem(SESSION_KEY);
      note.hidden = true;
    } catch {
      note.textContent = 'This browser will not keep the class (its storage is full or blocked): download the game record before you close the page.';
      note.hidden = false;
    }
  };
  const publish = (session: ClassSession | null, match: Match | null) => {
    const projection: Projection | null = session ? projectionOf(sc, session, match, console.current().moved) : null;
    channel?.postMessage(projection);
    try {
      storage?.setItem(PROJECTION_KEY, JSON.stringify(projection));
    } catch {
      // the projector still follows by the channel; only a projector opened later waits for the next change
    }
    hall.show(projection?.view ?? null, projection?.moved?.rings);
    if (!projectionBox.hidden) renderProjection(projectionBox, projection);
  };

  const host = {
    scenario: sc,
    guide: () => (guide.ok ? guideParts(sc, guide.guide, []).body : null),
    guideProblem: guide.ok ? null : guide.problem,
    draft: () => keptDraft(storage, sc),
    keepDraft: (setup: ClassSetup | null) => {
      try {
        if (setup) storage?.setItem(DRAFT_KEY, JSON.stringify(setup));
        else storage?.removeItem(DRAFT_KEY);
      } catch {
        note.textContent = 'This browser will not keep the class\'s setup (its storage is full or blocked): it lasts while this page is open.';
        note.hidden = false;
      }
    },
    kept: () => keptSession(storage, sc, hash),
    begin: (session: ClassSession, match: Match | null) => {
      host.keepDraft(null); // the lesson's own setup from now on (the kit prints it)
      keep(session);
      publish(session, match);
      console.show(session, match);
    },
    changed: (session: ClassSession, match: Match | null): ClassSession => {
      const next = match ? keepGame(session, encodeSave(match), match.record.commands.length) : session;
      keep(next);
      publish(next, match);
      return next;
    },
    end: () => {
      keep(null);
      publish(null, null);
      console.show(null, null);
    },
    openProjector: () => void window.open(pageUrl('projector', sc), 'tenth-congress-projector'),
    print: (what: 'kit' | 'report' | 'guide') => void window.open(pageUrl(what, sc), `tenth-congress-${what}`),
    exportCsv: () => {
      const { session, match } = console.current();
      if (session && match) downloadText(actionsCsv(sc, match.record, session.setup, timesOf(session)), `${sc.id}-class-actions.csv`, 'text/csv');
    },
    exportRecord: () => {
      const { match } = console.current();
      if (match) downloadText(encodeSave(match), saveFileName(match));
    },
    setHidden: (hidden: boolean) => {
      document.documentElement.dataset.consoleHidden = String(hidden);
      projectionBox.hidden = !hidden;
      showConsole.hidden = !hidden;
      const { session, match } = console.current();
      if (hidden) {
        renderProjection(projectionBox, session ? projectionOf(sc, session, match, console.current().moved) : null);
        showConsole.focus();
      } else byId('ui').querySelector<HTMLElement>('[data-test="class-hide"]')?.focus();
    },
    newGame: (): Match => newClassMatch(sc, hash, seed, seatsOf(sc)),
  };
  const console = new ClassConsole(byId('ui'), byId('log'), host);
  console.show(null, null);
  // the clock: a second at a time while the lesson runs; the console redraws only its clocks
  setInterval(() => {
    const now = Date.now();
    const seconds = Math.min(10, (now - lastTick) / 1000); // a page put to sleep does not run the clock on
    lastTick = now;
    const { session, match } = console.current();
    if (!session?.clock.running) return;
    const next = tick(session, seconds);
    console.ticked(next);
    publish(next, match);
    if (++kept % KEEP_EVERY === 0) keep(next);
  }, 1000);
  window.addEventListener('pagehide', () => {
    const { session } = console.current();
    if (session) keep(session);
  });
  mountHook(hall, testHook);
}

function startProjector(sc: Scenario, testHook: boolean): void {
  const storage = safeStorage('localStorage');
  document.documentElement.dataset.projector = 'true'; // the hall's labels at least a fortieth of the screen's height, as in the game's projector mode
  const hall = createClassHall(byId('game-container'), sc, () => 'period');
  const box = byId('ui');
  box.setAttribute('aria-label', 'The lesson');
  box.tabIndex = 0; // a region that may scroll is reachable from the keyboard
  const show = (p: Projection | null) => {
    renderProjection(box, p);
    hall.show(p?.view ?? null, p?.moved?.rings);
  };
  let last: Projection | null = null;
  try {
    last = JSON.parse(storage?.getItem(PROJECTION_KEY) ?? 'null') as Projection | null;
  } catch {
    last = null;
  }
  show(last);
  if (typeof BroadcastChannel === 'function') new BroadcastChannel(CHANNEL).onmessage = (e: MessageEvent<Projection | null>) => show(e.data);
  else window.addEventListener('storage', (e) => e.key === PROJECTION_KEY && show(JSON.parse(e.newValue ?? 'null') as Projection | null));
  mountHook(hall, testHook);
}

/** The kit, the report or the guide, as a page of the game's own, with its print styles (no inline style: the page's policy forbids it). */
function startPrint(page: 'kit' | 'report' | 'guide', sc: Scenario, hash: string, testHook: boolean, guide: Awaited<ReturnType<typeof guideOf>> | null): void {
  const storage = safeStorage('localStorage');
  const kept = keptSession(storage, sc, hash);
  const session = kept && 'session' in kept ? kept : null;
  // a setup being prepared comes before the class kept from an earlier lesson: it is the one about to be printed for
  const setup = keptDraft(storage, sc) ?? session?.session.setup ?? null;
  const match = session?.match ?? null;
  const prompts = match?.state.outcome ? debriefPrompts(sc, match.state) : [];
  const app = byId('app');
  const missing = page === 'guide' ? (guide && !guide.ok ? guide.problem : null) : !setup ? 'No class is set up in this browser' : page === 'report' && !match ? 'No class has played in this browser' : null;
  if (missing) {
    app.replaceChildren(el('main', {}, el('h1', {}, missing), el('p', {}, page === 'guide' ? '' : 'Set the class up on the teacher\'s console first.')));
    return mountHook(null, testHook);
  }
  const parts = page === 'guide' ? guideParts(sc, (guide as { ok: true; guide: Guide }).guide, prompts) : page === 'kit' ? kitParts(sc, setup!, 'A4', prompts) : reportParts(sc, match!, setup!);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(parts.css);
  document.adoptedStyleSheets = [sheet];
  document.title = parts.title;
  const body = el('main', { class: 'print' });
  body.innerHTML = parts.body; // built by print.ts from the scenario and the setup, every word escaped
  const printNow = button('Print', () => window.print(), { class: 'no-print', 'data-test': 'print-now' });
  app.replaceChildren(printNow, body);
  mountHook(null, testHook);
}
