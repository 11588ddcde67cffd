/**
 * The replay's controls: where the replay stands (command k of n, and what that command did), a step
 * back and forward, the start and the end, and a list to jump to any command. Builders only: they send
 * replay events and never change the match.
 */
import type { MatchView } from '../match/view';
import { platformIn } from '../words/narrate';
import { button, el } from './dom';
import type { Screen } from './screen';
import type { ViewContext } from './ViewContext';

export function replayControls(ctx: ViewContext, screen: Screen, v: MatchView): HTMLElement {
  const { cursor, total, entries } = screen.replay!;
  const to = (n: number) => ctx.actor.send({ type: 'replay.to', cursor: n });
  const box = el('div', { class: 'replay' });
  const done = cursor === 0 ? 'The start of the game.' : `After command ${cursor} of ${total}: ${entries[cursor - 1]!.label}.`;
  box.append(el('p', { role: 'status', 'data-test': 'replay-status' }, done));
  for (const line of v.log.filter((l) => cursor > 0 && l.at === cursor - 1)) box.append(el('p', { class: 'source' }, line.text));
  const nav = el('div', { role: 'group', 'aria-label': 'Step through the game', class: 'replay-nav' });
  const step = (label: string, target: number, test: string) => button(label, () => to(target), { disabled: target === cursor || target < 0 || target > total, 'data-test': test });
  nav.append(step('Start', 0, 'replay-start'), step('Back', cursor - 1, 'replay-back'), step('Forward', cursor + 1, 'replay-forward'), step('End', total, 'replay-end'));
  box.append(nav);
  const select = el('select', { id: 'replay-to' });
  select.append(el('option', { value: '0', selected: cursor === 0 }, '0: the start'));
  entries.forEach((e, i) => select.append(el('option', { value: String(i + 1), selected: cursor === i + 1 }, `${i + 1}: ${e.label}${e.human ? ' (a player’s decision)' : ''}`)));
  box.append(el('label', { for: 'replay-to' }, 'Go to a command'), select, button('Go', () => to(Number(select.value)), { 'data-test': 'replay-go' }));
  const next = entries[cursor];
  if (next?.human && next.seat) {
    const name = platformIn(ctx.scenario, next.seat);
    box.append(
      el('h3', {}, 'What if…'),
      el('p', {}, `Next, ${name} decided: ${next.label}. Decide again from here and play on; the game as it was is kept for comparison at the end.`),
      button(`What if ${name} had decided otherwise?`, () => ctx.actor.send({ type: 'replay.whatIf', at: cursor }), { 'data-test': 'what-if' }),
    );
  } else if (entries.some((e) => e.human)) {
    box.append(el('p', { class: 'source' }, 'Step to a decision a player took to ask "what if…" from there.'));
  }
  box.append(button('Back to the game', () => ctx.actor.send({ type: 'replay.close' }), { class: 'primary', 'data-test': 'replay-close' }));
  return box;
}
