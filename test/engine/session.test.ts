import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAY_MODES } from '../../src/core';
import {
  DEBRIEF_UNLOCK,
  areRoutesRevealed,
  checkSave,
  checkSessionRecord,
  isPointLocked,
  isUnlockCode,
  readSessionLink,
  roundSetup,
  sessionQuery,
  sessionSlot,
  teamLabelOf,
  toSave,
  unlockCode,
  withUnlocked,
  type SessionRecord,
  type SessionSetup,
} from '../../src/engine';
import { shipped } from '../helpers';
import { startActor } from './drive';

const enschede = shipped('auto-of-leerlingenvervoer');
const helm = shipped('een-helm');
const cases = [enschede, helm];
const lookup = (id: string, version: number) => cases.find((s) => s.id === id && s.version === version);

const setup: SessionSetup = {
  scenarioId: enschede.id,
  scenarioVersion: enschede.version,
  seed: 7,
  mode: 'own',
  routes: 'held',
  pauses: true,
};

const setupArb = fc.record({
  scenario: fc.constantFrom(enschede, helm),
  seed: fc.integer({ min: 1, max: 999_999 }),
  mode: fc.constantFrom(...PLAY_MODES),
  round: fc.constantFrom(undefined, 1, 2),
  routes: fc.constantFrom('open', 'held'),
  pauses: fc.boolean(),
});

describe('session links', () => {
  it('round-trip every setting', () => {
    fc.assert(
      fc.property(setupArb, (x) => {
        // Only setups a trainer can make: own budget only where the case has one, round 1 own and round 2 not.
        const mode = x.mode === 'own' && !x.scenario.ownBudget ? 'all' : x.mode;
        const round = x.round === 1 && mode !== 'own' ? undefined : x.round === 2 && mode === 'own' ? undefined : x.round;
        const made: SessionSetup = {
          scenarioId: x.scenario.id,
          scenarioVersion: x.scenario.version,
          seed: x.seed,
          mode,
          ...(round ? { round } : {}),
          routes: x.routes,
          pauses: x.pauses,
        };
        expect(readSessionLink(`?${sessionQuery(made)}`, lookup)).toEqual({ kind: 'team', setup: made, scenario: x.scenario });
        expect(readSessionLink(sessionQuery(made, 'trainer'), lookup)).toEqual({ kind: 'trainer', setup: made, scenario: x.scenario });
      }),
    );
  });

  it('are short and use short parameter names', () => {
    expect(sessionQuery(setup)).toMatch(/^c=auto-of-leerlingenvervoer&v=\d+&s=7&m=own&h=1&p=1&k=[0-9a-f]{4}$/);
    expect(sessionQuery({ ...setup, routes: 'open', pauses: false, round: 1 })).toMatch(/^c=[a-z-]+&v=\d+&s=7&m=own&r=1&k=[0-9a-f]{4}$/);
  });

  it('say why a bad link cannot be played', () => {
    const good = sessionQuery(setup);
    const read = (query: string) => readSessionLink(query, lookup);
    expect(read('')).toEqual({ kind: 'none' });
    expect(read('?scenario=een-helm&seed=3')).toEqual({ kind: 'none' });
    // Held routes switched off by hand: the checksum no longer fits.
    expect(read(good.replace('&h=1', ''))).toEqual({ kind: 'bad', problem: 'checksum' });
    expect(read(good.replace('s=7', 's=8'))).toEqual({ kind: 'bad', problem: 'checksum' });
    expect(read(good.replace(/&k=[0-9a-f]+/, ''))).toEqual({ kind: 'bad', problem: 'checksum' });
    expect(read(good.replace('m=own', 'm=alles'))).toEqual({ kind: 'bad', problem: 'format' });
    expect(read(good.replace('s=7', 's=0'))).toEqual({ kind: 'bad', problem: 'format' });
    expect(read(good.replace('h=1', 'h=ja'))).toEqual({ kind: 'bad', problem: 'format' });
    expect(read('c=een-helm')).toEqual({ kind: 'bad', problem: 'format' });
    expect(read(`?${good.slice(0, 30)}`)).toMatchObject({ kind: 'bad' });
    const other = { ...setup, scenarioVersion: enschede.version + 1 };
    expect(read(sessionQuery(other))).toEqual({ kind: 'bad', problem: 'otherVersion' });
    expect(read(sessionQuery({ ...setup, scenarioId: 'bestaat-niet' }))).toEqual({ kind: 'bad', problem: 'unknownCase' });
    const helmOwn = { ...setup, scenarioId: helm.id, scenarioVersion: helm.version };
    expect(read(sessionQuery(helmOwn))).toEqual({ kind: 'bad', problem: 'noOwnBudget' });
    expect(read(sessionQuery({ ...setup, round: 2 }))).toEqual({ kind: 'bad', problem: 'round' });
    expect(read(sessionQuery({ ...setup, mode: 'pooled', round: 1 }))).toEqual({ kind: 'bad', problem: 'round' });
  });

  it('give the two rounds of "silo first, then reveal" the same case and code in their own modes', () => {
    expect(roundSetup(setup, 1)).toEqual({ ...setup, round: 1, mode: 'own' });
    expect(roundSetup(setup, 2, 'pooled')).toEqual({ ...setup, round: 2, mode: 'pooled' });
    expect(sessionSlot(roundSetup(setup, 1))).not.toBe(sessionSlot(roundSetup(setup, 2)));
    expect(sessionSlot(setup)).not.toBe(sessionSlot({ ...setup, routes: 'open' }));
    expect(sessionSlot(setup)).toBe(sessionSlot({ ...setup }));
  });
});

