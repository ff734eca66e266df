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
  readonly name: { readonly nl: string; readonly en: string };
  /** The law or arrangement under which this payer pays, shown in "waarom?". */
  readonly law?: string;
}

export const PAYERS: Readonly<Record<PayerId, PayerInfo>> = {
  'gemeente-wmo': {
    id: 'gemeente-wmo',
    group: 'gemeente',
    name: { nl: 'Gemeente: Wmo', en: 'Municipality: Wmo (social support)' },
    law: 'Wmo 2015',
  },
  'gemeente-jeugd': {
    id: 'gemeente-jeugd',
    group: 'gemeente',
    name: { nl: 'Gemeente: Jeugd', en: 'Municipality: youth care' },
    law: 'Jeugdwet',
  },
  'gemeente-participatie': {
    id: 'gemeente-participatie',
    group: 'gemeente',
    name: { nl: 'Gemeente: Participatie', en: 'Municipality: social assistance' },
    law: 'Participatiewet',
  },
  'gemeente-schuldhulp': {
    id: 'gemeente-schuldhulp',
    group: 'gemeente',
    name: { nl: 'Gemeente: Schuldhulp', en: 'Municipality: debt support' },
    law: 'Wgs',
  },
  'gemeente-leerlingenvervoer': {
    id: 'gemeente-leerlingenvervoer',
    group: 'gemeente',
    name: { nl: 'Gemeente: Leerlingenvervoer', en: 'Municipality: school transport' },
    law: 'WPO/WEC, verordening leerlingenvervoer',
  },
  zorgverzekeraar: { id: 'zorgverzekeraar', group: 'zorg', name: { nl: 'Zorgverzekeraar', en: 'Health insurer' }, law: 'Zvw' },
  zorgkantoor: { id: 'zorgkantoor', group: 'zorg', name: { nl: 'Zorgkantoor', en: 'Long-term care office' }, law: 'Wlz' },
  cak: { id: 'cak', group: 'zorg', name: { nl: 'CAK', en: 'CAK (care contributions)' }, law: 'Zvw/Wmo/Wlz' },
  belastingdienst: {
    id: 'belastingdienst',
    group: 'rijk',
    name: { nl: 'Belastingdienst/Toeslagen', en: 'Tax office / benefits' },
    law: 'Awir',
  },
  cjib: { id: 'cjib', group: 'rijk', name: { nl: 'CJIB', en: 'CJIB (fine collection)' }, law: 'Wahv' },
  justitie: { id: 'justitie', group: 'rijk', name: { nl: 'Justitie', en: 'Justice' } },
  uwv: { id: 'uwv', group: 'rijk', name: { nl: 'UWV', en: 'UWV (employee insurance)' }, law: 'WW' },
  woningcorporatie: { id: 'woningcorporatie', group: 'organisaties', name: { nl: 'Woningcorporatie', en: 'Housing corporation' } },
  school: { id: 'school', group: 'organisaties', name: { nl: 'School/OCW', en: 'School / education ministry' } },
  energie: { id: 'energie', group: 'organisaties', name: { nl: 'Energieleverancier', en: 'Energy company' } },
  telecom: { id: 'telecom', group: 'organisaties', name: { nl: 'Telecom', en: 'Telecom company' } },
  schuldeisers: { id: 'schuldeisers', group: 'organisaties', name: { nl: 'Schuldeisers', en: 'Creditors' } },
  werkgever: { id: 'werkgever', group: 'organisaties', name: { nl: 'Werkgever', en: 'Employer' } },
  huishouden: { id: 'huishouden', group: 'huishouden', name: { nl: 'Huishouden', en: 'Household' } },
};

/** True when the string names a known payer. */
export function isPayerId(value: string): value is PayerId {
  return (PAYER_IDS as readonly string[]).includes(value);
}
