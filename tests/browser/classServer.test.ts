/**
 * A class on the class server (issue 15's acceptance): the server, started here on 127.0.0.1 serving the
 * test build; the teacher's console (?class=network), which opens the class and shows its code and QR code;
 * the projector (?watch=CODE), a spectator; three students, each in a browser context of its own (three
 * devices), joining by the code. They play a whole congress through the server: the students' moves from
 * their pages, the teacher's steps from the console, and after every step every page shows the step the
 * server holds. Mid-game one student's page is closed and opened again and comes back to its seat; later the
 * server is stopped and started again on the same folder and port, and every page reconnects and plays on.
 * No page shows, in its text, its accessibility tree or anything reachable from `window`, a secret that is
 * not its own: a student sees no other seat's objective or hand, the projector and the console none at all.
 * axe finds nothing serious on the console, the projector and a student's page; the teacher's steps are
 * taken from the keyboard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../game/match/hash';
import { openSave } from '../../game/match/saveFile';
import { dueOf } from '../../game/rules/flow';
import { handOf } from '../../game/rules/legal';
import { secretOf } from '../../game/rules/outcome';
import type { GameState } from '../../game/rules/types';
import { startClassServer, type ClassServer } from '../../game/server/server';
import { TEST_BUILD } from '../../vite.config';
import { ARTIFACTS, NO_WORKER, ROOT, useHarness } from './harness';
import { scan } from './axe';
import { windowStrings } from './secrets';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const scenarios = new Map([[sc.id, sc]]);

interface Screen {
  context: BrowserContext;
  page: Page;
  errors: string[];
}
interface Student extends Screen {
  seat: string;
}

async function open(context: BrowserContext, url: string, query: string, hook: '__STUDENT__' | '__WATCH__' | '__NETWORK__', errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall due to ReadPixels|GL Driver Message|Failed to load resource|WebSocket connection/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${url}/?${query}&testhook=1`);
  await page.waitForFunction((h) => (window as unknown as Record<string, { ready?: boolean } | undefined>)[h]?.ready === true, hook, { timeout: 120_000 });
  // the page rendered before anything else: the hall on WebGL, no page error
  expect(await page.evaluate((h) => (window as unknown as Record<string, { renderer(): string }>)[h]!.renderer(), hook)).toBe('webgl');
  expect(errors).toEqual([]);
  return page;
}

const seatOf = (page: Page) => page.evaluate(() => window.__STUDENT__!.seat());

/** The secrets of a seat now: its objective and the titles of the cards still in its hand. */
function secretsOf(state: GameState, seat: string): string[] {
  return [secretOf(sc, state, seat)!.text, ...handOf(sc, state, seat).map((id) => sc.cards.find((c) => c.id === id)!.title)];
}

/** Searches a page's text, accessibility tree and `window` for any of `secrets`. */
async function holds(page: Page, secrets: string[]): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const tree = await page.locator('body').ariaSnapshot();
  return [...secrets.filter((s) => text.includes(s)).map((s) => `text: ${s}`), ...secrets.filter((s) => tree.includes(s)).map((s) => `tree: ${s}`), ...(await windowStrings(page, secrets))];
}

