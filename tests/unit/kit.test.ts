/**
 * The paper kit's role cards (issue 14): every role of every bundled scenario gets who it is, what its side
 * wants, its objectives, its strongest arguments with their sources in words, and what it knows and does
 * not; no card carries another platform's secret objectives.
 */
import { describe, expect, it } from 'vitest';
import { ARGUMENTS_ON_A_CARD, roleCards } from '../../game/classroom/kit';
import { proposeSetup } from '../../game/classroom/roles';
import { objectivesOf } from '../../game/rules/outcome';
import { loadScenario, scenarioFiles } from '../support/scenario';

const scenarios = scenarioFiles().map((f) => loadScenario(f));

describe('role cards', () => {
  it.each(scenarios.map((sc) => [sc.id, sc] as const))('%s: a card for every role of a class of 35, each filled in, with sources in words', (_, sc) => {
    const setup = proposeSetup(sc, 35, '45');
    const cards = roleCards(sc, setup);
    expect(cards.map((c) => c.role)).toEqual(setup.roles.map((r) => r.id));
    for (const card of cards) {
      expect(card.who.length, card.role).toBeGreaterThan(20);
      expect(card.wants.length, card.role).toBeGreaterThan(0);
      expect(card.objectives.length, card.role).toBeGreaterThan(0);
      expect(card.know.length && card.dontKnow.length, card.role).toBeGreaterThan(0);
      expect(card.arguments.length, card.role).toBeLessThanOrEqual(ARGUMENTS_ON_A_CARD);
      for (const a of card.arguments) {
        expect(sc.cards.some((c) => c.id === a.card && c.title === a.title)).toBe(true);
        expect(a.sources.length, a.card).toBeGreaterThan(0);
        // each source named by its author, title and date, never by the scenario's bare id
        for (const s of a.sources) expect(sc.sources.some((x) => s === `${x.author}, ${x.title} (${x.date})`), s).toBe(true);
      }
    }
    for (const p of sc.platforms.filter((x) => x.playable)) {
      const leader = cards.find((c) => c.role === `leader-${p.id}`)!;
      expect(leader.objectives).toEqual(objectivesOf(sc, p.id).map((o) => o.text));
      expect(leader.wants).toEqual(p.demands);
      expect(leader.arguments.length).toBe(Math.min(ARGUMENTS_ON_A_CARD, sc.cards.filter((c) => c.platform === p.id).length));
      expect(leader.arguments.every((a) => sc.cards.find((c) => c.id === a.card)!.platform === p.id)).toBe(true);
    }
  });

  it('no card carries a platform\'s secret objectives: a student learns them only if dealt them in the game', () => {
    for (const sc of scenarios) {
      const secrets = sc.platforms.flatMap((p) => p.secret.map((s) => s.text));
      const text = JSON.stringify(roleCards(sc, proposeSetup(sc, 35, '45')));
      for (const s of secrets) expect(text, `${sc.id}: ${s}`).not.toContain(s);
    }
  });

  it('a delegation\'s head is told its size and its leaning, and which arguments reach it best', () => {
    const sc = loadScenario();
    const cards = roleCards(sc, proposeSetup(sc, 20, '45'));
    const head = cards.find((c) => c.role.startsWith('head-'))!;
    const d = sc.delegations.find((x) => `head-${x.id}` === head.role)!;
    expect(head.who).toContain(`${d.voting} voting delegates`);
    expect(head.wants[0]).toMatch(/lean .*about \d+%/);
    for (const a of head.arguments) expect(sc.cards.find((c) => c.id === a.card)!.audiences).toContain(d.kind);
  });
});
