/**
 * The session machine with a real actor: a human seat against computer seats through every part of the
 * congress, refusals kept as notices, the title keeping the game, replay stepping through the record, a
 * save read back into a fresh actor, and a save's problem offering what can still be opened.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sessionMachine } from '../../game/machine/sessionMachine';
import { fold } from '../../game/match/match';
import { encodeSave, openSave } from '../../game/match/saveFile';
import { PUBLIC, view } from '../../game/match/view';
import { dueOf } from '../../game/rules/flow';
import { legalActions } from '../../game/rules/legal';
import { hashOf } from '../support/play';
import { loadScenario } from '../support/scenario';

const scenario = loadScenario();
type TestActor = ReturnType<typeof createActor<typeof sessionMachine>>;

function start(humanSeat?: string, seed = 21): TestActor {
  const actor = createActor(sessionMachine, { input: { scenario, scenarioHash: hashOf(scenario), seed } }).start();
  actor.send({ type: 'session.setup' });
  if (humanSeat) actor.send({ type: 'setup.seat', seat: humanSeat, controller: { kind: 'human' } });
  actor.send({ type: 'setup.start' });
  return actor;
}

const match = (a: TestActor) => a.getSnapshot().context.match!;

/** Plays on until `done`: the computer when it is due, the human seat's first legal move, the facilitator at pauses. */
function playUntil(actor: TestActor, done: () => boolean): void {
  for (let i = 0; i < 500 && !done(); i++) {
    const m = match(actor);
    const due = dueOf(scenario, m.state);
    if (due.kind === 'over') return;
    if (due.kind === 'proceed') actor.send({ type: 'match.command', command: due.command, by: 'facilitator' });
    else if (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    else actor.send({ type: 'match.command', command: legalActions(scenario, m.state, due.kind === 'seats' ? due.seats[0]! : '')[0]!, by: { seat: due.kind === 'seats' ? due.seats[0]! : '' } });
  }
}
const finish = (actor: TestActor) => playUntil(actor, () => match(actor).state.phase === 'outcome');

describe('session machine with a real actor', () => {
  it("plays a human Workers' Opposition seat against two computer seats through every part of the congress", () => {
    const actor = start('wo');
    expect(actor.getSnapshot().value).toBe('playing');
    expect(actor.getSnapshot().can({ type: 'ai.step' })).toBe(false);
    for (let round = 0; round < 3; round++) {
      actor.send({ type: 'match.command', command: { type: 'organise', seat: 'wo', delegation: 'donbas' }, by: { seat: 'wo' } });
      while (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    }
    expect(match(actor).state.phase).toBe('elected');
    actor.send({ type: 'match.command', command: { type: 'open' }, by: 'facilitator' });
    expect(view(scenario, match(actor), PUBLIC).log.at(-1)!.text).toMatch(/Kronstadt/);
    actor.send({ type: 'match.command', command: { type: 'floor' }, by: 'facilitator' });
    actor.send({ type: 'match.command', command: { type: 'volunteer', seat: 'wo', level: 'few' }, by: { seat: 'wo' } });
    while (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    expect(match(actor).state.phase).toBe('debate');
    finish(actor);
    const m = match(actor);
    expect(m.state.ballots).toHaveLength(5);
    expect(m.state.outcome!.seats).toHaveLength(3);
    expect(m.record.commands.filter((c) => typeof c.by !== 'string' && c.by.seat === 'wo' && c.reason)).toEqual([]);
    expect(m.record.commands.filter((c) => typeof c.by !== 'string' && c.by.seat === 'ten' && c.reason?.startsWith('Chose this because')).length).toBeGreaterThan(4);
    const sounds = view(scenario, m, PUBLIC).log.flatMap((l) => l.sounds.map((s) => s.cue));
    expect(sounds.slice(0, 3)).toEqual(['gavel', 'bell', 'murmur']);
    // the gavel: the election, each of the five votes, and each amendment voted from the floor
    const amendments = m.events.filter((e) => e.type === 'floor.declared' && e.amendment).length;
    expect(sounds.filter((c) => c === 'gavel')).toHaveLength(6 + amendments);
    expect(sounds.at(-1)).toBe('applause');
  });

  it("refuses a move out of turn and a move for the computer's seat, says why, and changes nothing", () => {
    const actor = start('ten');
    const before = match(actor);
    actor.send({ type: 'match.command', command: { type: 'organise', seat: 'ten', delegation: 'moscow' }, by: { seat: 'ten' } });
    expect(match(actor)).toBe(before);
    expect(actor.getSnapshot().context.notice).toMatch(/not the ten seat's turn/);
    actor.send({ type: 'match.command', command: { type: 'organise', seat: 'wo', delegation: 'moscow' }, by: { seat: 'wo' } });
    expect(match(actor)).toBe(before);
    expect(actor.getSnapshot().context.notice).toMatch(/the computer plays this seat/);
    while (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    actor.send({ type: 'match.command', command: { type: 'organise', seat: 'ten', delegation: 'nowhere' }, by: { seat: 'ten' } });
    expect(actor.getSnapshot().context.notice).toMatch(/no delegation "nowhere"/);
    actor.send({ type: 'match.command', command: { type: 'organise', seat: 'ten', delegation: 'moscow' }, by: { seat: 'ten' } });
    expect(actor.getSnapshot().context.notice).toBeNull();
  });

  it('ignores an unknown seat in setup; the title keeps the game, and resuming brings it back', () => {
    const actor = createActor(sessionMachine, { input: { scenario, scenarioHash: hashOf(scenario) } }).start();
    actor.send({ type: 'session.resume' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'session.setup' });
    actor.send({ type: 'setup.seat', seat: 'dc', controller: { kind: 'human' } });
    expect(actor.getSnapshot().context.controllers).toEqual({});
    actor.send({ type: 'setup.start' });
    actor.send({ type: 'ai.step' });
    const kept = match(actor);
    actor.send({ type: 'session.title' });
    expect([actor.getSnapshot().value, match(actor)]).toEqual(['title', kept]);
    actor.send({ type: 'session.resume' });
    expect([actor.getSnapshot().value, match(actor)]).toEqual(['playing', kept]);
  });

  it('a human chair is asked for the slate before the committee vote', () => {
    const actor = start('ten', 31);
    playUntil(actor, () => match(actor).state.phase === 'forecast' && match(actor).state.ballots.length === 4);
    expect(dueOf(scenario, match(actor).state)).toEqual({ kind: 'seats', seats: ['ten'], sealed: false });
    actor.send({ type: 'match.command', command: { type: 'vote' }, by: 'facilitator' });
    expect(actor.getSnapshot().context.notice).toMatch(/has not yet drawn up its slate/);
    actor.send({ type: 'match.command', command: { type: 'slate', seat: 'ten', coopt: ['wo'] }, by: { seat: 'ten' } });
    // then every platform's decision from the floor, the chair's last, before the vote can be taken
    actor.send({ type: 'match.command', command: { type: 'vote' }, by: 'facilitator' });
    expect(actor.getSnapshot().context.notice).toMatch(/not every platform has decided what it does before the vote/);
    playUntil(actor, () => dueOf(scenario, match(actor).state).kind === 'proceed');
    expect(Object.keys(match(actor).state.floor!.declared).sort()).toEqual(['tb', 'ten', 'wo']);
    actor.send({ type: 'match.command', command: { type: 'vote' }, by: 'facilitator' });
    expect(match(actor).state.ballots.at(-1)!.seats!.wo!.full).toBeGreaterThanOrEqual(2);
  });

  it('replays the record step by step and back, and returns to the game as it was', () => {
    const actor = start(undefined, 77);
    finish(actor);
    const whole = match(actor);
    actor.send({ type: 'replay.open', cursor: 0 });
    expect(actor.getSnapshot().value).toBe('replay');
    expect(actor.getSnapshot().context.replay!.match.state.phase).toBe('discussion');
    actor.send({ type: 'replay.to', cursor: 12 });
    const at12 = actor.getSnapshot().context.replay!;
    expect(at12.cursor).toBe(12);
    expect(at12.match.state).toEqual(fold(scenario, whole.record, 12).match.state);
    actor.send({ type: 'replay.to', cursor: 9999 });
    expect(actor.getSnapshot().context.replay!.cursor).toBe(whole.record.commands.length);
    expect(actor.getSnapshot().context.replay!.match.state).toEqual(whole.state);
    actor.send({ type: 'replay.close' });
    expect([actor.getSnapshot().value, match(actor)]).toEqual(['playing', whole]);
  });

  it('a game saved in the middle and opened in a fresh actor finishes as the same game', () => {
    const actor = start(undefined, 77);
    playUntil(actor, () => match(actor).state.phase === 'debate');
    const opened = openSave(encodeSave(match(actor)), scenario, hashOf(scenario));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const fresh = createActor(sessionMachine, { input: { scenario, scenarioHash: hashOf(scenario) } }).start();
    fresh.send({ type: 'match.load', match: opened.match });
    expect(fresh.getSnapshot().value).toBe('playing');
    finish(actor);
    finish(fresh);
    expect(match(fresh).state).toEqual(match(actor).state);
    expect(match(fresh).record).toEqual(match(actor).record);
  });

  it("a save's problem is shown, and its offer (the game up to the last allowed command) can be taken", () => {
    const actor = start(undefined, 5);
    finish(actor);
    const file = JSON.parse(encodeSave(match(actor)));
    file.commands[4].command.delegation = 'atlantis';
    const opened = openSave(JSON.stringify(file), scenario, hashOf(scenario));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    actor.send({ type: 'save.problem', problem: opened.problem });
    expect(actor.getSnapshot().value).toBe('problem');
    actor.send({ type: 'problem.accept' });
    expect(actor.getSnapshot().value).toBe('playing');
    expect(match(actor).record.commands).toHaveLength(4);
  });

  it('restart goes to the setup with the seats kept', () => {
    const actor = start('tb');
    finish(actor);
    actor.send({ type: 'game.restart' });
    expect(actor.getSnapshot().value).toBe('setup');
    expect(actor.getSnapshot().context.controllers).toEqual({ tb: { kind: 'human' } });
  });
});
