import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCase } from '../../src/core';
import { ROOT } from '../../tools/files';
import { shipped } from '../helpers';

const tsx = (script: string, args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', script), ...args], { cwd, encoding: 'utf8' });

describe('npm run simulate', { timeout: 60_000 }, () => {
  it("prints one JSON object whose totals are the core's", () => {
    const result = tsx('simulate.ts', ['scenarios/auto-of-leerlingenvervoer.json', '--route', 'breakthrough', '--seed', '4', '--json']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    const scenario = shipped('auto-of-leerlingenvervoer');
    const expected = runCase(scenario, scenario.routes.breakthrough, 4);
    expect(out).toMatchObject({
      scenarioId: scenario.id,
      route: 'breakthrough',
      seed: 4,
      months: 24,
      costsByPayer: expected.totals.costsByPayer,
      totalCents: expected.totals.societyCost,
      transfersByPayer: expected.totals.transfersByPayer,
      zrmBefore: expected.zrmBefore,
      zrmAfter: expected.zrmAfter,
    });
    const costs = Object.values(out.costsByPayer as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(out.totalCents).toBe(costs);
    expect(Object.values(out.transfersByPayer as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('accepts a decisions file and the route searches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const file = join(dir, 'route.json');
    writeFileSync(file, JSON.stringify([{ month: 0, type: 'start', intervention: 'budgetbeheer' }]));
    const fromFile = tsx('simulate.ts', ['scenarios/eerste-huisbezoek.json', '--route', file, '--json']);
    expect(fromFile.status).toBe(0);
    expect((JSON.parse(fromFile.stdout) as { decisions: unknown[] }).decisions).toHaveLength(1);
    const best = tsx('simulate.ts', ['scenarios/eerste-huisbezoek.json', '--route', 'best-for:gemeente-schuldhulp']);
    expect(best.status).toBe(0);
    expect(best.stdout).toContain('Kosten voor de samenleving');
  });

  it('answers bad arguments and bad files with a message and exit code 2, never a stack trace', () => {
    for (const args of [
      [],
      ['nope.json'],
      ['scenarios/eerste-huisbezoek.json', '--seed', 'x'],
      ['scenarios/eerste-huisbezoek.json', '--route', 'sideways'],
      ['scenarios/eerste-huisbezoek.json', '--bogus'],
      [join(ROOT, 'test', 'fixtures', 'broken', 'trainer-mistakes.json')],
    ]) {
      const result = tsx('simulate.ts', args);
      expect(result.status).toBe(2);
      expect(result.stderr.length).toBeGreaterThan(0);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('npm run new-scenario', { timeout: 30_000 }, () => {
  it('refuses a bad id with exit code 2', () => {
    expect(tsx('new-scenario.ts', ['Mijn Casus']).status).toBe(2);
  });

  it('will not overwrite an existing case', () => {
    const result = tsx('new-scenario.ts', ['eerste-huisbezoek']);
    expect(result.status).toBe(2);
    expect(readFileSync(join(ROOT, 'scenarios', 'eerste-huisbezoek.json'), 'utf8')).toContain('Anouk');
  });
});
