/**
 * Model-based test of the congress machine (xstate/graph, the dieHard pattern): every state node is
 * reachable, and driving a real actor along each shortest path keeps the machine state and the rules'
 * phase in agreement.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { congressMachine, type CongressEvent } from '../../game/machine/congressMachine';
import { legalActions } from '../../game/rules/legal';
import { seatToAct } from '../../game/rules/setup';
import type { Phase } from '../../game/rules/types';
import { loadScenario } from '../support/scenario';

const scenario = loadScenario();

function allStateIds(machine: AnyStateMachine): string[] {
  const ids: string[] = [];
  const walk = (node: AnyStateMachine['root']) => {
    for (const child of Object.values(node.states)) {
      ids.push(child.id);
      walk(child);
    }
  };
  walk(machine.root);
  return ids;
}

type Snap = ReturnType<ReturnType<typeof createActor<typeof congressMachine>>['getSnapshot']>;

/** Events offered at each state: setup choices, one human move when a human is due, AI steps, continue. */
function eventsFor(snap: Snap): CongressEvent[] {
  const events: CongressEvent[] = [{ type: 'ai.step' }, { type: 'flow.continue' }, { type: 'game.restart' }];
  if (snap.matches('setup')) {
    events.push({ type: 'setup.start' }, { type: 'setup.seat', seat: 'wo', controller: { kind: 'human' } }, { type: 'setup.seed', seed: 7 });
  }
  const game = snap.context.game;
  const seat = game && seatToAct(scenario, game);
  if (game && seat?.controller.kind === 'human') {
    const first = legalActions(scenario, game, seat.id)[0];
    if (first) events.push({ type: 'game.act', action: first });
  }
  return events;
}

const expectedPhase: Record<string, Phase[]> = {
  discussion: ['discussion'],
  elected: ['elected'],
  'congress.opening': ['volunteers'],
  'congress.volunteers': ['volunteers'],
  'congress.presidium': ['presidium'],
  'congress.debate': ['debate'],
  'congress.forecast': ['voting'],
  'congress.ballot': ['voting'],
  outcome: ['outcome'],
};

function stateKey(snap: Snap): string {
  const v = snap.value;
  return typeof v === 'string' ? v : Object.entries(v).map(([k, sub]) => `${k}.${String(sub)}`).join('');
}

describe('congress machine graph', () => {
  const paths = getShortestPaths(congressMachine, {
    input: { scenario, seed: 3 },
    events: (snap) => eventsFor(snap as Snap),
    filterEvents: (snap, event) => (snap as Snap).can(event as CongressEvent),
    serializeState: (snap) => {
      const s = snap as Snap;
      const g = s.context.game;
      const humans = Object.keys(s.context.controllers).sort().join(',');
      return JSON.stringify([s.value, g?.phase ?? null, g?.round ?? null, g?.acted ?? null, g?.ballots.length ?? null, g?.coopted ?? null, humans, s.context.seed]);
    },
  });

  it('reaches every state node of the machine', () => {
    const reached = new Set<string>();
    for (const p of paths) for (const node of (p.state as Snap)._nodes) reached.add(node.id);
    const all = allStateIds(congressMachine);
    expect(all.length).toBeGreaterThanOrEqual(7);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has a path to the outcome with a human seat and one with all AI seats', () => {
    const toOutcome = paths.filter((p) => (p.state as Snap).matches('outcome'));
    expect(toOutcome.length).toBeGreaterThan(0);
    expect(toOutcome.some((p) => p.steps.some((s) => s.event.type === 'game.act'))).toBe(true);
  });

  it('driving a real actor along every path keeps the machine state and the rules phase in step', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const actor = createActor(congressMachine, { input: { scenario, seed: 3 } }).start();
      for (const step of path.steps.slice(1)) {
        actor.send(step.event as CongressEvent);
        const snap = actor.getSnapshot();
        expect(snap.value).toEqual((step.state as Snap).value);
        const allowed = expectedPhase[stateKey(snap)];
        if (allowed) expect(allowed).toContain(snap.context.game?.phase);
        if (snap.matches('setup')) expect(snap.context.game).toBeNull();
      }
      actor.stop();
    }
  }, 120_000);
});
