/**
 * The hall's control panel, as DOM: what the viewer's seat may do in each part of the game (organise in
 * the Discussion, choose who leaves, form the presidium, speak or object, draw up the slate), the forecast
 * before a vote and the breakdown after it, and a waiting note while the computer plays. Every control is
 * one of the seat's legal commands, as the view lists them; when a speech being put together is not
 * allowed, the panel asks the rules why. Builders only: they call back and never change the game.
 */
import { votedItem, type Scenario } from '../content/schema';
import type { Mark } from '../match/marks';
import type { ConferenceView, Estimate, MatchView, YourPart } from '../match/view';
import type { FloorEffect } from '../ai/evaluate';
import { STATEMENTS } from '../rules/floor';
import { yearOf } from '../rules/agenda';
import { itemOf } from '../rules/agenda';
import { MAX_CARDS_PER_SPEECH, OBJECTION_MINUTES } from '../rules/congress';
import { DEBATE_ROUNDS } from '../rules/setup';
import type { Ballot, Command, FloorChoice, SeatCommand } from '../rules/types';
import { capital, delegationIn, destinationOf, listOf, platformIn, reasonOf } from '../words/narrate';
import { audienceIn } from '../content/names';
import type { Codex } from './codex';
import { button, el, toggle } from './dom';

export type Act = (command: SeatCommand) => void;
/** Why a command would be refused now (null when allowed): the rules' answer, for the panel to show. */
export type Ask = (command: Command) => string | null;

const nameOf = (sc: Scenario, platform: string) => sc.platforms.find((p) => p.id === platform)?.name ?? platform;
const ofType = <T extends SeatCommand['type']>(legal: readonly SeatCommand[], type: T) => legal.filter((c): c is Extract<SeatCommand, { type: T }> => c.type === type);

/** "elected", or "elected (in this game)" where the delegation's figures are the game's estimate. */
const electedAs = (d: { basis: string }) => (d.basis === 'estimate' ? 'elected (in this game)' : 'elected');

export function waiting(sc: Scenario, v: MatchView): HTMLElement {
  const seats = v.due.kind === 'seats' ? v.due.seats : [];
  const text = seats.length ? `The ${seats.map((s) => nameOf(sc, s)).join(' and the ')} ${seats.length > 1 ? 'are' : 'is'} deciding…` : 'The chair calls the next item…';
  return el('p', { class: 'waiting', 'aria-busy': 'true' }, text);
}

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', { class: 'choice-group', 'aria-label': title }, el('h3', {}, title), ...children);
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** What an estimate says, in a few words: "+7 voting delegates for you", "your motion 14 → 19". */
export function estimateText(e: Estimate | null | undefined): string {
  if (!e || e.kind === 'floor') return '';
  if (e.kind === 'seats') return `${signed(e.gain)} voting delegate${Math.abs(e.gain) === 1 ? '' : 's'} for you`;
  return e.after === e.before ? `your motion stays at about ${e.before} votes` : `your motion from ${e.before} to about ${e.after} votes`;
}

/** A conference's leaning and the seats it would give now, in short: "Ten 66%, T–B 11%…; projected Ten 46, T–B 8". */
export function conferenceText(sc: Scenario, c: ConferenceView): string {
  const short = (id: string) => sc.platforms.find((p) => p.id === id)?.short ?? id;
  const order = sc.platforms.map((p) => p.id);
  const lean = order.filter((p) => (c.lean[p] ?? 0) >= 0.005).map((p) => `${short(p)} ${Math.round((c.lean[p] ?? 0) * 100)}%`).join(', ');
  const seats = order.filter((p) => (c.projected[p] ?? 0) > 0).map((p) => `${short(p)} ${c.projected[p]}`).join(', ');
  return `leans ${lean}; projected seats ${seats || 'none'}`;
}

type DiscussionCommand = Extract<SeatCommand, { type: 'organise' | 'meeting' | 'publish' | 'demand-proportional' | 'transfer' }>;

