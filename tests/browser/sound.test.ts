/**
 * Sound in real Chromium: nothing is created before the first gesture, the first click unlocks it, mute
 * survives a reload, and the captions show what the hall would sound like.
 */
import { describe, expect, it } from 'vitest';
import { openAtTitle, useHarness, waitForBoot } from './harness';

const harness = useHarness();

describe('sound', () => {
  it('unlocks only on the first gesture, and mute survives a reload', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=40&seed=3');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => window.__CONGRESS__!.audio())).toMatchObject({ unlocked: false, context: 'none', muted: false });

    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => page.evaluate(() => window.__CONGRESS__!.audio().unlocked)).toBe(true);
    await expect.poll(() => page.evaluate(() => window.__CONGRESS__!.audio().context)).toBe('running');

    const mute = page.getByRole('button', { name: /^Sound:/ });
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => window.__CONGRESS__!.audio().muted)).toBe(true);

    await page.reload();
    expect(await waitForBoot(page)).toBe('webgl');
    expect(await page.evaluate(() => window.__CONGRESS__!.audio().muted)).toBe(true);
    expect(await page.getByRole('button', { name: /^Sound:/ }).textContent()).toBe('Sound: off');
    expect(errors).toEqual([]);
  });

  it('captions the gavel when the conferences have elected the congress', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=4');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: /^Watch/ }).click();
    await page.getByRole('button', { name: 'Open the Discussion' }).click();
    await page.getByRole('button', { name: 'Open the congress' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('#captions').textContent()).toBe("[The chairman's gavel]");
    expect(errors).toEqual([]);
  });
});
