/**
 * For the privacy checks of the browser tests: every string a page's script could reach from `window`'s own
 * properties that contains one of the needles (the DOM's text and the accessibility tree are searched apart).
 * `skip` leaves out named globals: the class's test leaves out the browser's storage, which every page of the
 * game on the teacher's machine shares by origin, and checks instead which entries the projector reads.
 */
import type { Page } from 'playwright-core';

/** Every string reachable from `window`'s own properties (not the DOM: the text and the tree are searched apart). */
export async function windowStrings(page: Page, needles: string[], skip: string[] = []): Promise<string[]> {
  return page.evaluate(([needles, skip]) => {
    const builtIn = new Set(Object.getOwnPropertyNames(Object.getPrototypeOf(window)).concat(Object.getOwnPropertyNames(EventTarget.prototype)));
    const seen = new Set<unknown>(skip.map((k) => (window as unknown as Record<string, unknown>)[k])); // reached by any path (globalThis.localStorage too), a skipped global is not searched
    const found: string[] = [];
    const visit = (value: unknown, path: string, depth: number) => {
      if (typeof value === 'string') {
        for (const n of needles) if (value.includes(n)) found.push(`${path}: ${n}`);
        return;
      }
      if (!value || (typeof value !== 'object' && typeof value !== 'function') || depth > 8 || seen.has(value) || value instanceof Node) return;
      seen.add(value);
      if (typeof value === 'function') return;
      let keys: string[] = [];
      try {
        keys = value instanceof Map ? [...value.keys()].map(String) : Object.getOwnPropertyNames(value);
      } catch {
        return;
      }
      for (const k of keys) {
        let v: unknown;
        try {
          v = value instanceof Map ? value.get(k) : (value as Record<string, unknown>)[k];
        } catch {
          continue;
        }
        visit(v, `${path}.${k}`, depth + 1);
      }
      if (value instanceof Set) for (const v of value) visit(v, `${path}[set]`, depth + 1);
    };
    for (const k of Object.getOwnPropertyNames(window)) {
      if (builtIn.has(k) || k === 'window' || k === 'self' || k === 'top' || k === 'parent' || k === 'frames' || k === 'document' || k === 'axe' || skip.includes(k)) continue;
      let v: unknown;
      try {
        v = (window as unknown as Record<string, unknown>)[k];
      } catch {
        continue;
      }
      visit(v, k, 0);
    }
    return found;
  }, [needles, skip] as const);
}

