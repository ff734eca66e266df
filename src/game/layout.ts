import type { PayerId, Scenario } from '../core';
import { PAYER_IDS } from '../core/payers';

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

/** The building where money paid for care, services and bailiffs' acts goes: the providers. */
export const PROVIDER = 'provider';

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

/** Building keys for a scenario's payers, each once, and the providers' building last. */
export function buildingsOf(scenario: Scenario): string[] {
  return [...new Set(payersOf(scenario).map((p) => BUILDING_OF[p])), PROVIDER];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where everything stands on a canvas of a given size, in CSS pixels. */
export interface StageLayout {
  readonly width: number;
  readonly height: number;
  /** True on a short, wide strip (a phone's pinned stage): the house stands left of the buildings. */
  readonly strip: boolean;
  /** Font sizes in pixels: heading, labels, small figures. */
  readonly font: { readonly heading: number; readonly label: number; readonly small: number };
  readonly heading: Point;
  /** The sky and the grass meet here; the street runs at `street`. */
  readonly horizon: number;
  readonly street: number;
  readonly legend: Box;
  /** Each building's centre and the size it is drawn at (square). */
  readonly buildings: ReadonlyMap<string, Point>;
  readonly buildingSize: number;
  /** The width of a building's place in its row: its name and running total must fit in it. */
  readonly buildingCell: number;
  /** Labels are left out when the buildings are drawn too small to carry them. */
  readonly buildingLabels: boolean;
  /** The household's home: the centre of its picture and its size. */
  readonly home: Point;
  readonly homeSize: number;
  /** Where the household's members stand (feet on the street), left to right. */
  readonly people: readonly Point[];
  readonly personHeight: number;
  /** The post and letters at the door: where they pile up. */
  readonly door: Point;
  /** Props (car, bike, taxi, care) along the street right of the home. */
  readonly props: readonly Point[];
  readonly propSize: number;
}

/** The largest square cell for n items in a box, and the columns that give it. */
function grid(n: number, box: Box, labelRoom: number): { columns: number; cell: number } {
  let best = { columns: 1, cell: 0 };
  for (let columns = 1; columns <= Math.max(1, n); columns += 1) {
    const rows = Math.ceil(n / columns);
    const cell = Math.min(box.width / columns, box.height / rows - labelRoom);
    if (cell > best.cell) best = { columns, cell };
  }
  return best;
}

/** Places the buildings of a grid inside a box, rows centred. */
function placeGrid(keys: readonly string[], box: Box, columns: number, rowHeight: number): Map<string, Point> {
  const out = new Map<string, Point>();
  const rows = Math.ceil(keys.length / columns);
  const top = box.y + (box.height - rows * rowHeight) / 2;
  keys.forEach((key, i) => {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, keys.length - row * columns);
    const cellWidth = box.width / columns;
    const left = box.x + (box.width - inRow * cellWidth) / 2;
    // Alternate rows shift half a cell on a roomy grid, so the street reads as a town, not a table.
    out.set(key, { x: left + cellWidth * ((i % columns) + 0.5), y: top + rowHeight * (row + 0.42) });
  });
  return out;
}

/**
 * Lays the neighbourhood out on a canvas of any size: tall in a page's side column,
 * a short strip on a phone. Pure, so the same size always gives the same picture.
 */
export function stageLayout(width: number, height: number, buildingKeys: readonly string[], members: number): StageLayout {
  const strip = width / height > 1.45;
  const small = Math.min(width, height) < 300;
  const font = { heading: small ? 14 : 18, label: small ? 11 : 13, small: small ? 10 : 12 };
  const legendHeight = small ? 22 : 30;
  const legend: Box = { x: 0, y: height - legendHeight, width, height: legendHeight };
  const headingHeight = font.heading + 10;
  const heading = { x: width / 2, y: 3 };
  const streetHeight = small ? 10 : 18;
  const street = legend.y - streetHeight / 2 - 2;
  const people = Math.max(1, members);

  let homeZone: Box;
  let buildingZone: Box;
  if (strip) {
    const homeWidth = Math.min(width * 0.42, Math.max(150, height * 1.1));
    homeZone = { x: 0, y: headingHeight, width: homeWidth, height: street - headingHeight };
    // The props stand on the street under the buildings, so the lowest row keeps clear of them.
    buildingZone = { x: homeWidth, y: headingHeight, width: width - homeWidth, height: street - headingHeight - height * 0.16 };
  } else {
    const homeHeight = Math.min(height * 0.36, width * 0.5);
    homeZone = { x: 0, y: street - homeHeight, width, height: homeHeight };
    buildingZone = { x: 0, y: headingHeight, width, height: homeZone.y - headingHeight - 4 };
  }
  const labelRoom = small ? 14 : font.label + font.small * 2 + 12;
  const layoutGrid = grid(buildingKeys.length, buildingZone, labelRoom);
  const buildingSize = Math.max(18, Math.min(110, layoutGrid.cell * 0.86));
  // A name needs room beside its neighbours; a crowded strip shows the buildings' pictures alone.
  const buildingLabels = buildingSize >= 34 && buildingZone.width / layoutGrid.columns >= 78;
  const rows = Math.ceil(buildingKeys.length / layoutGrid.columns);
  const rowHeight = Math.max(buildingSize + (buildingLabels ? labelRoom : 4), Math.min(buildingZone.height / rows, buildingSize * 1.9));
  const buildings = placeGrid(buildingKeys, buildingZone, layoutGrid.columns, rowHeight);

  const homeSize = Math.max(40, Math.min(homeZone.height * 0.78, homeZone.width * 0.42, 170));
  // The buildings stand on the grass: the sky ends behind the first row.
  const firstRow = Math.min(buildingZone.y + buildingZone.height * 0.4, ...[...buildings.values()].map((b) => b.y));
  const horizon = strip ? street - homeSize * 0.45 : firstRow + buildingSize * 0.5;
  const personHeight = Math.max(26, Math.min(homeSize * 0.55, 78));
  const home = {
    x: strip ? homeZone.x + homeZone.width * 0.62 : homeZone.x + homeZone.width * 0.5,
    y: street - homeSize / 2 - streetHeight * 0.2,
  };
  // The members stand left of the home, closer together when the street is short.
  const personGap = Math.min(personHeight * 0.62, (home.x - homeSize * 0.5 - 10) / people);
  const peopleRight = home.x - homeSize * 0.5 - personGap * 0.4;
  const placedPeople: Point[] = [];
  for (let i = 0; i < people; i += 1) placedPeople.push({ x: peopleRight - (people - 1 - i) * personGap, y: street + streetHeight * 0.1 });
  const door = { x: home.x + homeSize * 0.42, y: street - homeSize * 0.12 };
  const propSize = Math.max(22, Math.min(homeSize * 0.36, 56));
  const propsLeft = home.x + homeSize * 0.75;
  const props: Point[] = [];
  for (let i = 0; i < 4; i += 1) props.push({ x: propsLeft + i * propSize * 1.15, y: street });
  return {
    width,
    height,
    strip,
    font,
    heading,
    horizon,
    street,
    legend,
    buildings,
    buildingSize,
    buildingCell: buildingZone.width / layoutGrid.columns,
    buildingLabels,
    home,
    homeSize,
    people: placedPeople,
    personHeight,
    door,
    props,
    propSize,
  };
}
