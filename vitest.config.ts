import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A database of its own per test file when DATABASE_URL names a PostgreSQL server.
    setupFiles: ['test/setup/database.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