describe('unlock codes', () => {
  it('are four digits and stable', () => {
    expect(unlockCode(setup, 'winterrooster')).toMatch(/^\d{4}$/);
    const secondRound: SessionSetup = { ...setup, mode: 'all', round: 2 };
    expect(unlockCode(setup, 'winterrooster')).toBe(unlockCode(secondRound, 'winterrooster'));
  });

  it('differ per decision point of every shipped case, and from the debrief code', () => {
    for (const scenario of cases) {
      for (const seed of [1, 7, 42, 999_999]) {
        const key = { scenarioId: scenario.id, scenarioVersion: scenario.version, seed };
        const codes = [...scenario.decisionPoints.map((p) => unlockCode(key, p.id)), unlockCode(key, DEBRIEF_UNLOCK)];
        expect(new Set(codes).size, `${scenario.id} ${seed}: ${codes.join(' ')}`).toBe(codes.length);
      }
    }
  });

  it('differ per session code, case and version', () => {
    const point = enschede.decisionPoints[0]?.id ?? '';
    const bySeed = new Set(Array.from({ length: 60 }, (_, i) => unlockCode({ ...setup, seed: i + 1 }, point)));
    expect(bySeed.size).toBeGreaterThan(55);
    expect(unlockCode(setup, point)).not.toBe(unlockCode({ ...setup, scenarioVersion: setup.scenarioVersion + 1 }, point));
    expect(unlockCode(setup, point)).not.toBe(unlockCode({ ...setup, scenarioId: 'een-helm' }, point));
  });

  it('lift only their own pause point, and the debrief code reveals the routes', () => {
    const [first = '', second = ''] = enschede.decisionPoints.map((p) => p.id);
    const team: SessionRecord = { ...setup, team: 'Team Noord', unlocked: [] };
    expect(isPointLocked(team, first)).toBe(true);
    expect(isUnlockCode(setup, first, unlockCode(setup, second))).toBe(false);
    expect(isUnlockCode(setup, first, ` ${unlockCode(setup, first).split('').join(' ')} `)).toBe(true);
    const opened = withUnlocked(team, first);
    expect(isPointLocked(opened, first)).toBe(false);
    expect(isPointLocked(opened, second)).toBe(true);
    expect(withUnlocked(opened, first)).toBe(opened);
    expect(isPointLocked({ ...team, pauses: false }, first)).toBe(false);
    expect(isPointLocked(undefined, first)).toBe(false);
    expect(areRoutesRevealed(team)).toBe(false);
    expect(areRoutesRevealed(withUnlocked(team, DEBRIEF_UNLOCK))).toBe(true);
    expect(areRoutesRevealed({ ...team, routes: 'open' })).toBe(true);
    expect(areRoutesRevealed(undefined)).toBe(true);
  });
});

describe('team labels', () => {
  it('are tidied and never empty', () => {
    expect(teamLabelOf('  Team   Noord ')).toBe('Team Noord');
    expect(teamLabelOf('a\nb\tc')).toBe('a b c');
    expect(teamLabelOf('   ')).toBeUndefined();
    expect(teamLabelOf('x'.repeat(100))).toHaveLength(40);
    // A label is only ever text: a formula stays a label, the export guards it.
    expect(teamLabelOf("=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
  });
});

describe('a session in the save', () => {
  const team: SessionRecord = { ...setup, team: 'Team Zuid', unlocked: ['winterrooster'] };

  it('is kept with the save and read back', () => {
    const actor = startActor(enschede, 7, 'own');
    const save = toSave(actor.getSnapshot(), '2026-12-01T10:00:00.000Z', team);
    const checked = checkSave(JSON.parse(JSON.stringify(save)), lookup);
    expect(checked).toEqual({ save });
    expect('save' in checked && checked.save.session).toEqual(team);
  });

  it('is refused when it is not a session of this case', () => {
    const actor = startActor(enschede, 7, 'own');
    const save = toSave(actor.getSnapshot(), '2026-12-01T10:00:00.000Z', team);
    expect(checkSave({ ...save, session: { ...team, seed: 8 } }, lookup)).toEqual({ problem: 'badField' });
    expect(checkSave({ ...save, session: { ...team, team: '' } }, lookup)).toEqual({ problem: 'badField' });
    expect(checkSave({ ...save, session: { ...team, unlocked: [3] } }, lookup)).toEqual({ problem: 'badField' });
    expect(checkSessionRecord({ ...team, routes: 'later' })).toBeUndefined();
    expect(checkSessionRecord(team)).toEqual(team);
  });
});
