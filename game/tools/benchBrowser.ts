/**
 * Browser figures for `npm run bench`, in one headless Chromium run with software WebGL (SwiftShader: the
 * school machine without GPU acceleration, where every drawn pixel costs), in a 1280×720 window and in a
 * 1920×1080 one (the hall drawn at the window's own pixels): frame rate of the full hall against a
 * reference Phaser scene that draws one full-screen image on the same canvas (target at least 0.9×) and
 * against an empty scene; the main thread's time per frame (prestep to postrender, target median at most
 * 2 ms); the gzipped JavaScript of the first download (target at most 450 KB); the time to the title
 * screen against an empty Phaser page; and the main thread's blocking time from navigation to an
 * interactive title (the part of every task over 50 ms, from the browser's long-task timing; target at
 * most 150 ms). The download and the time to the title
 * are measured on the shipped build (dist/); the frame rates need the benchmark modes, which only the
 * test build has (tests/.build/, the same game plus game/dev/). Needs both builds first (npm run bench
 * makes them).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MEASURE_MS = 6000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Gzipped sizes of the JavaScript that index.html loads before anything else (entry and preloads). */
export function firstDownload(): { files: { file: string; gzip: number }[]; total: number } {
  const html = readFileSync(`${ROOT}dist/index.html`, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const files = [...new Set(refs)].map((file) => ({ file, gzip: gzipSync(readFileSync(`${ROOT}dist/${file}`), { level: 9 }).length }));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

async function frames(page: Page, url: string): Promise<{ fps: number; stepMedian: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__BENCH__?.ready === true, undefined, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const start = await page.evaluate(() => ({ n: window.__BENCH__!.frames.length, s: window.__BENCH__!.steps.length }));
  await page.waitForTimeout(MEASURE_MS);
  return page.evaluate(
    ({ n, s, ms }) => {
      const b = window.__BENCH__!;
      const f = b.frames.slice(n);
      const steps = b.steps.slice(s).sort((x, y) => x - y);
      const seconds = f.length > 1 ? (f[f.length - 1]! - f[0]!) / 1000 : ms / 1000;
      return { fps: (f.length - 1) / seconds, stepMedian: steps[Math.floor(steps.length / 2)] ?? NaN };
    },
    { ...start, ms: MEASURE_MS },
  );
}

/** Time from navigation until `ready` holds (a function, not a string: the page's CSP forbids eval). */
async function timeTo(page: Page, url: string, ready: () => boolean): Promise<number> {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { timeout: 60_000 });
  return Date.now() - t0;
}

/**
 * Total blocking time from navigation until the title's Begin button is there and the page answers: every
 * long task the browser reports in that span counts by its part over 50 ms.
 */
async function blockingTime(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __LONG__: { start: number; duration: number }[] };
      w.__LONG__ = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__LONG__.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('[data-test=begin]') !== null, undefined, { timeout: 60_000 });
    // interactive: the page answers a frame request after the title is up
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const now = performance.now();
            const tasks = (window as unknown as { __LONG__: { start: number; duration: number }[] }).__LONG__.filter((t) => t.start < now);
            resolve(tasks.reduce((n, t) => n + Math.max(0, t.duration - 50), 0));
          }),
        ),
    );
  } finally {
    await page.close();
  }
}

