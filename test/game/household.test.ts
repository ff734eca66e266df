/** Where the canvas draws the household sleeping comes from the case's own `dwellings`, never from flag names the game knows. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialState, type Scenario, type SimState } from '../../src/core';
import { homeOf } from '../../src/game/household';
import { readScenario, SCENARIO_DIR } from '../../tools/files';

function scenarioOf(id: string): Scenario {
  const scenario = readScenario(join(SCENARIO_DIR, `${id}.json`)).scenario;
  if (!scenario) throw new Error(`${id} does not load`);
  return scenario;
}

const withFlags = (state: SimState, flags: readonly string[]): SimState => ({ ...state, flags: [...state.flags, ...flags] });

describe('the home on the canvas', () => {
  const dakloos = scenarioOf('zelfredzaam-en-dakloos');
  // Marco starts in a garage box: the tests start from a state with no dwelling flag set.
  const dwellingFlags = Object.keys(dakloos.def.dwellings ?? {});
  const initial = initialState(dakloos);
  const start = { ...initial, flags: initial.flags.filter((flag) => !dwellingFlags.includes(flag)) };

  it('starts where the case says: Marco in his garage box', () => {
    expect(homeOf(dakloos, initial).texture).toBe('tent');
  });

  it.each([
    ['studio', 'room', 'room'],
    ['beschermd-wonen', 'shelter', 'shelter'],
    ['bij-kees', 'couch', 'person-couch'],
    ['straat', 'street', 'street-bench'],
    ['garagebox', 'street', 'tent'],
  ] as const)('draws the flag %s as %s', (flag, dwelling, texture) => {
    const home = homeOf(dakloos, withFlags(start, [flag]));
    expect(home.dwelling).toBe(dwelling);
    expect(home.texture).toBe(texture);
  });

  it('ignores a flag the case does not name in its dwellings', () => {
    const plain = { ...dakloos, def: { ...dakloos.def, dwellings: {} } };
    expect(homeOf(plain, withFlags(start, ['studio'])).dwelling).not.toBe('room');
    expect(homeOf(dakloos, withFlags(start, ['kamer'])).dwelling).not.toBe('room');
  });

  it("follows the eviction rule's own flags whatever the case names", () => {
    expect(homeOf(dakloos, withFlags(start, ['ontruimingsprocedure'])).dwelling).toBe('summons');
    expect(homeOf(dakloos, withFlags(start, ['ontruimd'])).evicted).toBe(true);
  });
});
