/**
 * Access, in real Chromium: an axe-core scan of every screen finds no serious or critical violation, a
 * keyboard-only player (Tab and Enter, no mouse) finishes a whole game, and the hall is photographed at
 * 1366×768 and 1920×1080. As everywhere, the page must first have rendered: WebGL, no errors.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scan } from './axe';
import { ARTIFACTS, openAtTitle, useHarness, waitForBoot, waitForScene } from './harness';


const harness = useHarness();

/**
 * From where the focus has landed, presses Tab until the focused control's name matches, then Enter: the
 * keyboard-only way to a button. By default at most five presses: every action of a step is that close to
 * the decision the focus lands on.
 */
async function tabTo(page: Page, name: RegExp, limit = 5): Promise<void> {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
  for (let i = 0; i <= limit; i++) {
    if (name.test(await focused())) {
      await page.keyboard.press('Enter');
      return;
    }
    if (i < limit) await page.keyboard.press('Tab');
  }
  throw new Error(`no control matching ${name} within ${limit} Tab presses of the focus (last: "${await focused()}")`);
}

/**
 * In the Discussion, by the keyboard alone: the focus lands on the list of actions; arrow keys move through
 * it to the wanted one, then one Tab reaches its button and Enter takes it.
 */
async function chooseByKeys(page: Page, action: RegExp): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 30_000 }).toBe('discussion-action');
  for (let i = 0; i < 60; i++) {
    const chosen = await page.evaluate(() => {
      const s = document.activeElement as HTMLSelectElement;
      return s.selectedOptions[0]?.textContent ?? '';
    });
    if (action.test(chosen)) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no action matching ${action} reached by the arrow keys`);
}

async function waitForText(page: Page, text: RegExp): Promise<void> {
  await expect.poll(() => page.locator('#ui').textContent(), { timeout: 30_000 }).toMatch(text);
}

describe('access', () => {
  it('a keyboard-only player finishes a whole game; axe finds no serious or critical violation on any screen', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=5');
    expect(errors).toEqual([]);
    const problems: string[] = [];
    problems.push(...(await scan(page, 'title')));

    await page.keyboard.press('Enter'); // Begin has focus
    await waitForScene(page, 'setup');
    problems.push(...(await scan(page, 'setup')));
    await tabTo(page, /^Trotsky–Bukharin/);
    await tabTo(page, /^Open the Discussion$/);
    await waitForScene(page, 'hall');
    for (let round = 0; round < 3; round++) {
      await waitForText(page, new RegExp(`Round ${round + 1} of 3`));
      if (round === 0) problems.push(...(await scan(page, 'discussion')));
      await chooseByKeys(page, /^Organise in Red Army: the fronts/);
    }
    await waitForText(page, /Open the congress/);
    problems.push(...(await scan(page, 'elected')));
    await tabTo(page, /^Open the congress$/);
    await waitForText(page, /To the floor/);
    problems.push(...(await scan(page, 'opening')));
    await tabTo(page, /^To the floor$/);
    await waitForText(page, /How many of your delegates/);
    problems.push(...(await scan(page, 'volunteers')));
    await tabTo(page, /^Our fair share$/);
    for (let round = 0; round < 2; round++) {
      await waitForText(page, new RegExp(`Round ${round + 1} of the speakers' list`));
      if (round === 0) problems.push(...(await scan(page, 'debate')));
      await tabTo(page, /^Yield the floor$/);
    }
    for (let item = 0; item < 5; item++) {
      // every vote asks the player a decision from the floor first, and the focus lands on it
      await waitForText(page, /Before the vote: your decision/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-test') ?? ''), { timeout: 30_000 }).toMatch(/^floor-/);
      if (item === 0) problems.push(...(await scan(page, 'floor decision')));
      const offered = await page.locator('button[data-test^="floor-"]').allTextContents();
      await tabTo(page, offered.includes('Accept the places') ? /^Accept the places$/ : /^No statement$/);
      await waitForText(page, /Take the vote/);
      if (item === 0) problems.push(...(await scan(page, 'forecast')));
      await tabTo(page, /^Take the vote$/);
      await waitForText(page, /How each delegation voted/);
      if (item === 0) problems.push(...(await scan(page, 'ballot')));
      await tabTo(page, item < 4 ? /^Next item$/ : /^See the outcome$/);
    }
    await waitForScene(page, 'result');
    problems.push(...(await scan(page, 'result')));

    await page.keyboard.press('c');
    await page.getByRole('dialog').waitFor();
    problems.push(...(await scan(page, 'codex')));
    await page.keyboard.press('Escape');
    await tabTo(page, /^Settings$/, 120);
    await page.getByRole('dialog').waitFor();
    problems.push(...(await scan(page, 'settings')));
    await page.keyboard.press('Escape');

    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('photographs the hall at 1366×768 and 1920×1080 with every delegate drawn', async () => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=9', viewport);
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.getByRole('button', { name: /^Watch/ }).click();
      await page.getByRole('button', { name: 'Open the Discussion' }).click();
      await page.getByRole('button', { name: 'Open the congress' }).click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'To the floor' }).click();
      await page.getByRole('button', { name: 'Take the vote' }).click({ timeout: 30_000 });
      await page.getByRole('table').first().waitFor();
      expect(await page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(990);
      await page.screenshot({ path: `${ARTIFACTS}hall-${viewport.width}x${viewport.height}.png` });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('settings', () => {
  it('are reachable from every screen, remembered after a reload, and projector mode makes body text at least 1/40 of the screen height', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20', { width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Projector mode (large text for the back of the room)').check();
    await page.getByLabel('Colours of the platforms').selectOption('colour-blind');
    await page.getByLabel('Text size').selectOption('2');
    await page.keyboard.press('Escape');
    await page.reload();
    expect(await waitForBoot(page)).toBe('webgl');
    const state = await page.evaluate(() => ({ ...document.documentElement.dataset, body: parseFloat(getComputedStyle(document.querySelector('#ui p')!).fontSize), height: innerHeight }));
    expect(state).toMatchObject({ projector: 'true', palette: 'colour-blind' });
    expect(state.body).toBeGreaterThanOrEqual(state.height / 40);
    // text at 200% loses nothing: the panel wraps instead of cutting lines off sideways
    const overflow = await page.evaluate(() => {
      const ui = document.querySelector('#ui')!;
      return ui.scrollWidth - ui.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${ARTIFACTS}title-projector-1920x1080.png` });
    expect(errors).toEqual([]);
  });
});
