import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecisions, parseDecisions, parseResultCode, playRoute, readResultCode, resultCode } from '../../src/engine';
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

  const lookup = (id: string, version: number) => (id === enschede.id && version === enschede.version ? enschede : undefined);
  // What the game writes in a code: every decision, the choices at decision points included.
  const played = playRoute(startActor(enschede, 7), enschede, [
    { month: 0, type: 'start', intervention: 'budgetbeheer' },
    { month: 0, type: 'start', intervention: 'schuldhulpverlening' },
  ]).decisions;

  it('read back a played route, checked by replaying it through the case machine', () => {
    const read = readResultCode(resultCode(enschede, 7, 'all', played), lookup);
    expect(read.ok).toBe(true);
  });

  it('refuse a code whose text was changed by hand: the checksum no longer fits', () => {
    const code = resultCode(enschede, 7, 'all', played);
    expect(readResultCode(code.replace('/7/', '/8/'), lookup)).toEqual({ ok: false, problem: 'checksum' });
    expect(readResultCode(code.replace('budgetbeheer', 'budgetbeher'), lookup)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuse a code from another engine version, another case version, or an unknown case', () => {
    const code = resultCode(enschede, 7, 'all', played);
    expect(readResultCode(code.replace(/~\d+\./, '~1.'), lookup)).toEqual({ ok: false, problem: 'otherEngine' });
    expect(readResultCode(resultCode({ id: enschede.id, version: enschede.version + 1 }, 7, 'all', played), lookup)).toEqual({
      ok: false,
      problem: 'otherVersion',
    });
    expect(readResultCode(resultCode({ id: 'bestaat-niet', version: 1 }, 7, 'all', played), lookup)).toEqual({
      ok: false,
      problem: 'unknownCase',
    });
  });

  it('refuse a code with a decision that could not have been played, even with a fitting checksum', () => {
    const impossible = [
      [{ month: 0, type: 'start', intervention: 'bestaat-niet' }],
      [{ month: 1, type: 'start', intervention: 'budgetbeheer' }],
      [{ month: enschede.months, type: 'start', intervention: 'budgetbeheer' }],
      [{ month: 1, type: 'choose', point: enschede.decisionPoints[0]?.id ?? 'x', option: 'verkeerd-gespeld' }],
    ] as const;
    for (const decisions of impossible) {
      expect(readResultCode(resultCode(enschede, 7, 'all', decisions), lookup), JSON.stringify(decisions)).toEqual({
        ok: false,
        problem: 'impossibleDecision',
      });
    }
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
