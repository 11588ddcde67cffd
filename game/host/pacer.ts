/**
 * Paces the computer's moves in the browser: when a computer seat is due, waits a moment (so players can
 * follow the hall) and then sends `ai.step`. The players may pause it (the header's button), and it waits
 * while an overlay asks it to (the reveal of sealed choices). Kept out of the machine so the machine has
 * no timers.
 */
import type { SessionActor } from '../view/ViewContext';

export interface Pacer {
  paused(): boolean;
  setPaused(paused: boolean): void;
  /** Looks again whether the computer is due (after something that held it has let go). */
  kick(): void;
  stop(): void;
}

export function paceAi(actor: SessionActor, delayMs: number, held: () => boolean = () => false): Pacer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let paused = false;
  const waiting = () => paused || held();
  const next = () => {
    if (timer !== null || waiting() || !actor.getSnapshot().can({ type: 'ai.step' })) return;
    timer = setTimeout(() => {
      timer = null;
      if (!waiting() && actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    }, delayMs);
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const sub = actor.subscribe({ next, error: () => undefined });
  next(); // a resumed game may already be waiting for the computer
  return {
    paused: () => paused,
    setPaused: (p) => {
      paused = p;
      if (p) cancel();
      else next();
    },
    kick: next,
    stop: () => {
      sub.unsubscribe();
      cancel();
    },
  };
}
