import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The command-line tests run the built `lekha`: build it from the sources under test first.
    globalSetup: ['tests/helpers/build-cli-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
