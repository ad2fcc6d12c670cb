/**
 * Component tests (tests/components/): Astro views rendered with Astro's
 * container API, which needs Astro's own Vite configuration to compile
 * .astro files. A project of its own so the plain unit tests stay without it.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } });
