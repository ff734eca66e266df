import type { StepContext } from '../context';
import { ENERGY_LAW, runEnergy, type EnergyParams } from './energy';
import { EVICTION_LAW, runEviction, type EvictionParams } from './eviction';
import { KOSTENDELERSNORM_LAW, runKostendelersnorm, type KostendelersnormParams } from './kostendelersnorm';
import { SCHULDREGELING_AUTO_LAW, runSchuldregelingAuto, type SchuldregelingAutoParams } from './schuldregeling-auto';
import { VROEGSIGNALERING_LAW, runVroegsignalering, type VroegsignaleringParams } from './vroegsignalering';
import { runWahv, WAHV_LAW, type WahvParams } from './wahv';
import { runWwBijstand, WW_LAW, type WwBijstandParams } from './ww-bijstand';
import { runYouthCare18, YOUTH_CARE_18_LAW, type YouthCare18Params } from './youth-care-18';
import { runZoektermijn, ZOEKTERMIJN_LAW, type ZoektermijnParams } from './zoektermijn';

/** Parameters per rule template id; the scenario layer validates them before the core sees them. */
export interface TemplateParams {
  'wahv-boete': WahvParams;
  ontruiming: EvictionParams;
  energieschuld: EnergyParams;
  vroegsignalering: VroegsignaleringParams;
  'jeugdhulp-18': YouthCare18Params;
  kostendelersnorm: KostendelersnormParams;
  zoektermijn: ZoektermijnParams;
  'schuldregeling-auto': SchuldregelingAutoParams;
  'ww-bijstand': WwBijstandParams;
}

export type TemplateId = keyof TemplateParams;
export type TemplatePhase = 'income' | 'settle';

interface TemplateImpl<K extends TemplateId> {
  readonly law: string;
  /**
   * When in the month it runs: 'income' templates decide this month's income before
   * it is paid; 'settle' templates react to the month's bills and arrears.
   */
  readonly phase: TemplatePhase;
  readonly run: (ctx: StepContext, id: string, params: TemplateParams[K]) => void;
}

/** Every rule template the core implements, with the law it implements. */
export const TEMPLATES: { readonly [K in TemplateId]: TemplateImpl<K> } = {
  'wahv-boete': { phase: 'settle', law: WAHV_LAW, run: runWahv },
  ontruiming: { phase: 'settle', law: EVICTION_LAW, run: runEviction },
  energieschuld: { phase: 'settle', law: ENERGY_LAW, run: runEnergy },
  vroegsignalering: { phase: 'settle', law: VROEGSIGNALERING_LAW, run: runVroegsignalering },
  'jeugdhulp-18': { phase: 'settle', law: YOUTH_CARE_18_LAW, run: runYouthCare18 },
  kostendelersnorm: { phase: 'income', law: KOSTENDELERSNORM_LAW, run: runKostendelersnorm },
  zoektermijn: { phase: 'income', law: ZOEKTERMIJN_LAW, run: runZoektermijn },
  'schuldregeling-auto': { phase: 'settle', law: SCHULDREGELING_AUTO_LAW, run: runSchuldregelingAuto },
  'ww-bijstand': { phase: 'income', law: WW_LAW, run: runWwBijstand },
};

export const TEMPLATE_IDS = [
  'wahv-boete',
  'ontruiming',
  'energieschuld',
  'vroegsignalering',
  'jeugdhulp-18',
  'kostendelersnorm',
  'zoektermijn',
  'schuldregeling-auto',
  'ww-bijstand',
] as const satisfies readonly TemplateId[];

/** True when the string names a rule template. */
export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** A template instance bound to its implementation: the month step only calls `run`. */
export function bindTemplate<K extends TemplateId>(
  template: K,
  id: string,
  params: TemplateParams[K],
): { readonly phase: TemplatePhase; readonly run: (ctx: StepContext) => void } {
  const impl: TemplateImpl<K> = TEMPLATES[template];
  return { phase: impl.phase, run: (ctx) => impl.run(ctx, id, params) };
}
