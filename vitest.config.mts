import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Native SQLite handles and child processes: separate processes are the safe pool.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
