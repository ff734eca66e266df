import { PAYER_IDS, type PayerId, type PropKind, type Scenario } from '../core';

/** Which building stands for which payer; the gemeente's budgets share the town hall. */
export const BUILDING_OF: Record<PayerId, string> = {
  'gemeente-wmo': 'gemeente',
  'gemeente-jeugd': 'gemeente',
  'gemeente-participatie': 'gemeente',
  'gemeente-schuldhulp': 'gemeente',
  'gemeente-leerlingenvervoer': 'gemeente',
  zorgverzekeraar: 'zorgverzekeraar',
  zorgkantoor: 'zorgkantoor',
  cak: 'cak',
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

/** Every payer's building once, in payer order: the whole neighbourhood the menu shows. */
export const ALL_BUILDINGS: readonly string[] = [...new Set(PAYER_IDS.filter((p) => p !== 'huishouden').map((p) => BUILDING_OF[p]))];

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

/** Where each prop stands on the street (bottom centre) and how large it is drawn, with the art it uses. */
export const PROP_PLACES: Readonly<Record<PropKind, { readonly texture: string; readonly x: number; readonly size: number }>> = {
  car: { texture: 'car', x: 600, size: 48 },
  taxi: { texture: 'taxi', x: 650, size: 48 },
  bike: { texture: 'bike', x: 700, size: 44 },
  room: { texture: 'room', x: 790, size: 110 },
  care: { texture: 'provider', x: 895, size: 110 },
  shelter: { texture: 'shelter', x: 140, size: 110 },
};
