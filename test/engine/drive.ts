import { createActor } from 'xstate';
import type { Decision, LedgerEntry, Route, Scenario } from '../../src/core';
import { createCaseMachine, type CaseActor, type VisibilityMode } from '../../src/engine';

/** A machine for one scenario, the way the app builds it from its library. */
export function machineFor(...scenarios: Scenario[]) {
  return createCaseMachine((id, version) => scenarios.find((s) => s.id === id && s.version === version));
}

export function startActor(scenario: Scenario, seed = 1, mode: VisibilityMode = 'all'): CaseActor {
  return createActor(machineFor(scenario), { input: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, mode } }).start();
}

/**
 * Plays a route through the machine as a trainee would: plans at the planning
 * moments, chooses at decision points, and collects what every month booked.
 */
export function playThrough(actor: CaseActor, scenario: Scenario, route: Route): { ledger: LedgerEntry[]; decisions: readonly Decision[] } {
  const ledger: LedgerEntry[] = [];
  const plan = (month: number): void => {
    for (const d of route.filter((x) => x.month === month)) {
      if (d.type === 'start') actor.send({ type: 'trainee.chooseIntervention', id: d.intervention });
      if (d.type === 'stop') actor.send({ type: 'trainee.dropIntervention', id: d.intervention });
    }
    actor.send({ type: 'trainee.confirmPlan' });
  };
  if ((actor.getSnapshot().value as string) === 'intake') actor.send({ type: 'trainee.startPlanning' });
  for (let guard = 0; guard < scenario.months * 4 + 10; guard += 1) {
    const snapshot = actor.getSnapshot();
    const phase = snapshot.value as string;
    const month = snapshot.context.sim.month;
    if (phase === 'plan') {
      plan(month);
      if ((actor.getSnapshot().value as string) === 'plan') {
        // Over the hours: drop the draft and go on.
        for (const id of actor.getSnapshot().context.draft.start) actor.send({ type: 'trainee.dropIntervention', id });
        actor.send({ type: 'trainee.confirmPlan' });
      }
    } else if (phase === 'run') {
      actor.send({ type: 'clock.monthPassed' });
      ledger.push(...actor.getSnapshot().context.lastEntries);
    } else if (phase === 'review') {
      actor.send({ type: route.some((d) => d.month === month && d.type !== 'choose') ? 'trainee.changePlan' : 'trainee.keepPlan' });
    } else if (phase === 'decision') {
      const point = snapshot.context.sim.awaiting.find(
        (p) => !snapshot.context.decisions.some((d) => d.type === 'choose' && d.point === p && d.month === month),
      );
      const def = scenario.decisionPoints.find((p) => p.id === point);
      if (!def) break;
      const wanted = route.find((d) => d.type === 'choose' && d.point === def.id);
      actor.send({ type: 'trainee.choose', point: def.id, option: wanted?.type === 'choose' ? wanted.option : def.defaultOption });
    } else break;
  }
  return { ledger, decisions: actor.getSnapshot().context.decisions };
}
