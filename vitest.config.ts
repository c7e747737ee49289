import { defineConfig } from 'vitest/config';
import { serverOnly } from './scripts/vite-server-only.mjs';

// Unit tests cover the pure model and scenes only (no DOM): they live next to the code as *.test.ts.
export default defineConfig({
  // `./strings?server` (a figure's text.ts) is the real module in tests, as on the server.
  plugins: [serverOnly()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
