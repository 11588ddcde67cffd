/**
 * Keeps the page's live log (a role="log" region that screen readers announce) and the sound captions in
 * step with the screen's view: every new line of the record, with the computer's reason beside its own
 * move, and the sounds and captions of lines as they happen. A resumed or replayed record is shown
 * whole, silently; only a game moving forward makes sounds.
 */
import type { AudioPort } from '../audio/AudioPort';
import type { Scenario } from '../content/schema';
import type { Screen } from '../view/screen';
import type { SessionActor } from '../view/ViewContext';
import { captionOf } from '../words/captions';
import type { Line } from '../words/narrate';

const CONGRESS_PHASES = new Set(['opening', 'volunteers', 'presidium', 'debate', 'forecast', 'ballot']);

function item(sc: Scenario, line: Line): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = line.text;
  if (line.reason) {
    const why = document.createElement('span');
    const name = sc.platforms.find((p) => p.id === line.seat)?.short ?? line.seat ?? '';
    why.className = 'reason';
    why.textContent = ` (${name}, computer: ${line.reason})`;
    li.append(why);
  }
  return li;
}

const same = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.at === b.at && a.text === b.text;

export function connectAnnouncer(actor: SessionActor, sc: Scenario, screen: () => Screen, log: HTMLElement, captions: HTMLElement, audio: AudioPort): void {
  let shown: Line[] = [];
  let first = true;
  let inHall = false;
  const render = () => {
    const s = screen();
    // with several players at one screen, the live log (which anyone may hear) keeps to public lines
    const lines = (s.view?.log ?? []).filter((l) => !(s.hotSeat && l.private));
    const continues = shown.length <= lines.length && (shown.length === 0 || same(shown.at(-1), lines[shown.length - 1]));
    const fresh = continues ? lines.slice(shown.length) : lines;
    if (!continues) log.replaceChildren();
    // a caption belongs to the game that made its sound: a new game, or leaving the game, clears it
    if (!continues || s.mode !== 'playing') captions.textContent = '';
    log.append(...fresh.map((l) => item(sc, l)));
    if (continues && !first && s.mode === 'playing') for (const l of fresh) for (const sound of l.sounds) play(sound.cue, sound.intensity);
    shown = lines;
    first = false;
    const scroller = log.parentElement ?? log;
    scroller.scrollTop = scroller.scrollHeight;
    // the hall's murmur runs under the congress itself, not the menus or the Discussion
    const now = s.mode === 'playing' && !!s.view && CONGRESS_PHASES.has(s.view.phase);
    if (now !== inHall) {
      inHall = now;
      try {
        audio.ambience(now);
      } catch {
        // silence, never an error
      }
    }
  };
  const play = (cue: Parameters<AudioPort['play']>[0], intensity?: number) => {
    try {
      captions.textContent = `[${captionOf(sc, cue)}]`;
      audio.play(cue, intensity);
    } catch {
      // a failing sound or caption must never reach the actor
    }
  };
  actor.subscribe({ next: render, error: () => undefined });
  render();
}