/** The words of one Discussion action, for its option and its button: "Organise in Petrograd". */
function actionLabel(sc: Scenario, a: DiscussionCommand): string {
  switch (a.type) {
    case 'organise': return `Organise in ${delegationIn(sc, a.delegation)}`;
    case 'meeting': return `Meetings for the ${audienceIn(a.kind)} delegations`;
    case 'publish': return 'Publish the theses in the party press';
    case 'demand-proportional': return `Demand election by platform in ${delegationIn(sc, a.delegation)}`;
    case 'transfer': return `Transfer activists of ${platformIn(sc, a.platform)} out of ${delegationIn(sc, a.delegation)}`;
  }
}

const GROUP_TITLE: Record<DiscussionCommand['type'], string> = {
  organise: 'Send organisers to one conference',
  meeting: 'Hold meetings for one kind of delegation',
  publish: 'Publish your theses (once a game)',
  'demand-proportional': 'Demand election by platform',
  transfer: 'Transfer activists (the apparatus)',
};

/**
 * The Discussion's decision: one list of every action the seat may take, grouped by kind, each with what
 * it should win (the computer's own estimate); below it, the chosen action's conference (how it leans,
 * what it would elect now) and one button to take it. `choose(delegation)` lets the hall preselect a
 * conference the player points at.
 */
export function discussionControls(sc: Scenario, v: MatchView, you: YourPart, act: Act, codex: Codex): { box: HTMLElement; first: HTMLElement; choose(delegation: string): void } {
  const round = sc.discussion.rounds[v.round];
  const box = el('div', {});
  box.append(el('p', {}, `Round ${v.round + 1} of ${sc.discussion.rounds.length}${round ? `: ${round.title}` : ''}. Choose one action for ${platformIn(sc, you.seat)}. The hall shows the seats each conference would elect now.`));
  const actions = you.legal.map((a, i) => ({ a, i })).filter((x): x is { a: DiscussionCommand; i: number } => x.a.type in GROUP_TITLE);
  const select = el('select', { id: 'discussion-action', 'aria-label': 'Your action in this round', 'data-test': 'discussion-action' });
  for (const type of Object.keys(GROUP_TITLE) as DiscussionCommand['type'][]) {
    const group = actions.filter((x) => x.a.type === type);
    if (!group.length) continue;
    const optgroup = el('optgroup', { label: GROUP_TITLE[type] });
    for (const { a, i } of group) {
      const d = 'delegation' in a && a.type === 'organise' ? sc.delegations.find((x) => x.id === a.delegation) : undefined;
      const size = d ? ` (${d.voting}, ${v.rules[d.id] === 'majority' ? 'winner-take-all' : 'proportional'})` : '';
      optgroup.append(el('option', { value: String(i), 'data-delegation': a.type === 'organise' ? a.delegation : undefined }, `${actionLabel(sc, a)}${size}: ${estimateText(you.estimates[i])}`));
    }
    select.append(optgroup);
  }
  const detail = el('div', { class: 'action-detail', 'aria-live': 'polite', 'data-test': 'action-detail' });
  const go = button('', () => {
    const chosen = you.legal[Number(select.value)];
    if (chosen) act(chosen);
  }, { class: 'primary', 'data-test': 'discussion-go' });
  const show = () => {
    const i = Number(select.value);
    const a = you.legal[i] as DiscussionCommand | undefined;
    if (!a) return;
    go.textContent = `${actionLabel(sc, a)} (${estimateText(you.estimates[i])})`;
    const parts: (Node | string)[] = [];
    const where = 'delegation' in a ? sc.delegations.find((d) => d.id === a.delegation) : undefined;
    if (where) {
      const c = v.conferences?.find((x) => x.id === where.id);
      const rule = v.rules[where.id] === 'majority' ? 'winner-take-all: the strongest platform takes every bound seat' : 'proportional: seats shared by leaning';
      const basis = where.basis === 'estimate' ? 'A game estimate, not a historical figure' : 'From the sources';
      parts.push(
        el('p', {}, el('strong', {}, `${capital(delegationIn(sc, where.id))}: `), `${where.voting} voting delegates, ${electedAs(where)} ${rule}. ${c ? `It ${conferenceText(sc, c)}.` : ''}`),
        button(`Where the figures for ${delegationIn(sc, where.id)} come from`, () => codex.cite(where.name, where.sources, undefined, `${basis}: ${where.rationale}.`), { class: 'cite' }),
      );
    }
    parts.push(el('p', { class: 'source' }, `Expected: ${estimateText(you.estimates[i])}, with luck at its average (the same estimate the computer makes for its own moves). About 3 in 10 of each conference's delegates are elected bound to no platform and can still be won in the debate.`));
    detail.replaceChildren(...parts);
  };
  select.addEventListener('change', show);
  show();
  box.append(el('label', { for: 'discussion-action' }, 'Your action'), select, go, detail);
  return {
    box,
    first: select,
    choose(delegation) {
      const option = [...select.options].find((o) => o.dataset.delegation === delegation);
      if (!option) return;
      select.value = option.value;
      show();
    },
  };
}

