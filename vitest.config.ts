import { defineConfig } from 'vitest/config';

// Unit tests cover the pure model and scenes only (no DOM): they live next to the code as *.test.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
