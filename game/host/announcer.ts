/**
 * Keeps the page's live log (a role="log" region that screen readers announce) and the sound captions in
 * step with the game: every new log entry, with the AI's reason, and every sound cue as a caption.
 */
import { CAPTIONS } from '../audio/captions';
import type { AudioPort } from '../audio/AudioPort';
import type { Scenario } from '../content/schema';
import type { CongressActor } from '../view/ViewContext';

export function connectAnnouncer(actor: CongressActor, sc: Scenario, log: HTMLElement, captions: HTMLElement, audio: AudioPort): void {
  let shown = 0;
  actor.subscribe({
    next: (snap) => {
      const entries = snap.context.game?.log ?? [];
      if (entries.length < shown) {
        log.replaceChildren();
        shown = 0;
      }
      for (const entry of entries.slice(shown)) {
        const item = document.createElement('li');
        item.textContent = entry.text;
        if (entry.reason) {
          const why = document.createElement('span');
          const name = sc.platforms.find((p) => p.id === entry.seat)?.short ?? entry.seat ?? '';
          why.className = 'reason';
          why.textContent = ` (${name}, computer: ${entry.reason})`;
          item.append(why);
        }
        log.append(item);
      }
      shown = entries.length;
      const scroller = log.parentElement ?? log;
      scroller.scrollTop = scroller.scrollHeight;
    },
    error: () => undefined,
  });
  // the hall's murmur runs under the congress itself, not the menus or the Discussion
  let inHall = false;
  actor.subscribe({
    next: (snap) => {
      const now = snap.matches('congress');
      if (now !== inHall) {
        inHall = now;
        try {
          audio.ambience(now);
        } catch {
          // silence, never an error
        }
      }
    },
    error: () => undefined,
  });
  actor.on('cue', (e) => {
    try {
      captions.textContent = `[${CAPTIONS[e.cue]}]`;
      audio.play(e.cue, e.intensity);
    } catch {
      // a failing sound or caption must never reach the actor (an emit listener that throws stops it)
    }
  });
}