const VOLUNTEER_LABEL = { few: 'Few: keep most of our delegates in the hall', share: 'Our fair share', many: 'Many: more than our share' } as const;

export function volunteerControls(sc: Scenario, you: YourPart, act: Act): HTMLElement {
  const to = destinationOf(sc);
  if (you.sealed?.type === 'volunteer') {
    return section(`Who leaves for ${to}`, el('p', { role: 'status' }, `Your choice is sealed: ${VOLUNTEER_LABEL[you.sealed.level].toLowerCase()}. The choices are revealed together once every platform has chosen.`));
  }
  return section(
    `How many of your delegates go to ${to}?`,
    el('p', {}, sc.opening.mission ?? ''),
    el('p', {}, 'Delegates who leave cannot vote. A game rule, not a fact of the sources: the hall hears less readily a platform that keeps its delegates back, and more readily one that sends more than its share, which loses votes. Every platform chooses in secret; the choices are revealed together.'),
    ...ofType(you.legal, 'volunteer').map((a) => button(VOLUNTEER_LABEL[a.level], () => act(a))),
  );
}

/** Toggle buttons for a set of rival platforms and a button to confirm: the presidium and the slate. */
export function chairControls(sc: Scenario, v: MatchView, you: YourPart, kind: 'presidium' | 'slate', act: Act): HTMLElement {
  const chosen = new Set<string>();
  const options = you.legal.filter((c): c is Extract<SeatCommand, { type: 'presidium' | 'slate' }> => c.type === kind);
  const setOf = (c: (typeof options)[number]) => (c.type === 'presidium' ? c.concede : c.coopt);
  const rivals = v.seats.map((s) => s.id).filter((id) => id !== you.seat);
  const item = v.nextItem ? itemOf(sc, v.nextItem).title : '';
  const text =
    kind === 'presidium'
      ? 'You hold the chair. Each rival given a presidium place gets more floor time (taken from yours), and its delegates warm to unity.'
      : `Draw up the slate for ${item}. Rivals on your slate are offered at least two places, which they may accept or decline; rivals left off win half their fair share.`;
  const toggles = rivals.map((r) => toggle(nameOf(sc, r), false, (on) => (on ? chosen.add(r) : chosen.delete(r)), { 'data-rival': r }));
  const confirm = button(kind === 'presidium' ? 'Form the presidium' : 'Submit the slate', () => {
    const command = options.find((c) => setOf(c).length === chosen.size && setOf(c).every((p) => chosen.has(p)));
    if (command) act(command);
  }, { class: 'primary' });
  return section(kind === 'presidium' ? 'The presidium' : 'The slate', el('p', {}, text), el('div', { role: 'group', 'aria-label': 'Rivals' }, ...toggles), confirm);
}

const FLOOR_BUTTON: Record<FloorChoice, string> = {
  silent: 'No statement',
  statement: 'Make a statement from the floor',
  amendment: 'Move an amendment',
  accept: 'Accept the places',
  decline: 'Decline the places',
};

/** What a decision from the floor should do, in a few words: "sure votes against it: 6 → about 11". */
export function floorEstimateText(sc: Scenario, e: FloorEffect): string {
  const what = e.option === null ? 'your full members of the committee' : `sure votes ${e.option === 'for' ? 'for the resolution' : e.option === 'against' ? 'against it' : `for ${sc.agenda.flatMap((a) => a.motions).find((m) => m.id === e.option)?.title ?? e.option}`}`;
  return e.after === e.before ? `${what} stay at ${e.before}` : `${what}: ${e.before} → about ${e.after}`;
}

/**
 * The decision every platform takes before a vote: a statement from the floor (a few for the whole
 * congress), an amendment to a yes-or-no resolution, nothing, or, for a rival on the chair's slate, its
 * places taken or declined; each with what it should do (the computer's own estimate), and what the
 * platforms did before this vote in history.
 */
