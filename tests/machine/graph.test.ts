/**
 * Model-based test of the session machine (xstate/graph, the dieHard pattern): every state node is
 * reachable, and driving a real actor along each shortest path gives the same screens, with the match
 * always equal to the fold of its record.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { sessionMachine, type SessionEvent } from '../../game/machine/sessionMachine';
import { fold } from '../../game/match/match';
import { dueOf } from '../../game/rules/flow';
import { legalActions } from '../../game/rules/legal';
import { hashOf, playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const scenario = loadScenario();
const scenarioHash = hashOf(scenario);
const saved = playWithLog(scenario, 9).match;
const problem = { title: 'a damaged save', details: ['for the test'], offer: { label: 'open what can be opened', match: saved } };

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

type Snap = ReturnType<ReturnType<typeof createActor<typeof sessionMachine>>['getSnapshot']>;

/**
 * Events offered at each state: one human move when a human is due, the computer's step, the facilitator's
 * step; the session's own buttons (title, replay, a save's problem) at the start and the end of a match,
 * which keeps the graph small enough to walk whole.
 */
function eventsFor(snap: Snap): SessionEvent[] {
  const events: SessionEvent[] = [{ type: 'ai.step' }];
  const match = snap.context.match;
  if (!match || match.state.step < 2 || match.state.phase === 'outcome') {
    events.push(
      { type: 'session.setup' },
      { type: 'session.title' },
      { type: 'session.resume' },
      { type: 'game.restart' },
      { type: 'replay.open', cursor: 3 },
      { type: 'replay.to', cursor: 1 },
      { type: 'replay.close' },
      { type: 'save.problem', problem },
      { type: 'problem.accept' },
    );
  }
  if (snap.matches('setup')) events.push({ type: 'setup.start' }, { type: 'setup.seat', seat: 'wo', controller: { kind: 'human' } });
  if (match && snap.matches('playing')) {
    const due = dueOf(scenario, match.state);
    if (due.kind === 'proceed') events.push({ type: 'match.command', command: due.command, by: 'facilitator' });
    if (due.kind === 'seats' && match.state.seats.find((s) => s.id === due.seats[0])?.controller.kind === 'human') {
      events.push({ type: 'match.command', command: legalActions(scenario, match.state, due.seats[0]!)[0]!, by: { seat: due.seats[0]! } });
    }
  }
  return events;
}

describe('session machine graph', () => {
  const paths = getShortestPaths(sessionMachine, {
    input: { scenario, scenarioHash, seed: 3 },
    events: (snap) => eventsFor(snap as Snap),
    filterEvents: (snap, event) => (snap as Snap).can(event as SessionEvent),
    serializeState: (snap) => {
      const s = snap as Snap;
      const g = s.context.match?.state;
      const humans = Object.keys(s.context.controllers).sort().join(',');
      return JSON.stringify([s.value, g?.phase ?? null, g?.round ?? null, g?.acted ?? null, Object.keys(g?.sealed ?? {}), g?.ballots.length ?? null, g?.coopted ?? null, g?.floor?.declared ?? null, humans, s.context.seed, s.context.replay?.cursor ?? null, !!s.context.problem, g === saved.state]);
    },
  });

  it('reaches every state node of the machine', () => {
    const reached = new Set<string>();
    for (const p of paths) for (const node of (p.state as Snap)._nodes) reached.add(node.id);
    const all = allStateIds(sessionMachine);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has a path to the end of a match with a human seat and one with every seat played by the computer', () => {
    const toOutcome = paths.filter((p) => (p.state as Snap).context.match?.state.phase === 'outcome' && p.steps.some((s) => s.event.type === 'setup.start'));
    expect(toOutcome.some((p) => p.steps.some((s) => s.event.type === 'match.command' && typeof (s.event as { by: unknown }).by !== 'string'))).toBe(true);
    expect(toOutcome.some((p) => !p.steps.some((s) => s.event.type === 'setup.seat'))).toBe(true);
  });

  it('driving a real actor along the shortest path to every screen of every phase gives the same screens, and the match is the fold of its record', () => {
    expect(paths.length).toBeGreaterThan(20);
    // one path to each screen in each phase, with and without a human seat
    const byKey = new Map<string, (typeof paths)[number]>();
    for (const p of paths) {
      const s = p.state as Snap;
      const key = JSON.stringify([s.value, s.context.match?.state.phase ?? null, Object.keys(s.context.controllers).length]);
      if (!byKey.has(key) || byKey.get(key)!.steps.length > p.steps.length) byKey.set(key, p);
    }
    expect(byKey.size).toBeGreaterThan(15);
    for (const path of byKey.values()) {
      const actor = createActor(sessionMachine, { input: { scenario, scenarioHash, seed: 3 } }).start();
      for (const step of path.steps.slice(1)) {
        actor.send(step.event as SessionEvent);
        expect(actor.getSnapshot().value).toEqual((step.state as Snap).value);
      }
      const match = actor.getSnapshot().context.match;
      if (match) {
        const folded = fold(scenario, match.record);
        expect(folded.ok).toBe(true);
        if (folded.ok) expect(folded.match.state).toEqual(match.state);
      }
      actor.stop();
    }
  }, 600_000);
});
