import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diverge, runCase, searchRoute, type Decision } from '../../src/core';
import { checkSave, lastMonthOf, restoreActor, toSave, whatIf } from '../../src/engine';
import { routeArb } from '../arbitraries';
import { fixture, shipped } from '../helpers';
import { machineFor, startActor } from './drive';
import { playRoute as playThrough } from '../../src/engine';

const tutorial = shipped('eerste-huisbezoek');
const enschede = shipped('auto-of-leerlingenvervoer');

describe('the case machine', () => {
  it('goes intake → plan → run → review → run → outcome → debrief', () => {
    const actor = startActor(tutorial);
    const phases: string[] = [actor.getSnapshot().value];
    actor.subscribe((s) => {
      const value = s.value as string;
      if (phases[phases.length - 1] !== value) phases.push(value);
    });
    actor.send({ type: 'trainee.estimate', estimate: { gemeente: 150000, society: 400000 } });
    actor.send({ type: 'trainee.startPlanning' });
    actor.send({ type: 'trainee.chooseIntervention', id: 'budgetbeheer' });
    actor.send({ type: 'trainee.confirmPlan' });
    for (let i = 0; i < 20 && actor.getSnapshot().value !== 'outcome'; i += 1) {
      const phase = actor.getSnapshot().value as string;
      if (phase === 'run') actor.send({ type: 'clock.monthPassed' });
      if (phase === 'review') actor.send({ type: 'trainee.keepPlan' });
      if (phase === 'decision') actor.send({ type: 'trainee.choose', point: 'brief-cjib', option: 'regeling-cjib' });
    }
    actor.send({ type: 'trainee.openDebrief' });
    expect(phases).toEqual(expect.arrayContaining(['intake', 'plan', 'run', 'review', 'outcome', 'debrief']));
    expect(phases.indexOf('review')).toBeGreaterThan(phases.indexOf('run'));
    expect(actor.getSnapshot().context.estimate).toEqual({ gemeente: 150000, society: 400000 });
  });

  it("refuses a plan over the wijkteam's hours", () => {
    const actor = startActor(enschede);
    actor.send({ type: 'trainee.startPlanning' });
    for (const id of [
      'auto-behouden-in-schuldregeling',
      'begeleiding-wmo',
      'schuldhulpverlening',
      'budgetbeheer',
      'beschermingsbewind',
      'kilometervergoeding-eigen-vervoer',
      'ggz-basis',
    ]) {
      actor.send({ type: 'trainee.chooseIntervention', id });
    }
    const { draft } = actor.getSnapshot().context;
    const hours = draft.start.reduce((s, id) => s + (enschede.interventions.find((i) => i.id === id)?.wijkteamHours ?? 0), 0);
    expect(hours).toBeLessThanOrEqual(enschede.wijkteamHoursPerMonth);
    expect(draft.start).not.toContain('beschermingsbewind');
  });

  it('stops the clock for a decision point and resumes with the choice in the log', () => {
    const scenario = fixture('decision-stops-the-clock');
    const actor = startActor(scenario);
    actor.send({ type: 'trainee.startPlanning' });
    actor.send({ type: 'trainee.confirmPlan' });
    actor.send({ type: 'clock.monthPassed' });
    actor.send({ type: 'clock.monthPassed' });
    expect(actor.getSnapshot().value).toBe('decision');
    actor.send({ type: 'clock.monthPassed' });
    expect(actor.getSnapshot().value).toBe('decision');
    actor.send({ type: 'trainee.choose', point: 'keuze', option: 'bestaat-niet' });
    expect(actor.getSnapshot().value).toBe('decision');
    actor.send({ type: 'trainee.choose', point: 'keuze', option: 'hulp' });
    expect(actor.getSnapshot().value).toBe('run');
    expect(actor.getSnapshot().context.decisions).toEqual([{ month: 2, type: 'choose', point: 'keuze', option: 'hulp' }]);
    actor.send({ type: 'clock.monthPassed' });
    expect(actor.getSnapshot().context.play.sim.running.map((r) => r.id)).toContain('budgetbeheer');
  });

  it('asks approval for a breakthrough, which is granted for some seeds and refused for others', () => {
    const scenario = fixture('car-sold-in-debt-arrangement');
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 30; seed += 1) {
      const actor = startActor(scenario, seed);
      actor.send({ type: 'trainee.startPlanning' });
      actor.send({ type: 'trainee.chooseIntervention', id: 'auto-behouden-in-schuldregeling' });
      actor.send({ type: 'trainee.confirmPlan' });
      actor.send({ type: 'clock.monthPassed' });
      expect(actor.getSnapshot().context.play.sim.pending.map((p) => p.id)).toEqual(['auto-behouden-in-schuldregeling']);
      actor.send({ type: 'clock.monthPassed' });
      const events = lastMonthOf(actor.getSnapshot().context.play).events.map((e) => e.type);
      if (events.includes('approved')) outcomes.add('approved');
      if (events.includes('refused')) outcomes.add('refused');
    }
    expect(outcomes).toEqual(new Set(['approved', 'refused']));
  });

  it('with a pooled budget (Brede Geldstroom) a gemeente breakthrough starts without approval', () => {
    const scenario = fixture('car-sold-in-debt-arrangement');
    const actor = startActor(scenario, 1, 'pooled');
    actor.send({ type: 'trainee.startPlanning' });
    actor.send({ type: 'trainee.chooseIntervention', id: 'auto-behouden-in-schuldregeling' });
    actor.send({ type: 'trainee.confirmPlan' });
    actor.send({ type: 'clock.monthPassed' });
    expect(actor.getSnapshot().context.play.sim.pending).toEqual([]);
    expect(actor.getSnapshot().context.play.sim.flags).toContain('auto-in-vtlb');
  });

  it('own-budget and all-budgets modes compute the same numbers: visibility changes what is shown, not what happens', () => {
    const route = enschede.routes.breakthrough;
    const own = playThrough(startActor(enschede, 3, 'own'), enschede, route);
    const all = playThrough(startActor(enschede, 3, 'all'), enschede, route);
    expect(JSON.stringify(own.ledger)).toBe(JSON.stringify(all.ledger));
    expect(startActor(enschede, 3, 'own').getSnapshot().context.mode).toBe('own');
  });
});

