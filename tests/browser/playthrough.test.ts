/**
 * A player argues for the Workers' Opposition against two computer seats in real Chromium, with real
 * clicks and keys, from the title to the result screen; wins over Moscow province, a split delegation,
 * and reads in the breakdown which argument moved them. First the page must have rendered: WebGL, no
 * errors.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openAtTitle, organise, press, takeTheVote, useHarness, waitForBoot, waitForScene } from './harness';

const harness = useHarness();
/** The delegation the player organises in three times, split before the debate and carried by the Workers' Opposition's arguments. */
const SPLIT = { id: 'moscow-province', name: 'Moscow province' };

describe('playing one seat to the result', () => {
  it("boots on WebGL, plays the Workers' Opposition to the result, and wins over a split delegation", async () => {
    // with reduced motion, as a player may set it: the rings round moved delegates then stay until the next speech
    const still = () => localStorage.setItem('tenth-congress.settings', JSON.stringify({ textScale: 1, reducedMotion: true, palette: 'period', projector: false }));
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=30&seed=3', undefined, still);
    expect(errors).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(1);

    // Title: the Begin button has focus, so the keyboard starts the game.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('begin');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'setup');
    await press(page, /^Workers' Opposition/);
    await press(page, 'Open the Discussion');
    await waitForScene(page, 'hall');
    expect(await page.evaluate(() => window.__CONGRESS__!.scenarioDelegates)).toBe(990);
    await expect.poll(() => page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(990);
    // one screen, one scene: the loading screen and the title are not drawn under the hall
    expect(await page.evaluate(() => window.__CONGRESS__!.runningScenes())).toEqual(['hall']);

    // The Discussion: three rounds, organising in Moscow province each time.
    for (let round = 0; round < 3; round++) await organise(page, SPLIT.name);
    await press(page, 'Open the congress');
    await expect.poll(() => page.getByRole('log').textContent()).toMatch(/computer: Chose this because organising in/);
    await press(page, 'To the floor');
    await press(page, /^Few: keep most of our delegates/);

    // Before the debate Moscow province is split: no platform holds 60% of those in the hall.
    await page.getByRole('button', { name: 'Deliver the speech' }).waitFor({ timeout: 30_000 });
    const before = await page.evaluate((id) => window.__CONGRESS__!.leanings(id), SPLIT.id);
    const inHall = Object.entries(before).filter(([k]) => k !== 'away' && k !== 'unelected');
    const total = inHall.reduce((n, [, v]) => n + v, 0);
    expect(inHall.length).toBeGreaterThanOrEqual(2);
    for (const [, v] of inHall) expect(v / total).toBeLessThan(0.6);

    // seed 3 deals the Workers' Opposition both of these arguments for the factory delegations (its hand is dealt from the seed)
    await press(page, /^A Congress of Producers \(/);
    await press(page, 'Deliver the speech');
    // back to the player: the delegates the last speech moved are named in the panel and ringed in the hall
    await page.getByRole('button', { name: /^Our own Programme says so \(/ }).waitFor({ timeout: 30_000 });
    const [panel, rings] = await page.evaluate(() => [document.getElementById('ui')!.textContent ?? '', window.__CONGRESS__!.hallRings()] as const);
    const named = Number(panel.match(/changed how (\d+) voting delegates? lean \(ringed in red in the hall\)/)?.[1] ?? 0);
    expect(named).toBeGreaterThan(0);
    expect(rings).toBeGreaterThanOrEqual(named);
    await press(page, /^Our own Programme says so \(/);
    await press(page, 'Deliver the speech');

    // and the case once more from the floor before the vote (Trotsky–Bukharin and the Ten make their own)
    await takeTheVote(page, 'statement');
    const row = page.locator(`tr[data-delegation="${SPLIT.id}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toMatch(/gave \d+ votes to the Workers' Opposition's resolution: .*the argument that moved most of them was "(A Congress of Producers|Our own Programme says so)"/);
    // the Workers' Opposition carried the delegation: more of its votes than any other motion's
    const cells = (await row.locator('td').allTextContents()).slice(0, 3).map(Number); // Ten, T–B, WO columns
    expect(cells[2]).toBeGreaterThan(Math.max(cells[0]!, cells[1]!));
    expect(await page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(990);
    await page.screenshot({ path: `${ARTIFACTS}hall-1366x768.png` });

    // The other votes, then the outcome.
    for (let i = 0; i < 4; i++) {
      await press(page, 'Next item');
      await takeTheVote(page);
    }
    await press(page, 'See the outcome');
    await waitForScene(page, 'result');
    expect(await page.getByRole('table', { name: 'Votes: this game beside 1921' }).textContent()).toMatch(/336/);
    expect(await page.locator('table[data-seat="wo"] caption').textContent()).toMatch(/^Workers' Opposition \(you\): (worse than history|as history|better than history|decisive)$/);
    await page.screenshot({ path: `${ARTIFACTS}result-1366x768.png` });
    expect(errors).toEqual([]);
  });

  it('plays the small Moscow conference of November 1920, chosen in the scenario picker, to its result', async () => {
    const { page, errors } = await openAtTitle(harness());
    await page.getByText('Other scenarios').click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('1920-moscow-conference');
    await press(page, 'Load this scenario');
    expect(await waitForBoot(page)).toBe('webgl');
    await waitForScene(page, 'title');
    expect(await page.locator('#ui').textContent()).toMatch(/Moscow/);
    await press(page, 'Begin');
    await press(page, /^Workers' Opposition/);
    await press(page, 'Open the Discussion');
    await waitForScene(page, 'hall');
    expect(await page.evaluate(() => window.__CONGRESS__!.scenarioDelegates)).toBe(378);
    await organise(page, 'Krasnaya Presnya');
    // a provincial party conference, not a congress: the screens name it as the scenario does
    expect(await page.locator('#ui').textContent()).not.toMatch(/\bthe congress\b/i);
    await press(page, 'Open the conference');
    await press(page, 'To the floor');
    for (let round = 0; round < 2; round++) {
      await page.locator('[data-card]:not([disabled])').first().click({ timeout: 30_000 });
      await press(page, 'Deliver the speech');
    }
    await takeTheVote(page);
    await press(page, 'See the outcome');
    await waitForScene(page, 'result');
    expect(await page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(378);
    // 1920's figures count the delegates of two camps, not the votes of one ballot
    expect(await page.getByRole('table', { name: "This game's votes beside the delegates counted in 1920" }).textContent()).toMatch(/154.*124/s);
    const result = await page.locator('#ui').textContent();
    expect(result).not.toMatch(/\bthe congress\b/i);
    expect(result).toMatch(/124 delegates \(45%\)/);
    expect(errors).toEqual([]);
  });
});
