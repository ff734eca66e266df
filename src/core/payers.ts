/** The parties money moves between, with the group each belongs to. */

/** Payer ids: stable, used in scenarios, ledgers, saves and result codes. */
export const PAYER_IDS = [
  'gemeente-wmo',
  'gemeente-jeugd',
  'gemeente-participatie',
  'gemeente-schuldhulp',
  'gemeente-leerlingenvervoer',
  'zorgverzekeraar',
  'zorgkantoor',
  'cak',
  'belastingdienst',
  'cjib',
  'justitie',
  'uwv',
  'woningcorporatie',
  'school',
  'energie',
  'telecom',
  'schuldeisers',
  'werkgever',
  'huishouden',
] as const;

export type PayerId = (typeof PAYER_IDS)[number];

/** Providers of care and services receive the money that a cost uses up; they are no payer. */
export const PROVIDER = 'aanbieder' as const;
export type PartyId = PayerId | typeof PROVIDER;

export const PAYER_GROUPS = ['gemeente', 'rijk', 'zorg', 'organisaties', 'huishouden'] as const;
export type PayerGroup = (typeof PAYER_GROUPS)[number];

/** Text in Dutch (required) and English. */
export interface LocalText {
  readonly nl: string;
  readonly en?: string | undefined;
}

export interface PayerInfo {
  readonly id: PayerId;
  readonly group: PayerGroup;
  /** The law or arrangement under which this payer pays, shown in "waarom?". */
  readonly law?: string;
}

export const PAYERS: Readonly<Record<PayerId, PayerInfo>> = {
  'gemeente-wmo': {
    id: 'gemeente-wmo',
    group: 'gemeente',
    law: 'Wmo 2015',
  },
  'gemeente-jeugd': {
    id: 'gemeente-jeugd',
    group: 'gemeente',
    law: 'Jeugdwet',
  },
  'gemeente-participatie': {
    id: 'gemeente-participatie',
    group: 'gemeente',
    law: 'Participatiewet',
  },
  'gemeente-schuldhulp': {
    id: 'gemeente-schuldhulp',
    group: 'gemeente',
    law: 'Wgs',
  },
  'gemeente-leerlingenvervoer': {
    id: 'gemeente-leerlingenvervoer',
    group: 'gemeente',
    law: 'WPO/WEC, verordening leerlingenvervoer',
  },
  zorgverzekeraar: { id: 'zorgverzekeraar', group: 'zorg', law: 'Zvw' },
  zorgkantoor: { id: 'zorgkantoor', group: 'zorg', law: 'Wlz' },
  cak: { id: 'cak', group: 'zorg', law: 'Zvw/Wmo/Wlz' },
  belastingdienst: {
    id: 'belastingdienst',
    group: 'rijk',
    law: 'Awir',
  },
  cjib: { id: 'cjib', group: 'rijk', law: 'Wahv' },
  justitie: { id: 'justitie', group: 'rijk' },
  uwv: { id: 'uwv', group: 'rijk', law: 'WW' },
  woningcorporatie: { id: 'woningcorporatie', group: 'organisaties' },
  school: { id: 'school', group: 'organisaties' },
  energie: { id: 'energie', group: 'organisaties' },
  telecom: { id: 'telecom', group: 'organisaties' },
  schuldeisers: { id: 'schuldeisers', group: 'organisaties' },
  werkgever: { id: 'werkgever', group: 'organisaties' },
  huishouden: { id: 'huishouden', group: 'huishouden' },
};

/** True when the string names a known payer. */
export function isPayerId(value: string): value is PayerId {
  return (PAYER_IDS as readonly string[]).includes(value);
}
