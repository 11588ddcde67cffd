/**
 * The screen as a newcomer and a projector see it, in real Chromium at 1024×768, 1366×768, 1920×1080,
 * 3840×2160, 1920×1080 at twice the pixel density, and in projector mode: from the title to the first
 * Discussion decision without scrolling, the keyboard focus on each new decision, the hall's canvas drawn
 * at the screen's own pixels, and the hall's labels at least 14 CSS px (1/40 of the height in projector
 * mode), none overlapping another or leaving the canvas, read from the layout the hall was drawn with.
 * Screenshots of each size go to tests/artifacts/.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, NO_WORKER, organise, useHarness, waitForBoot, waitForScene } from './harness';

const harness = useHarness();

interface Size {
  name: string;
  width: number;
  height: number;
  dpr?: number;
  projector?: boolean;
}

const SIZES: Size[] = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '3840x2160', width: 3840, height: 2160 },
  { name: '1920x1080-dpr2', width: 1920, height: 1080, dpr: 2 },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
];

async function open(size: Size): Promise<{ page: Page; errors: string[] }> {
  const h = harness();
  const page = await h.browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.dpr ?? 1, ...NO_WORKER });
  h.pages.add(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall due to ReadPixels|GL Driver Message/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  if (size.projector) await page.addInitScript(() => localStorage.setItem('tenth-congress.settings', JSON.stringify({ textScale: 1, reducedMotion: true, palette: 'period', projector: true })));
  await page.goto(`${h.url}?testhook=1&pace=0&seed=16`);
  expect(await waitForBoot(page)).toBe('webgl');
  await waitForScene(page, 'title');
  return { page, errors };
}

/** The control is on screen and inside the side panel's visible part, with the panel not scrolled. */
async function visibleWithoutScrolling(control: Locator, what: string): Promise<void> {
  await control.waitFor({ timeout: 60_000 });
  const box = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const ui = document.getElementById('ui')!;
    const p = ui.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, panelTop: p.top, panelBottom: p.bottom, scrolled: ui.scrollTop, page: document.scrollingElement!.scrollTop, vw: innerWidth, vh: innerHeight };
  });
  expect({ what, ...box, ok: box.top >= box.panelTop - 1 && box.bottom <= box.panelBottom + 1 && box.bottom <= box.vh && box.right <= box.vw && box.scrolled === 0 && box.page === 0 }).toMatchObject({ what, ok: true });
}

const focusedTest = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-test') ?? document.activeElement?.id ?? document.activeElement?.tagName ?? null);

/** The hall's layout, checked on its own terms: sizes, overlaps, the canvas's bounds and its pixels. */
async function checkHall(page: Page, size: Size): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.__CONGRESS__!.hallLayout() !== null), { timeout: 60_000 }).toBe(true);
  const layout = (await page.evaluate(() => window.__CONGRESS__!.hallLayout()))!;
  const pixels = await page.evaluate(() => {
    const c = document.querySelector('#game-container canvas') as HTMLCanvasElement;
    const r = c.getBoundingClientRect();
    return { width: c.width, height: c.height, css: r.width, cssH: r.height, dpr: devicePixelRatio };
  });
  // drawn at the screen's own resolution (up to 4K), pixel for pixel
  const dpr = Math.min(pixels.dpr, 3840 / pixels.css, 2160 / pixels.cssH);
  expect(Math.abs(pixels.width - pixels.css * dpr)).toBeLessThanOrEqual(2);
  expect(Math.abs(layout.width - pixels.css)).toBeLessThanOrEqual(2);
  // label sizes
  expect(layout.font).toBeGreaterThanOrEqual(14);
  if (size.projector) expect(layout.font).toBeGreaterThanOrEqual(size.height / 40);
  expect(layout.heading.font).toBeGreaterThanOrEqual(layout.font);
  // no box overlaps another, none leaves the canvas
  const boxes = [
    { what: 'heading', ...layout.heading },
    { what: 'tally', ...layout.tally },
    { what: 'bar', ...layout.bar },
    ...layout.legend.map((b) => ({ what: `legend ${b.key}`, ...b })),
    ...layout.labels.map((b) => ({ what: `label ${b.id}`, ...b })),
    { what: 'rostrum', ...layout.rostrum },
  ].filter((b) => b.w > 0 && b.h > 0);
  const problems: string[] = [];
  for (const [i, a] of boxes.entries()) {
    if (a.x < 0 || a.y < 0 || a.x + a.w > layout.width + 0.5 || a.y + a.h > layout.height + 0.5) problems.push(`${a.what} leaves the canvas`);
    for (const b of boxes.slice(i + 1)) if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) problems.push(`${a.what} overlaps ${b.what}`);
  }
  // labels stay outside the hemicycle's seats
  const { cx, cy, outer } = layout.hall;
  for (const l of layout.labels) {
    const nx = Math.max(l.x, Math.min(cx, l.x + l.w));
    const ny = Math.max(l.y, Math.min(cy, l.y + l.h));
    if (Math.hypot(nx - cx, ny - cy) < outer && ny <= cy) problems.push(`label ${l.id} lies over the seats`);
  }
  expect(problems).toEqual([]);
  expect(layout.labels.length).toBeGreaterThan(5);
}

