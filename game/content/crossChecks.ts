/**
 * Cross-reference checks a JSON Schema cannot express: unique ids, every reference resolves, delegates add
 * up to the stated totals, quotations stay short, the contested vote has what the game needs. Each problem
 * is reported at its path. Imports only zod types.
 */
import type { z } from 'zod';
import { DATE_FORMS, daySpan } from './dates';
import { LIMITS } from './limits';
import type { ScenarioBase } from './schema';

type Raw = z.infer<typeof ScenarioBase>;
type Ctx = z.RefinementCtx;
type Path = (string | number)[];

export const MAX_QUOTE_WORDS = 40;

export function problem(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** The ids of a list, each one used twice reported at its path (`said` words the message). */
export function unique(ctx: Ctx, items: readonly { id: string }[], path: Path, said: (id: string) => string = (id) => `duplicate id "${id}"`): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problem(ctx, [...path, i, 'id'], said(item.id));
    seen.add(item.id);
  });
  return seen;
}

function refs(ctx: Ctx, ids: readonly string[], known: Set<string>, path: Path, what: string): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) problem(ctx, [...path, i], `unknown ${what} "${id}"`);
  });
}

function ref(ctx: Ctx, id: string | null | undefined, known: Set<string>, path: Path, what: string): void {
  if (id != null && !known.has(id)) problem(ctx, path, `unknown ${what} "${id}"`);
}

function keys(ctx: Ctx, rec: Record<string, unknown>, known: Set<string>, path: Path, what: string): void {
  for (const key of Object.keys(rec)) if (!known.has(key)) problem(ctx, [...path, key], `unknown ${what} "${key}"`);
}

