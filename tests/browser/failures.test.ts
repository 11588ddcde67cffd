/**
 * Failures told as they are, in real Chromium (issue 9): the shipped page's Content-Security-Policy holds
 * through a whole game with no violation; a scenario that cannot be downloaded and game code that cannot
 * be loaded each say so; page options the game cannot take are shown, not aliased; a browser that keeps
 * nothing says what will be lost; the header's sound button follows the settings; the largest scenario
 * within the limits plays to its result. Where the game loads, it must first have rendered: WebGL, no errors.
 */
import { describe, expect, it } from 'vitest';
import { largestScenario } from '../../game/tools/largestScenario';
import { NO_WORKER, openAtTitle, openGame, press, useHarness, watchToResult } from './harness';

const harness = useHarness();
const LONG = { timeout: 120_000 };

declare global {
  interface Window {
    __violations?: string[];
  }
}

describe('the Content-Security-Policy', () => {
  it('is in force, and a whole game breaks none of it', async () => {
    const h = harness();
    const { page, errors } = await openAtTitle(h, 'testhook=1&pace=0&seed=7');
    // in force: an inline script is refused, and the listener hears it
    await page.evaluate(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`));
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    // (both copies of the policy, the page's own and the server's header, report it)
    await expect.poll(() => page.evaluate(() => window.__violations!.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await page.evaluate(() => (window.__violations = []));

    await watchToResult(page, 5);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    // the console's report of the one refusal made on purpose above, and nothing else
    expect(errors.filter((e) => !/Executing inline script violates the following Content Security Policy/.test(e))).toEqual([]);
  });
});

describe('files that do not arrive', () => {
  it('a scenario that cannot be downloaded says so and offers to try again', async () => {
    const h = harness();
    const page = await h.browser.newPage(NO_WORKER);
    h.pages.add(page);
    await page.route('**/assets/1921-tenth-congress-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${h.url}?testhook=1`);
    await page.getByRole('alert').waitFor(LONG);
    expect(await page.getByRole('alert').textContent()).toBe('The scenario scenarios/1921-tenth-congress.json could not be downloaded');
    expect(await page.locator('#ui').textContent()).toMatch(/Nothing is wrong with the scenario itself/);
    await page.unroute('**/assets/1921-tenth-congress-*.js');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => window.__CONGRESS__?.ready === true, undefined, LONG);
    expect(await page.evaluate(() => window.__CONGRESS__!.renderer())).toBe('webgl');
  });

  it('the codex, fetched when first opened, says so when it cannot be fetched, and opens after a reload', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1');
    await page.route(/\/assets\/codex-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Codex' }).click();
    await expect.poll(() => page.locator('#storage-note').textContent(), LONG).toMatch(/^The codex could not be loaded \(the browser said: .+\)\. Reload the page when the connection is back: the game is kept\.$/);
    await page.unroute(/\/assets\/codex-[^/]+\.js$/);
    await page.reload();
    await page.waitForFunction(() => window.__CONGRESS__?.ready === true, undefined, LONG);
    await page.getByRole('button', { name: 'Codex' }).click();
    await page.getByRole('dialog').waitFor(LONG);
    expect(await page.locator('#storage-note').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("game code that cannot be loaded says so instead of loading for ever", async () => {
    const h = harness();
    const page = await h.browser.newPage(NO_WORKER);
    h.pages.add(page);
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort('blockedbyclient'));
    await page.goto(`${h.url}?testhook=1`);
    await page.getByRole('alert').waitFor(LONG);
    expect(await page.getByRole('alert').textContent()).toBe('The game could not be loaded');
    expect(await page.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
  });
});

describe('what the page cannot take or keep', () => {
  it('shows the page options it could not take, and plays with its own', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&seed=1e99&pace=999999999&sede=3');
    const note = await page.locator('#page-notes').textContent();
    expect(note).toMatch(/The seed "1e99" is not a whole number from 0 to 4,294,967,295; the game's own seed is used\./);
    expect(note).toMatch(/The pace "999999999" is not a number of milliseconds from 0 to 10,000; the computer waits 700 ms\./);
    expect(note).toMatch(/"sede" is not an option of this page/);
    await press(page, 'Begin');
    expect(await page.locator('#seed').inputValue()).toBe('1921');
    await page.locator('#seed').fill('4294967297');
    await press(page, /^Workers' Opposition/);
    expect(await page.locator('#seed-note').textContent()).toBe('The seed is a whole number from 0 to 4,294,967,295.');
    expect(await page.getByRole('button', { name: 'Open the Discussion' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a browser that keeps nothing says what will not be remembered; the sound button follows the settings', async () => {
    const h = harness();
    const { page, errors } = await openGame(h, 'testhook=1', { width: 1366, height: 768 }, () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.waitForFunction(() => window.__CONGRESS__?.ready === true, undefined, LONG);
    expect(await page.evaluate(() => window.__CONGRESS__!.renderer())).toBe('webgl');
    expect(await page.locator('#storage-note').textContent()).toMatch(/This browser keeps nothing for this page .*your settings, the sound and the game last only until the page is closed/);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Mute all sound').check();
    expect(await page.getByRole('button', { name: /^Sound:/ }).textContent()).toBe('Sound: off');
    await page.getByLabel('Mute all sound').uncheck();
    expect(await page.getByRole('button', { name: /^Sound:/ }).textContent()).toBe('Sound: on');
    expect(errors).toEqual([]);
  });
});

describe('the largest scenario within the limits', () => {
  it('opened as an author\'s own file, plays to its result with the computer in every seat', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=0&seed=2');
    await page.getByText('Other scenarios').click();
    const text = JSON.stringify(largestScenario());
    await Promise.all([page.waitForURL(/scenario=local/, LONG), page.locator('#scenario-file').setInputFiles({ name: 'largest.json', mimeType: 'application/json', buffer: Buffer.from(text) })]);
    await page.waitForFunction(() => window.__CONGRESS__?.ready === true && window.__CONGRESS__.scene() === 'title', undefined, LONG);
    expect(await page.evaluate(() => window.__CONGRESS__!.scenarioDelegates)).toBe(3000);
    await watchToResult(page, 12);
    expect(await page.evaluate(() => window.__CONGRESS__!.hallDelegates())).toBe(3000);
    expect(errors).toEqual([]);
  });
});