export function floorControls(sc: Scenario, v: MatchView, you: YourPart, act: Act, codex: Codex): { box: HTMLElement; first: HTMLElement | null } {
  const item = itemOf(sc, v.nextItem!);
  const left = STATEMENTS - (v.statements[you.seat] ?? 0);
  const options = you.legal.map((a, i) => ({ a, i })).filter((x): x is { a: Extract<SeatCommand, { type: 'declare' }>; i: number } => x.a.type === 'declare');
  const onSlate = options.some((x) => x.a.choice === 'accept');
  const intro = onSlate
    ? "The chair's slate offers your leaders places on the committee. Accepting seats them on the committee, under its decisions and discipline; declining leaves you to stand on your own list, which wins half your fair share. (A game rule: the sources say only who was elected.)"
    : `Each platform decides once before each vote, in the speakers' order, the chair last. You have ${left} of ${STATEMENTS} statements from the floor left for the whole ${sc.meeting}.`;
  const box = section('Before the vote: your decision', el('p', {}, intro));
  let first: HTMLElement | null = null;
  for (const { a, i } of options) {
    const e = you.estimates[i];
    const effect = e && e.kind === 'floor' ? floorEstimateText(sc, e) : '';
    let note = '';
    if (a.choice === 'statement') note = `Your case once more, on the issues this vote weighs: ${effect}.`;
    if (a.choice === 'silent') note = left > 0 && !onSlate ? 'Keep your statements for a later vote.' : 'Let the vote be taken as it stands.';
    if (a.choice === 'amendment' && e?.kind === 'floor' && e.amendment) {
      const v2 = e.amendment;
      note = v2.carried
        ? `Voted first: it should be carried, ${v2.for} to ${v2.against} (those sure of your side and the undecided, against those sure of the other). Then ${effect}.`
        : `Voted first: it should be defeated, ${v2.for} to ${v2.against}, and a defeat costs you standing (your later statements carry less).`;
    }
    if (a.choice === 'accept') {
      // a resolution this congress adopted with a part kept secret binds the committee's members too
      const binding = v.ballots.map((b) => ({ b, it: itemOf(sc, b.item) })).find(({ b, it }) => b.adopted === 'for' && it.secret);
      note = `Then ${effect}.${binding ? ` This congress adopted "${binding.it.title}": ${binding.it.secret}` : ''}`;
    }
    if (a.choice === 'decline') note = `Then ${effect}; your leaders stay free of the committee's discipline.`;
    const b = button(FLOOR_BUTTON[a.choice], () => act(a), { 'data-test': `floor-${a.choice}`, 'aria-describedby': `floor-note-${a.choice}` });
    first ??= b;
    box.append(el('div', { class: 'floor-choice' }, b, el('p', { id: `floor-note-${a.choice}`, class: 'source' }, note)));
  }
  if (item.floor) {
    const f = item.floor;
    box.append(el('p', { class: 'source' }, el('strong', {}, `In ${yearOf(sc)}: `), f.text), button(`Sources for the floor in ${yearOf(sc)}`, () => codex.cite(item.title, f.sources, f.confidence), { class: 'cite' }));
  }
  return { box, first };
}

/** Whom a card reaches most and what it answers, in words: "Reaches most the industrial and provincial delegations. Answers: “…” (T–B)." */
export function cardReach(sc: Scenario, card: Scenario['cards'][number]): string {
  const reach = card.audiences.length ? `Reaches most the ${listOf(card.audiences.map(audienceIn))} delegations; the rest less.` : 'Reaches every delegation alike.';
  const answers = card.rebuts.map((id) => sc.cards.find((c) => c.id === id)).filter((c) => c !== undefined);
  const answer = answers.length ? ` Answers ${listOf(answers.map((c) => `“${c.title}” (${sc.platforms.find((p) => p.id === c.platform)?.short ?? c.platform})`))}, taking back part of it if it was made.` : '';
  return `${reach}${answer}`;
}

