/** The case engine: the XState case machine, saves, replay and what-if. */
export * from './case-machine';
export * from './persistence';
export * from './replay';
export * from './what-if';
export * from './hub';
export * from './playtest';
