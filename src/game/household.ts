/**
 * What the household's home looks like on the canvas, read from the state the engine
 * keeps: where the household sleeps, the post at the door, the letters of debts that
 * escalated, and each member's mood from their ZRM. It only chooses pictures; it
 * computes no result and changes nothing.
 */
import type { DwellingKind, PayerId, Scenario, SimState } from '../core';
import { meanScore } from '../core/zrm';

/** Where the household lives now, in the order the canvas draws them. */
export const DWELLINGS = ['house', 'arrears', 'summons', 'ruling', 'room', 'shelter', 'couch', 'street'] as const;
export type Dwelling = (typeof DWELLINGS)[number];

/** One letter lying at the door or pinned to it. */
export interface Letter {
  /** The debt or procedure it belongs to. */
  readonly id: string;
  /** The payer who sent it. */
  readonly from: PayerId;
  /** The art drawn for it. */
  readonly texture: string;
  /** How much it has grown against the original (1 = as first sent). */
  readonly growth: number;
}

export interface HomeView {
  readonly dwelling: Dwelling;
  /** The art drawn for the home. */
  readonly texture: string;
  /** Letters unanswered: bills in arrears and debts past their first notice. */
  readonly post: number;
  readonly letters: readonly Letter[];
  /** The old home boarded up after an eviction, drawn beside where the household went. */
  readonly evicted: boolean;
  /** Each member's mood, 1 (bad) to 5 (good), rounded from their ZRM mean. */
  readonly moods: readonly { readonly id: string; readonly mood: number }[];
}

/**
 * Where the case's own flags say the household sleeps now (its `dwellings`: kamer → room, …).
 * The eviction procedure's flags come from its rule (src/core/rules/eviction.ts).
 */
function dwellingKindsOf(scenario: Scenario, flags: readonly string[]): Set<DwellingKind> {
  const kinds = new Set<DwellingKind>();
  for (const [flag, kind] of Object.entries(scenario.def.dwellings ?? {})) if (flags.includes(flag)) kinds.add(kind);
  return kinds;
}

/** The art for a debt's letter: the Wahv fine's own letters by stage, a reminder for any other. */
function letterTexture(creditor: string, stage: number): string {
  if (creditor === 'cjib') return `letter-fine-${Math.min(3, Math.max(1, stage))}`;
  return stage >= 3 ? 'letter-summons' : 'letter-reminder';
}

/** Where the household sleeps, from the help that runs (a room, a shelter) and the flags the case sets. */
function dwellingOf(scenario: Scenario, sim: SimState): Dwelling {
  const flags = sim.flags;
  const props = new Set<string>();
  // The help an eviction starts is the shelter it names (src/core/rules/eviction.ts), whatever its picture.
  const evictions = new Set(
    [...scenario.templates.settle, ...scenario.templates.income].filter((b) => b.template === 'ontruiming').map((b) => b.id),
  );
  for (const r of sim.running) {
    if (r.startMonth > sim.month) continue;
    const prop = scenario.index.interventions.get(r.id)?.prop;
    if (prop) props.add(prop);
    else if (r.cause.type === 'template' && evictions.has(r.cause.id)) props.add('shelter');
  }
  const kinds = dwellingKindsOf(scenario, flags);
  if (props.has('room') || kinds.has('room')) return 'room';
  if (props.has('shelter') || kinds.has('shelter')) return 'shelter';
  if (kinds.has('street') || kinds.has('tent')) return 'street';
  if (flags.includes('ontruimd')) return 'street';
  if (kinds.has('couch')) return 'couch';
  if (flags.includes('vonnis-ontbinding')) return 'ruling';
  if (flags.includes('ontruimingsprocedure')) return 'summons';
  if (sim.bills.some((b) => b.arrearsMonths > 0)) return 'arrears';
  return 'house';
}

const TEXTURE: Record<Dwelling, string> = {
  house: 'house',
  arrears: 'house-post',
  summons: 'house-post',
  ruling: 'house-post',
  room: 'room',
  shelter: 'shelter',
  couch: 'person-couch',
  street: 'street-bench',
};

/** The home as the canvas draws it now. */
export function homeOf(scenario: Scenario, sim: SimState): HomeView {
  const dwelling = dwellingOf(scenario, sim);
  const letters: Letter[] = [];
  for (const debt of sim.debts) {
    if (debt.amount <= 0 || debt.stage < 1) continue;
    letters.push({
      id: debt.id,
      from: debt.creditor,
      texture: letterTexture(debt.creditor, debt.stage),
      growth: debt.original > 0 ? debt.amount / debt.original : 1,
    });
  }
  if (sim.flags.includes('ontruimingsprocedure') || sim.flags.includes('vonnis-ontbinding')) {
    letters.push({
      id: 'ontruiming',
      from: 'woningcorporatie',
      texture: 'eviction-notice',
      growth: sim.flags.includes('vonnis-ontbinding') ? 1.5 : 1,
    });
  }
  const post = sim.bills.filter((b) => b.arrearsMonths > 0).reduce((n, b) => n + b.arrearsMonths, 0) + letters.length;
  return {
    dwelling,
    texture: dwelling === 'street' && dwellingKindsOf(scenario, sim.flags).has('tent') ? 'tent' : TEXTURE[dwelling],
    post,
    letters,
    evicted: sim.flags.includes('ontruimd'),
    moods: sim.members.map((m) => ({ id: m.id, mood: Math.min(5, Math.max(1, Math.round(meanScore([m.zrm]) || 3))) })),
  };
}