export function checkReferences(s: Raw, ctx: Ctx): void {
  const sources = unique(ctx, s.sources, ['sources']);
  const issues = unique(ctx, s.issues, ['issues']);
  const platforms = unique(ctx, s.platforms, ['platforms']);
  const people = unique(ctx, s.people, ['people']);
  const figures = unique(ctx, s.figures, ['figures']);
  unique(ctx, s.delegations, ['delegations']);
  const cards = unique(ctx, s.cards, ['cards']);
  unique(ctx, s.events, ['events']);
  unique(ctx, s.glossary, ['glossary']);
  const agenda = unique(ctx, s.agenda, ['agenda']);
  const cite = (ids: readonly string[], path: Path) => refs(ctx, ids, sources, path, 'source');
  if (!daySpan(s.dates)) problem(ctx, ['dates'], `write the scenario's days as ${DATE_FORMS}, not "${s.dates}"`);

  s.figures.forEach((f, i) => f.values.forEach((v, j) => cite(v.sources, ['figures', i, 'values', j, 'sources'])));
  s.platforms.forEach((p, i) => {
    cite(p.sources, ['platforms', i, 'sources']);
    keys(ctx, p.position, issues, ['platforms', i, 'position'], 'issue');
    for (const issue of issues) if (!Object.hasOwn(p.position, issue)) problem(ctx, ['platforms', i, 'position'], `missing position on issue "${issue}"`);
  });
  s.people.forEach((p, i) => {
    cite(p.sources, ['people', i, 'sources']);
    ref(ctx, p.platform, platforms, ['people', i, 'platform'], 'platform');
  });
  s.delegations.forEach((d, i) => {
    keys(ctx, d.lean, platforms, ['delegations', i, 'lean'], 'platform');
    cite(d.sources, ['delegations', i, 'sources']);
    if (Object.values(d.lean).every((w) => w <= 0)) problem(ctx, ['delegations', i, 'lean'], 'give at least one platform a weight above 0');
    if (d.basis === 'sourced' && d.sources.length === 0) problem(ctx, ['delegations', i, 'sources'], 'a sourced delegation needs a source id');
  });
  s.cards.forEach((c, i) => {
    ref(ctx, c.platform, platforms, ['cards', i, 'platform'], 'platform');
    keys(ctx, c.moves, issues, ['cards', i, 'moves'], 'issue');
    refs(ctx, c.rebuts, cards, ['cards', i, 'rebuts'], 'card');
    c.rebuts.forEach((id, j) => {
      if (s.cards.find((x) => x.id === id)?.platform === c.platform) problem(ctx, ['cards', i, 'rebuts', j], `"${id}" is a card of the same platform: a card rebuts its opponents`);
    });
    cite(c.sources, ['cards', i, 'sources']);
    if (c.quote) {
      ref(ctx, c.quote.source, sources, ['cards', i, 'quote', 'source'], 'source');
      const words = c.quote.text.trim().split(/\s+/).length;
      if (words > MAX_QUOTE_WORDS) problem(ctx, ['cards', i, 'quote', 'text'], `quotation has ${words} words; at most ${MAX_QUOTE_WORDS}`);
      checkQuoteDate(ctx, s, c.quote.date, ['cards', i, 'quote', 'date']);
    }
  });
  s.events.forEach((e, i) => {
    cite(e.sources, ['events', i, 'sources']);
    const wellFormed = (d: string) => /^\d{4}-\d{2}(-\d{2})?$/.test(d);
    if (e.until && wellFormed(e.date) && wellFormed(e.until) && e.until < e.date) problem(ctx, ['events', i, 'until'], 'ends before it begins');
  });
  s.glossary.forEach((t, i) => cite(t.sources, ['glossary', i, 'sources']));
  if (s.contentNote?.before.includes('epilogue') && !s.epilogue) problem(ctx, ['contentNote', 'before'], 'the note is shown before the epilogue, but the scenario has none');
  checkTotals(ctx, s, figures);
  keys(ctx, s.opening.pressure, issues, ['opening', 'pressure'], 'issue');
  cite(s.opening.sources, ['opening', 'sources']);
  ref(ctx, s.opening.figure, figures, ['opening', 'figure'], 'figure');
  s.agenda.forEach((a, i) => {
    const motions = unique(ctx, a.motions, ['agenda', i, 'motions']);
    a.motions.forEach((m, j) => ref(ctx, m.platform, platforms, ['agenda', i, 'motions', j, 'platform'], 'platform'));
    cite(a.record.sources, ['agenda', i, 'record', 'sources']);
    if (a.floor) cite(a.floor.sources, ['agenda', i, 'floor', 'sources']);
    if (a.record.votes) keys(ctx, a.record.votes, motions, ['agenda', i, 'record', 'votes'], 'motion');
    const e = a.record.elected;
    if (e) for (const key of ['full', 'candidates', 'dropped'] as const) refs(ctx, e[key], people, ['agenda', i, 'record', 'elected', key], 'person');
  });
  checkVote(ctx, s, agenda);
  checkFigures(ctx, s);
  checkPlay(ctx, s, { platforms, agenda, cards, issues });
  const shapes = new Map<string, string>();
  s.platforms.forEach((p, i) => {
    if (!p.playable) return;
    const other = shapes.get(p.shape);
    if (other) problem(ctx, ['platforms', i, 'shape'], `"${other}" already uses the ${p.shape}: give each playable platform its own shape`);
    shapes.set(p.shape, p.id);
  });
  const farthest = 2 * Math.sqrt(s.issues.length);
  if (s.vote.abstainBeyond >= farthest) {
    problem(ctx, ['vote', 'abstainBeyond'], `no delegate can be further than ${farthest.toFixed(2)} from a motion on ${s.issues.length} issues, so nobody would ever abstain`);
  }
}