export function debateControls(sc: Scenario, v: MatchView, you: YourPart, act: Act, ask: Ask, codex: Codex): HTMLElement {
  const chosen = new Set<string>();
  const left = v.minutes[you.seat] ?? 0;
  const deck = sc.cards.filter((c) => c.platform === you.seat);
  const box = el('div', {});
  const lastRound = v.round + 1 >= DEBATE_ROUNDS;
  const plan = lastRound ? 'This is the last round: what you do not use now is not used.' : `What you do not use now is left for round ${v.round + 2}.`;
  const status = el('p', { 'aria-live': 'polite', 'data-test': 'floor-plan' });
  const forecastLine = el('p', { class: 'forecast', 'aria-live': 'polite', 'data-test': 'speech-forecast' });
  box.append(el('p', {}, `Round ${v.round + 1} of the speakers' list (${DEBATE_ROUNDS} rounds). An argument moves the delegates it reaches most; one that answers an argument already made takes back part of it.`), status);
  const speeches = you.legal.map((c, i) => ({ c, i })).filter((x): x is { c: Extract<SeatCommand, { type: 'speak' }>; i: number } => x.c.type === 'speak');
  const cards = () => deck.filter((c) => chosen.has(c.id)).map((c) => c.id);
  const speech = () => speeches.find((s) => s.c.cards.length === chosen.size && s.c.cards.every((c) => chosen.has(c)));
  const deliver = button('Deliver the speech', () => {
    const s = speech();
    if (s) act(s.c);
  }, { class: 'primary', disabled: true, 'data-test': 'deliver' });
  const update = () => {
    const used = deck.filter((c) => chosen.has(c.id)).reduce((n, c) => n + c.minutes, 0);
    const allowed = speech();
    const why = chosen.size && !allowed ? ask({ type: 'speak', seat: you.seat, cards: cards() }) : null;
    const fits = left === 0 ? `You have no floor time left${lastRound ? '' : ' for this round or the next'}: ${ofType(you.legal, 'object').length ? 'object to an argument, or ' : ''}yield the floor.` : `You have ${left} minutes of floor time. Choose arguments worth up to ${left} minutes (at most ${MAX_CARDS_PER_SPEECH}).`;
    const planned = chosen.size ? ` This speech takes ${used}; ${Math.max(0, left - used)} would be left. ${plan}` : ` ${plan}`;
    status.textContent = `${fits}${planned}${why ? ` Not allowed: ${why}.` : ''}`;
    forecastLine.textContent = allowed ? `Forecast: ${estimateText(you.estimates[allowed.i])}, with an average delivery (the computer's own estimate).` : chosen.size ? '' : 'Choose arguments to see the speech\'s forecast.';
    deliver.disabled = !allowed;
  };
  // the hand is one stop for Tab: the arrow keys move between its cards (Space or Enter picks one)
  const list = el('ul', { class: 'cards', 'aria-label': 'Your hand of argument cards (arrow keys move between them)' });
  const readings = el('details', { class: 'readings' }, el('summary', {}, 'What each argument says, and its sources'));
  const hand = new Set(you.hand);
  const unseen = deck.filter((c) => !hand.has(c.id) && !v.played.some((p) => p.card === c.id)).length;
  box.append(el('p', { class: 'source' }, `Your hand holds ${you.hand.length} of your arguments; ${unseen ? `${unseen} more wait in your deck, and each speech is replaced from it.` : 'your deck is used up.'} Only you see your hand.`));
  const toggles: HTMLButtonElement[] = [];
  for (const card of deck.filter((c) => hand.has(c.id))) {
    const single = speeches.find((s) => s.c.cards.length === 1 && s.c.cards[0] === card.id);
    const alone = single ? ` Alone: ${estimateText(you.estimates[single.i])}.` : card.minutes > left ? ` Needs ${card.minutes} minutes; you have ${left}.` : '';
    const t = toggle(`${card.title} (${card.minutes} min)`, false, (pressed) => {
      if (pressed) chosen.add(card.id);
      else chosen.delete(card.id);
      update();
    }, { 'data-card': card.id, tabindex: toggles.length ? '-1' : '0' });
    toggles.push(t);
    const quote = card.quote;
    const quoted = quote ? el('blockquote', {}, `“${quote.text}” — ${quote.speaker}, ${quote.date}. `, button('Source of the quotation', () => codex.cite(`the quotation on “${card.title}”`, [quote.source], quote.confidence), { class: 'cite' })) : '';
    const cite = button(`Sources for “${card.title}”`, () => codex.cite(`“${card.title}”`, card.sources, card.confidence), { class: 'cite', 'data-cite': card.id });
    list.append(el('li', {}, t, el('p', { class: 'reach', 'data-test': 'card-reach' }, `${cardReach(sc, card)}${alone}`)));
    readings.append(el('h4', {}, card.title), el('p', {}, card.claim), quoted, cite);
  }
  list.addEventListener('keydown', (e) => {
    const at = toggles.indexOf(document.activeElement as HTMLButtonElement);
    const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
    if (at < 0 || !step) return;
    e.preventDefault();
    const next = toggles[(at + step + toggles.length) % toggles.length]!;
    for (const t of toggles) t.tabIndex = t === next ? 0 : -1;
    next.focus();
  });
  box.append(deliver, forecastLine, list, readings);
  const objections = ofType(you.legal, 'object');
  if (objections.length) {
    const select = el('select', { id: 'objection-choice', 'aria-label': 'The argument to object to' });
    objections.forEach((a) => select.append(el('option', { value: String(you.legal.indexOf(a)) }, `“${sc.cards.find((c) => c.id === a.card)!.title}”: ${estimateText(you.estimates[you.legal.indexOf(a)])}`)));
    const object = button('Object to it', () => {
      const chosen = you.legal[Number(select.value)];
      if (chosen) act(chosen);
    }, { 'data-test': 'object' });
    box.append(section(`Object instead (${OBJECTION_MINUTES} minutes)`, select, object));
  }
  const pass = ofType(you.legal, 'pass')[0];
  if (pass) box.append(button('Yield the floor', () => act(pass)));
  update();
  return box;
}

