/**
 * Classroom mode on one machine (issue 14): the teacher's console and the projector, two pages of one
 * browser kept in step without a server. A class of 28 is set up (a student named, one moved), the kit
 * prints to PDF with every role's title and objectives in the PDF's text, and a lesson with two live
 * speeches, a vote by show of hands and a vote by the model reaches the debrief. The projector's body text is
 * at least a thirtieth of its height and it holds no student's name and no record; the CSV has one row per
 * action of the record. axe finds nothing serious on the console, the projector and the print view; the
 * console is played from the keyboard where a teacher would.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { roleCards } from '../../game/classroom/kit';
import { proposeSetup } from '../../game/classroom/roles';
import { scan } from './axe';
import { ARTIFACTS, NO_WORKER, useHarness } from './harness';
import { windowStrings } from './secrets';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const NAME = 'Anya Petrovna Ulyanova';
const MOVED = 'Boris Glebovich Dunaev';

interface Opened {
  page: Page;
  errors: string[];
}

/** Before the page's own code: every key the page reads from the browser's storage, in order (each once). */
function countReads(): void {
  const read: string[] = [];
  Object.defineProperty(window, '__READ__', { value: read });
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (this: Storage, key: string) {
    if (!read.includes(key) && !key.endsWith('.probe')) read.push(key);
    return getItem.call(this, key);
  };
}

async function openClassPage(context: BrowserContext, url: string, page: string, viewport = { width: 1366, height: 768 }): Promise<Opened> {
  const p = await context.newPage();
  await p.addInitScript(countReads);
  await p.setViewportSize(viewport);
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall due to ReadPixels|GL Driver Message|Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await p.goto(`${url}?class=${page}&testhook=1`);
  await p.waitForFunction(() => window.__CLASS__?.ready === true, undefined, { timeout: 120_000 });
  return { page: p, errors };
}

const click = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).click({ timeout: 60_000 });

/** Waits until the projector shows `text` in the element `test` (the console's change has arrived). */
async function projectorShows(page: Page, test: string, text: string | RegExp): Promise<void> {
  await page.locator(`[data-test="${test}"]`, { hasText: text }).first().waitFor({ timeout: 60_000 });
}

