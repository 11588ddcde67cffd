/**
 * Bounds that make "valid" mean "playable": any file within them plays an all-AI game to its end, in the
 * command line and the browser, in the time and memory scenarios/README.md states (a test plays the
 * largest such scenario). Each bound is named in the message of a file that breaks it.
 */
export const LIMITS = {
  fileBytes: 2_000_000,
  idLength: 40,
  nameLength: 400,
  textLength: 2000,
  refs: 50,
  sources: 500,
  figures: 100,
  figureValues: 10,
  issues: 6,
  platforms: 8,
  playable: 4,
  people: 500,
  delegations: 60,
  delegatesPerDelegation: 1000,
  delegates: 3000,
  lean: 1_000_000,
  cards: 200,
  cardsPerPlatform: 16,
  events: 400,
  eventEffects: 50,
  eventWeight: 10_000,
  glossary: 500,
  rounds: 6,
  agenda: 12,
  motions: 8,
  committeeSeats: 500,
  objectives: 10,
} as const;
