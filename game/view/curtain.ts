/**
 * Players at one screen: the privacy curtain and the reveal of sealed choices, drawn over the whole page.
 * The curtain comes up whenever a human seat's private screen is next: "Pass the device to <name>", until
 * that player confirms. While it is up the screen behind it is the public view (the scenes draw what the
 * screen says), and the page behind it is inert: out of the keyboard's reach and the accessibility tree.
 * When the players' sealed choices are revealed, the choices appear one by one (at once with reduced
 * motion), and the reveal can be skipped; the computer waits while it shows. (With one player the reveal
 * is the record's lines, as before: nobody needs to look away.) Reads the screen, sends events; decides nothing.
 */
import { platformIn, type Line } from '../words/narrate';
import { button, el } from './dom';
import type { ViewContext } from './ViewContext';

export interface Overlays {
  /** Whether an overlay is up that the computer's moves should wait for (the reveal). */
  holding(): boolean;
  onRelease(listener: () => void): void;
}

const STEP_MS = 900;

export function connectCurtain(ctx: ViewContext, app: HTMLElement): Overlays {
  const { actor, scenario: sc } = ctx;
  const layer = el('div', { id: 'curtain', class: 'curtain', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'curtain-title', hidden: true });
  document.body.append(layer);
  let shownFor: string | null = null; // the curtain's seat, or 'reveal:<at>'
  let revealing: { at: number; lines: Line[]; timer: ReturnType<typeof setTimeout> | null } | null = null;
  let seenReveal = -1;
  let first = true;
  const listeners: (() => void)[] = [];

  const setInert = (up: boolean) => {
    app.inert = up;
    layer.hidden = !up;
  };

  const showCurtain = (seat: string, name: string) => {
    const platform = sc.platforms.find((p) => p.id === seat)!;
    const screen = ctx.screen();
    const pass = button(`I am ${name}: show my screen`, () => actor.send({ type: 'curtain.pass', seat }), { class: 'primary', 'data-test': 'curtain-pass' });
    const parts: (Node | string)[] = [
      el('h2', { id: 'curtain-title' }, `Pass the device to ${name}`),
      el('p', {}, `${name} argues for ${platformIn(sc, platform.id)}. The next screen shows ${name}'s hand of arguments and secret objective: everyone else, look away.`),
      pass,
    ];
    if (screen.undo) {
      const undo = screen.undo;
      parts.push(el('p', { class: 'source' }, `${undo.name}, before you pass the device, you may still take back your last move.`), button(`Undo ${undo.name}'s last move`, () => actor.send({ type: 'match.undo' }), { 'data-test': 'curtain-undo' }));
    }
    const card = el('div', { class: 'curtain-card' }, ...parts);
    card.style.borderColor = platform.colour; // through the CSSOM: the page's policy refuses style attributes
    layer.replaceChildren(card);
    setInert(true);
    pass.focus();
  };

  const finishReveal = () => {
    if (revealing?.timer) clearTimeout(revealing.timer);
    revealing = null;
    shownFor = null;
    setInert(false);
    layer.replaceChildren();
    render();
    if (!layer.contains(document.activeElement)) document.querySelector<HTMLElement>('#ui h2')?.focus();
    if (!revealing) listeners.forEach((l) => l());
  };

  const showReveal = (at: number, lines: Line[]) => {
    const reduced = document.documentElement.dataset.reducedMotion === 'true';
    const list = el('ol', { class: 'reveal', 'aria-label': 'The choices' });
    const status = el('p', { role: 'status' }, 'Every platform has chosen. The choices, in seat order:');
    const skip = button('Skip', () => {
      list.replaceChildren(...lines.map((l) => el('li', {}, l.text)));
      skip.hidden = true;
      done.focus();
    }, { 'data-test': 'reveal-skip' });
    const done = button('Continue', finishReveal, { class: 'primary', 'data-test': 'reveal-done' });
    layer.replaceChildren(el('div', { class: 'curtain-card' }, el('h2', { id: 'curtain-title' }, 'The sealed choices are revealed'), status, list, skip, done));
    revealing = { at, lines, timer: null };
    setInert(true);
    let shown = 0;
    const next = () => {
      if (!revealing || revealing.at !== at) return;
      if (shown < lines.length && list.children.length === shown) list.append(el('li', { class: 'revealed' }, lines[shown]!.text));
      shown = list.children.length;
      if (shown < lines.length) revealing.timer = setTimeout(next, STEP_MS);
      else skip.hidden = true;
    };
    if (reduced) skip.click();
    else next();
    (reduced ? done : skip).focus();
  };

  const render = () => {
    const screen = ctx.screen();
    const log = screen.mode === 'playing' ? (screen.view?.log ?? []) : [];
    // a reveal just made (not one already in a resumed record)
    const revealAt = log.filter((l) => l.kind === 'volunteers' && !l.private).at(-1)?.at ?? -1;
    if (first) seenReveal = revealAt;
    first = false;
    if (revealAt > seenReveal && screen.hotSeat) {
      seenReveal = revealAt;
      const lines = log.filter((l) => l.at === revealAt && l.kind === 'volunteers' && l.seat);
      if (lines.length) {
        shownFor = `reveal:${revealAt}`;
        showReveal(revealAt, lines);
        return;
      }
    }
    if (revealing) return; // the reveal stays until it is closed
    const curtain = screen.mode === 'playing' ? screen.curtain : null;
    const key = curtain ? `${curtain.seat}|${screen.undo?.seat ?? ''}` : null;
    if (key === shownFor) return;
    shownFor = key;
    if (curtain) showCurtain(curtain.seat, curtain.name);
    else {
      const hadFocus = layer.contains(document.activeElement);
      setInert(false);
      layer.replaceChildren();
      if (hadFocus) document.querySelector<HTMLElement>('#ui h2')?.focus();
    }
  };
  actor.subscribe({ next: render, error: () => undefined });
  render();
  return {
    holding: () => revealing !== null,
    onRelease: (listener) => listeners.push(listener),
  };
}