describe('saves and replay', () => {
  it('a save is small and restores at the same point with the same numbers', () => {
    const actor = startActor(enschede, 5);
    actor.send({ type: 'trainee.startPlanning' });
    actor.send({ type: 'trainee.chooseIntervention', id: 'begeleiding-wmo' });
    actor.send({ type: 'trainee.confirmPlan' });
    for (let i = 0; i < 4; i += 1) {
      if (actor.getSnapshot().value === 'run') actor.send({ type: 'clock.monthPassed' });
    }
    const save = toSave(actor.getSnapshot(), '2026-11-23T12:00:00Z');
    expect(JSON.stringify(save).length).toBeLessThan(2000);
    const roundTripped = JSON.parse(JSON.stringify(save)) as unknown;
    const checked = checkSave(roundTripped, (id, v) => (id === enschede.id && v === enschede.version ? enschede : undefined));
    if (!('save' in checked)) throw new Error(checked.problem);
    const restored = restoreActor(machineFor(enschede), checked.save, () => enschede).start();
    expect(restored.getSnapshot().value).toBe(actor.getSnapshot().value);
    expect(JSON.stringify(restored.getSnapshot().context.play.sim)).toBe(JSON.stringify(actor.getSnapshot().context.play.sim));
  });

  it('reports a broken save instead of crashing', () => {
    const lookup = () => enschede;
    expect(checkSave('not a save', lookup)).toEqual({ problem: 'notAnObject' });
    expect(checkSave({ format: 99 }, lookup)).toEqual({ problem: 'wrongFormat' });
    expect(
      checkSave(
        {
          format: 1,
          scenarioId: 'x',
          scenarioVersion: 1,
          seed: 1,
          mode: 'all',
          phase: 'run',
          month: 1,
          decisions: [],
          draft: { start: [], stop: [] },
        },
        () => undefined,
      ),
    ).toEqual({ problem: 'unknownScenario' });
    expect(
      checkSave(
        {
          format: 1,
          scenarioId: enschede.id,
          scenarioVersion: 1,
          seed: 1,
          mode: 'all',
          phase: 'run',
          month: 1,
          decisions: [{ month: 99, type: 'start', intervention: 'x' }],
          draft: { start: [], stop: [] },
        },
        lookup,
      ),
    ).toEqual({ problem: 'badDecisions' });
  });

  it('a persisted snapshot round-trips at every point of random games', () => {
    fc.assert(
      fc.property(routeArb(tutorial), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 30 }), (route, seed, stopAfter) => {
        const actor = startActor(tutorial, seed);
        actor.send({ type: 'trainee.startPlanning' });
        let steps = 0;
        const sub = actor.subscribe(() => {
          steps += 1;
        });
        playThroughUntil(actor, route, () => steps >= stopAfter);
        sub.unsubscribe();
        const save = toSave(actor.getSnapshot(), 'now');
        const restored = restoreActor(machineFor(tutorial), save, () => tutorial).start();
        expect(restored.getSnapshot().value).toBe(save.phase);
        expect(JSON.stringify(restored.getSnapshot().context.play.sim)).toBe(JSON.stringify(actor.getSnapshot().context.play.sim));
        expect(restored.getSnapshot().context.decisions).toEqual(actor.getSnapshot().context.decisions);
      }),
      { numRuns: 50 },
    );
  });

  it('the decision log alone replays 1,000 random games to identical ledgers', { timeout: 60_000 }, () => {
    const scenarios = [tutorial, enschede];
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (scenario, seed, pick) => {
        const route = fc.sample(routeArb(scenario), { numRuns: 1, seed: pick })[0] ?? [];
        const played = playThrough(startActor(scenario, seed), scenario, route);
        const replayed = runCase(scenario, played.decisions, seed);
        expect(JSON.stringify(replayed.ledger)).toBe(JSON.stringify(played.ledger));
      }),
      { numRuns: 1000 },
    );
  });

  it('what-if at decision k reproduces every month before k exactly', () => {
    fc.assert(
      fc.property(routeArb(enschede, 6), fc.integer({ min: 1, max: 1000 }), fc.nat(), (route, seed, pick) => {
        if (route.length === 0) return;
        const k = pick % route.length;
        const before = route[k]?.month ?? 0;
        const replacement: Decision[] = [{ month: before, type: 'start', intervention: 'budgetbeheer' }];
        const w = whatIf(enschede, seed, 'all', route, k, replacement);
        expect(JSON.stringify(w.alternative.ledger.filter((e) => e.month < before))).toBe(
          JSON.stringify(w.original.ledger.filter((e) => e.month < before)),
        );
        const d = diverge(w.original, w.alternative);
        if (d.firstMonth !== undefined) expect(d.firstMonth).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('route search', () => {
  it('finds, exhaustively, a tutorial route at least as cheap for society as both scripted routes that keep the ZRM threshold', () => {
    const best = searchRoute(tutorial, { seed: 1, goal: { type: 'society' } });
    expect(best.method).toBe('exhaustive');
    for (const route of [tutorial.routes.system, tutorial.routes.breakthrough]) {
      const r = runCase(tutorial, route, 1);
      if (r.zrmAfter >= tutorial.zrmThreshold) expect(best.result.totals.societyCost).toBeLessThanOrEqual(r.totals.societyCost);
    }
  });

  it('says it used a beam search on the 24-month case, and what is cheapest for one potje is not cheapest for society', () => {
    const society = searchRoute(enschede, { seed: 2, goal: { type: 'society' } });
    const schuldhulp = searchRoute(enschede, { seed: 2, goal: { type: 'payer', payer: 'gemeente-schuldhulp' } });
    expect(society.method).toBe('beam');
    expect(society.meetsThreshold).toBe(true);
    expect(schuldhulp.result.totals.societyCost).toBeGreaterThanOrEqual(society.result.totals.societyCost);
  });
});

function playThroughUntil(
  actor: ReturnType<typeof startActor>,
  route: readonly { month: number; type: string }[],
  stop: () => boolean,
): void {
  for (let guard = 0; guard < 200 && !stop(); guard += 1) {
    const snapshot = actor.getSnapshot();
    const phase = snapshot.value as string;
    if (phase === 'plan') {
      for (const d of route as { month: number; type: string; intervention?: string }[]) {
        if (d.month === snapshot.context.play.sim.month && d.type === 'start' && d.intervention)
          actor.send({ type: 'trainee.chooseIntervention', id: d.intervention });
      }
      actor.send({ type: 'trainee.confirmPlan' });
    } else if (phase === 'run') actor.send({ type: 'clock.monthPassed' });
    else if (phase === 'review') actor.send({ type: 'trainee.keepPlan' });
    else if (phase === 'decision') {
      const point = snapshot.context.play.sim.awaiting[0];
      const def = tutorial.decisionPoints.find((p) => p.id === point);
      if (def) actor.send({ type: 'trainee.choose', point: def.id, option: def.defaultOption });
    } else if (phase === 'outcome') actor.send({ type: 'trainee.openDebrief' });
    else break;
  }
}

describe('implausible saves', () => {
  const lookup = (id: string, version: number) => (id === enschede.id && version === enschede.version ? enschede : undefined);
  const save = (fields: Record<string, unknown>) => ({
    format: 1,
    scenarioId: enschede.id,
    scenarioVersion: enschede.version,
    seed: 1,
    mode: 'all',
    phase: 'run',
    month: 2,
    decisions: [],
    draft: { start: [], stop: [] },
    ...fields,
  });

  it('are named, never resumed: a month beyond the horizon, help the case does not offer, a misspelt option', () => {
    expect(checkSave(save({ month: enschede.months + 1 }), lookup)).toEqual({ problem: 'beyondHorizon' });
    expect(checkSave(save({ decisions: [{ month: 0, type: 'start', intervention: 'bestaat-niet' }] }), lookup)).toEqual({
      problem: 'unknownIntervention',
    });
    expect(checkSave(save({ draft: { start: ['bestaat-niet'], stop: [] } }), lookup)).toEqual({ problem: 'unknownIntervention' });
    const point = enschede.decisionPoints[0]?.id ?? 'x';
    expect(checkSave(save({ decisions: [{ month: 1, type: 'choose', point, option: 'verkeerd' }] }), lookup)).toEqual({
      problem: 'unknownIntervention',
    });
    expect(checkSave(save({ month: 1, decisions: [{ month: 2, type: 'start', intervention: 'budgetbeheer' }] }), lookup)).toEqual({
      problem: 'badDecisions',
    });
  });

  it('from another version of the case say so, instead of "the case does not exist"', () => {
    expect(checkSave(save({ scenarioVersion: enschede.version + 1 }), lookup)).toEqual({ problem: 'otherVersion' });
    expect(checkSave(save({ scenarioId: 'bestaat-niet' }), lookup)).toEqual({ problem: 'unknownScenario' });
  });
});

describe('undoing a stop at the same planning moment', () => {
  it('a running intervention unticked at a planning moment can be ticked again before the plan is confirmed', () => {
    const actor = startActor(tutorial, 1);
    actor.send({ type: 'trainee.startPlanning' });
    const id = tutorial.interventions.find((i) => !i.automatic && !i.breakthrough && i.available === undefined)?.id ?? '';
    actor.send({ type: 'trainee.chooseIntervention', id });
    actor.send({ type: 'trainee.confirmPlan' });
    for (let guard = 0; guard < 20 && actor.getSnapshot().value !== 'review'; guard += 1) {
      const phase = actor.getSnapshot().value;
      if (phase === 'run') actor.send({ type: 'clock.monthPassed' });
      else if (phase === 'decision') {
        const point = tutorial.index.decisionPoints.get(actor.getSnapshot().context.play.sim.awaiting[0] ?? '');
        actor.send({ type: 'trainee.choose', point: point?.id ?? '', option: point?.defaultOption ?? '' });
      } else break;
    }
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'trainee.changePlan' });
    actor.send({ type: 'trainee.dropIntervention', id });
    expect(actor.getSnapshot().context.draft.stop).toContain(id);
    actor.send({ type: 'trainee.chooseIntervention', id });
    expect(actor.getSnapshot().context.draft.stop).not.toContain(id);
  });
});

describe('when chance went against the player', () => {
  it('the analysis plays their own route again with approvals granted, to say what the refusal cost', async () => {
    const { createAnalysis } = await import('../../src/engine');
    const { caseOptionsFor } = await import('../../src/core');
    const analysis = createAnalysis();
    const scenario = enschede;
    const route = scenario.routes.breakthrough;
    const refusedSeed = Array.from({ length: 200 }, (_, i) => i + 1).find((seed) =>
      runCase(scenario, route, seed, caseOptionsFor('all')).events.some((e) => e.type === 'refused' && e.detail === undefined),
    );
    expect(refusedSeed).toBeDefined();
    const granted = analysis.grantedResultFor({ scenario, seed: refusedSeed ?? 1, mode: 'all' }, route);
    expect(granted.events.some((e) => e.type === 'refused' && e.detail === undefined)).toBe(false);
    expect(granted.events.some((e) => e.type === 'approved')).toBe(true);
  });
});
