/**
 * The class's setup (issue 14, first step): a role for every student of a class of 10 to 35, generated
 * from the scenario (each platform's leader and speaker, the chair, the stenographer, the heads of the
 * undecided delegations, the presidium), doubled for large classes; the teacher renames and reassigns;
 * the setup is saved and read back, and a damaged one is refused at its path.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_SIZE, FIRST_HEADS, LESSONS, PLANS, parseClassSetup, placed, proposeSetup, reassign, rename, rolesOf } from '../../game/classroom/roles';
import { SCENARIO_DIR, loadScenario, scenarioFiles } from '../support/scenario';

const scenarios = scenarioFiles().map((f) => loadScenario(f));
const sc1921 = loadScenario();

describe('a role for every student', () => {
  it.each(scenarios.map((sc) => [sc.id, sc] as const))('%s: every class size from 10 to 35 places every student once, and no role is empty', (_, sc) => {
    const playable = sc.platforms.filter((p) => p.playable).map((p) => p.id);
    for (let size = CLASS_SIZE.min; size <= CLASS_SIZE.max; size++) {
      const setup = proposeSetup(sc, size, '45');
      expect(placed(setup), `size ${size}`).toBe(size);
      expect(setup.roles.every((r) => r.students.length >= 1), `size ${size}`).toBe(true);
      // the platforms' leaders and speakers come first, then the chair and the stenographer
      for (const p of playable) {
        expect(setup.roles.map((r) => r.id)).toContain(`leader-${p}`);
        expect(setup.roles.map((r) => r.id)).toContain(`speaker-${p}`);
      }
      expect(setup.roles.map((r) => r.id)).toEqual(expect.arrayContaining(['chair', 'stenographer']));
      expect(parseClassSetup(JSON.parse(JSON.stringify(setup)))).toEqual({ ok: true, setup });
    }
  });

  it('the undecided delegations come first, most evenly split first, and the presidium after six of them', () => {
    const heads = rolesOf(sc1921).filter((r) => r.kind === 'head');
    const split = (id: string) => {
      const lean = sc1921.delegations.find((d) => d.id === id)!.lean;
      const w = Object.values(lean);
      return Math.max(...w) / w.reduce((a, b) => a + b, 0);
    };
    const shares = heads.map((h) => split(h.delegation!));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(heads.length).toBe(sc1921.delegations.length);
    const order = rolesOf(sc1921).map((r) => r.kind);
    expect(order.indexOf('presidium')).toBe(order.indexOf('head') + FIRST_HEADS);
  });

  it('a class of 28 at the congress: who plays what', () => {
    const setup = proposeSetup(sc1921, 28, '45');
    const count = (kind: string) => setup.roles.filter((r) => r.kind === kind).reduce((n, r) => n + r.students.length, 0);
    const playable = sc1921.platforms.filter((p) => p.playable).length;
    expect(count('leader')).toBe(playable);
    expect(count('speaker')).toBe(playable);
    expect(count('chair') + count('stenographer')).toBe(2);
    expect(count('presidium')).toBe(2);
    expect(count('head')).toBe(28 - 2 * playable - 4);
    // a historical figure where the scenario has one: the first person of the Workers' Opposition leads it
    const wo = setup.roles.find((r) => r.id === 'leader-wo')!;
    expect(wo.person).toBe(sc1921.people.find((p) => p.platform === 'wo')!.id);
    expect(wo.title).toContain(sc1921.people.find((p) => p.platform === 'wo')!.name);
  });

  it('a class larger than the roles doubles the delegations\' heads first, then the speakers', () => {
    const small = loadScenario(`${SCENARIO_DIR}1921-may-unions.json`); // 2 platforms, 7 delegations: 15 roles
    const roles = rolesOf(small).length;
    expect(roles).toBe(2 * 2 + 2 + small.delegations.length + 2);
    const setup = proposeSetup(small, 35, 'two');
    expect(placed(setup)).toBe(35);
    const heads = setup.roles.filter((r) => r.kind === 'head');
    const speakers = setup.roles.filter((r) => r.kind === 'speaker');
    // 20 more students than roles: each of the 7 heads gets a second, then a third, then the speakers
    expect(heads.every((h) => h.students.length >= 2)).toBe(true);
    expect(heads.reduce((n, h) => n + h.students.length, 0) + speakers.reduce((n, s) => n + s.students.length, 0) + setup.roles.filter((r) => r.kind === 'leader').reduce((n, s) => n + s.students.length, 0)).toBe(35 - 4);
    const one = proposeSetup(small, roles + 1, '45');
    expect(one.roles.filter((r) => r.students.length === 2).map((r) => r.id)).toEqual([heads[0]!.id]);
  });

  it('refuses a class outside 10 to 35, and each lesson has its plan', () => {
    expect(() => proposeSetup(sc1921, 9, '45')).toThrow(/10 to 35/);
    expect(() => proposeSetup(sc1921, 36, '45')).toThrow(/10 to 35/);
    expect(() => proposeSetup(sc1921, 20.5, '45')).toThrow(/10 to 35/);
    for (const lesson of LESSONS) {
      const plan = proposeSetup(sc1921, 20, lesson).plan;
      expect(plan).toEqual(PLANS[lesson]);
      const total = Object.values(plan).reduce((a, b) => a + b, 0);
      expect(total).toBe(lesson === 'two' ? 90 : Number(lesson));
    }
  });
});

describe('the teacher changes the setup', () => {
  it('renames a student (optional, trimmed) and moves one to another role, keeping the name and the count', () => {
    let setup = proposeSetup(sc1921, 12, '45');
    setup = rename(setup, 'chair', 0, '  Anna  ');
    expect(setup.roles.find((r) => r.id === 'chair')!.students).toEqual(['Anna']);
    const before = placed(setup);
    const head = rolesOf(sc1921).filter((r) => r.kind === 'head').at(-1)!; // a head the class of 12 does not have
    expect(setup.roles.some((r) => r.id === head.id)).toBe(false);
    setup = reassign(sc1921, setup, 'chair', 0, head.id);
    expect(setup.roles.find((r) => r.id === head.id)!.students).toEqual(['Anna']);
    expect(setup.roles.find((r) => r.id === 'chair')!.students).toEqual([]);
    expect(placed(setup)).toBe(before);
    // the roles stay in the scenario's order
    const order = rolesOf(sc1921).map((r) => r.id);
    expect(setup.roles.map((r) => order.indexOf(r.id))).toEqual([...setup.roles.map((r) => order.indexOf(r.id))].sort((a, b) => a - b));
    expect(parseClassSetup(JSON.parse(JSON.stringify(setup))).ok).toBe(true);
    expect(() => rename(setup, 'chair', 0, 'x')).toThrow(/no place 0/);
    expect(() => reassign(sc1921, setup, 'stenographer', 0, 'nobody')).toThrow(/no role "nobody"/);
  });

  it('a damaged saved setup says what is wrong, at its path', () => {
    const setup = proposeSetup(sc1921, 20, '50');
    const bad = JSON.parse(JSON.stringify(setup));
    bad.lesson = '40';
    bad.roles[0].students = ['x'.repeat(61)];
    const r = parseClassSetup(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.some((p) => p.startsWith('lesson:'))).toBe(true);
      expect(r.problems.some((p) => p.startsWith('roles.0.students.0:'))).toBe(true);
    }
    const lost = JSON.parse(JSON.stringify(setup));
    lost.roles[0].students = [];
    expect(parseClassSetup(lost)).toEqual({ ok: false, problems: ['roles: 19 students placed in a class of 20'] });
  });
});
