/** A real actor driven by events: human and AI seats, refusals, sound cues, and a save round-trip. */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../game/audio/AudioPort';
import { congressMachine } from '../../game/machine/congressMachine';
import { playAllAi } from '../../game/machine/runHeadless';
import { legalActions } from '../../game/rules/legal';
import { seatToAct } from '../../game/rules/setup';
import { loadScenario } from '../support/scenario';

const scenario = loadScenario();
type TestActor = ReturnType<typeof createActor<typeof congressMachine>>;

function start(humanSeat?: string, seed = 21) {
  const actor = createActor(congressMachine, { input: { scenario, seed } });
  const cues: Cue[] = [];
  actor.on('cue', (e) => cues.push(e.cue));
  actor.start();
  if (humanSeat) actor.send({ type: 'setup.seat', seat: humanSeat, controller: { kind: 'human' } });
  actor.send({ type: 'setup.start' });
  return { actor, cues };
}

/** Lets the AI move until a human is due or the machine pauses. */
function runAi(actor: TestActor) {
  while (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
}

/** Plays to the outcome: the human seat takes its first legal action each time. */
function finish(actor: TestActor) {
  finishUntil(actor, () => actor.getSnapshot().matches('outcome'));
}

describe('congress machine with a real actor', () => {
  it("plays a human Workers' Opposition seat against two AI seats through every part of the congress", () => {
    const { actor, cues } = start('wo');
    expect(actor.getSnapshot().matches('discussion')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'ai.step' })).toBe(false);
    for (let round = 0; round < 3; round++) {
      actor.send({ type: 'game.act', action: { type: 'organise', seat: 'wo', delegation: 'metalworkers' } });
      runAi(actor);
    }
    expect(actor.getSnapshot().matches('elected')).toBe(true);
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().matches({ congress: 'opening' })).toBe(true);
    expect(actor.getSnapshot().context.game!.log.at(-1)!.text).toMatch(/Kronstadt/);
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().matches({ congress: 'volunteers' })).toBe(true);
    actor.send({ type: 'game.act', action: { type: 'volunteer', seat: 'wo', level: 'few' } });
    runAi(actor);
    expect(actor.getSnapshot().matches({ congress: 'debate' })).toBe(true);
    finish(actor);
    const end = actor.getSnapshot();
    expect(end.context.game!.ballots).toHaveLength(5);
    expect(end.context.game!.outcome!.seats).toHaveLength(3);
    expect(end.context.game!.log.filter((l) => l.seat === 'wo' && l.reason)).toEqual([]);
    expect(end.context.game!.log.filter((l) => l.seat === 'ten' && l.reason?.startsWith('Chose this because')).length).toBeGreaterThan(4);
    expect(cues.slice(0, 3)).toEqual(['gavel', 'bell', 'murmur']);
    expect(cues.filter((c) => c === 'gavel')).toHaveLength(6);
    expect(cues.at(-1)).toBe('applause');
  });

  it('refuses a move out of turn, says why, and changes nothing', () => {
    const { actor } = start('ten');
    const before = actor.getSnapshot().context.game;
    actor.send({ type: 'game.act', action: { type: 'organise', seat: 'ten', delegation: 'moscow' } });
    expect(actor.getSnapshot().context.game).toBe(before);
    expect(actor.getSnapshot().context.rejection).toMatch(/not a human seat's turn/);
    runAi(actor);
    actor.send({ type: 'game.act', action: { type: 'organise', seat: 'ten', delegation: 'nowhere' } });
    expect(actor.getSnapshot().context.rejection).toMatch(/no delegation "nowhere"/);
    actor.send({ type: 'game.act', action: { type: 'organise', seat: 'ten', delegation: 'moscow' } });
    expect(actor.getSnapshot().context.rejection).toBeNull();
  });

  it('ignores an unknown seat in setup and a continue while a seat must move', () => {
    const actor = createActor(congressMachine, { input: { scenario } }).start();
    actor.send({ type: 'setup.seat', seat: 'dc', controller: { kind: 'human' } });
    expect(actor.getSnapshot().context.controllers).toEqual({});
    actor.send({ type: 'setup.start' });
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().matches('discussion')).toBe(true);
  });

  it('a human chair is asked for the slate before the committee vote', () => {
    const { actor } = start('ten', 31);
    finishUntil(actor, () => {
      const g = actor.getSnapshot().context.game!;
      return actor.getSnapshot().matches({ congress: 'forecast' }) && g.ballots.length === 4;
    });
    const s = actor.getSnapshot();
    expect(seatToAct(scenario, s.context.game!)?.id).toBe('ten');
    expect(s.can({ type: 'flow.continue' })).toBe(false);
    actor.send({ type: 'game.act', action: { type: 'slate', seat: 'ten', coopt: ['wo'] } });
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().context.game!.ballots.at(-1)!.seats!.wo!.full).toBeGreaterThanOrEqual(2);
  });

  it('restores a saved snapshot at a pause and finishes the same game as one never saved', () => {
    const { actor } = start(undefined, 77);
    runAi(actor);
    expect(actor.getSnapshot().matches('elected')).toBe(true);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(congressMachine, { input: { scenario, seed: 77 }, snapshot: saved }).start();
    finish(actor);
    finish(restored);
    expect(restored.getSnapshot().matches('outcome')).toBe(true);
    expect(restored.getSnapshot().context.game).toEqual(actor.getSnapshot().context.game);
    expect(playAllAi(scenario, 77)).toEqual(actor.getSnapshot().context.game);
  });

  it('restart returns to setup with the seats kept', () => {
    const { actor } = start('tb');
    finish(actor);
    actor.send({ type: 'game.restart' });
    expect(actor.getSnapshot().matches('setup')).toBe(true);
    expect(actor.getSnapshot().context.game).toBeNull();
    expect(actor.getSnapshot().context.controllers).toEqual({ tb: { kind: 'human' } });
  });
});

/** Like finish, but stops when `done` holds. */
function finishUntil(actor: TestActor, done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) {
    const s = actor.getSnapshot();
    const seat = s.context.game && seatToAct(scenario, s.context.game);
    const act = seat?.controller.kind === 'human' ? { type: 'game.act' as const, action: legalActions(scenario, s.context.game!, seat.id)[0]! } : null;
    if (act && s.can(act)) actor.send(act);
    else if (s.can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    else actor.send({ type: 'flow.continue' });
  }
}
