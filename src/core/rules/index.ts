import type { StepContext } from '../context';
import type { ScenarioIndex } from '../model';
import { ENERGY_LAW, bindEnergy, type EnergyParams } from './energy';
import { EVICTION_LAW, bindEviction, type EvictionParams } from './eviction';
import { INCASSO_LAW, bindIncasso, type IncassoParams } from './incasso';
import { KOSTENDELERSNORM_LAW, bindKostendelersnorm, type KostendelersnormParams } from './kostendelersnorm';
import { SCHULDREGELING_AUTO_LAW, bindSchuldregelingAuto, type SchuldregelingAutoParams } from './schuldregeling-auto';
import { VROEGSIGNALERING_LAW, bindVroegsignalering, type VroegsignaleringParams } from './vroegsignalering';
import { bindWahv, WAHV_LAW, type WahvParams } from './wahv';
import { bindWwBijstand, WW_LAW, type WwBijstandParams } from './ww-bijstand';
import { bindYouthCare18, YOUTH_CARE_18_LAW, type YouthCare18Params } from './youth-care-18';
import { bindZoektermijn, ZOEKTERMIJN_LAW, type ZoektermijnParams } from './zoektermijn';

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
  incasso: IncassoParams;
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
  /** Binds an instance once: keys and lookups it needs every month are made here, not in the month step. */
  readonly bind: (id: string, params: TemplateParams[K], index: ScenarioIndex) => (ctx: StepContext) => void;
}

/** Every rule template the core implements, with the law it implements. */
export const TEMPLATES: { readonly [K in TemplateId]: TemplateImpl<K> } = {
  'wahv-boete': { phase: 'settle', law: WAHV_LAW, bind: bindWahv },
  ontruiming: { phase: 'settle', law: EVICTION_LAW, bind: bindEviction },
  energieschuld: { phase: 'settle', law: ENERGY_LAW, bind: bindEnergy },
  vroegsignalering: { phase: 'settle', law: VROEGSIGNALERING_LAW, bind: bindVroegsignalering },
  'jeugdhulp-18': { phase: 'settle', law: YOUTH_CARE_18_LAW, bind: bindYouthCare18 },
  kostendelersnorm: { phase: 'income', law: KOSTENDELERSNORM_LAW, bind: bindKostendelersnorm },
  zoektermijn: { phase: 'income', law: ZOEKTERMIJN_LAW, bind: bindZoektermijn },
  'schuldregeling-auto': { phase: 'settle', law: SCHULDREGELING_AUTO_LAW, bind: bindSchuldregelingAuto },
  'ww-bijstand': { phase: 'income', law: WW_LAW, bind: bindWwBijstand },
  incasso: { phase: 'settle', law: INCASSO_LAW, bind: bindIncasso },
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
  'incasso',
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
  index: ScenarioIndex,
): { readonly phase: TemplatePhase; readonly run: (ctx: StepContext) => void } {
  const impl: TemplateImpl<K> = TEMPLATES[template];
  return { phase: impl.phase, run: impl.bind(id, params, index) };
}
