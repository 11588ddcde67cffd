/**
 * The class's CSV (issue 14): one row per action of the record, with the role, platform, phase, action,
 * argument ids, citation ids, the vote's count and the time; quoted as RFC 4180 says.
 */
import { describe, expect, it } from 'vitest';
import { actionsCsv, csvField, CSV_COLUMNS } from '../../game/classroom/export';
import { enter, liveSpeech, playToDebate } from '../../game/classroom/lesson';
import { proposeSetup } from '../../game/classroom/roles';
import { newClassMatch, type Submitted } from '../../game/match/match';
import { seatsOf } from '../../game/rules/setup';
import { hashOf, playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

/** A small RFC 4180 reader, enough for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const ok = (r: Submitted) => {
  if (!r.ok) throw new Error(r.reason);
  return r.match;
};

describe('the class CSV', () => {
  const sc = loadScenario();
  const { match } = playWithLog(sc, 5);
  const setup = proposeSetup(sc, 28, '45');

  it('has one row per action, with the columns the teacher needs', () => {
    const times = match.record.commands.map((_, i) => `10:${String(i % 60).padStart(2, '0')}`);
    const rows = parseCsv(actionsCsv(sc, match.record, setup, times));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(match.record.commands.length);
    rows.slice(1).forEach((r, i) => {
      expect(r.length).toBe(CSV_COLUMNS.length);
      expect(r[0]).toBe(String(i + 1));
      expect(r[8]).toBe(times[i]);
      const c = match.record.commands[i]!.command;
      expect(r[4]!.split(' ')[0]).toBe(c.type);
      if ('seat' in c && typeof c.seat === 'string') {
        expect(r[2]).toBe(c.seat);
        expect(r[1]).toBe(setup.roles.find((x) => x.id === `leader-${c.seat}`)!.title);
      } else expect(r[1]).toBe('facilitator');
      if (c.type === 'speak') {
        expect(r[5]).toBe(c.cards.join(' '));
        const cited = new Set(c.cards.flatMap((id) => sc.cards.find((x) => x.id === id)!.sources));
        for (const id of cited) expect(r[6]!.split(' ')).toContain(id);
      }
    });
    // each vote with its count, in the phase it was taken
    const votes = rows.filter((r) => r[4] === 'vote');
    expect(votes.length).toBe(match.state.ballots.length);
    const contested = match.state.ballots.find((b) => b.item === 'trade-unions')!;
    expect(votes.map((r) => r[7])).toContain(`trade-unions: ${Object.entries(contested.votes).map(([o, n]) => `${o} ${n}`).join(', ')}${contested.abstained ? `, abstained ${contested.abstained}` : ''}`);
    expect(rows.slice(1).some((r) => r[3] === 'discussion' && r[4]!.startsWith('organise'))).toBe(true);
    expect(rows.slice(1).some((r) => r[3] === 'debate' && r[4] === 'speak')).toBe(true);
  });

  it("gives a class game's live speeches, hands and events their own words, and every vote the debrief's shortcut counted", () => {
    let m = ok(playToDebate(sc, newClassMatch(sc, hashOf(sc), 4, seatsOf(sc))));
    const seat = m.state.seats[0]!.id;
    m = ok(liveSpeech(sc, m, seat, [sc.cards.find((c) => c.platform === seat)!.id], 'applause'));
    m = ok(enter(sc, m, { type: 'inject', event: sc.events[0]!.id }));
    m = ok(enter(sc, m, { type: 'adjourn' }));
    const rows = parseCsv(actionsCsv(sc, m.record, setup));
    expect(rows.length - 1).toBe(m.record.commands.length);
    expect(rows.some((r) => r[4] === 'speak (the room: applause)' && r[1] === setup.roles.find((x) => x.id === `leader-${seat}`)!.title)).toBe(true);
    expect(rows.some((r) => r[4] === `inject ${sc.events[0]!.id}` && r[1] === 'facilitator')).toBe(true);
    const adjourned = rows.find((r) => r[4] === 'adjourn')!;
    expect(adjourned[7]!.split('; ')).toHaveLength(m.state.ballots.length);
  });

  it('quotes what needs quoting, and refuses a record the rules refuse', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const bad = { ...match.record, commands: [match.record.commands[1]!, ...match.record.commands] };
    expect(() => actionsCsv(sc, bad)).toThrow(/command 1 of the record is refused/);
  });
});
