/**
 * The game runs under a Content-Security-Policy without 'unsafe-eval' (tools/csp.ts).
 * Zod compiles its object parsers with `Function` unless told not to, and its probe
 * for that is reported as a policy violation even though zod catches the error. Zod
 * reads its settings from this global when it first loads, so setting it here, before
 * the validator is imported, keeps every copy of zod jitless without loading zod with
 * the first page. main.ts imports this module first.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

export {};
