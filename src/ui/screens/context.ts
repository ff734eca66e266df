/** What every screen is given, and small read-only helpers the screens share. */
import { PAYERS, PAYER_IDS, type CaseResult, type PayerGroup } from '../../core';
import type { Analysis, CaseHub, CaseKey, CaseMachine, HubView } from '../../engine';
import type { Library } from '../../services/library';
import type { UiState } from '../state';

export interface ScreenContext {
  readonly hub: CaseHub;
  readonly machine: CaseMachine;
  readonly library: Library;
  readonly analysis: Analysis;
  /** What the app remembers between renders; handlers change it and call `rerender`. */
  readonly state: UiState;
  readonly announce: (text: string) => void;
  readonly rerender: () => void;
}

/** The key the engine's analysis knows the running case by. */
export function caseKey(view: HubView): CaseKey {
  const { seed, mode } = view.snapshot.context;
  return { scenario: view.scenario, seed, mode };
}

/** Costs of one payer group (e.g. every gemeente budget together). */
export function groupCost(result: Pick<CaseResult, 'totals'>, group: PayerGroup): number {
  return PAYER_IDS.reduce((sum, p) => (PAYERS[p].group === group ? sum + (result.totals.costsByPayer[p] ?? 0) : sum), 0);
}
