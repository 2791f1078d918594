import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starts a fresh local Neo4j for the run (or uses NEO4J_URI), see test/setup/neo4j.global.ts.
    globalSetup: ['test/setup/neo4j.global.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // All test files share one database.
    fileParallelism: false,
  },
});
