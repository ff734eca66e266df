import { describe, expect, it } from 'vitest';
import type { CaseResult, Decision, Divergence } from '../../src/core';
import type { DecisionWhatIf, Pending } from '../../src/engine';
import { costliest } from '../../src/ui/compare-decisions';
import type { TeamRow } from '../../src/ui/compare-read';

const choose = (option: string): Decision => ({ month: 4, type: 'choose', point: 'brief-cjib', option });
const start = (intervention: string): Decision => ({ month: 0, type: 'start', intervention });
const divergence = (societyCost: number): Divergence => ({ months: [], byPayer: {}, societyCost, zrm: [] });

function team(label: string, decisions: Decision[]): TeamRow {
  return { line: 1, label, code: '', decisions, result: {} as CaseResult };
}

describe('the most expensive decision in the room', () => {
  const noord = team('Noord', [start('budgetbeheer'), choose('zelf-betalen')]);
  const zuid = team('Zuid', [start('budgetbeheer'), choose('regeling-cjib')]);
  const oost = team('Oost', [choose('laten-liggen')]);
  const whatIfs = new Map<TeamRow, Pending<readonly DecisionWhatIf[]>>([
    [
      noord,
      {
        state: 'done',
        value: [
          { index: 0, decision: start('budgetbeheer'), divergence: divergence(-45_415) },
          { index: 1, decision: choose('zelf-betalen'), divergence: divergence(0) },
        ],
      },
    ],
    [
      zuid,
      {
        state: 'done',
        value: [
          { index: 0, decision: start('budgetbeheer'), divergence: divergence(-30_000) },
          { index: 1, decision: choose('regeling-cjib'), divergence: divergence(120_000) },
        ],
      },
    ],
    [oost, { state: 'running' }],
  ]);

  it('keeps, per decision, the team whose what-if differs most, whichever way, and counts the teams still being worked out', () => {
    const { byKey, done, failed } = costliest([noord, zuid, oost], (t) => whatIfs.get(t) ?? { state: 'running' });
    expect(done).toBe(2);
    expect(failed).toBe(0);
    expect(byKey.get('start:budgetbeheer')).toMatchObject({ team: noord, delta: -45_415 });
    expect(byKey.get('point:brief-cjib')).toMatchObject({ team: zuid, delta: 120_000 });
    expect([...byKey.keys()].sort()).toEqual(['point:brief-cjib', 'start:budgetbeheer']);
  });

  it('counts a team whose what-ifs failed, and uses none of its figures', () => {
    const { byKey, done, failed } = costliest([oost], () => ({ state: 'failed', message: 'stuk' }));
    expect({ size: byKey.size, done, failed }).toEqual({ size: 0, done: 0, failed: 1 });
  });
});
