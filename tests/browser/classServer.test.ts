/**
 * Students on their own devices (issue 15, first screens): the class server, started here on 127.0.0.1
 * serving the test build, and three students, each in a browser context of its own (three devices), joining
 * by the class's code and playing the Discussion from their pages. The teacher's acts go over a socket with
 * the class's secret (the console's screen for it is still to come). Mid-game one student's page is closed
 * and opened again and comes back to its seat; the server is stopped and started again on the same folder
 * and port, and the pages reconnect to their seats and play on. No student's page shows another seat's
 * secret objective or hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { secretOf } from '../../game/rules/outcome';
import { startClassServer, type ClassServer } from '../../game/server/server';
import { TEST_BUILD } from '../../vite.config';
import { ARTIFACTS, NO_WORKER, ROOT, useHarness } from './harness';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const scenarios = new Map([[sc.id, sc]]);

interface Student {
  context: BrowserContext;
  page: Page;
  errors: string[];
  seat: string;
}

async function openStudent(context: BrowserContext, url: string, code: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall due to ReadPixels|GL Driver Message|Failed to load resource|WebSocket connection/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${url}/?join=${code}&testhook=1`);
  await page.waitForFunction(() => window.__STUDENT__?.ready === true, undefined, { timeout: 120_000 });
  return page;
}

const seatOf = (page: Page) => page.evaluate(() => window.__STUDENT__!.seat());

describe('students on their own devices', () => {
  const harness = useHarness();

  it('join by the code, play from their pages, come back after a closed page and after the server is restarted', async () => {
    const h = harness();
    const dataDir = mkdtempSync(join(tmpdir(), 'class-browser-'));
    let server: ClassServer = await startClassServer({ scenarios, seed: () => 31, dataDir, site: `${ROOT}${TEST_BUILD}` });
    const port = Number(new URL(server.url).port);
    const students: Student[] = [];
    try {
      const teacher = connect(server.url, { transports: ['websocket'], forceNew: true });
      const made = (await teacher.timeout(30_000).emitWithAck('create', { scenario: sc.id })) as { code: string; secret: string };
      teacher.close();

      for (let i = 0; i < 3; i++) {
        const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 }, ...NO_WORKER });
        const errors: string[] = [];
        const page = await openStudent(context, server.url, made.code, errors);
        expect(await page.evaluate(() => window.__STUDENT__!.renderer())).toBe('webgl');
        expect(await page.locator('[data-test="join-code"]').inputValue()).toBe(made.code);
        if (i === 0) await page.locator('[data-test="join-name"]').fill('Anya');
        await page.locator('[data-test="join"]').click();
        await page.locator('[data-test="student-seat"]').waitFor({ timeout: 60_000 });
        students.push({ context, page, errors, seat: (await seatOf(page))! });
      }
      expect(new Set(students.map((s) => s.seat)).size).toBe(3);
      expect(await students[0]!.page.locator('[data-test="student-seat"]').innerText()).toMatch(/^Anya: you play /);

      /** The student whose seat is due makes the first move its page offers; the server's record grows by it. */
      const playOne = async () => {
        const room = server.classes.get(made.code)!;
        const step = room.match.state.step;
        const due = room.match.state.seats.find((s) => !room.match.state.acted.includes(s.id))!.id;
        const s = students.find((x) => x.seat === due)!;
        await s.page.locator('[data-test="student-send"]').click({ timeout: 60_000 });
        await expect.poll(() => server.classes.get(made.code)!.match.state.step, { timeout: 60_000 }).toBeGreaterThan(step);
      };
      for (let i = 0; i < 4; i++) await playOne();

      // no page shows another seat's secret objective or hand
      const state = server.classes.get(made.code)!.match.state;
      for (const s of students) {
        const text = await s.page.evaluate(() => document.body.innerText);
        expect(text).toContain(secretOf(sc, state, s.seat)!.text);
        for (const other of students.filter((x) => x !== s)) {
          expect(text.includes(secretOf(sc, state, other.seat)!.text), `${s.seat}'s page shows ${other.seat}'s secret`).toBe(false);
          for (const id of state.decks![other.seat]!.slice(0, 5)) expect(text.includes(sc.cards.find((c) => c.id === id)!.title), `${s.seat}'s page shows ${other.seat}'s card`).toBe(false);
        }
      }

      // a page closed and opened again comes back to its seat, with the game as it stands
      const second = students[1]!;
      await second.page.close();
      second.page = await openStudent(second.context, server.url, made.code, second.errors);
      await expect.poll(() => seatOf(second.page), { timeout: 60_000 }).toBe(second.seat);
      await playOne();

      // the server dies and is started again on its folder: the pages reconnect to their seats and play on
      const step = server.classes.get(made.code)!.match.state.step;
      await server.close();
      await students[0]!.page.locator('[data-test="student-status"]').waitFor({ timeout: 60_000 });
      server = await startClassServer({ scenarios, dataDir, site: `${ROOT}${TEST_BUILD}`, port });
      expect(server.classes.get(made.code)!.match.state.step).toBe(step);
      for (const s of students) {
        await s.page.locator('[data-test="student-status"]').waitFor({ state: 'detached', timeout: 60_000 });
        await expect.poll(() => seatOf(s.page), { timeout: 60_000 }).toBe(s.seat);
      }
      await playOne();
      await playOne();
      await students[0]!.page.screenshot({ path: `${ARTIFACTS}class-student.png` });
      for (const s of students) expect(s.errors).toEqual([]);
    } finally {
      for (const s of students) await s.context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
