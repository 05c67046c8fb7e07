import { defineConfig } from "vitest/config";

export default defineConfig({
  // The dashboard's compile-time constant (viz/vite.config.ts), for its modules under test.
  define: { __SINERGI_OFFLINE__: "false" },
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests run the compiled command as a user does; this builds it once per test run.
    globalSetup: ["test/cli/global-setup.ts"],
    // Generous: CLI tests spawn Node processes that load and run the model; the browser tests
    // (test/browser/) build a page with Vite and drive Chromium, and set their own timeouts too.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