describe('a class on one machine: the console and the projector', () => {
  const harness = useHarness();

  it('sets a class of 28 up, prints its kit, runs a lesson to the debrief in step with the projector, and exports one CSV row per action', async () => {
    const h = harness();
    const context = await h.browser.newContext({ acceptDownloads: true, ...NO_WORKER });
    try {
      const teacher = await openClassPage(context, h.url, 'console');
      expect(await teacher.page.evaluate(() => window.__CLASS__!.renderer())).toBe('webgl');
      expect(teacher.errors).toEqual([]);
      const t = teacher.page;

      // the setup: 28 students, a name given, a student moved to another role
      await t.locator('[data-test="class-size"]').fill('28');
      await click(t, 'class-propose');
      const setup = proposeSetup(sc, 28, '45');
      const names = t.locator('[data-test^="name-"]');
      await expect.poll(() => names.count()).toBe(28);
      await t.locator('[data-test="name-leader-wo-0"]').fill(NAME);
      await t.locator('[data-test="name-leader-wo-0"]').press('Tab');
      const headRole = setup.roles.find((r) => r.kind === 'head')!;
      await t.locator(`[data-test="name-${headRole.id}-0"]`).fill(MOVED);
      await t.locator(`[data-test="name-${headRole.id}-0"]`).press('Tab');
      await t.locator(`[data-test="move-${headRole.id}-0"]`).selectOption('stenographer');
      await expect.poll(() => t.locator('[data-test="name-stenographer-1"]').inputValue()).toBe(MOVED);
      expect(await names.count()).toBe(28);
      await t.locator('[data-test="class-guide"] summary').click();
      await t.locator('[data-test="class-guide"]', { hasText: 'Glossary' }).waitFor();
      expect(await scan(t, 'the class setup, the guide open')).toEqual([]);

      // the kit, printed to PDF: every role's title and objectives are in its text
      const kit = await openClassPage(context, h.url, 'kit');
      await kit.page.locator('main.print section.card').first().waitFor();
      expect(await scan(kit.page, 'the print view')).toEqual([]);
      const pdf = await kit.page.pdf({ format: 'A4' });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").trim();
      const pdfText = flat(text);
      for (const card of roleCards(sc, setup)) {
        expect(pdfText, `the kit's PDF has the role "${card.title}"`).toContain(flat(card.title));
        for (const o of card.objectives) expect(pdfText, `the kit's PDF has the objective "${o}"`).toContain(flat(o));
      }
      expect(pdfText).toContain(NAME);
      expect(kit.errors).toEqual([]);
      await kit.page.close();
      const guide = await openClassPage(context, h.url, 'guide');
      await guide.page.getByRole('heading', { name: 'Learning objectives' }).waitFor();
      expect(await guide.page.locator('main.print').innerText()).toContain('to be confirmed by a teacher');
      expect(await scan(guide.page, 'the printed guide')).toEqual([]);
      expect(guide.errors).toEqual([]);
      await guide.page.close();

      // the lesson begins; the projector opens in a second window of the same browser
      await click(t, 'class-begin');
      const room = await openClassPage(context, h.url, 'projector', { width: 1280, height: 720 });
      const p = room.page;
      expect(await p.evaluate(() => window.__CLASS__!.renderer())).toBe('webgl');
      await projectorShows(p, 'projector-phase', 'Briefing');
      await projectorShows(p, 'projector-paused', 'paused');
      await click(t, 'class-pause'); // the clock starts
      await p.locator('[data-test="projector-paused"]').waitFor({ state: 'detached', timeout: 60_000 });
      await click(t, 'phase-discussion');
      await projectorShows(p, 'projector-phase', 'The Discussion');

      // the Discussion, played by the model at the teacher's request; the content note before the news that
      // opens the congress, on the console and on the projector; then the model plays on to the debate
      await click(t, 'class-open-game');
      await click(t, 'class-model-discussion');
      await t.locator('[data-test="content-note-opening"]').waitFor({ timeout: 60_000 });
      await projectorShows(p, 'projector-note', 'Content note.');
      await click(t, 'proceed-open');
      await click(t, 'proceed-floor');
      await click(t, 'class-to-debate'); // the platforms' choices for the front and the chair's presidium, by the model
      await projectorShows(p, 'projector-phase', 'The debate'); // the lesson's phase follows the game's
      expect(await p.evaluate(() => window.__CLASS__!.drawn())).toBeGreaterThan(100);

      // two live speeches: the speakers' list, its timer, the cards used and how the room took them
      const playable = sc.platforms.filter((x) => x.playable).map((x) => x.id);
      for (const [i, seat] of playable.slice(0, 2).entries()) {
        await t.locator('[data-test="class-add-speaker"]').selectOption(`speaker-${seat}`);
        await click(t, 'class-add');
        await click(t, 'speech-start');
        await projectorShows(p, 'projector-speech', setup.roles.find((r) => r.id === `speaker-${seat}`)!.title);
        if (i === 0) {
          // a pause keeps the time the speech has taken, a minute more adds to what is left, and neither
          // touches the lesson's clock
          const speechClock = t.locator('[data-test="speech-clock"]');
          await expect.poll(() => speechClock.innerText(), { timeout: 60_000 }).not.toBe('2:00');
          await click(t, 'speech-pause');
          await projectorShows(p, 'projector-speech', '(paused)');
          const left = seconds(await speechClock.innerText());
          expect(left).toBeLessThan(120);
          expect(seconds(await t.locator('[data-test="class-clock"]').innerText())).toBeLessThan(15 * 60);
          await click(t, 'speech-extend');
          expect(seconds(await speechClock.innerText())).toBe(left + 60);
          expect(seconds(await t.locator('[data-test="class-clock"]').innerText())).toBeLessThan(15 * 60);
          await click(t, 'speech-pause');
        }
        await t.locator('[data-test="class-speech-seat"]').selectOption(seat);
        const card = sc.cards.find((c) => c.platform === seat)!;
        await click(t, `card-${card.id}`);
        await click(t, i === 0 ? 'room-ovation' : 'room-murmurs');
        // from the keyboard: the focus on the speech's button, Enter
        await t.locator('[data-test="class-enter-speech"]').focus();
        await t.keyboard.press('Enter');
        await projectorShows(p, 'projector-lines', card.title);
        // what the speech did, as the game says it: on the console and on the projector
        const moved = await t.locator('[data-test="class-moves"]').innerText();
        expect(moved).toMatch(/^The last speech, by .*(changed how \d+ voting delegates? lean|moved no voting delegate)/);
        await projectorShows(p, 'projector-moves', moved.slice(0, 40));
        await click(t, 'speech-skip');
      }
      expect(await scan(t, 'the console in the debate')).toEqual([]);
      expect(await scan(p, 'the projector in the debate')).toEqual([]);

      // an event read to the room
      const event = sc.events.at(-1)!;
      await t.locator('[data-test="class-event"]').selectOption(event.id);
      await click(t, 'class-inject');
      await projectorShows(p, 'projector-lines', `Read to the room: ${event.date}: ${event.title}`);

      // the next lesson: the console reloaded, "Continue the class" restores roles, clock and game
      const before = await t.evaluate(() => JSON.parse(localStorage.getItem('tenth-congress.class-session')!) as { clock: { phase: string } });
      await t.reload();
      await t.waitForFunction(() => window.__CLASS__?.ready === true, undefined, { timeout: 120_000 });
      await click(t, 'class-continue');
      expect(await t.locator('[data-test="phase-debate"]').getAttribute('aria-pressed')).toBe('true');
      expect(before.clock.phase).toBe('debate');
      expect(await t.locator('#log').innerText()).toContain(`Read to the room: ${event.date}`);
      await t.locator('[data-test="class-add-speaker"]').waitFor();
      expect(await t.locator('[data-test="name-leader-wo-0"]').count()).toBe(0);
      expect(await t.locator('[data-test="class-speech-seat"]').isVisible()).toBe(true);

      // one screen: the console hides, the public view fills its place, and comes back
      await click(t, 'class-hide');
      await t.locator('#class-projection', { hasText: 'The debate' }).waitFor();
      expect(await t.locator('#side').isVisible()).toBe(false);
      expect(await scan(t, 'the console hidden')).toEqual([]);
      await click(t, 'class-show');
      expect(await t.locator('#side').isVisible()).toBe(true);

      // the votes: the first by show of hands, per delegation; the second by the model
      await click(t, 'class-close-debate');
      await p.locator('[data-test="projector-speech"]').waitFor({ state: 'detached', timeout: 60_000 }); // no speech is timed once the debate is closed
      await projectorShows(p, 'projector-phase', 'The votes');
      while (await t.locator('[data-test="class-model-move"]').isVisible()) await click(t, 'class-model-move'); // the chair's slate, where the committee comes first
      const first = sc.delegations[0]!;
      const hands = t.locator(`[data-test^="hands-${first.id}-"]`).first();
      await hands.fill('3');
      await hands.press('Tab');
      await projectorShows(p, 'projector-voting', 'Raise your hand for');
      await click(t, 'class-count-vote');
      await projectorShows(p, 'projector-votes', 'counted by show of hands');
      await click(t, 'proceed-next');
      while (await t.locator('[data-test="class-model-move"]').isVisible()) await click(t, 'class-model-move');
      await t.locator('[data-test="class-vote-method"]').selectOption('model');
      await click(t, 'class-count-vote');
      await expect.poll(async () => (await p.locator('[data-test="projector-votes"] li').count()), { timeout: 60_000 }).toBe(2);

      // straight to the debrief
      await t.locator('[data-test="class-adjourn"]').focus();
      await t.keyboard.press('Enter');
      await t.locator('[data-test="class-debrief"]').waitFor({ timeout: 60_000 });
      expect(await t.locator('[data-test="class-prompts"] li').count()).toBeGreaterThanOrEqual(8);
      expect(await scan(t, 'the debrief')).toEqual([]);
      await click(t, 'phase-debrief');
      await expect.poll(() => p.locator('[data-test="projector-prompts"] li').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(8);
      expect(await p.locator('[data-test="projector-history"]').innerText()).toContain('The class beside 1921');
      expect(await scan(p, 'the projector in the debrief')).toEqual([]);

      // the class's own stenographic report, printable
      const report = await openClassPage(context, h.url, 'report');
      const reportText = await report.page.locator('main.print').innerText();
      expect(reportText).toContain('The room answers with ovation');
      expect(reportText).toContain('counted by show of hands');
      expect(reportText).toContain(NAME);
      expect(await scan(report.page, 'the printed report')).toEqual([]);
      expect(report.errors).toEqual([]);
      await report.page.close();

      // the projector: big type, the public view only
      const sizes = await p.evaluate(() => {
        const body = [...document.querySelectorAll('#ui p, #ui li')].map((n) => parseFloat(getComputedStyle(n).fontSize));
        return { smallest: Math.min(...body), height: window.innerHeight };
      });
      expect(sizes.smallest).toBeGreaterThanOrEqual(sizes.height / 30);
      const secrets = [NAME, MOVED, '"commands"', 'integrity'];
      const projectorText = await p.evaluate(() => document.body.innerText);
      const tree = await p.locator('body').ariaSnapshot();
      for (const s of secrets) {
        expect(projectorText.includes(s), `the projector's text holds ${s}`).toBe(false);
        expect(tree.includes(s), `the projector's accessibility tree holds ${s}`).toBe(false);
      }
      // the browser's storage is the teacher's machine's, shared by every page of the game: the projector reads
      // from it only the public side the console left there (counted by the init script below), never the session
      expect(await windowStrings(p, secrets, ['localStorage', 'sessionStorage'])).toEqual([]);
      const reads = await p.evaluate(() => (window as unknown as { __READ__: string[] }).__READ__);
      expect(reads).toContain('tenth-congress.class-projection');
      expect(reads.filter((k) => k.startsWith('tenth-congress.class'))).toEqual(['tenth-congress.class-projection']); // never the session or the setup
      expect(await t.evaluate(() => (window as unknown as { __READ__: string[] }).__READ__)).toContain('tenth-congress.class-session'); // (the count works: the console reads it)
      // the console does show the name the teacher gave
      expect(await t.evaluate(() => document.body.innerText)).toContain(NAME);

      // the exports: the record, and the CSV with one row per action
      const [record] = await Promise.all([t.waitForEvent('download'), click(t, 'export-record')]);
      const recorded = JSON.parse(await readDownload(record)) as { commands: { by: unknown }[]; class?: true };
      expect(recorded.class).toBe(true);
      const [csv] = await Promise.all([t.waitForEvent('download'), click(t, 'export-csv')]);
      const rows = (await readDownload(csv)).trimEnd().split('\r\n');
      expect(rows[0]).toBe('n,role,platform,phase,action,arguments,citations,vote,time');
      expect(rows.length - 1).toBe(recorded.commands.length);
      expect(recorded.commands.filter((c) => c.by !== 'system').every((c) => c.by === 'facilitator')).toBe(true);
      await t.screenshot({ path: `${ARTIFACTS}class-console.png` });
      await p.screenshot({ path: `${ARTIFACTS}class-projector.png` });
      expect(teacher.errors).toEqual([]);
      expect(room.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a class with no network', () => {
  const harness = useHarness();

  it('after the first visit, with the network cut, a new class session starts and plays to the debrief', async () => {
    const h = harness();
    const context = await h.browser.newContext(); // the game's service worker runs here
    try {
      const first = await openClassPage(context, h.url, 'console');
      expect(await first.page.evaluate(() => window.__CLASS__!.renderer())).toBe('webgl');
      // the worker has kept every file of the game once it controls the page
      await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
      // the server answers a file the game does not keep while the network is up, and nothing once it is cut
      const probe = () => first.page.evaluate(() => fetch(`./no-such-file-${Date.now()}`, { cache: 'no-store' }).then((r) => `reached (${r.status})`, () => 'cut'));
      expect(await probe()).toMatch(/^reached/);
      await context.setOffline(true);
      expect(await probe()).toBe('cut');
      await first.page.reload();
      await first.page.waitForFunction(() => window.__CLASS__?.ready === true, undefined, { timeout: 120_000 });
      expect(await first.page.evaluate(() => window.__CLASS__!.renderer())).toBe('webgl');
      // and the teacher works it from the keyboard alone: Tab to each control, type, Enter or Space
      const t = first.page;
      await tabTo(t, 'class-size');
      await t.keyboard.press('Control+A');
      await t.keyboard.type('12');
      await tabTo(t, 'class-propose', 'Enter');
      await tabTo(t, 'class-begin', 'Enter');
      await tabTo(t, 'class-pause', 'Enter');
      await tabTo(t, 'class-open-game', 'Enter');
      await tabTo(t, 'class-model-discussion', 'Enter');
      await tabTo(t, 'proceed-open', 'Enter');
      await tabTo(t, 'proceed-floor', 'Enter');
      await tabTo(t, 'class-to-debate', 'Enter');
      const seat = await t.locator('[data-test="class-speech-seat"]').inputValue(); // the first platform, as the list offers it
      await tabTo(t, `card-${sc.cards.find((c) => c.platform === seat)!.id}`, ' ');
      await tabTo(t, 'room-applause', ' ');
      await tabTo(t, 'class-enter-speech', 'Enter');
      await t.locator('#log', { hasText: 'The room answers with applause' }).waitFor({ timeout: 60_000 });
      await tabTo(t, 'class-adjourn', 'Enter');
      await t.locator('[data-test="class-debrief"]').waitFor({ timeout: 60_000 });
      expect(await t.locator('[data-test="class-prompts"] li').count()).toBeGreaterThanOrEqual(8);
      expect(first.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** "4:05" as seconds. */
function seconds(clock: string): number {
  const [m, s] = clock.replace('-', '').split(':').map(Number);
  return (clock.startsWith('-') ? -1 : 1) * (m! * 60 + s!);
}

/** Presses Tab until the control `test` has the focus (at most 300 times), then `key` if given. */
async function tabTo(page: Page, test: string, key?: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.test ?? null)) === test) {
      if (key) await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${test}"`);
}

async function readDownload(d: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
