/**
 * A player argues for the Workers' Opposition against two AI seats in real Chromium, with real clicks and
 * keys, from the title to the result screen. First it checks the page really rendered: WebGL, no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openGame, startHarness, waitForBoot, waitForScene, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('playing one seat to the result', () => {
  it('boots on WebGL, plays the Workers\' Opposition to the result screen and shows the 1921 record', async () => {
    const { page, errors } = await openGame(h);
    expect(await waitForBoot(page)).toBe('webgl');
    await waitForScene(page, 'title');
    expect(errors).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(1);

    // Title: the Begin button has focus, so the keyboard starts the game.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('begin');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'setup');

    await page.getByRole('button', { name: /^Workers' Opposition/ }).click();
    await page.getByRole('button', { name: 'Open the Discussion' }).click();
    await waitForScene(page, 'hall');

    // Every delegate of the scenario is on the hall, before and after the election.
    const expected = await page.evaluate(() => window.__CONGRESS__!.scenarioDelegates);
    expect(expected).toBe(990);
    await expect.poll(() => page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(expected);

    // The Discussion: the WO seat moves first; organise in Samara.
    await page.getByRole('button', { name: /^Samara: 14 voting/ }).click();
    await page.getByRole('button', { name: 'Open the congress' }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('log').textContent()).toMatch(/sends organisers to Samara/);
    await expect.poll(() => page.getByRole('log').textContent()).toMatch(/computer: Chose this because organising in/);

    // Kronstadt, then the debate: choose two cards and deliver.
    await page.getByRole('button', { name: 'To the debate' }).click();
    await page.getByRole('button', { name: 'A Congress of Producers', exact: true }).click();
    await page.getByRole('button', { name: 'Bureaucrats over the workers', exact: true }).click();
    await page.getByRole('button', { name: 'Deliver the speech' }).click();
    await expect.poll(() => page.evaluate(() => window.__CONGRESS__!.phase()), { timeout: 30_000 }).toBe('voted');
    await page.getByRole('table', { name: 'How each delegation voted' }).waitFor({ state: 'visible' });
    await page.screenshot({ path: `${ARTIFACTS}hall-1366x768.png` });
    expect(await page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(990);

    await page.getByRole('button', { name: 'See the outcome' }).click();
    await waitForScene(page, 'result');
    await expect.poll(() => page.getByRole('table', { name: 'Votes: this game beside 1921' }).textContent()).toMatch(/336/);
    await expect.poll(() => page.locator('#ui').textContent()).toMatch(/Workers' Opposition: \d+% of the votes cast, against 4% in 1921/);
    await page.screenshot({ path: `${ARTIFACTS}result-1366x768.png` });
    expect(errors).toEqual([]);
  });

  it('plays the small Moscow conference of November 1920, chosen in the scenario picker, to its result', async () => {
    const { page, errors } = await openGame(h);
    expect(await waitForBoot(page)).toBe('webgl');
    await waitForScene(page, 'title');
    await page.getByText('Other scenarios').click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('1920-moscow-conference');
    await page.getByRole('button', { name: 'Load this scenario' }).click();
    expect(await waitForBoot(page)).toBe('webgl');
    await waitForScene(page, 'title');
    expect(await page.locator('#ui').textContent()).toMatch(/Moscow/);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: /^Workers' Opposition/ }).click();
    await page.getByRole('button', { name: 'Open the Discussion' }).click();
    await waitForScene(page, 'hall');
    expect(await page.evaluate(() => window.__CONGRESS__!.scenarioDelegates)).toBe(378);
    await page.locator('[data-delegation]').first().click();
    await page.getByRole('button', { name: 'Open the congress' }).click({ timeout: 30_000 });
    await page.getByRole('button', { name: 'To the debate' }).click();
    await page.locator('[data-card]').first().click({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Deliver the speech' }).click();
    await page.getByRole('button', { name: 'See the outcome' }).click({ timeout: 30_000 });
    await waitForScene(page, 'result');
    expect(await page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(378);
    expect(await page.getByRole('table', { name: 'Votes: this game beside 1920' }).textContent()).toMatch(/154.*124/s);
    expect(errors).toEqual([]);
  });
});
