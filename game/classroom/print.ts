/**
 * The paper kit as one printable page (issue 14): a role card per student, the argument cards, a tally
 * sheet (one row per delegation, a column per option of the contested vote) and the debrief questions
 * when a game has been played; print styles for A4 and Letter at 12 pt or more, a card to a page. Built
 * from the same data as the screens (kit.ts, debrief.ts). Pure: returns the HTML as text, every scenario
 * word escaped.
 */
import { votedItem, type Scenario } from '../content/schema';
import { delegationIn, platformIn } from '../content/names';
import { argumentOf, roleCards, type Argument } from './kit';
import type { ClassSetup } from './roles';
import type { Match } from '../match/match';
import { PUBLIC, view } from '../match/view';
import { voteText } from '../words/narrate';

/** The smallest type on the printed page, in points. */
export const PRINT_MIN_PT = 12;

export type Paper = 'A4' | 'Letter';

/** Text made safe inside HTML (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const list = (items: readonly string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '');

function argumentHtml(a: Argument): string {
  return `<div class="argument"><h4>${escapeHtml(a.title)}</h4><p>${escapeHtml(a.claim)}</p>${a.quote ? `<blockquote>${escapeHtml(a.quote)}</blockquote>` : ''}<p class="sources">Sources: ${escapeHtml(a.sources.join('; '))}</p></div>`;
}

/** The print styles of every class page printed: the paper, nothing under PRINT_MIN_PT. */
export function printStyles(paper: Paper): string {
  return `@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; margin: 18mm; }
body { font-family: "Old Standard TT", Georgia, serif; font-size: ${PRINT_MIN_PT + 1}pt; line-height: 1.35; color: #000; background: #fff; }
h1 { font-size: 20pt; } h2 { font-size: 17pt; } h3 { font-size: 15pt; } h4 { font-size: ${PRINT_MIN_PT + 1}pt; margin: 0.4em 0 0.1em; }
.sources, .students, td, th, blockquote { font-size: ${PRINT_MIN_PT}pt; }
section.card { break-after: page; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 4pt 6pt; text-align: left; }`;
}

/**
 * The whole kit as an HTML document: `prompts`, when given, are the debrief questions (debriefPrompts);
 * before a game is played the kit has none and says so.
 */
export function kitHtml(sc: Scenario, setup: ClassSetup, paper: Paper = 'A4', prompts: readonly string[] = []): string {
  const { title, css, body } = kitParts(sc, setup, paper, prompts);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

/** The kit's title, print styles and body (HTML, every scenario word escaped), for a page of the game's own to show and print. */
export function kitParts(sc: Scenario, setup: ClassSetup, paper: Paper = 'A4', prompts: readonly string[] = []): { title: string; css: string; body: string } {
  const cards = roleCards(sc, setup)
    .map((c) => {
      const names = c.students.filter(Boolean);
      return `<section class="card" data-role="${escapeHtml(c.role)}"><h2>${escapeHtml(c.title)}</h2>${names.length ? `<p class="students">${escapeHtml(names.join(', '))}</p>` : ''}<h3>Who you are</h3><p>${escapeHtml(c.who)}</p><h3>What your side wants</h3>${list(c.wants)}<h3>Your objectives</h3>${list(c.objectives)}${c.arguments.length ? `<h3>Your strongest arguments</h3>${c.arguments.map(argumentHtml).join('')}` : ''}<h3>What you know</h3>${list(c.know)}<h3>What you do not know</h3>${list(c.dontKnow)}</section>`;
    })
    .join('');
  const item = votedItem(sc);
  const byPlatform = sc.platforms.filter((p) => sc.cards.some((c) => c.platform === p.id));
  const argumentCards = byPlatform
    .map((p) => `<h3>${escapeHtml(platformIn(sc, p.id))}</h3>${sc.cards.filter((c) => c.platform === p.id).map((c) => argumentHtml(argumentOf(sc, c))).join('')}`)
    .join('');
  const tally = `<table><thead><tr><th>Delegation</th><th>Voting delegates</th>${item.motions.map((m) => `<th>${escapeHtml(m.title)}</th>`).join('')}<th>Abstained</th></tr></thead><tbody>${sc.delegations.map((d) => `<tr><td>${escapeHtml(delegationIn(sc, d.id))}</td><td>${d.voting}</td>${item.motions.map(() => '<td></td>').join('')}<td></td></tr>`).join('')}</tbody></table>`;
  const debrief = prompts.length ? `<ol>${prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ol>` : '<p>The debrief questions are written from the class\'s own game: print them after the votes.</p>';
  return { title: `${sc.title}: the class kit`, css: printStyles(paper), body: `<h1>${escapeHtml(sc.title)}: the class kit</h1><p>${escapeHtml(sc.dates)}, ${escapeHtml(sc.place)}. A class of ${setup.size}.</p>${cards}<section class="card"><h2>The argument cards</h2>${argumentCards}</section><section class="card"><h2>Tally sheet: ${escapeHtml(item.title)}</h2>${tally}</section><section><h2>Debrief questions</h2>${debrief}</section>` };
}

/**
 * The stenographic report of the class's own congress: every line of the record in order (with the model's
 * reason where the model moved or counted), the votes, and who sat in which role. Printable as the kit is.
 */
export function reportParts(sc: Scenario, match: Match, setup: ClassSetup, paper: Paper = 'A4'): { title: string; css: string; body: string } {
  const v = view(sc, match, PUBLIC);
  const lines = v.log.map((l) => `<li>${escapeHtml(l.text)}${l.reason ? ` <span class="sources">${escapeHtml(l.reason)}</span>` : ''}</li>`).join('');
  const roles = setup.roles.filter((r) => r.students.length).map((r) => `<li>${escapeHtml(r.title)}${r.students.some(Boolean) ? `: ${escapeHtml(r.students.filter(Boolean).join(', '))}` : ''}</li>`).join('');
  const votes = v.ballots.map((b) => `<li>${escapeHtml(voteText(sc, b))}</li>`).join('');
  const title = `${sc.title}: the stenographic report of the class's congress`;
  return {
    title,
    css: printStyles(paper),
    body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(sc.dates)}, ${escapeHtml(sc.place)}, as a class of ${setup.size} played it.</p><h2>The votes</h2>${votes ? `<ul>${votes}</ul>` : '<p>No vote has been taken yet.</p>'}<h2>The record</h2><ol>${lines}</ol><h2>The roles</h2><ul>${roles}</ul>`,
  };
}
