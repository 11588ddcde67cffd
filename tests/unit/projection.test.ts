/**
 * What the projector is sent (issue 14): the public view of the game and the lesson's public side, never a
 * student's name, the record, the seed or the generator's state; the clock and the speech by role.
 */
import { describe, expect, it } from 'vitest';
import { enter, liveSpeech, playToDebate } from '../../game/classroom/lesson';
import { clockText, projectionOf } from '../../game/classroom/projection';
import { proposeSetup, rename } from '../../game/classroom/roles';
import { newSession, setRunning, setSpeakers, startSpeech, tick, toPhase } from '../../game/classroom/session';
import { votedItem } from '../../game/content/schema';
import { newClassMatch, type Submitted } from '../../game/match/match';
import { seatsOf } from '../../game/rules/setup';
import { hashOf } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const votedItemOf = () => votedItem(sc);
const ok = (r: Submitted) => {
  if (!r.ok) throw new Error(r.reason);
  return r.match;
};

describe('the projection', () => {
  const NAME = 'Vera Nikolaevna Figner';
  const setup = rename(proposeSetup(sc, 20, '45'), 'speaker-wo', 0, NAME);
  let match = ok(playToDebate(sc, newClassMatch(sc, hashOf(sc), 77, seatsOf(sc))));
  match = ok(liveSpeech(sc, match, 'wo', [sc.cards.find((c) => c.platform === 'wo')!.id], 'ovation'));
  match = ok(enter(sc, match, { type: 'adjourn' }));
  let session = tick(startSpeech(setSpeakers(setRunning(newSession(setup, '2026-12-06'), true), ['speaker-wo', 'speaker-ten'])), 30);

  it('shows the speech by role, the next speaker, the clock, the votes and the last lines', () => {
    const p = projectionOf(sc, session, match);
    expect(p.speech).toEqual({ role: setup.roles.find((r) => r.id === 'speaker-wo')!.title, secondsLeft: 90, running: true });
    expect(p.next).toEqual([setup.roles.find((r) => r.id === 'speaker-ten')!.title]);
    expect(p.secondsLeft).toBe(setup.plan.briefing * 60 - 30);
    expect(p.votes).toHaveLength(match.state.ballots.length);
    expect(p.lines[0]).toMatch(/closes/); // the latest first
    expect(p.paused).toBe(false);
    const ballot = match.state.ballots.find((b) => b.item === sc.vote.item)!;
    expect(p.history!.rows.map((r) => r.class)).toEqual(votedItemOf().motions.map((m) => ballot.votes[m.id] ?? 0));
    expect(p.history!.rows.map((r) => r.then)).toEqual(votedItemOf().motions.map((m) => votedItemOf().record.votes[m.id] ?? null));
    expect(p.prompts).toEqual([]); // the questions come with the debrief's phase
    session = setRunning(session, false);
    expect(projectionOf(sc, session, match)).toMatchObject({ paused: true, speech: { running: false } });
  });

  it('puts the questions up in the debrief', () => {
    expect(projectionOf(sc, toPhase(session, 'debrief'), match).prompts.length).toBeGreaterThanOrEqual(8);
  });

  it("holds no student's name, no record, no seed and no generator state", () => {
    const text = JSON.stringify(projectionOf(sc, session, match));
    expect(text).not.toContain(NAME);
    expect(text).not.toContain('"commands"');
    expect(text).not.toContain('"rng"');
    expect(text).not.toContain('"seed"');
    expect(projectionOf(sc, session, match).view!.secrets).toBeNull();
  });

  it('writes the clock as a clock', () => {
    expect(clockText(245)).toBe('4:05');
    expect(clockText(-30)).toBe('-0:30');
    expect(clockText(0)).toBe('0:00');
  });
});