/** The forecast for the next vote: sure votes for each option, undecided and abstaining. */
export function forecastView(sc: Scenario, v: MatchView): HTMLElement {
  const f = v.forecast;
  if (!v.nextItem || !f) return el('p', {}, 'Every vote has been taken.');
  const item = itemOf(sc, v.nextItem);
  const label = (o: string) => (o === 'for' || o === 'against' ? o : (sc.agenda.flatMap((a) => a.motions).find((m) => m.id === o)?.title ?? o));
  const lines = Object.entries(f.sure).map(([o, n]) => el('li', {}, `${label(o)}: ${n}`));
  const what = item.seats ? `${item.title}: the seats follow the vote on ${votedItem(sc).title}, so the forecast counts it.` : item.title;
  return section('Forecast', el('p', {}, what), el('ul', { 'aria-label': 'Forecast' }, ...lines, el('li', {}, `undecided: ${f.undecided}`), el('li', {}, `would abstain: ${f.abstaining}`)), item.secret ? el('p', { class: 'source' }, `Kept secret at the time: ${item.secret}`) : '');
}

export function voteTable(sc: Scenario, ballot: Ballot): HTMLElement {
  const item = itemOf(sc, ballot.item);
  const options = Object.keys(ballot.votes);
  const label = (o: string) => (o === 'for' || o === 'against' ? o : (sc.platforms.find((p) => p.id === sc.agenda.flatMap((a) => a.motions).find((m) => m.id === o)?.platform)?.short ?? o));
  const table = el('table', { class: 'breakdown' });
  table.append(el('caption', {}, `How each delegation voted: ${item.title}`));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Delegation'), ...options.map((o) => el('th', { scope: 'col' }, label(o))), el('th', { scope: 'col' }, 'Why'))));
  const body = el('tbody', {});
  for (const t of ballot.byDelegation) {
    const name = sc.delegations.find((d) => d.id === t.delegation)!.name;
    body.append(el('tr', { 'data-delegation': t.delegation }, el('th', { scope: 'row' }, name), ...options.map((o) => el('td', {}, String(t.votes[o] ?? 0))), el('td', {}, reasonOf(sc, ballot.item, t))));
  }
  table.append(body);
  const seats = ballot.seats ? el('ul', { 'aria-label': 'Seats won' }, ...Object.entries(ballot.seats).map(([p, s]) => el('li', {}, `${nameOf(sc, p)}: ${s.full} full members, ${s.candidates} candidates`))) : '';
  return el('div', {}, seats, table);
}

