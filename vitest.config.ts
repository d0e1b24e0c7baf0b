import { defineConfig } from "vitest/config";

// The core suite runs twice: on embedded PGlite and on real PostgreSQL (TEST_DB).
export default defineConfig({
  test: {
    globalSetup: ["test/helpers/global-setup.ts"],
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "pglite", include: ["test/core/**/*.test.ts"], env: { TEST_DB: "pglite" } },
      },
      {
        extends: true,
        test: { name: "postgres", include: ["test/core/**/*.test.ts"], env: { TEST_DB: "postgres" } },
      },
      {
        extends: true,
        test: { name: "once", include: ["test/**/*.test.ts"], exclude: ["test/core/**"] },
      },
    ],
  },
});
