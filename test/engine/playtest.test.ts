import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecisions, parseDecisions, parseResultCode, playRoute, resultCode } from '../../src/engine';
import { routeArb } from '../arbitraries';
import { shipped } from '../helpers';
import { startActor } from './drive';

const enschede = shipped('auto-of-leerlingenvervoer');

describe('result codes', () => {
  it('round-trip any route', () => {
    fc.assert(
      fc.property(routeArb(enschede), fc.integer({ min: 1, max: 999_999 }), (route, seed) => {
        const code = resultCode(enschede, seed, 'own', route);
        expect(parseResultCode(code)).toEqual({
          scenarioId: enschede.id,
          version: enschede.version,
          seed,
          mode: 'own',
          decisions: [...route],
        });
      }),
    );
  });

  it('reject text that is not a code', () => {
    expect(parseDecisions('0+Budget beheer')).toBeUndefined();
    expect(parseResultCode('zomaar iets')).toBeUndefined();
    expect(parseResultCode('x@1/1/nergens/')).toBeUndefined();
    expect(formatDecisions([])).toBe('');
  });
});

describe('playing to a point', () => {
  it('stops at the first planning moment after the last decision', () => {
    const actor = startActor(enschede, 2);
    playRoute(actor, enschede, [{ month: 0, type: 'start', intervention: 'budgetbeheer' }], { stopAfterMonth: 0 });
    const snapshot = actor.getSnapshot();
    expect(['review', 'decision']).toContain(snapshot.value);
    expect(snapshot.context.play.sim.month).toBeGreaterThan(0);
    expect(snapshot.context.decisions[0]).toEqual({ month: 0, type: 'start', intervention: 'budgetbeheer' });
  });
});
