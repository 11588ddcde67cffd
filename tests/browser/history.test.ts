/**
 * The history behind the game, in real Chromium: the codex opens from any screen (button or the C key),
 * a card's sources and the sources of the 336 / 50 / 18 figure are one click away, disputed figures are
 * shown both ways, and a broken scenario file gives an error screen that names the file and its problems.
 */
import { describe, expect, it } from 'vitest';
import { rawScenario } from '../support/scenario';
import { scan } from './axe';
import { openAtTitle, organise, press, useHarness, voteToResult, waitForBoot } from './harness';

const harness = useHarness();

describe('sources and codex', () => {
  it('opens the codex, a card\'s sources and the sources of the 1921 vote', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=13');
    expect(errors).toEqual([]);

    // The codex from the title screen, by key; its sections are tabs.
    await page.keyboard.press('c');
    const codex = page.getByRole('dialog');
    await codex.waitFor({ state: 'visible' });
    expect(await codex.getByRole('heading').first().textContent()).toBe('Codex: Platforms');
    expect(await codex.textContent()).toMatch(/Platform of the Ten \(V\. I\. Lenin/);
    await codex.getByRole('tab', { name: 'People' }).click();
    expect(await codex.textContent()).toMatch(/A\. G\. Shlyapnikov \(30 Aug 1885 – 2 Sep 1937\)/);
    await codex.getByRole('tab', { name: 'Glossary' }).click();
    expect(await codex.textContent()).toMatch(/Tsektran/);
    await page.keyboard.press('Escape');
    await codex.waitFor({ state: 'hidden' });

    await press(page, 'Begin');
    await press(page, /^Platform of the Ten/);
    await press(page, 'Open the Discussion');
    for (let round = 0; round < 3; round++) await organise(page, 'Petrograd');
    await press(page, 'Open the congress');
    // The codex from the hall, by its button.
    await page.getByRole('button', { name: 'Codex' }).click();
    await codex.getByRole('tab', { name: 'Events' }).click();
    expect(await codex.textContent()).toMatch(/1921-02-28/);
    await codex.getByRole('button', { name: 'Close' }).click();

    await press(page, 'To the floor');
    await press(page, 'Our fair share');
    await page.getByRole('button', { name: 'Form the presidium' }).waitFor({ timeout: 30_000 });
    expect(await scan(page, 'presidium')).toEqual([]);
    await press(page, 'Form the presidium');
    // seed 13 deals the Ten this card (its hand is dealt from the seed); its text and sources are in the hand's fold
    await page.getByText('What each argument says, and its sources').click({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Sources for “A Congress of Producers is syndicalism”' }).click({ timeout: 30_000 });
    expect(await codex.getByRole('heading').first().textContent()).toBe('Sources: “A Congress of Producers is syndicalism”');
    expect(await codex.textContent()).toMatch(/Collected Works vol\. 32/);
    await page.keyboard.press('Escape');
    await press(page, /^A Congress of Producers is syndicalism \(/);
    await press(page, 'Deliver the speech');
    await press(page, 'Yield the floor');
    await voteToResult(page, 5, true);

    await page.getByRole('button', { name: 'Sources of the 1921 figures' }).click();
    expect(await codex.textContent()).toMatch(/Maurice Brinton.*p\. 828/s);
    expect(await codex.textContent()).toMatch(/336/);
    await page.keyboard.press('Escape');
    const disputed = page.getByRole('list', { name: 'Disputed figures' });
    expect(await disputed.textContent()).toMatch(/694.*or.*717/s);
    expect(await disputed.textContent()).toMatch(/over 200/);
    expect(errors).toEqual([]);
  });
});

describe('a scenario file with mistakes', () => {
  it('names the file and its first problems instead of crashing', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20');
    await page.getByText('Other scenarios').click();
    const copy = rawScenario() as any;
    copy.delegations[3].voting = -1;
    delete copy.dates;
    const broken = JSON.stringify(copy);
    await page.locator('#scenario-file').setInputFiles({ name: 'my-school-council.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await page.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').textContent()).toBe('The scenario my-school-council.json cannot be played');
    const problems = await page.getByRole('list', { name: 'Problems' }).textContent();
    expect(problems).toMatch(/my-school-council\.json: delegations\.3\.voting: Too small/);
    expect(problems).toMatch(/my-school-council\.json: dates: missing: this field is required/);
    expect(await scan(page, 'error screen')).toEqual([]);
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Back to the Tenth Congress' }).click();
    expect(await waitForBoot(page)).toBe('webgl');
  });
});
