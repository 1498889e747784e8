import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Timeouts catch hangs, not slowness: CI machines run many test files at once, and the heavy tests (growth
    // ratios with full collections, CLI processes, fuzz slices) took 5-12 s each when six ran on two cores. A
    // test's speed is asserted by its own ratios (tests/unit/growth.ts), never by the timeout.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
