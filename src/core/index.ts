/** The simulation core: pure, deterministic, no DOM, no Phaser, no i18next, no XState. */
export * from './conditions';
export { SimulationError } from './context';
export * from './dates';
export * from './ledger';
export * from './model';
export * from './money';
export * from './payers';
export * from './plan';
export * from './random';
export { TEMPLATES, TEMPLATE_IDS, isTemplateId, type TemplateId, type TemplateParams, type TemplatePhase } from './rules';
export * from './runtime';
export * from './simulate';
export * from './state';
export * from './step';
export * from './zrm';
export * from './compare';
export * from './search';
export * from './estimate';