/** References used by the game's rules: the Discussion, event effects, objectives, personas, ballots. */
function checkPlay(ctx: Ctx, s: Raw, known: { platforms: Set<string>; agenda: Set<string>; cards: Set<string>; issues: Set<string> }): void {
  const delegations = new Set(s.delegations.map((d) => d.id));
  ref(ctx, s.discussion.apparatus, known.platforms, ['discussion', 'apparatus'], 'platform');
  s.discussion.rounds.forEach((r, i) => {
    if (r.to < r.from) problem(ctx, ['discussion', 'rounds', i, 'to'], 'the round ends before it begins');
  });
  s.events.forEach((e, i) =>
    e.effect?.lean.forEach((l, j) => {
      ref(ctx, l.delegation, delegations, ['events', i, 'effect', 'lean', j, 'delegation'], 'delegation');
      ref(ctx, l.platform, known.platforms, ['events', i, 'effect', 'lean', j, 'platform'], 'platform');
    }),
  );
  s.platforms.forEach((p, i) => {
    const objective = (field: 'objectives' | 'secret') => (o: Raw['platforms'][number]['objectives'][number], j: number) => {
      const path = ['platforms', i, field, j, 'measure'];
      const m = o.measure;
      if (m.kind === 'cc-full') return ref(ctx, m.platform, known.platforms, [...path, 'platform'], 'platform');
      const item = s.agenda.find((a) => a.id === m.item);
      if (!item) return problem(ctx, [...path, 'item'], `unknown agenda item "${m.item}"`);
      if (m.kind === 'adopted') {
        if (!item.ballot || item.record.adopted === undefined) problem(ctx, [...path, 'item'], `"${m.item}" needs a ballot and record.adopted to be measured`);
        return;
      }
      if (!item.motions.some((x) => x.id === m.motion)) problem(ctx, [...path, 'motion'], `"${m.item}" has no motion "${m.motion}"`);
      if (m.kind === 'ahead') {
        if (!item.motions.some((x) => x.id === m.rival)) problem(ctx, [...path, 'rival'], `"${m.item}" has no motion "${m.rival}"`);
        else if (m.rival === m.motion) problem(ctx, [...path, 'rival'], 'a motion cannot be ahead of itself: name another motion');
        if (!item.record.votes) problem(ctx, [...path, 'item'], `"${m.item}" needs record.votes to compare the two motions with history`);
      }
      if (m.kind === 'delegation') ref(ctx, m.delegation, delegations, [...path, 'delegation'], 'delegation');
    };
    p.objectives.forEach(objective('objectives'));
    p.secret.forEach(objective('secret'));
    if (p.secret.length && !p.playable) problem(ctx, ['platforms', i, 'secret'], 'only a playable platform has a seat to draw a secret objective');
    const deck = s.cards.filter((c) => c.platform === p.id).length;
    if (p.hand !== undefined && p.hand > deck) problem(ctx, ['platforms', i, 'hand'], `a hand of ${p.hand} cards, but the platform has only ${deck} argument cards`);
    (p.dealt ?? []).forEach((id, j) => {
      if (s.cards.find((c) => c.id === id)?.platform !== p.id) problem(ctx, ['platforms', i, 'dealt', j], `"${id}" is not an argument card of this platform`);
    });
    const h = p.history;
    if (!h) return;
    refs(ctx, h.organise, delegations, ['platforms', i, 'history', 'organise'], 'delegation');
    refs(ctx, h.cards, known.cards, ['platforms', i, 'history', 'cards'], 'card');
    h.cards.forEach((id, j) => {
      if (s.cards.find((c) => c.id === id)?.platform !== p.id) problem(ctx, ['platforms', i, 'history', 'cards', j], `"${id}" is not an argument of this platform`);
    });
    refs(ctx, h.concede, known.platforms, ['platforms', i, 'history', 'concede'], 'platform');
    refs(ctx, h.coopt, known.platforms, ['platforms', i, 'history', 'coopt'], 'platform');
    refs(ctx, h.statements, known.agenda, ['platforms', i, 'history', 'statements'], 'agenda item');
  });
  s.agenda.forEach((a, i) => {
    if (a.ballot) keys(ctx, a.ballot.for, known.issues, ['agenda', i, 'ballot', 'for'], 'issue');
  });
}

/**
 * A quotation's date is a date, and no later than the scenario's last day: a card in a November 1920
 * scenario cannot quote a speech of 1921.
 */
function checkQuoteDate(ctx: Ctx, s: Raw, date: string, path: Path): void {
  const said = daySpan(date);
  if (!said) {
    problem(ctx, path, `write when the words were said or published as ${DATE_FORMS}, not "${date}"`);
    return;
  }
  const ends = daySpan(s.dates)?.last;
  if (ends && said.last > ends) problem(ctx, path, `"${date}" is after the scenario ends (${s.dates}): quote only words of its own time`);
}

