/**
 * The class's export (issue 14): a CSV with one row per action of the match record — who acted (the
 * class's role where the setup gives one), their platform, the phase the action was taken in, the action,
 * the argument ids, the citation ids behind them, the vote it took (for a vote) and the time (when the
 * class session recorded one). RFC 4180 quoting; the first row names the columns. Pure: folds the record
 * through the rules to know each action's phase and each vote's count.
 */
import type { Scenario } from '../content/schema';
import { fold, type MatchRecord } from '../match/match';
import { citationsOf } from './kit';
import type { ClassSetup } from './roles';

export const CSV_COLUMNS = ['n', 'role', 'platform', 'phase', 'action', 'arguments', 'citations', 'vote', 'time'] as const;

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The role that acts for a platform's seat: its leader in the class's setup, else the platform itself. */
function roleOf(setup: ClassSetup | null, seat: string | null): string {
  if (!seat) return 'facilitator';
  const leader = setup?.roles.find((r) => r.kind === 'leader' && r.platform === seat);
  return leader ? leader.title : seat;
}

/**
 * The record as CSV, one row per recorded command. `times` gives the clock time of each command (by its
 * place in the record) when the class session kept one; empty otherwise.
 */
export function actionsCsv(sc: Scenario, record: MatchRecord, setup: ClassSetup | null = null, times: readonly (string | null)[] = []): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const folded = fold(sc, record, record.commands.length, (before, after, i) => {
    const c = record.commands[i]!.command;
    const seat = 'seat' in c && typeof c.seat === 'string' ? c.seat : null;
    const cards = c.type === 'speak' ? c.cards : c.type === 'object' ? [c.card] : [];
    const citations = [...new Set(cards.flatMap((id) => {
      const card = sc.cards.find((x) => x.id === id);
      return card ? citationsOf(card) : [];
    }))];
    // the votes the command counted: one for a vote (by the model or by hands), every one left for straight to the debrief
    const counted = after.state.ballots.slice(before.state.ballots.length);
    const vote = counted.map((b) => `${b.item}: ${Object.entries(b.votes).map(([o, n]) => `${o} ${n}`).join(', ')}${b.abstained ? `, abstained ${b.abstained}` : ''}${b.counted ? ` (${b.counted === 'hands' ? 'by show of hands' : "the model's count, corrected"})` : ''}`).join('; ');
    const action = c.type === 'declare' ? `declare ${c.choice}` : c.type === 'organise' || c.type === 'demand-proportional' ? `${c.type} ${c.delegation}` : c.type === 'inject' ? `inject ${c.event}` : c.type === 'hands' ? `hands ${c.how}` : c.type === 'speak' && c.room ? `speak (the room: ${c.room})` : c.type;
    rows.push([String(i + 1), roleOf(setup, seat), seat ?? '', before.state.phase, action, cards.join(' '), citations.join(' '), vote, times[i] ?? '']);
  });
  if (!folded.ok) throw new Error(`command ${folded.at + 1} of the record is refused: ${folded.reason}`);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
