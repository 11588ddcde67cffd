/**
 * Browser test harness: serves the test build of the game (tests/.build/, from `npm run build:test`: the
 * shipped game plus the test hook) with Vite's preview server and
 * drives Debian's Chromium through playwright-core. Collects page errors and console errors so each test
 * can first assert that the game really rendered (WebGL, no errors) before anything else.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { TEST_BUILD } from '../../vite.config';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = `${ROOT}tests/artifacts/`;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  url: string;
  /** Pages a test opened: each keeps painting the hall in software WebGL until closed. */
  pages: Set<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${ROOT}${TEST_BUILD}/index.html`)) throw new Error(`${TEST_BUILD}/ is missing: run \`npm run build:test\` first (npm test does)`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await preview({ root: ROOT, mode: 'test', preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report a URL');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--mute-audio', '--autoplay-policy=no-user-gesture-required'],
  });
  return {
    browser,
    server,
    url,
    pages: new Set(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Pages of the tests but the offline one run without the game's service worker: they test the network's own
 * paths (a file that fails to arrive, a route a test intercepts), which a worker serving from its cache would
 * hide. The offline test lets it run.
 */
export const NO_WORKER = { serviceWorkers: 'block' } as const;

export interface OpenedPage {
  page: Page;
  errors: string[];
}

/** Known harmless console noise from software WebGL when screenshots read pixels back. */
const HARMLESS = /GPU stall due to ReadPixels|GL Driver Message/;

/** Opens the game in a fresh browser context; `init` runs in the page before the game's own code. */
export async function openGame(h: Harness, query = 'testhook=1&pace=40', viewport = { width: 1366, height: 768 }, init?: () => void): Promise<OpenedPage> {
  const page = await h.browser.newPage({ viewport, ...NO_WORKER });
  h.pages.add(page);
  if (init) await page.addInitScript(init);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Failed to load resource/.test(m.text())) return; // reported with its URL by the response listener
    if (m.type() === 'error' && !HARMLESS.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${h.url}?${query}`);
  return { page, errors };
}

/** Waits for the game to boot, then asserts the renderer is WebGL: the first check of every browser test. */
export async function waitForBoot(page: Page): Promise<string> {
  await page.waitForFunction(() => window.__CONGRESS__?.ready === true, undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__CONGRESS__!.renderer());
}

/** Clicks a button once it is there (the computer may still be moving). */
export async function press(page: Page, name: string | RegExp, exact = false): Promise<void> {
  await page.getByRole('button', { name, exact }).first().click({ timeout: 120_000 });
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => window.__CONGRESS__?.scene() === s, scene, { timeout: 120_000 });
}

/**
 * Starts the preview server and Chromium before a file's tests and closes them after; returns a getter.
 * Every page a test opened is closed after it, so no test pays for the last one's pages still drawing.
 */
export function useHarness(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    for (const page of h?.pages ?? []) await page.close().catch(() => undefined);
    h?.pages.clear();
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}

/** Opens the game and waits for the title screen, asserting first that it rendered on WebGL. */
export async function openAtTitle(h: Harness, query?: string, viewport?: { width: number; height: number }, init?: () => void): Promise<OpenedPage> {
  const opened = await openGame(h, query, viewport, init);
  expect(await waitForBoot(opened.page)).toBe('webgl');
  await waitForScene(opened.page, 'title');
  return opened;
}

/** From the title: a congress the computer plays in every seat, to its result over `items` votes. */
export async function watchToResult(page: Page, items: number): Promise<void> {
  await press(page, 'Begin');
  await press(page, /^Watch/);
  await press(page, 'Open the Discussion');
  await press(page, 'Open the congress');
  await press(page, 'To the floor');
  await voteToResult(page, items);
}

/** Of the floor decisions offered (their buttons): the places accepted when the slate offers them, else `choice` if offered, else no statement. */
export async function floorPick(buttons: Locator, choice: 'silent' | 'statement' = 'silent'): Promise<string> {
  const offered = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-test')!));
  return offered.includes('floor-accept') ? 'floor-accept' : offered.includes(`floor-${choice}`) ? `floor-${choice}` : 'floor-silent';
}

/**
 * Before a vote: the player's decision from the floor when it is asked for (`choice`, or the places accepted
 * when the chair's slate offers them), then "Take the vote" once every platform has decided.
 */
export async function takeTheVote(page: Page, choice: 'silent' | 'statement' = 'silent'): Promise<void> {
  const vote = page.getByRole('button', { name: 'Take the vote', exact: true });
  const floor = page.locator('button[data-test^="floor-"]');
  await vote.or(floor).first().waitFor({ timeout: 120_000 });
  if (!(await vote.isVisible())) {
    const button = page.locator(`button[data-test="${await floorPick(floor, choice)}"]`);
    await button.click({ timeout: 120_000 });
    await button.waitFor({ state: 'detached', timeout: 120_000 });
  }
  await vote.click({ timeout: 120_000 });
}

/** From the first forecast to the result: takes every one of `items` votes (the chair's slate, if `slate`, before the last). */
export async function voteToResult(page: Page, items: number, slate = false): Promise<void> {
  for (let i = 0; i < items; i++) {
    if (i > 0) await press(page, 'Next item');
    if (slate && i === items - 1) await press(page, 'Submit the slate');
    await takeTheVote(page);
  }
  await press(page, 'See the outcome');
  await waitForScene(page, 'result');
}

/**
 * In the Discussion: chooses "Organise in <conference>" in the list of actions and takes it (as a player with
 * a mouse would: the list, then the button under it). `conference` is the start of its name.
 */
export async function organise(page: Page, conference: string): Promise<void> {
  const select = page.locator('#discussion-action');
  await select.waitFor({ timeout: 120_000 });
  const value = await select.evaluate((s: HTMLSelectElement, name) => [...s.options].find((o) => o.textContent!.startsWith(`Organise in ${name}`))?.value ?? null, conference);
  if (value === null) throw new Error(`no "Organise in ${conference}" among the Discussion's actions`);
  await select.selectOption(value);
  await page.locator('[data-test="discussion-go"]').click();
}