describe('a class on the class server', () => {
  const harness = useHarness();

  it('runs from the console, the projector and three students\' devices, through a closed page and a restarted server', async () => {
    const h = harness();
    const dataDir = mkdtempSync(join(tmpdir(), 'class-browser-'));
    const site = `${ROOT}${TEST_BUILD}`;
    let server: ClassServer = await startClassServer({ scenarios, seed: () => 31, dataDir, site });
    const port = Number(new URL(server.url).port);
    const screens: Screen[] = [];
    const context = async () => h.browser.newContext({ viewport: { width: 1280, height: 720 }, ...NO_WORKER });
    try {
      // the teacher's console opens the class: its code, the students' address and its QR code
      const console_: Screen = { context: await context(), page: null as unknown as Page, errors: [] };
      screens.push(console_);
      console_.page = await open(console_.context, server.url, 'class=network', '__NETWORK__', console_.errors);
      await console_.page.locator('[data-test="net-open"]').click();
      const code = await console_.page.locator('[data-test="net-code"]').innerText({ timeout: 60_000 });
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      expect(await console_.page.locator('[data-test="net-join-url"]').innerText()).toBe(`${server.url}/?join=${code}`);
      expect(await console_.page.locator('[data-test="net-qr"]').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      expect(await console_.page.locator('[data-test="net-qr"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

      // the projector, a spectator
      const projector: Screen = { context: await context(), page: null as unknown as Page, errors: [] };
      screens.push(projector);
      projector.page = await open(projector.context, server.url, `watch=${code}`, '__WATCH__', projector.errors);
      expect(await projector.page.locator('[data-test="watch-join"]').innerText({ timeout: 60_000 })).toContain(`${server.url}/?join=${code}`);

      // three students join by the code
      const students: Student[] = [];
      for (let i = 0; i < 3; i++) {
        const s: Student = { context: await context(), page: null as unknown as Page, errors: [], seat: '' };
        s.page = await open(s.context, server.url, `join=${code}`, '__STUDENT__', s.errors);
        expect(await s.page.locator('[data-test="join-code"]').inputValue()).toBe(code);
        if (i === 0) await s.page.locator('[data-test="join-name"]').fill('Anya');
        await s.page.locator('[data-test="join"]').click();
        await s.page.locator('[data-test="student-seat"]').waitFor({ timeout: 60_000 });
        s.seat = (await seatOf(s.page))!;
        students.push(s);
        screens.push(s);
      }
      expect(new Set(students.map((s) => s.seat)).size).toBe(3);
      expect(await students[0]!.page.locator('[data-test="student-seat"]').innerText()).toMatch(/^Anya: you play /);
      // the console's roster: the three, here, with their seats
      await expect.poll(() => console_.page.locator('[data-test="net-roster"] tr').count(), { timeout: 60_000 }).toBe(4);
      expect(await console_.page.locator('[data-test="net-roster"] input').first().inputValue()).toBe('Anya');
      expect(await console_.page.locator('[data-test="net-seats"]').innerText()).toContain('Anya');
      // the teacher gives Anya a classroom role: her page shows its card
      await console_.page.locator('[data-test="net-roster"] select[data-test^="net-role-"]').first().selectOption('chair');
      await students[0]!.page.locator('[data-test="student-role"]').waitFor({ timeout: 60_000 });
      expect(await students[0]!.page.locator('[data-test="student-role"] summary').innerText()).toMatch(/^Your role in the class: Chair of the /);

      const axe = async () => {
        for (const [s, name] of [[console_, 'the console on the network'], [projector, 'the projector on the network'], [students[0]!, "a student's device"]] as const) expect(await scan(s.page, name)).toEqual([]);
      };
      await axe();

      const room = () => server.classes.get(code)!;
      /** Every page shows the step the server holds. */
      const inStep = async () => {
        const step = room().match.state.step;
        await expect.poll(() => console_.page.evaluate(() => window.__NETWORK__!.step()), { timeout: 60_000 }).toBe(step);
        await expect.poll(() => projector.page.evaluate(() => window.__WATCH__!.step()), { timeout: 60_000 }).toBe(step);
        for (const s of students) await expect.poll(() => s.page.evaluate(() => window.__STUDENT__!.step()), { timeout: 60_000 }).toBe(step);
      };
      /** One step: the student whose seat is due makes the first move its page offers, or the teacher takes the step on the console. */
      const playOne = async () => {
        const state = room().match.state;
        const due = dueOf(sc, state);
        if (due.kind === 'seats') {
          const s = students.find((x) => due.seats.includes(x.seat))!;
          await s.page.locator('[data-test="student-send"]').click({ timeout: 60_000 });
        } else if (due.kind === 'proceed') {
          // the teacher's steps from the keyboard: the step's button, then Enter
          const step = console_.page.locator(`[data-test="net-proceed-${due.command.type}"]`);
          await step.focus({ timeout: 60_000 });
          await console_.page.keyboard.press('Enter');
        } else throw new Error(`nobody can move: ${JSON.stringify(due)}`);
        await expect.poll(() => room().match.state.step, { timeout: 60_000 }).toBeGreaterThan(state.step);
        await inStep();
      };
      const noLeaks = async () => {
        const state = room().match.state;
        const all = students.flatMap((s) => secretsOf(state, s.seat));
        for (const s of [console_, projector]) expect(await holds(s.page, all)).toEqual([]);
        for (const s of students) {
          expect(await holds(s.page, [secretOf(sc, state, s.seat)!.text])).not.toEqual([]); // (the search works: its own secret is there)
          expect(await holds(s.page, students.filter((x) => x !== s).flatMap((x) => secretsOf(state, x.seat)))).toEqual([]);
        }
      };

      await inStep();
      for (let i = 0; i < 4; i++) await playOne();
      await noLeaks();

      // a page closed and opened again comes back to its seat, with the game as it stands
      const second = students[1]!;
      await second.page.close();
      second.page = await open(second.context, server.url, `join=${code}`, '__STUDENT__', second.errors);
      await expect.poll(() => seatOf(second.page), { timeout: 60_000 }).toBe(second.seat);
      await inStep();
      while (room().match.state.phase === 'discussion') await playOne();
      await noLeaks();

      // the server dies and is started again on its folder: every page reconnects and the class plays on
      const step = room().match.state.step;
      await server.close();
      await students[0]!.page.locator('[data-test="student-status"]').waitFor({ timeout: 60_000 });
      await console_.page.locator('[data-test="net-status"]').waitFor({ timeout: 60_000 });
      server = await startClassServer({ scenarios, dataDir, site, port });
      expect(room().match.state.step).toBe(step);
      for (const s of students) {
        await s.page.locator('[data-test="student-status"]').waitFor({ state: 'detached', timeout: 60_000 });
        await expect.poll(() => seatOf(s.page), { timeout: 60_000 }).toBe(s.seat);
      }
      await console_.page.locator('[data-test="net-status"]').waitFor({ state: 'detached', timeout: 60_000 });
      await inStep();

      // to the end of the congress
      for (let guard = 0; room().match.state.phase !== 'outcome'; guard++) {
        expect(guard, 'the congress ends').toBeLessThan(200);
        await playOne();
      }
      await noLeaks();
      await axe();
      await projector.page.locator('[data-test="projector-history"]').waitFor({ timeout: 60_000 });
      await console_.page.locator('[data-test="net-over"]').waitFor({ timeout: 60_000 });
      await projector.page.screenshot({ path: `${ARTIFACTS}class-network-projector.png` });
      await console_.page.screenshot({ path: `${ARTIFACTS}class-network-console.png` });
      await students[0]!.page.screenshot({ path: `${ARTIFACTS}class-student.png` });

      // after the lesson: the record downloaded is the server's match, then the class is ended and forgotten
      const downloading = console_.page.waitForEvent('download', { timeout: 60_000 });
      await console_.page.locator('[data-test="net-download"]').click();
      const file = await (await downloading).path();
      const saved = openSave(readFileSync(file, 'utf8'), sc, contentHash(sc));
      expect(saved.ok && saved.match.record.commands.length).toBe(room().match.record.commands.length);
      await console_.page.locator('[data-test="net-end"]').click();
      await console_.page.locator('[data-test="net-end-confirm"]').click();
      await console_.page.locator('[data-test="net-open"]').waitFor({ timeout: 60_000 });
      expect(server.classes.has(code)).toBe(false);
      for (const s of [...students, projector]) await expect.poll(() => s.page.evaluate(() => document.body.innerText), { timeout: 60_000 }).toContain('The teacher has ended this class.');
      for (const s of screens) expect(s.errors).toEqual([]);
    } finally {
      for (const s of screens) await s.context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
  it('lets a table of two share one device behind the hot-seat curtain, beside a student on a device of their own', async () => {
    const h = harness();
    const server = await startClassServer({ scenarios, seed: () => 8, site: `${ROOT}${TEST_BUILD}` });
    const screens: Screen[] = [];
    try {
      const teacher = connect(server.url, { transports: ['websocket'], forceNew: true });
      const made = (await teacher.timeout(30_000).emitWithAck('create', { scenario: sc.id })) as { code: string };
      teacher.close();
      const table: Screen = { context: await h.browser.newContext({ viewport: { width: 1280, height: 720 }, ...NO_WORKER }), page: null as unknown as Page, errors: [] };
      screens.push(table);
      table.page = await open(table.context, server.url, `join=${made.code}`, '__STUDENT__', table.errors);
      await table.page.locator('[data-test="join-sharing"]').selectOption('2');
      await table.page.locator('[data-test="join"]').click();
      await expect.poll(() => table.page.evaluate(() => window.__STUDENT__!.seats().filter(Boolean).length), { timeout: 60_000 }).toBe(2);
      const tableSeats = (await table.page.evaluate(() => window.__STUDENT__!.seats())) as string[];
      const alone: Screen = { context: await h.browser.newContext({ viewport: { width: 1280, height: 720 }, ...NO_WORKER }), page: null as unknown as Page, errors: [] };
      screens.push(alone);
      alone.page = await open(alone.context, server.url, `join=${made.code}`, '__STUDENT__', alone.errors);
      await alone.page.locator('[data-test="join"]').click();
      await expect.poll(() => seatOf(alone.page), { timeout: 60_000 }).not.toBeNull();
      const aloneSeat = (await seatOf(alone.page))!;
      expect(new Set([...tableSeats, aloneSeat]).size).toBe(3);

      const room = () => server.classes.get(made.code)!;
      let passes = 0;
      while (room().match.state.phase === 'discussion') {
        const state = room().match.state;
        const due = dueOf(sc, state);
        if (due.kind !== 'seats') throw new Error('a seat is due in the Discussion');
        const seat = due.seats[0]!;
        await expect.poll(() => table.page.evaluate(() => window.__STUDENT__!.step()), { timeout: 60_000 }).toBe(state.step);
        if (seat === aloneSeat) await alone.page.locator('[data-test="student-send"]').click({ timeout: 60_000 });
        else {
          // the curtain: whose move it is, and neither player's secrets on the page
          const curtain = table.page.locator('[data-test="table-curtain"]');
          await expect.poll(() => curtain.innerText(), { timeout: 60_000 }).toMatch(/^Pass the device to /);
          expect(await holds(table.page, tableSeats.flatMap((s) => secretsOf(state, s)))).toEqual([]);
          await table.page.locator('[data-test="table-pass"]').click();
          passes++;
          // the player's own screen: their secrets, and not the other player's
          await table.page.locator('[data-test="student-send"]').waitFor({ timeout: 60_000 });
          const other = tableSeats.find((s) => s !== seat)!;
          expect(await holds(table.page, [secretOf(sc, state, seat)!.text])).not.toEqual([]);
          expect(await holds(table.page, secretsOf(state, other))).toEqual([]);
          await table.page.locator('[data-test="student-send"]').click();
        }
        await expect.poll(() => room().match.state.step, { timeout: 60_000 }).toBeGreaterThan(state.step);
      }
      expect(passes).toBe(6); // each of the table's two seats, in each of the 3 rounds
      expect(await scan(table.page, 'the curtain of a table')).toEqual([]);
      for (const s of screens) expect(s.errors).toEqual([]);
    } finally {
      for (const s of screens) await s.context.close();
      await server.close();
    }
  });
});
