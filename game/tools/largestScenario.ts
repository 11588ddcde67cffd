/**
 * The largest scenario the limits allow, grown from the 1921 scenario: as many delegations and delegates,
 * playable platforms, cards, issues, rounds, events, agenda items and words as the game accepts. Used to
 * show that "valid" means "playable" (tests/content/limits.test.ts, the browser tests, npm run bench).
 * A tool for Node, not part of the game.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../content/limits';

const SCENARIO_1921 = fileURLToPath(new URL('../../scenarios/1921-tenth-congress.json', import.meta.url));

const pad = (text: string, length: number) => (text + ' ' + 'word '.repeat(length)).slice(0, length);

export function largestScenario(): Record<string, any> {
  const s = JSON.parse(readFileSync(SCENARIO_1921, 'utf8'));
  Object.assign(s, { id: 'largest-within-limits', title: 'The largest scenario within the limits' });
  // four playable platforms (one shape each), eight in all
  const dc = s.platforms.find((p: any) => p.id === 'dc');
  Object.assign(dc, { playable: true, shape: 'diamond' });
  while (s.platforms.length < LIMITS.platforms) s.platforms.push({ ...s.platforms.at(-1), id: `extra-${s.platforms.length}`, playable: false, shape: 'circle' });
  // the most issues: every position, card, pressure and ballot weight stays valid with the new axes at 0
  while (s.issues.length < LIMITS.issues) s.issues.push({ id: `issue-${s.issues.length}`, name: `Issue ${s.issues.length}`, poles: ['less', 'more'] });
  for (const p of s.platforms) for (const i of s.issues) p.position[i.id] ??= 0;
  // cards: the most for each playable platform, rebutting what they can
  const byPlatform = (id: string) => s.cards.filter((c: any) => c.platform === id);
  for (const p of s.platforms.filter((x: any) => x.playable)) {
    const own = byPlatform(p.id);
    for (let n = own.length; n < LIMITS.cardsPerPlatform; n++) s.cards.push({ ...own[n % own.length], id: `${p.id}-extra-${n}`, title: `${own[n % own.length].title} (${n})`, claim: pad(own[n % own.length].claim, LIMITS.textLength) });
  }
  // dc's motion in the contested vote, and its historical count
  const contested = s.agenda.find((a: any) => a.id === s.vote.item);
  contested.motions.push({ id: 'dc-motion', title: 'the Democratic Centralists\' resolution', platform: 'dc' });
  contested.record.votes['dc-motion'] = 0;
  // delegations: the most, sharing out the most delegates
  const base = s.delegations.map((d: any) => ({ ...d }));
  s.delegations = Array.from({ length: LIMITS.delegations }, (_, i) => ({ ...base[i % base.length], id: `${base[i % base.length].id}-${i}`, name: `${base[i % base.length].name} ${i}`, rationale: pad(base[i % base.length].rationale, LIMITS.textLength) }));
  const each = Math.floor(LIMITS.delegates / LIMITS.delegations);
  for (const d of s.delegations) Object.assign(d, { voting: Math.ceil(each * 0.7), consultative: each - Math.ceil(each * 0.7), lean: { ...d.lean, dc: 3, wo: LIMITS.lean } });
  s.totals = { voting: s.delegations.reduce((n: number, d: any) => n + d.voting, 0), consultative: s.delegations.reduce((n: number, d: any) => n + d.consultative, 0) };
  s.opening = { ...s.opening, departures: Math.round(s.totals.voting * 0.4) };
  delete s.opening.figure;
  s.platforms.forEach((p: any) => p.history && (p.history.organise = [s.delegations[0].id]));
  const renamed = (id: string) => `${id}-${base.findIndex((d: any) => d.id === id)}`;
  for (const p of s.platforms) for (const o of p.secret ?? []) if (o.measure.kind === 'delegation') o.measure.delegation = renamed(o.measure.delegation);
  // rounds and events: the most, each event moving a conference
  s.discussion.rounds = Array.from({ length: LIMITS.rounds }, (_, i) => ({ title: `Round ${i + 1}`, from: `1921-0${1 + Math.floor(i / 2)}-${i % 2 ? '16' : '01'}`, to: `1921-0${1 + Math.floor(i / 2)}-${i % 2 ? '28' : '15'}` }));
  const event = { ...s.events[0] };
  delete event.until;
  s.events = Array.from({ length: LIMITS.events }, (_, i) => ({ ...event, id: `event-${i}`, date: `1921-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`, text: pad(event.text, LIMITS.textLength), effect: { lean: [{ delegation: s.delegations[i % LIMITS.delegations].id, platform: 'ten', weight: LIMITS.eventWeight }] } }));
  // agenda: the most items, the extra ones yes-or-no resolutions
  const resolution = s.agenda.find((a: any) => a.ballot);
  while (s.agenda.length < LIMITS.agenda) s.agenda.push({ ...resolution, id: `resolution-${s.agenda.length}`, title: `Resolution ${s.agenda.length}` });
  s.agenda.find((a: any) => a.seats).seats = { full: LIMITS.committeeSeats, candidates: LIMITS.committeeSeats };
  return s;
}
