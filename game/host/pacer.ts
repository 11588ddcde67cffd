/**
 * Paces the computer's moves in the browser: when an AI seat is due, waits a moment (so players can follow
 * the hall) and then sends `ai.step`. Kept out of the machine so the machine has no timers.
 */
import type { CongressActor } from '../view/ViewContext';

export function paceAi(actor: CongressActor, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sub = actor.subscribe({
    next: (snap) => {
      if (timer !== null || !snap.can({ type: 'ai.step' })) return;
      timer = setTimeout(() => {
        timer = null;
        if (actor.getSnapshot().can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
      }, delayMs);
    },
    error: () => undefined,
  });
  return () => {
    sub.unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