describe('a panel that fits, a hall legible at every size', () => {
  for (const size of SIZES) {
    it(`${size.name}: title to the first decision without scrolling, focus on each decision, the hall's labels sized and apart`, async () => {
      const { page, errors } = await open(size);
      expect(errors).toEqual([]);
      await visibleWithoutScrolling(page.locator('[data-test="begin"]'), 'Begin');
      expect(await focusedTest(page)).toBe('begin');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'setup');
      const first = page.locator('[data-choice="wo"]');
      await visibleWithoutScrolling(first, 'the first platform');
      await first.click();
      // the objectives appear at setup, beside the choice
      await expect.poll(() => page.locator('[data-test="setup-objectives"]').textContent()).toMatch(/Graded on the share of the votes cast/);
      await visibleWithoutScrolling(page.locator('[data-test="start"]'), 'Open the Discussion');
      await page.locator('[data-test="start"]').click();
      await waitForScene(page, 'hall');
      await visibleWithoutScrolling(page.locator('#discussion-action'), 'the Discussion decision');
      await visibleWithoutScrolling(page.locator('[data-test="discussion-go"]'), 'its button');
      await expect.poll(() => focusedTest(page)).toBe('discussion-action');
      await checkHall(page, size);
      await page.screenshot({ path: `${ARTIFACTS}layout-${size.name}.png` });
      expect(errors).toEqual([]);
    });
  }

  it('1366x768: the focus follows every step of the Discussion and the opening; details appear beside the hall', async () => {
    const { page, errors } = await open(SIZES[1]!);
    await page.locator('[data-test="begin"]').click();
    await page.locator('[data-choice="ten"]').click();
    await page.locator('[data-test="start"]').click();
    for (let round = 0; round < 3; round++) {
      await expect.poll(() => page.locator('#ui').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`Round ${round + 1} of 3`));
      // the first game's guide in the first round only, below the decision
      expect(await page.locator('[data-test="guide"]').count()).toBe(round === 0 ? 1 : 0);
      if (round === 0) {
        // the objectives, one key away, each with what its grade measures and how it stands now
        await page.keyboard.press('o');
        const dialog = page.locator('dialog#objectives');
        await dialog.waitFor({ state: 'visible' });
        const text = (await dialog.textContent()) ?? '';
        expect(text).toMatch(/Objectives of the Platform of the Ten|Objectives of Platform of the Ten/);
        expect(text).toMatch(/Projected from the conferences' leanings: \d+ votes \(\d+%\); (better than|as|worse than) history so far/);
        expect(text).toMatch(/or more of \d+ votes is better than 1921/);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        expect(await dialog.textContent()).not.toMatch(/Projected/);
        await expect.poll(() => focusedTest(page)).toBe('discussion-action');
      }
      await expect.poll(() => focusedTest(page)).toBe('discussion-action');
      // one Tab from the list of actions to its button
      await page.keyboard.press('Tab');
      expect(await focusedTest(page)).toBe('discussion-go');
      await organise(page, 'Petrograd');
    }
    await expect.poll(() => focusedTest(page), { timeout: 60_000 }).toBe('continue');
    // a first game's check: three questions telling the platforms apart, each answered at once
    const check = page.locator('[data-test="platform-check"]');
    expect(await check.locator('fieldset').count()).toBe(3);
    await check.locator('fieldset').nth(0).locator('[data-platform="wo"]').click();
    expect(await page.locator('[data-test="answer-0"]').textContent()).toMatch(/^Right: that is the Workers' Opposition's demand/);
    await check.locator('fieldset').nth(1).locator('[data-platform="wo"]').click();
    expect(await page.locator('[data-test="answer-1"]').textContent()).toMatch(/^Not quite: that is the demand of the Trotsky–Bukharin bloc/);
    await page.locator('[data-test="continue"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ui h2').textContent(), { timeout: 60_000 }).toMatch(/^Opening/);
    await expect.poll(() => focusedTest(page)).toBe('continue');
    // pointing at a delegation's label shows its details beside the hall, inside the window
    const layout = (await page.evaluate(() => window.__CONGRESS__!.hallLayout()))!;
    const label = layout.labels.find((l) => l.id === 'petrograd')!;
    await page.mouse.move(layout.canvas.left + label.x + label.w / 2, layout.canvas.top + label.y + label.h / 2);
    const details = page.locator('#hall-details');
    await expect.poll(() => details.textContent()).toMatch(/^Petrograd city and province: 60 voting/);
    const box = (await details.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(layout.canvas.left + layout.canvas.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(Math.abs(box.y - (layout.canvas.top + label.y + label.h))).toBeLessThan(80);
    expect(errors).toEqual([]);
  });
});
