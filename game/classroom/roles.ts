/**
 * The class's setup (issue 14, first step): from a scenario, the class size (10–35) and the lesson's length,
 * a role for every student and the lesson's plan. Roles, in the order they are filled: each playable
 * platform's leader and speaker, the chair, the stenographer, the heads of the undecided delegations (the
 * prize, as Reacting to the Past's indeterminates: the most evenly split first), two members of the
 * presidium after the first six heads, then the other heads; a class larger than the roles doubles them,
 * the delegations' heads first, then the speakers, then the leaders.
 * The teacher renames (names are optional: no accounts) and reassigns; the setup is saved as data that
 * `parseClassSetup` reads back with path-level problems. Pure: no framework, no clock, no randomness.
 */
import '../content/zodConfig';
import { z } from 'zod';
import type { Scenario } from '../content/schema';
import { delegationIn, platformIn } from '../content/names';

export const CLASS_FORMAT = 'tenth-congress-class';
export const CLASS_VERSION = 1;
export const CLASS_SIZE = { min: 10, max: 35 } as const;

export const LESSONS = ['45', '50', 'two'] as const;
export type Lesson = (typeof LESSONS)[number];

export const PHASES = ['briefing', 'discussion', 'debate', 'votes', 'debrief'] as const;
export type LessonPhase = (typeof PHASES)[number];

/** Each phase of the lesson in words, for the console, the projector and the guide. */
export const PHASE_TITLES: Readonly<Record<LessonPhase, string>> = {
  briefing: 'Briefing',
  discussion: 'The Discussion',
  debate: 'The debate',
  votes: 'The votes',
  debrief: 'Debrief',
};

/** Minutes per phase of the lesson: a proposal the teacher can change (two lessons: 90 minutes). */
export const PLANS: Readonly<Record<Lesson, Readonly<Record<LessonPhase, number>>>> = {
  '45': { briefing: 5, discussion: 10, debate: 15, votes: 7, debrief: 8 },
  '50': { briefing: 5, discussion: 12, debate: 16, votes: 8, debrief: 9 },
  two: { briefing: 10, discussion: 20, debate: 30, votes: 12, debrief: 18 },
};

