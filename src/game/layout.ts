import type { PayerId, Scenario } from '../core';

/** Which building stands for which payer; the gemeente's budgets share the town hall. */
export const BUILDING_OF: Record<PayerId, string> = {
  'gemeente-wmo': 'gemeente',
  'gemeente-jeugd': 'gemeente',
  'gemeente-participatie': 'gemeente',
  'gemeente-schuldhulp': 'gemeente',
  'gemeente-leerlingenvervoer': 'gemeente',
  zorgverzekeraar: 'zorgverzekeraar',
  zorgkantoor: 'zorgkantoor',
  cak: 'zorgkantoor',
  belastingdienst: 'belastingdienst',
  cjib: 'cjib',
  justitie: 'justitie',
  uwv: 'uwv',
  woningcorporatie: 'woningcorporatie',
  school: 'school',
  energie: 'energie',
  telecom: 'telecom',
  schuldeisers: 'schuldeisers',
  werkgever: 'werkgever',
  huishouden: 'house',
};

/** The payers a scenario touches, in a stable order. */
export function payersOf(scenario: Scenario): PayerId[] {
  const set = new Set<PayerId>(['gemeente-wmo']);
  for (const i of scenario.incomes) set.add(i.payer);
  for (const b of scenario.bills) set.add(b.payee);
  for (const d of scenario.debts) set.add(d.creditor);
  for (const i of scenario.interventions) set.add(i.payer);
  set.delete('huishouden');
  return [...set];
}

/** Building keys for a scenario's payers, each once. */
export function buildingsOf(scenario: Scenario): string[] {
  return [...new Set(payersOf(scenario).map((p) => BUILDING_OF[p]))];
}

/** Places buildings in two staggered rows above the house (x, y in a 960×540 world). */
export function placeBuildings(keys: readonly string[]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const n = keys.length;
  keys.forEach((key, i) => {
    const x = n === 1 ? 480 : 80 + (800 * i) / (n - 1);
    out.set(key, { x, y: i % 2 === 0 ? 130 : 240 });
  });
  return out;
}
