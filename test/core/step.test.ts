import { describe, expect, it } from 'vitest';
import { initialState, runCase, stepMonth } from '../../src/core';
import { euro, fixture, shipped } from '../helpers';

describe('the month step', () => {
  it('is a pure function: the input state is never changed', () => {
    const scenario = shipped('auto-of-leerlingenvervoer');
    const state = initialState(scenario);
    const before = JSON.stringify(state);
    const a = stepMonth(scenario, state, [{ month: 0, type: 'start', intervention: 'begeleiding-wmo' }], 1);
    const b = stepMonth(scenario, state, [{ month: 0, type: 'start', intervention: 'begeleiding-wmo' }], 1);
    expect(JSON.stringify(state)).toBe(before);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.state.month).toBe(1);
  });

  it('steps month by month to the same ledger as a whole-case run', () => {
    const scenario = shipped('auto-of-leerlingenvervoer');
    const route = scenario.routes.breakthrough;
    let state = initialState(scenario);
    const ledger = [];
    while (!state.ended) {
      const result = stepMonth(
        scenario,
        state,
        route.filter((d) => d.month === state.month),
        9,
      );
      ledger.push(...result.entries);
      state = result.state;
    }
    expect(JSON.stringify(ledger)).toBe(JSON.stringify(runCase(scenario, route, 9).ledger));
  });

  it('pays bills by priority: what the household cannot pay becomes arrears on the last bills', () => {
    const result = stepMonth(fixture('energy-arrears'), initialState(fixture('energy-arrears')), [], 1);
    const energy = result.state.bills.find((b) => b.id === 'energie');
    expect(energy?.arrears).toBe(euro(100));
    expect(result.state.bills.find((b) => b.id === 'leefgeld')?.arrears).toBe(0);
    expect(result.events.some((e) => e.type === 'arrears' && e.id === 'energie')).toBe(true);
  });

  it('books public income as a transfer to the household, and a wage not at all', () => {
    const benefit = stepMonth(fixture('fine-escalates'), initialState(fixture('fine-escalates')), [], 1);
    expect(benefit.entries).toContainEqual(
      expect.objectContaining({ from: 'gemeente-participatie', to: 'huishouden', kind: 'transfer', amount: euro(1000) }),
    );
    const wage = stepMonth(fixture('car-sold-in-debt-arrangement'), initialState(fixture('car-sold-in-debt-arrangement')), [], 1);
    expect(wage.entries.some((e) => e.from === 'werkgever')).toBe(false);
  });
});
