/** "Waarom?" accounts for every cent: per payer, its lines add up to the budget impact the totals give. */
import { describe, expect, it } from 'vitest';
import { PAYER_IDS, runCase } from '../../src/core';
import { whyLines } from '../../src/ui/screens/why';
import { readScenario, shippedScenarioFiles } from '../../tools/files';

describe('waarom?', () => {
  for (const file of shippedScenarioFiles()) {
    const scenario = readScenario(file).scenario;
    if (!scenario) continue;
    it(`${scenario.id}: each payer's lines, paid minus received, are its budget impact, and each line counts its entries`, () => {
      for (const route of [scenario.routes.system, scenario.routes.breakthrough]) {
        for (const seed of [1, 2, 3]) {
          const result = runCase(scenario, route, seed);
          for (const payer of PAYER_IDS) {
            const lines = whyLines(scenario, result.ledger, payer);
            const net = lines.reduce((sum, line) => sum + (line.paid ? line.amount : -line.amount), 0);
            expect([scenario.id, seed, payer, net]).toEqual([scenario.id, seed, payer, result.totals.budgetImpactByPayer[payer] ?? 0]);
            const entries = result.ledger.filter((e) => e.from === payer || e.to === payer).length;
            expect(lines.reduce((sum, line) => sum + line.count, 0)).toBe(entries);
            // Largest first.
            expect(lines.map((l) => l.amount)).toEqual([...lines.map((l) => l.amount)].sort((a, b) => b - a));
          }
        }
      }
    });
  }
});