/** The largest scenario, opened as an author's file, played with the computer in every seat to its result. */
async function largestGame(page: Page, url: string, scenario: string): Promise<number> {
  await page.goto(`${url}?testhook=1`);
  await page.waitForFunction(() => window.__CONGRESS__?.ready === true, undefined, { timeout: 120_000 });
  await page.evaluate((text) => sessionStorage.setItem('tenth-congress.local-scenario', JSON.stringify({ name: 'largest.json', text })), scenario);
  const t0 = Date.now();
  await page.goto(`${url}?testhook=1&scenario=local&pace=0&seed=2`);
  await page.waitForFunction(() => window.__CONGRESS__?.ready === true && window.__CONGRESS__.scene() === 'title', undefined, { timeout: 120_000 });
  const press = (name: string | RegExp) => page.getByRole('button', { name }).first().click({ timeout: 300_000 });
  await press('Begin');
  await press(/^Watch/);
  await press('Open the Discussion');
  await press('Open the congress');
  await press('To the floor');
  for (let i = 0; i < 11; i++) {
    await press('Take the vote');
    await press('Next item');
  }
  await press('Take the vote');
  await press('See the outcome');
  await page.waitForFunction(() => window.__CONGRESS__?.scene() === 'result', undefined, { timeout: 300_000 });
  return Date.now() - t0;
}

export async function browserBench(log: (s: string) => void, largestScenario: string): Promise<void> {
  const size = firstDownload();
  log(`first download: ${(size.total / 1024).toFixed(1)} KB of gzipped JavaScript (target ≤ 450 KB): ${size.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
  const server = await preview({ root: ROOT, mode: 'test', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls!.local[0]!;
  const shippedServer = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const shipped = shippedServer.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--mute-audio'],
  });
  try {
    let page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await page.close();
      page = await browser.newPage({ viewport });
      const empty = await frames(page, `${url}?bench=empty`);
      const reference = await frames(page, `${url}?bench=reference`);
      const hall = await frames(page, `${url}?bench=hall&seed=1&pace=600000`);
      const playing = await frames(page, `${url}?bench=hall&seed=1&pace=400`);
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('#game-container canvas') as HTMLCanvasElement | null;
        return c ? `${c.width}×${c.height} pixels` : 'no canvas';
      });
      const at = `${viewport.width}×${viewport.height} window, hall canvas ${canvas}`;
      log(`frame rate, software WebGL, ${at}: empty scene ${empty.fps.toFixed(1)} fps, reference (one full-screen image) ${reference.fps.toFixed(1)} fps, full hall at rest ${hall.fps.toFixed(1)} fps, full hall while the debate plays (applause, heckles, hands, rings) ${playing.fps.toFixed(1)} fps`);
      log(`  hall / reference = ${(hall.fps / reference.fps).toFixed(2)} at rest, ${(playing.fps / reference.fps).toFixed(2)} while playing (target ≥ 0.9); hall / empty = ${(hall.fps / empty.fps).toFixed(2)}`);
      log(`  main-thread time per frame (prestep to postrender), median: hall ${hall.stepMedian.toFixed(2)} ms at rest, ${playing.stepMedian.toFixed(2)} ms while playing (target ≤ 2 ms), reference ${reference.stepMedian.toFixed(2)} ms, empty ${empty.stepMedian.toFixed(2)} ms`);
    }
    // the last frame-rate page still plays its game: blank it, or its drawing is measured as the title's
    await page.goto('about:blank');
    const blocking: number[] = [];
    for (let i = 0; i < 3; i++) blocking.push(await blockingTime(browser, shipped));
    log(`main-thread blocking time from navigation to an interactive title (tasks over 50 ms, their part beyond 50 ms): ${median(blocking).toFixed(0)} ms (median of 3: ${blocking.map((b) => b.toFixed(0)).join(', ')}; target ≤ 150 ms)`);
    const titles: number[] = [];
    const empties: number[] = [];
    for (let i = 0; i < 3; i++) {
      empties.push(await timeTo(page, `${url}?bench=empty`, () => window.__BENCH__?.ready === true));
      titles.push(await timeTo(page, shipped, () => document.querySelector('[data-test=begin]') !== null));
    }
    log(`time to the title screen: ${median(titles)} ms (median of 3), against ${median(empties)} ms for an empty Phaser page`);
    const largest = await largestGame(page, url, largestScenario);
    log(`largest scenario within the limits, from loading the file to the result, every seat the computer and no pauses but the buttons: ${(largest / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    await server.close();
    await shippedServer.close();
  }
}
