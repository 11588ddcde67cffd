/**
 * The shipped game (dist/, from `npm run build`) carries no development tools: no test hook, no benchmark
 * modes, nothing that hands a classroom the whole state. The test build (tests/.build/) does carry them,
 * which shows the search below would find them if they were there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BUILD } from '../../vite.config';
import { ROOT } from './harness';

const MARKERS = ['__CONGRESS__', '__BENCH__', '__BENCH_GAME__', 'testhook', 'bench-reference', 'bench-full-screen'];

function builtText(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} is missing: run \`npm run build\` and \`npm run build:test\` first (npm test does)`);
  const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : /\.(js|html|css|json)$/.test(e.name) ? [join(d, e.name)] : []));
  return files(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
}

describe('the shipped build', () => {
  it('has no test hook and no benchmark mode in any file of dist/', () => {
    const text = builtText(join(ROOT, 'dist'));
    expect(MARKERS.filter((m) => text.includes(m))).toEqual([]);
  });

  it('while the test build, made from the same source, has them all', () => {
    const text = builtText(join(ROOT, TEST_BUILD));
    expect(MARKERS.filter((m) => !text.includes(m))).toEqual([]);
  });
});
