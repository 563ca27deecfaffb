import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Projects: pure rules (fast), server + data layer on a real database (PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set), and the browser tests in Debian Chromium.

const SERVER_TESTS = ['src/{db,server,cli,documents}/**/*.test.ts', 'test/**/*.test.ts'];
/**
 * The server files that replace a module (vi.mock of the password checks, to count them): a mock needs the file's own
 * module graph, so these run in a project of their own, isolated as Vitest does by default
 * (test/architecture/testIsolation.test.ts keeps this list whole).
 */
export const SERVER_ISOLATED = ['src/server/features/auth/auth.test.ts', 'test/multiNode.test.ts'];
const SERVER_PROJECT = {
  environment: 'node' as const,
  // Migrates and seeds the test database once per run; each file copies it (src/db/test/testDatabase.ts).
  globalSetup: ['src/db/test/testDatabaseTemplates.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};
export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: a single worker on our two-core machines, which leaves a
    // core idle while a file waits on the database. Two files at a time use both.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'domain',
          include: ['src/domain/**/*.test.ts', 'src/shared/**/*.test.ts'],
          environment: 'node',
          // Pure rules: the files of a worker share their imported modules.
          isolate: false,
        },
      },
      {
        test: {
          ...SERVER_PROJECT,
          name: 'server',
          include: SERVER_TESTS,
          exclude: [...configDefaults.exclude, ...SERVER_ISOLATED],
          // The files of a worker share their imported modules: importing the server took ≈ 4–7 s of CPU in every
          // file. Each file still builds its own app and database (createTestApp, createTestDatabase).
          isolate: false,
        },
      },
      {
        test: {
          ...SERVER_PROJECT,
          name: 'server-isolated',
          include: SERVER_ISOLATED,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['src/db/test/testDatabaseTemplates.ts'],
          // The accessibility check after every test (a setup file runs before each test file).
          setupFiles: ['e2e/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two files at a time (maxWorkers), each with its own server on port 0, in-memory database and Chromium
          // profile. The files of a worker share their imported modules: importing the server and playwright took
          // ≈ 5–8 s of each file's ≈ 25 s; each file still builds its own app, database and browser.
          isolate: false,
        },
      },
    ],
  },
});