/** One sentence on a delegation as it stands: its size, its rule, how its delegates lean, and why. */
export function delegationDetails(sc: Scenario, v: MatchView, delegationId: string): string {
  const d = sc.delegations.find((x) => x.id === delegationId)!;
  const counts: Record<string, number> = {};
  for (const x of v.delegates) {
    if (x.group !== d.id || !x.voting) continue;
    const key = x.mark.kind === 'unelected' ? 'not yet elected' : !x.present ? `at ${destinationOf(sc)}` : (sc.platforms.find((p) => p.id === x.elected)?.short ?? 'bound to no platform');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const lean = Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
  const rule = v.rules[d.id] === 'majority' ? 'winner-take-all' : 'proportional';
  const lastBallot = v.ballots.at(-1);
  const tally = lastBallot?.byDelegation.find((t) => t.delegation === d.id);
  const last = lastBallot && tally ? reasonOf(sc, lastBallot.item, tally) : '';
  const basis = d.basis === 'estimate' ? `Game estimate: ${d.rationale}.` : `${d.rationale}.`;
  return `${d.name}: ${d.voting} voting and ${d.consultative} consultative delegates, ${electedAs(d)} ${rule}. Voting delegates: ${lean}. ${basis}${last ? ` Last vote: ${last}` : ''}`;
}

/** A list of the delegations; focusing or choosing one shows who they are, how they lean and why. */
export function delegationList(sc: Scenario, v: MatchView, show: (text: string, delegation: string) => void): HTMLElement {
  const list = el('ul', { class: 'choices', 'aria-label': 'Delegations in the hall' });
  for (const d of sc.delegations) {
    const b = button(d.name, () => show(delegationDetails(sc, v, d.id), d.id), { 'data-about': d.id });
    b.addEventListener('focus', () => show(delegationDetails(sc, v, d.id), d.id));
    list.append(el('li', {}, b));
  }
  return el('details', { class: 'delegations' }, el('summary', {}, 'Who sits in the hall'), list);
}

/** A mark in a few words: "WO", "undecided", "abstained". */
function markWord(sc: Scenario, m: Mark): string {
  if (m.kind === 'leaning' || m.kind === 'projected') return sc.platforms.find((p) => p.id === m.platform)?.short ?? m.platform;
  return { unelected: 'not elected', away: 'away', undecided: 'undecided', abstained: 'abstained' }[m.kind];
}

/** The delegates (by their place in the hall) whose mark differs between two views. */
export function movedIndices(before: MatchView, after: MatchView): number[] {
  return after.delegates.map((d, i) => (before.delegates[i] && JSON.stringify(d.mark) !== JSON.stringify(before.delegates[i]!.mark) ? i : -1)).filter((i) => i >= 0);
}

/**
 * Which delegates the last speech or objection moved, and how far: per delegation, how many went from one
 * mark to another ("Petrograd: 4 undecided → WO"). Empty when the step was not a speech or an objection.
 */
export function movesText(sc: Scenario, before: MatchView, after: MatchView): string {
  const spoke = after.log.filter((l) => l.at >= before.step && (l.kind === 'speech' || l.kind === 'objection' || l.kind === 'statement'));
  if (!spoke.length) return '';
  const by = new Map<string, Map<string, number>>();
  let total = 0;
  for (const i of movedIndices(before, after)) {
    const d = after.delegates[i]!;
    const was = before.delegates[i]!;
    if (!d.voting) continue;
    const key = `${markWord(sc, was.mark)} → ${markWord(sc, d.mark)}`;
    const own = by.get(d.group) ?? new Map<string, number>();
    own.set(key, (own.get(key) ?? 0) + 1);
    by.set(d.group, own);
    total++;
  }
  const last = spoke.at(-1)!;
  const what = { speech: 'The last speech', objection: 'The last objection', statement: 'The last statement from the floor' }[last.kind as 'speech' | 'objection' | 'statement'];
  const who = `${what}${last.seat ? `, by ${platformIn(sc, last.seat)},` : ''}`;
  if (!total) return `${who} moved no voting delegate far enough to change how they lean.`;
  const parts = [...by.entries()].map(([g, moves]) => `${capital(delegationIn(sc, g))}: ${[...moves.entries()].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  return `${who} changed how ${total === 1 ? '1 voting delegate leans' : `${total} voting delegates lean`} (ringed in red in the hall). ${parts.join('; ')}.`;
}
