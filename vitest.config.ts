import { defineConfig } from 'vitest/config';
import { serverOnly } from './scripts/vite-server-only.mjs';
import { pageWords } from './scripts/vite-page-words.mjs';
import { svelteModules } from './scripts/vite-svelte-modules.mjs';

// Unit tests (no DOM) live next to the code as *.test.ts: the model, the scenes, the figures' helpers.
export default defineConfig({
  // `?server` modules and figures' strings.ts are the real modules in tests, as on the server.
  plugins: [serverOnly(), pageWords(), svelteModules()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // No DOM, no module mocks, and the globals a test stubs it unstubs: files can share workers
    // (spawning one per file cost ~16 s of the run).
    isolate: false,
  },
});
