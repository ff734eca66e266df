/** The case engine: the XState case machine, the play it keeps, saves, what-if and the analysis service. */
export * from './analysis';
export * from './case-machine';
export * from './hub';
export * from './persistence';
export * from './play';
export * from './playtest';
export * from './replay';
export * from './session';
export * from './what-if';
