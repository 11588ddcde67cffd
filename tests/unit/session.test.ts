/**
 * A class session (issue 14): the setup, the lesson's clock, the speakers' list and the game, kept as text
 * and read back whole ("Continue the class"), a damaged one refused with its problems named.
 */
import { describe, expect, it } from 'vitest';
import { proposeSetup } from '../../game/classroom/roles';
import { encodeSession, EXTENSION_SECONDS, extendSpeech, keepGame, lessonSeconds, minutesLeft, newSession, readSession, setRunning, setSpeakers, setSpeechRunning, skipSpeech, SPEECH_SECONDS, startSpeech, tick, toPhase } from '../../game/classroom/session';
import { encodeSave } from '../../game/match/saveFile';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const setup = proposeSetup(sc, 24, '45');

describe('a class session', () => {
  it('keeps the clock only while it runs, phase by phase, against the plan', () => {
    let s = newSession(setup, '2026-12-04');
    expect(tick(s, 60).clock.spent.briefing).toBe(0); // paused until the teacher starts it
    s = tick(setRunning(s, true), 120);
    expect(s.clock.spent.briefing).toBe(120);
    expect(minutesLeft(s)).toBe(setup.plan.briefing - 2);
    s = tick(toPhase(s, 'discussion'), 30);
    expect(s.clock.spent).toMatchObject({ briefing: 120, discussion: 30 });
    s = tick(setRunning(s, false), 600);
    expect(s.clock.spent.discussion).toBe(30);
    expect(tick(setRunning(s, true), -5).clock.spent.discussion).toBe(30);
  });

  it('restores setup, clock, speakers and game from its text', () => {
    const { match } = playWithLog(sc, 3);
    let s = newSession(setup, '2026-12-04');
    s = setSpeakers(s, ['speaker-wo', 'speaker-tb', 'speaker-ten']);
    s = tick(setRunning(toPhase(s, 'debate'), true), 95);
    s = keepGame(s, encodeSave(match));
    const back = readSession(encodeSession(s));
    expect(back).toEqual({ ok: true, session: s });
    expect(() => setSpeakers(s, ['speaker-wo', 'nobody'])).toThrow(/no role "nobody"/);
  });

  it('times a speech from the list: it starts with the first speaker, pauses, takes a minute more, and gives way to the next', () => {
    let s = setSpeakers(setRunning(newSession(setup, '2026-12-04'), true), ['speaker-wo', 'speaker-ten']);
    s = startSpeech(s);
    expect(s.speech).toEqual({ role: 'speaker-wo', allowed: SPEECH_SECONDS, spent: 0, running: true });
    expect(s.speakers).toEqual(['speaker-ten']);
    s = tick(s, 30);
    expect(s.speech!.spent).toBe(30);
    s = tick(setSpeechRunning(s, false), 30);
    expect(s.speech!.spent).toBe(30); // paused: the lesson's clock runs on, the speech's does not
    expect(s.clock.spent.briefing).toBe(60);
    s = extendSpeech(s);
    expect(s.speech!.allowed).toBe(SPEECH_SECONDS + EXTENSION_SECONDS);
    s = skipSpeech(s);
    expect(s.speech).toMatchObject({ role: 'speaker-ten', spent: 0, running: true });
    expect(skipSpeech(s).speech).toBeNull();
    expect(tick(setRunning(startSpeech(setSpeakers(s, ['chair'])), false), 40).speech!.spent).toBe(0); // a paused lesson pauses the speech too
  });

  it('times each command of the game by the lesson\'s clock, once', () => {
    const { match } = playWithLog(sc, 3);
    let s = tick(setRunning(newSession(setup, '2026-12-04'), true), 50);
    s = keepGame(s, encodeSave(match), 2);
    expect(s.times).toEqual([50, 50]);
    s = keepGame(tick(s, 25), encodeSave(match), 3);
    expect(s.times).toEqual([50, 50, 75]);
    expect(lessonSeconds(s)).toBe(75);
    expect(readSession(encodeSession(s))).toEqual({ ok: true, session: s });
  });

  it('names what is wrong with a damaged session', () => {
    const s = newSession(setup, '2026-12-04');
    expect(readSession('{')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^it is not readable JSON/)] });
    expect(readSession('{"format":"something"}')).toMatchObject({ ok: false, problems: [expect.stringMatching(/not a class session/)] });
    const badClock = JSON.parse(encodeSession(s));
    badClock.clock.phase = 'lunch';
    const r1 = readSession(JSON.stringify(badClock));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.problems[0]).toMatch(/^clock\.phase:/);
    const stray = JSON.parse(encodeSession(s));
    stray.speakers = ['chair', 'ghost'];
    expect(readSession(JSON.stringify(stray))).toEqual({ ok: false, problems: ['speakers: the class has no role "ghost"'] });
    const short = JSON.parse(encodeSession(s));
    short.setup.roles[0].students = [];
    expect(readSession(JSON.stringify(short))).toEqual({ ok: false, problems: ['setup.roles: 23 students placed in a class of 24'] });
  });
});
