import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Checks of the built site in dist/: run after `astro build`.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 },
      },
      // Astro views rendered on their own (tests/components/): needs Astro's Vite configuration.
      './vitest.components.config.ts',
    ],
  },
});
