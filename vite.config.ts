/**
 * Build and test configuration for Tenth Congress.
 * The game is served from index.html; static assets (generated audio) live in assets/.
 * `vite build` writes the shipped game to dist/; `vite build --mode test` writes a test build, the same
 * game plus the test hook and the benchmark modes (game/dev/), to tests/.build/ for the browser tests and
 * the benchmarks.
 * Vitest projects mirror the test layers in the README: unit, machine, content, browser.
 */
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './game/host/csp.ts';

/** The shipped page carries its Content-Security-Policy as a meta tag (the dev server, with its own injected styles, does not). */
const csp: Plugin = {
  name: 'tenth-congress-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

/** Where the test build goes. */
export const TEST_BUILD = 'tests/.build';

export default defineConfig(({ mode }) => ({
  base: './',
  publicDir: 'assets',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  plugins: [
    csp,
    // after the first visit the whole game works with no network (a classroom's connection is not to be
    // relied on): every file of the build is kept by a service worker, registered by main.ts
    VitePWA({
      injectRegister: null,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff,woff2,wav,ogg,mp3,json}'],
        globIgnores: ['**/artifacts/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: mode === 'test' ? TEST_BUILD : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  test: {
    projects: [
      // generous timeouts: tests assert behaviour, never speed, and must pass on a busy two-core machine
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      { extends: true, test: { name: 'machine', include: ['tests/machine/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
