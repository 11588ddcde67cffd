/**
 * Several players at one screen (hot-seat): whose eyes the screen may be drawn for. A seat's private
 * screen shows only after its player has passed the curtain ("Pass the device to …"); the moment that
 * seat owes nothing more, the screen goes back to the public view. Pure; imports the rules only.
 */
import type { Scenario } from '../content/schema';
import { dueOf } from '../rules/flow';
import type { Controller, Seat } from '../rules/types';
import type { Match } from './match';

export function humanSeats(match: Match): Seat[] {
  return match.state.seats.filter((s) => s.controller.kind === 'human');
}

/** The preset for two players at one screen: the first and the last playable platforms, the computer (normal) the rest. */
export function twoPlayers(sc: Scenario): Record<string, Controller> {
  const playable = sc.platforms.filter((p) => p.playable).map((p) => p.id);
  return Object.fromEntries(playable.map((id, i): [string, Controller] => [id, i === 0 || i === playable.length - 1 ? { kind: 'human' } : { kind: 'ai', level: 'normal' }]));
}

/** Two or more human seats share the screen: their private screens need the curtain. */
export function isHotSeat(match: Match): boolean {
  return humanSeats(match).length > 1;
}

/** The human seats that owe a move now, in seat order. */
export function dueHumans(sc: Scenario, match: Match): string[] {
  const due = dueOf(sc, match.state);
  if (due.kind !== 'seats') return [];
  return humanSeats(match).map((s) => s.id).filter((id) => due.seats.includes(id));
}

/** The seat whose player the curtain asks for now, or null (not hot-seat, the screen is that seat's already, or no human is due). */
export function curtainFor(sc: Scenario, match: Match, eyes: string | null): string | null {
  if (!isHotSeat(match)) return null;
  const due = dueHumans(sc, match);
  if (eyes && due.includes(eyes)) return null;
  return due[0] ?? null;
}

/** Who keeps the screen after the match moved on: the same seat while it still owes a move, else nobody. */
export function eyesAfter(sc: Scenario, match: Match, eyes: string | null): string | null {
  return eyes && dueHumans(sc, match).includes(eyes) ? eyes : null;
}

/** A seat's name for the curtain: the player's name, or "Player N" by its place among the human seats. */
export function playerName(match: Match, seat: string): string {
  const humans = humanSeats(match);
  const found = humans.find((s) => s.id === seat);
  const name = found?.controller.kind === 'human' ? found.controller.name : undefined;
  return name?.trim() || `Player ${humans.findIndex((s) => s.id === seat) + 1}`;
}
