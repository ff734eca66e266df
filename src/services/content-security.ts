/**
 * The game runs under a Content-Security-Policy without 'unsafe-eval' (tools/csp.ts).
 * Zod compiles its object parsers with `Function` when it may, and probes for that on
 * the first parse; the probe alone is reported as a policy violation, so the game's
 * copy of zod is told not to try. main.ts imports this first: zod decides when a
 * schema is defined, not when it parses.
 */
import { config } from 'zod';

config({ jitless: true });
