/**
 * Paces the computer's moves in the browser: when a computer seat is due, waits a moment (so players can
 * follow the hall) and then sends `ai.step`. Kept out of the machine so the machine has no timers.
 */
import type { SessionActor } from '../view/ViewContext';

export function paceAi(actor: SessionActor, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const next = () => {
    if (timer !== null || !actor.getSnapshot().can({ type: 'ai.step' })) return;
    timer = setTimeout(() => {
      timer = null;
      if (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    }, delayMs);
  };
  const sub = actor.subscribe({ next, error: () => undefined });
  next(); // a resumed game may already be waiting for the computer
  return () => {
    sub.unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
