/**
 * The browser's address and history follow the session's screen, so Back and Forward move between
 * screens without losing the game, and a reload comes back to the same screen: '' is the title, #setup
 * the setup, #play the game (the hall or its result), #replay-N a replay at command N. The game itself is
 * never in the address: it lives in the autosave, and #play finds it there.
 */
import type { SessionActor } from '../view/ViewContext';
import { modeOf } from '../view/screen';

type Place = { mode: 'title' } | { mode: 'setup' } | { mode: 'play' } | { mode: 'replay'; cursor: number };

export function placeOf(hash: string): Place {
  const h = hash.replace(/^#/, '');
  if (h === 'setup') return { mode: 'setup' };
  if (h === 'play') return { mode: 'play' };
  const replay = /^replay-(\d{1,6})$/.exec(h);
  if (replay) return { mode: 'replay', cursor: Number(replay[1]) };
  return { mode: 'title' };
}

function hashOf(actor: SessionActor): string {
  const snap = actor.getSnapshot();
  switch (modeOf(snap)) {
    case 'setup': return '#setup';
    case 'playing': return '#play';
    case 'replay': return `#replay-${snap.context.replay?.cursor ?? 0}`;
    default: return '';
  }
}

/** Takes the session to the screen the address names, by the events a player would send. */
export function goToPlace(actor: SessionActor, place: Place): void {
  const mode = modeOf(actor.getSnapshot());
  if (place.mode === 'replay' && mode === 'replay') return actor.send({ type: 'replay.to', cursor: place.cursor });
  if (mode !== 'title') actor.send({ type: 'session.title' });
  if (place.mode === 'setup') actor.send({ type: 'session.setup' });
  if (place.mode === 'play') actor.send({ type: 'session.resume' });
  if (place.mode === 'replay') actor.send({ type: 'replay.open', cursor: place.cursor });
}

export function connectNavigation(actor: SessionActor): void {
  let following = false; // true while the session is moved by Back or Forward: the address is already right
  let mode = modeOf(actor.getSnapshot());
  const write = (replace = false) => {
    const before = mode;
    mode = modeOf(actor.getSnapshot());
    const hash = hashOf(actor);
    if (following || hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    // a step in a replay, or the setup giving way to its game, replaces the entry instead of adding one
    if (replace || (before === 'replay' && mode === 'replay') || (before === 'setup' && mode === 'playing')) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  };
  actor.subscribe({ next: () => write(), error: () => undefined });
  window.addEventListener('popstate', () => {
    following = true;
    goToPlace(actor, placeOf(location.hash));
    following = false;
    mode = modeOf(actor.getSnapshot());
    write(true); // where the address named a screen that cannot be shown (no game), put the address right
  });
  write(true);
}
