/**
 * Import boundaries from the engineering notes: rules and AI import no framework; only the view imports
 * Phaser; only the Howler adapter imports Howler; nothing outside the view and the entry point touches the DOM
 * at import time. Scans import lines of every source file under game/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GAME = fileURLToPath(new URL('../../game/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

export function importsOf(text: string): string[] {
  const found: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

const files = sourceFiles(GAME).map((path) => ({ path: relative(GAME, path).replace(/\\/g, '/'), imports: importsOf(readFileSync(path, 'utf8')) }));

const inFolder = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`));

describe('import boundaries', () => {
  it('finds the source files and their imports (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(15);
    expect(importsOf(`import { Scene } from 'phaser';\nimport type { X } from "./x";\nconst m = await import('howler');`)).toEqual(['phaser', './x', 'howler']);
  });

  it.each(['rules', 'ai'])('%s/ imports no framework (Phaser, XState, Howler) and no other game layer but rules and content', (folder) => {
    const list = inFolder(folder);
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) {
      for (const imp of f.imports) {
        expect(imp, `${f.path} imports ${imp}`).not.toMatch(/^(phaser|xstate|howler)/);
        expect(imp, `${f.path} imports ${imp}`).not.toMatch(/\/(view|machine|audio|cli|tools|match|words|host|dev)\//);
      }
    }
  });

  it.each(['match', 'words', 'campaign', 'classroom', 'server'])('%s/ imports no framework and no screen: a server can fold records, write the words, carry a campaign on, set a class up and run it', (folder) => {
    const list = inFolder(folder);
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) {
      for (const imp of f.imports) {
        expect(imp, `${f.path} imports ${imp}`).not.toMatch(/^(phaser|xstate|howler)/);
        // one exception: the class server serves the game with the shipped page's policy, a constant that imports nothing
        if (f.path === 'server/site.ts' && imp === '../host/csp') continue;
        expect(imp, `${f.path} imports ${imp}`).not.toMatch(/\/(view|machine|cli|tools|host|dev)\//);
      }
    }
  });

  it('host/csp.ts, which the class server imports, imports nothing', () => {
    expect(files.find((f) => f.path === 'host/csp.ts')!.imports).toEqual([]);
  });

  it("every module that defines zod schemas first turns zod's compiled parsers off (the page's CSP forbids eval)", () => {
    const definers = files.filter((f) => f.path !== 'content/zodConfig.ts' && !f.path.startsWith('tools/') && /import \{[^}]*\bz\b[^}]*\} from 'zod'/.test(readFileSync(join(GAME, f.path), 'utf8')));
    expect(definers.length).toBeGreaterThan(2);
    for (const f of definers) {
      const config = f.imports.findIndex((i) => i.endsWith('zodConfig'));
      expect(config, `${f.path} imports zod without content/zodConfig first`).toBeGreaterThanOrEqual(0);
      expect(config, f.path).toBeLessThan(f.imports.indexOf('zod'));
    }
  });

  it('only the entry point loads the development tools (test hook, benchmark scenes)', () => {
    const importers = files.filter((f) => !f.path.startsWith('dev/') && f.imports.some((i) => i.includes('/dev/'))).map((f) => f.path);
    expect(importers).toEqual(['main.ts']);
  });

  it('rules/, ai/, match/, words/, campaign/ and classroom/ never read the clock or Math.random', () => {
    for (const f of [...inFolder('rules'), ...inFolder('ai'), ...inFolder('match'), ...inFolder('words'), ...inFolder('campaign'), ...inFolder('classroom')]) {
      const code = readFileSync(join(GAME, f.path), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, f.path).not.toMatch(/Math\.random|Date\.now|new Date\(|performance\.now/);
    }
  });

  it('only view/ (and the benchmark scenes in dev/) import Phaser', () => {
    const importers = files.filter((f) => f.imports.some((i) => i === 'phaser' || i.startsWith('phaser/'))).map((f) => f.path);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((p) => !p.startsWith('view/') && p !== 'dev/benchScenes.ts')).toEqual([]);
  });

  it('only the Howler adapter imports Howler', () => {
    const importers = files.filter((f) => f.imports.includes('howler')).map((f) => f.path);
    expect(importers).toEqual(['audio/howlerAudio.ts']);
  });

  it('the machine imports no Phaser, Howler or view code', () => {
    for (const f of inFolder('machine')) {
      for (const imp of f.imports) expect(imp, `${f.path} imports ${imp}`).not.toMatch(/^(phaser|howler)|\/view\//);
    }
  });
});
