/**
 * Saves, replay and "what if" in real Chromium (issue 8): a reload in the middle of the debate resumes at
 * the same speaker with the same tallies; Back then Forward keeps the game; a game saved to a file and
 * opened in a fresh page reproduces its result; a corrupt save, a save for a changed scenario and a save
 * with an edited command each show their message; a "what if" played to the end shows three columns.
 * As everywhere, the page must first have rendered: WebGL, no errors.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scan } from './axe';
import { openAtTitle, organise, press, useHarness, voteToResult, waitForBoot, waitForScene } from './harness';

const harness = useHarness();
const LONG = { timeout: 120_000 };

/** What the screen shows of the match: the public view's essentials, the panel and the record. */
async function snapshot(page: Page) {
  return page.evaluate(() => {
    const v = window.__CONGRESS__!.publicView()!;
    const counts: Record<string, number> = {};
    for (const d of v.delegates) if (d.voting) counts[d.mark.kind === 'leaning' ? d.mark.platform : d.mark.kind] = (counts[d.mark.kind === 'leaning' ? d.mark.platform : d.mark.kind] ?? 0) + 1;
    return { step: v.step, phase: v.phase, due: v.due, speaker: v.speaker, minutes: v.minutes, counts, panel: document.querySelector('#ui')!.textContent, log: document.querySelector('#log')!.textContent };
  });
}