/** A total or departure count that names a disputed figure must be one of its versions. */
function checkFigures(ctx: Ctx, s: Raw): void {
  const uses: [Path, string | undefined, number][] = [
    [['totals', 'figure'], s.totals.figure, s.totals.voting],
    [['opening', 'figure'], s.opening.figure, s.opening.departures],
  ];
  for (const [path, id, value] of uses) {
    const figure = s.figures.find((f) => f.id === id);
    if (figure && !figure.values.some((v) => v.value === value || String(v.value) === String(value))) {
      problem(ctx, path, `the figure "${figure.id}" has no version equal to ${value}, the number used here`);
    }
  }
}

function checkTotals(ctx: Ctx, s: Raw, figures: Set<string>): void {
  const voting = s.delegations.reduce((n, d) => n + d.voting, 0);
  const consultative = s.delegations.reduce((n, d) => n + d.consultative, 0);
  if (voting + consultative > LIMITS.delegates) problem(ctx, ['delegations'], `${voting + consultative} delegates in all: at most ${LIMITS.delegates}, the game's limit, so that the hall can seat and move every one`);
  if (voting !== s.totals.voting) problem(ctx, ['totals', 'voting'], `delegations add up to ${voting} voting delegates, not ${s.totals.voting}`);
  if (consultative !== s.totals.consultative) {
    problem(ctx, ['totals', 'consultative'], `delegations add up to ${consultative} consultative delegates, not ${s.totals.consultative}`);
  }
  ref(ctx, s.totals.figure, figures, ['totals', 'figure'], 'figure');
  if (s.opening.departures > s.totals.voting) problem(ctx, ['opening', 'departures'], 'more departures than voting delegates');
  if (s.opening.departures > 0 && !s.opening.destination) problem(ctx, ['opening', 'destination'], 'say where the departing delegates go (e.g. "the front"): the game writes "leave for …" and "at …"');
  if (s.opening.departures > 0 && !s.opening.mission) problem(ctx, ['opening', 'mission'], 'say plainly what the departing delegates go there to do: the game shows it where each platform decides how many go');
}

function checkVote(ctx: Ctx, s: Raw, agenda: Set<string>): void {
  if (!agenda.has(s.vote.item)) {
    problem(ctx, ['vote', 'item'], `unknown agenda item "${s.vote.item}"`);
    return;
  }
  const i = s.agenda.findIndex((a) => a.id === s.vote.item);
  const item = s.agenda[i]!;
  if (item.motions.length < 2) problem(ctx, ['agenda', i, 'motions'], 'the contested vote needs at least two motions');
  if (!item.record.votes) problem(ctx, ['agenda', i, 'record', 'votes'], 'the contested vote needs the historical counts to compare with');
  else {
    item.motions.forEach((m) => {
      if (item.record.votes && !Object.hasOwn(item.record.votes, m.id)) problem(ctx, ['agenda', i, 'record', 'votes'], `give the historical count for motion "${m.id}"`);
    });
  }
  const playable = s.platforms.filter((p) => p.playable);
  if (playable.length < 2) problem(ctx, ['platforms'], 'at least two platforms must be playable');
  if (playable.length > LIMITS.playable) problem(ctx, ['platforms'], `at most ${LIMITS.playable} platforms can be playable: the game's limit (one shape each on the hall)`);
  for (const p of playable) {
    const cards = s.cards.filter((c) => c.platform === p.id).length;
    if (!cards) problem(ctx, ['cards'], `playable platform "${p.id}" has no argument cards`);
    if (cards > LIMITS.cardsPerPlatform) problem(ctx, ['cards'], `playable platform "${p.id}" has ${cards} cards: at most ${LIMITS.cardsPerPlatform} a platform, the game's limit, so that every speech can be weighed`);
    if (!item.motions.some((m) => m.platform === p.id)) problem(ctx, ['agenda', i, 'motions'], `playable platform "${p.id}" has no motion in "${item.id}"`);
  }
  item.motions.forEach((m, j) => {
    if (m.platform === null) problem(ctx, ['agenda', i, 'motions', j, 'platform'], 'a motion in the contested vote must belong to a platform');
  });
}
