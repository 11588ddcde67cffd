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
function runAi(actor: ReturnType<typeof start>['actor']) {
  while (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
}

describe('congress machine with a real actor', () => {
  it('plays a human Workers\' Opposition seat against two AI seats to the outcome', () => {
    const { actor, cues } = start('wo');
    expect(actor.getSnapshot().matches('selection')).toBe(true);
    expect(seatToAct(actor.getSnapshot().context.game!)!.id).toBe('wo');
    expect(actor.getSnapshot().can({ type: 'ai.step' })).toBe(false);

    actor.send({ type: 'game.act', action: { type: 'campaign', seat: 'wo', delegation: 'samara' } });
    runAi(actor);
    expect(actor.getSnapshot().matches('elected')).toBe(true);
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().matches({ congress: 'opening' })).toBe(true);
    expect(actor.getSnapshot().context.game!.log.at(-1)!.text).toMatch(/Kronstadt/);
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().matches({ congress: 'debate' })).toBe(true);
    runAi(actor);
    const game = actor.getSnapshot().context.game!;
    const speech = legalActions(scenario, game, 'wo').find((a) => a.type === 'speak' && a.cards.length === 2)!;
    actor.send({ type: 'game.act', action: speech });
    runAi(actor);
    expect(actor.getSnapshot().matches({ congress: 'vote' })).toBe(true);
    actor.send({ type: 'flow.continue' });
    const end = actor.getSnapshot();
    expect(end.matches('outcome')).toBe(true);
    expect(end.context.game!.outcome!.seats).toHaveLength(3);
    expect(end.context.game!.log.filter((l) => l.seat === 'wo' && l.reason)).toEqual([]);
    expect(end.context.game!.log.filter((l) => l.seat === 'ten' && l.reason?.startsWith('Chose this because'))).toHaveLength(2);
    expect(cues).toEqual(['gavel', 'bell', 'murmur', 'applause', 'applause', 'applause', 'gavel', 'applause']);
  });

  it('refuses a move out of turn, says why, and changes nothing', () => {
    const { actor } = start('ten');
    const before = actor.getSnapshot().context.game;
    actor.send({ type: 'game.act', action: { type: 'campaign', seat: 'ten', delegation: 'moscow' } });
    expect(actor.getSnapshot().context.game).toBe(before);
    expect(actor.getSnapshot().context.rejection).toMatch(/not a human seat's turn/);
    runAi(actor);
    actor.send({ type: 'game.act', action: { type: 'campaign', seat: 'ten', delegation: 'nowhere' } });
    expect(actor.getSnapshot().context.rejection).toMatch(/no delegation "nowhere"/);
    actor.send({ type: 'game.act', action: { type: 'campaign', seat: 'ten', delegation: 'moscow' } });
    expect(actor.getSnapshot().context.rejection).toBeNull();
  });

  it('ignores an unknown seat in setup and a continue while a seat must move', () => {
    const actor = createActor(congressMachine, { input: { scenario } }).start();
    actor.send({ type: 'setup.seat', seat: 'dc', controller: { kind: 'human' } });
    expect(actor.getSnapshot().context.controllers).toEqual({});
    actor.send({ type: 'setup.start' });
    actor.send({ type: 'flow.continue' });
    expect(actor.getSnapshot().matches('selection')).toBe(true);
  });

  it('restores a saved snapshot at a pause and finishes the same game as one never saved', () => {
    const { actor } = start(undefined, 77);
    runAi(actor);
    expect(actor.getSnapshot().matches('elected')).toBe(true);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(congressMachine, { input: { scenario, seed: 77 }, snapshot: saved }).start();
    for (const a of [actor, restored]) {
      a.send({ type: 'flow.continue' });
      a.send({ type: 'flow.continue' });
      runAi(a);
      a.send({ type: 'flow.continue' });
    }
    expect(restored.getSnapshot().matches('outcome')).toBe(true);
    expect(restored.getSnapshot().context.game).toEqual(actor.getSnapshot().context.game);
    expect(playAllAi(scenario, 77)).toEqual(actor.getSnapshot().context.game);
  });

  it('restart returns to setup with the seats kept', () => {
    const { actor } = start('tb');
    actor.send({ type: 'game.restart' });
    expect(actor.getSnapshot().matches('selection')).toBe(true);
    while (!actor.getSnapshot().matches('outcome')) {
      const s = actor.getSnapshot();
      const seat = s.context.game && seatToAct(s.context.game);
      if (seat?.controller.kind === 'human') actor.send({ type: 'game.act', action: legalActions(scenario, s.context.game!, seat.id)[0]! });
      else if (s.can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
      else actor.send({ type: 'flow.continue' });
    }
    actor.send({ type: 'game.restart' });
    expect(actor.getSnapshot().matches('setup')).toBe(true);
    expect(actor.getSnapshot().context.game).toBeNull();
    expect(actor.getSnapshot().context.controllers).toEqual({ tb: { kind: 'human' } });
  });
});