/** From the title: the Workers' Opposition against the computer, to the second round of the debate. */
async function playToDebate(page: Page): Promise<void> {
  await press(page, 'Begin');
  await press(page, /^Workers' Opposition/);
  await press(page, 'Open the Discussion');
  await waitForScene(page, 'hall');
  for (let round = 0; round < 3; round++) await organise(page, 'the Donets Basin');
  await press(page, 'Open the congress');
  await press(page, 'To the floor');
  await press(page, /^Few: keep most of our delegates/);
  await press(page, /^A Congress of Producers \(/);
  await press(page, 'Deliver the speech');
  await page.getByText("Round 2 of the speakers' list").waitFor(LONG);
}

/** From the debate (the human's turn) to the result: yield, then every vote. */
async function playToResult(page: Page): Promise<void> {
  await press(page, 'Yield the floor');
  await voteToResult(page, 5);
}

async function saveToFile(page: Page): Promise<string> {
  const download = page.waitForEvent('download', LONG);
  await page.locator('#save-game').click(LONG);
  return readFileSync(await (await download).path(), 'utf8');
}

async function openSaved(page: Page, text: string, name = 'saved-game.json'): Promise<void> {
  await page.locator('#save-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('a game that survives the page', () => {
  it('a reload in the middle of the debate resumes at the same speaker with the same tallies; Back then Forward keeps the game', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=16');
    await playToDebate(page);
    const before = await snapshot(page);
    expect(before.phase).toBe('debate');
    expect(before.due).toEqual({ kind: 'seats', seats: ['wo'], sealed: false });
    expect(page.url()).toMatch(/#play$/);

    await page.reload();
    expect(await waitForBoot(page)).toBe('webgl');
    await waitForScene(page, 'hall');
    await page.getByRole('button', { name: 'Deliver the speech' }).waitFor(LONG);
    expect(await snapshot(page)).toEqual(before);

    await page.goBack();
    await waitForScene(page, 'title');
    await page.getByRole('button', { name: 'Continue the game in progress' }).waitFor(LONG);
    await page.goForward();
    await waitForScene(page, 'hall');
    await page.getByRole('button', { name: 'Deliver the speech' }).waitFor(LONG);
    expect(await snapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('a game saved to a file and opened in a fresh page reproduces its result', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=16');
    await playToDebate(page);
    await playToResult(page);
    const result = await page.locator('#ui').textContent();
    const text = await saveToFile(page);
    expect(text.length).toBeLessThan(20_000);
    expect(JSON.parse(text)).toMatchObject({ format: 'tenth-congress-match', scenarioId: '1921-tenth-congress', seed: 16 });

    const fresh = await openAtTitle(harness()); // a new browser context: nothing kept from the first page
    expect(await fresh.page.getByRole('button', { name: 'Continue the game in progress' }).count()).toBe(0);
    await openSaved(fresh.page, text);
    await waitForScene(fresh.page, 'result');
    expect(await fresh.page.locator('#ui').textContent()).toBe(result);
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });
});

describe('saves that cannot be opened as they are', () => {
  it('a corrupt save, a save for a changed scenario and a save with an edited command each show their message', async () => {
    const first = await openAtTitle(harness(), 'testhook=1&pace=20&seed=16');
    await playToDebate(first.page);
    const text = await saveToFile(first.page);

    const { page, errors } = await openAtTitle(harness());
    const notice = async () => {
      await waitForScene(page, 'notice');
      return page.getByRole('alert').textContent();
    };

    await openSaved(page, text.slice(0, 200), 'cut-short.json');
    expect(await notice()).toBe('This file is damaged: it is not readable JSON');
    expect(await scan(page, 'a damaged save')).toEqual([]);
    await press(page, 'Back to the title');
    await waitForScene(page, 'title');

    const changed = JSON.parse(text);
    changed.scenarioHash = 'f'.repeat(32);
    await openSaved(page, JSON.stringify(changed), 'old-scenario.json');
    expect(await notice()).toBe('This save was made with another version of the scenario "The Tenth Congress"');
    expect(await page.getByRole('button', { name: 'Open it as this version plays it' }).count()).toBe(1);
    await press(page, 'Back to the title');
    await waitForScene(page, 'title');

    const edited = JSON.parse(text);
    edited.commands[6].command = { type: 'organise', seat: edited.commands[6].command.seat, delegation: 'atlantis' };
    await openSaved(page, JSON.stringify(edited), 'edited.json');
    expect(await notice()).toBe('This save has a command the rules do not allow: command 7');
    expect(await page.getByRole('list', { name: 'What is wrong' }).textContent()).toMatch(/Command 7 \(.*organise in atlantis\) is refused: there is no delegation "atlantis"/);
    await press(page, 'Open the game up to command 6, the last one allowed');
    await waitForScene(page, 'hall');
    expect(await page.evaluate(() => window.__CONGRESS__!.publicView()!.step)).toBe(6);
    expect(errors).toEqual([]);
  });
});

describe('replay and "what if"', () => {
  it('steps through a finished game, and a "what if" from a decision, played to the end, shows the original, the branch and 1921', async () => {
    const { page, errors } = await openAtTitle(harness(), 'testhook=1&pace=20&seed=16');
    await playToDebate(page);
    await playToResult(page);
    await press(page, 'Replay this game, step by step');
    await page.locator('[data-test="replay-status"]').waitFor(LONG);
    expect(await page.locator('[data-test="replay-status"]').textContent()).toBe('The start of the game.');
    expect(await scan(page, 'replay')).toEqual([]);
    await press(page, 'Forward');
    expect(await page.locator('[data-test="replay-status"]').textContent()).toMatch(/^After command 1 of \d+: the Workers' Opposition: organise in the Donets Basin/);
    await press(page, 'End');
    expect(await page.locator('[data-test="replay-status"]').textContent()).toMatch(/^After command (\d+) of \1: close the congress\.$/);
    await press(page, 'Back');
    expect(await page.locator('[data-test="replay-status"]').textContent()).toMatch(/^After command (\d+) of \d+: take the vote\.$/);

    // the player's third organising, command 7: what if the Workers' Opposition had gone to Petrograd instead?
    await page.locator('#replay-to').selectOption('6');
    await press(page, 'Go');
    await press(page, "What if the Workers' Opposition had decided otherwise?");
    await waitForScene(page, 'hall');
    await organise(page, 'Petrograd');
    await press(page, 'Open the congress');
    await press(page, 'To the floor');
    await press(page, /^Few: keep most of our delegates/);
    await page.getByRole('button', { name: 'Yield the floor' }).waitFor(LONG);
    await press(page, 'Yield the floor');
    await playToResult(page);
    const table = page.locator('[data-test="three-columns"]');
    await table.waitFor(LONG);
    expect(await table.locator('tr').first().locator('th').allTextContents()).toEqual(['', 'This "what if"', 'The original game', '1921']);
    const tenRow = await table.locator('tr', { hasText: 'the resolution of the Ten' }).locator('td').allTextContents();
    expect(tenRow).toHaveLength(3);
    expect(tenRow[2]).toBe('336');
    expect(tenRow.every((c) => /^\d+$/.test(c))).toBe(true);
    expect(errors).toEqual([]);
  });
});
