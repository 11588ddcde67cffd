/**
 * The teacher's guide (issue 14): learning objectives, the 45-minute plan, pre-reading from the scenario's
 * sources, a glossary for language learners, where the lesson may fit a curriculum (always "to be confirmed
 * by a teacher"), practical notes; the content note and the debrief questions come from the scenario and
 * the class's own game. Kept beside its scenario as scenarios/<id>.guide.json, read with path-level
 * problems, checked against the scenario (its sources, its phases), and shown on the console or printed.
 * Pure.
 */
import '../content/zodConfig';
import { z } from 'zod';
import type { Scenario } from '../content/schema';
import { escapeHtml, printStyles, type Paper } from './print';
import { PHASE_TITLES, PHASES } from './roles';

export const GUIDE_FORMAT = 'tenth-congress-guide';
export const CURRICULUM_STATUS = 'to be confirmed by a teacher';

const Line = z.string().min(1).max(600);
export const GuideSchema = z.strictObject({
  format: z.literal(GUIDE_FORMAT),
  version: z.literal(1),
  scenario: z.string().min(1).max(80),
  title: z.string().min(1).max(160),
  objectives: z.array(Line).min(3).max(8),
  plan: z.array(z.strictObject({ phase: z.enum(PHASES), minutes: z.number().int().min(1).max(90), what: Line })).length(PHASES.length),
  preReading: z.array(z.strictObject({ source: z.string().min(1).max(80), what: Line, why: Line })).min(2).max(10),
  glossary: z.array(z.strictObject({ term: z.string().min(1).max(80), meaning: z.string().min(1).max(300) })).min(8).max(40),
  curricula: z.array(z.strictObject({ name: z.string().min(1).max(200), fit: Line, status: z.literal(CURRICULUM_STATUS) })).max(8),
  notes: z.array(z.string().min(1).max(1200)).max(10),
});

export type Guide = z.infer<typeof GuideSchema>;

/** A guide read back and checked against its scenario, or what is wrong with it. */
export function parseGuide(data: unknown, sc: Scenario): { ok: true; guide: Guide } | { ok: false; problems: string[] } {
  const r = GuideSchema.safeParse(data);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(the guide)'}: ${i.message}`) };
  const g = r.data;
  const problems: string[] = [];
  if (g.scenario !== sc.id) problems.push(`scenario: the guide is for "${g.scenario}", not "${sc.id}"`);
  g.plan.forEach((p, i) => p.phase !== PHASES[i] && problems.push(`plan.${i}.phase: the lesson's phases come in the order ${PHASES.join(', ')}`));
  g.preReading.forEach((p, i) => !sc.sources.some((s) => s.id === p.source) && problems.push(`preReading.${i}.source: the scenario has no source "${p.source}"`));
  return problems.length ? { ok: false, problems } : { ok: true, guide: g };
}

/** The plan's minutes, phase by phase, as the class's setup takes them. */
export function planMinutes(g: Guide): Record<(typeof PHASES)[number], number> {
  return Object.fromEntries(g.plan.map((p) => [p.phase, p.minutes])) as Record<(typeof PHASES)[number], number>;
}


/**
 * The guide as a printable page: every section, the content note in full with the passages it comes before,
 * and the debrief questions (`prompts`: the class's own, once a game is played; before, the kinds of
 * question the debrief will ask).
 */
export function guideParts(sc: Scenario, g: Guide, prompts: readonly string[], paper: Paper = 'A4'): { title: string; css: string; body: string } {
  const source = (id: string) => {
    const s = sc.sources.find((x) => x.id === id)!;
    return `${s.author}, ${s.title}`;
  };
  const li = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const note = sc.contentNote
    ? `<p><strong>Content note.</strong> ${escapeHtml(sc.contentNote.text)}</p>${sc.contentNote.before.includes('opening') ? `<h3>Shown before the news that opens the ${escapeHtml(sc.meeting)}</h3><p>${escapeHtml(sc.opening.text)}</p>` : ''}${sc.contentNote.before.includes('epilogue') && sc.epilogue ? `<h3>Shown before the epilogue</h3><p>${escapeHtml(sc.epilogue)}</p>` : ''}`
    : '<p>This scenario has no content note.</p>';
  const debrief = prompts.length
    ? `<ol>${prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ol>`
    : '<p>The debrief questions are written from the class\'s own game once it is played (which argument moved which delegation, where the class departed from the record, whether that was open to the delegates of the time); print this guide again after the votes to have them.</p>';
  const body = [
    `<h1>${escapeHtml(g.title)}</h1>`,
    `<p>${escapeHtml(sc.title)}: ${escapeHtml(sc.dates)}, ${escapeHtml(sc.place)}.</p>`,
    `<h2>Learning objectives</h2>${li(g.objectives)}`,
    `<h2>A lesson of ${g.plan.reduce((n, p) => n + p.minutes, 0)} minutes</h2><table><thead><tr><th>Phase</th><th>Minutes</th><th>What happens</th></tr></thead><tbody>${g.plan.map((p) => `<tr><td>${PHASE_TITLES[p.phase]}</td><td>${p.minutes}</td><td>${escapeHtml(p.what)}</td></tr>`).join('')}</tbody></table>`,
    `<h2>Reading before the lesson</h2><ul>${g.preReading.map((p) => `<li><strong>${escapeHtml(source(p.source))}</strong>: ${escapeHtml(p.what)} ${escapeHtml(p.why)}</li>`).join('')}</ul>`,
    `<h2>The content note</h2>${note}`,
    `<h2>Glossary</h2><dl>${g.glossary.map((x) => `<dt>${escapeHtml(x.term)}</dt><dd>${escapeHtml(x.meaning)}</dd>`).join('')}</dl>`,
    `<h2>Debrief questions</h2>${debrief}`,
    g.curricula.length ? `<h2>Where it may fit a curriculum (${CURRICULUM_STATUS})</h2><ul>${g.curricula.map((c) => `<li><strong>${escapeHtml(c.name)}</strong>: ${escapeHtml(c.fit)} (${escapeHtml(c.status)})</li>`).join('')}</ul>` : '',
    g.notes.length ? `<h2>Notes for the teacher</h2>${li(g.notes)}` : '',
  ].join('');
  return { title: g.title, css: printStyles(paper), body };
}