export const ROLE_KINDS = ['leader', 'speaker', 'chair', 'stenographer', 'head', 'presidium'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export interface Role {
  id: string; // 'leader-wo', 'head-samara', 'chair', …
  kind: RoleKind;
  title: string; // in words, for the console and the role card
  platform: string | null; // the platform the role speaks for, if any
  delegation: string | null; // the delegation a head leads
  person: string | null; // the scenario's person the role plays, where one fits
  students: string[]; // one entry per student in the role: a name, or '' until the teacher gives one
}

export interface ClassSetup {
  format: typeof CLASS_FORMAT;
  version: typeof CLASS_VERSION;
  scenario: string; // the scenario's id
  size: number;
  lesson: Lesson;
  plan: Record<LessonPhase, number>;
  roles: Role[];
}

/** A delegation's split: the largest share of its leaning (lower is more evenly split, so more undecided). */
function leadShare(lean: Readonly<Record<string, number>>): number {
  const weights = Object.values(lean);
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? Math.max(...weights) / total : 1;
}

/** The scenario's people of a platform, in the scenario's order. */
function peopleOf(sc: Scenario, platform: string) {
  return sc.people.filter((p) => p.platform === platform);
}

/** The undecided delegations whose heads come before the presidium; the other delegations' heads come after it. */
export const FIRST_HEADS = 6;

/** Every role the scenario offers, in the order they are filled. */
export function rolesOf(sc: Scenario): Role[] {
  const playable = sc.platforms.filter((p) => p.playable);
  const role = (r: Omit<Role, 'students'>): Role => ({ ...r, students: [] });
  const leaders = playable.map((p) => {
    const person = peopleOf(sc, p.id)[0] ?? null;
    return role({ id: `leader-${p.id}`, kind: 'leader', title: `Leader of ${platformIn(sc, p.id)}${person ? ` (${person.name})` : ''}`, platform: p.id, delegation: null, person: person?.id ?? null });
  });
  const speakers = playable.map((p) => {
    const person = peopleOf(sc, p.id)[1] ?? null;
    return role({ id: `speaker-${p.id}`, kind: 'speaker', title: `Speaker for ${platformIn(sc, p.id)}${person ? ` (${person.name})` : ''}`, platform: p.id, delegation: null, person: person?.id ?? null });
  });
  const chair = role({ id: 'chair', kind: 'chair', title: `Chair of the ${sc.meeting}`, platform: null, delegation: null, person: null });
  const stenographer = role({ id: 'stenographer', kind: 'stenographer', title: `Stenographer: keeps the record of the ${sc.meeting}`, platform: null, delegation: null, person: null });
  // the undecided delegations: the most evenly split first, the scenario's order breaking ties
  const heads = sc.delegations
    .map((d, i) => ({ d, i, share: leadShare(d.lean) }))
    .sort((a, b) => a.share - b.share || a.i - b.i)
    .map(({ d }) => role({ id: `head-${d.id}`, kind: 'head', title: `Head of the delegation of ${delegationIn(sc, d.id)}`, platform: null, delegation: d.id, person: null }));
  const presidium = [1, 2].map((n) => role({ id: `presidium-${n}`, kind: 'presidium', title: `Member of the presidium (${n === 1 ? 'first' : 'second'})`, platform: null, delegation: null, person: null }));
  return [...leaders, ...speakers, chair, stenographer, ...heads.slice(0, FIRST_HEADS), ...presidium, ...heads.slice(FIRST_HEADS)];
}

/**
 * The proposed setup: every student gets a role. The roles are filled in order until every student has
 * one; when the class is larger than the roles, the delegations' heads are doubled first, then the
 * platforms' speakers, then the leaders, one student more each in turn.
 */
export function proposeSetup(sc: Scenario, size: number, lesson: Lesson): ClassSetup {
  if (!Number.isInteger(size) || size < CLASS_SIZE.min || size > CLASS_SIZE.max) throw new RangeError(`a class has ${CLASS_SIZE.min} to ${CLASS_SIZE.max} students, not ${size}`);
  const all = rolesOf(sc);
  const roles = all.slice(0, Math.min(size, all.length)).map((r) => ({ ...r, students: [''] }));
  const doubling = [...roles.filter((r) => r.kind === 'head'), ...roles.filter((r) => r.kind === 'speaker'), ...roles.filter((r) => r.kind === 'leader')];
  for (let left = size - roles.length, i = 0; left > 0 && doubling.length; left--, i++) doubling[i % doubling.length]!.students.push('');
  return { format: CLASS_FORMAT, version: CLASS_VERSION, scenario: sc.id, size, lesson, plan: { ...PLANS[lesson] }, roles };
}

/** The number of students the setup places (each student once). */
export function placed(setup: ClassSetup): number {
  return setup.roles.reduce((n, r) => n + r.students.length, 0);
}

/** Names a student (or clears the name with ''): `place` is the student's place in the role. */
export function rename(setup: ClassSetup, roleId: string, place: number, name: string): ClassSetup {
  const role = setup.roles.find((r) => r.id === roleId);
  if (!role || place < 0 || place >= role.students.length) throw new RangeError(`no place ${place} in the role "${roleId}"`);
  const clean = name.trim().slice(0, 60);
  return { ...setup, roles: setup.roles.map((r) => (r === role ? { ...r, students: r.students.map((s, i) => (i === place ? clean : s)) } : r)) };
}

/**
 * Moves a student from one role to another, keeping the name. A role left with no student is kept in the
 * setup with an empty list (the teacher may fill it again); `to` may be any role of the scenario.
 */
export function reassign(sc: Scenario, setup: ClassSetup, fromRole: string, place: number, toRole: string): ClassSetup {
  const from = setup.roles.find((r) => r.id === fromRole);
  if (!from || place < 0 || place >= from.students.length) throw new RangeError(`no place ${place} in the role "${fromRole}"`);
  if (fromRole === toRole) return setup;
  const name = from.students[place]!;
  const known = setup.roles.find((r) => r.id === toRole) ?? rolesOf(sc).find((r) => r.id === toRole);
  if (!known) throw new RangeError(`the scenario has no role "${toRole}"`);
  const order = rolesOf(sc).map((r) => r.id);
  const roles = setup.roles.some((r) => r.id === toRole) ? setup.roles : [...setup.roles, { ...known, students: [] }].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    ...setup,
    roles: roles.map((r) => (r.id === fromRole ? { ...r, students: r.students.filter((_, i) => i !== place) } : r.id === toRole ? { ...r, students: [...r.students, name] } : r)),
  };
}

const Minutes = z.number().int().min(0).max(180);
export const ClassSetupSchema = z.strictObject({
  format: z.literal(CLASS_FORMAT),
  version: z.literal(CLASS_VERSION),
  scenario: z.string().min(1).max(80),
  size: z.number().int().min(CLASS_SIZE.min).max(CLASS_SIZE.max),
  lesson: z.enum(LESSONS),
  plan: z.strictObject({ briefing: Minutes, discussion: Minutes, debate: Minutes, votes: Minutes, debrief: Minutes }),
  roles: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(120),
        kind: z.enum(ROLE_KINDS),
        title: z.string().min(1).max(300),
        platform: z.string().max(80).nullable(),
        delegation: z.string().max(80).nullable(),
        person: z.string().max(80).nullable(),
        students: z.array(z.string().max(60)).max(CLASS_SIZE.max),
      }),
    )
    .max(200),
});

/** A saved setup read back, or what is wrong with it, at its path. */
export function parseClassSetup(data: unknown): { ok: true; setup: ClassSetup } | { ok: false; problems: string[] } {
  const r = ClassSetupSchema.safeParse(data);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(the setup)'}: ${i.message}`) };
  const setup = r.data as ClassSetup;
  if (placed(setup) !== setup.size) return { ok: false, problems: [`roles: ${placed(setup)} students placed in a class of ${setup.size}`] };
  return { ok: true, setup };
}
