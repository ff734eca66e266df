import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceOptionsFor, runCase } from '../../src/core';
import { caseTimeline, formatEuros } from '../../src/scenario/timeline';
import { ROOT } from '../../tools/files';
import { partyNames } from '../../tools/party-names';
import { fixture } from '../helpers';

const FILE = join('test', 'fixtures', 'timeline-month-by-month.json');
const simulate = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', 'simulate.ts'), FILE, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run simulate -- --timeline', { timeout: 60_000 }, () => {
  it('prints month by month what happened and every ledger entry, in Dutch', () => {
    const result = simulate(['--route', 'breakthrough', '--timeline']);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Kosten voor de samenleving (alleen kosten)');
    const timeline = out.slice(out.indexOf('Verloop per maand'));
    expect(timeline).toMatch(
      /^Verloop per maand\n\nMaand 0 · september 2026\n {2}• goedkeuring gevraagd: Boete betalen uit het wijkbudget\n/,
    );
    for (const month of ['Maand 1 · oktober 2026', 'Maand 2 · november 2026', 'Maand 3 · december 2026', 'Maand 4 · januari 2027'])
      expect(timeline).toContain(`\n${month}\n`);
    expect(timeline).toContain('  • gebeurtenis buurvrouw-helpt: De buurvrouw helpt met de post.\n');
    const scenario = fixture('timeline-month-by-month');
    // The case's own breakthrough route is played as the game shows it: with its approvals granted.
    const ledger = runCase(scenario, scenario.routes.breakthrough, 1, referenceOptionsFor('all')).ledger;
    const budget = formatEuros(ledger.find((e) => e.cause.id === 'budgetbeheer')?.amount ?? Number.NaN);
    expect(timeline).toContain(
      `${budget}  kosten      Gemeente: Schuldhulp → Zorg- en dienstverleners  ·  waarom: interventie Budgetbeheer  ·  prijs budgetbeheer (`,
    );
    expect(timeline.split('\n').filter((l) => l.includes(' → '))).toHaveLength(ledger.length);
  });

  it('speaks English with --lang en', () => {
    const result = simulate(['--route', 'breakthrough', '--timeline', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Society's cost (costs only)");
    expect(result.stdout).toContain('\nMonth by month\n\nMonth 0 · September 2026\n');
    expect(result.stdout).toMatch(
      / €[\d,]+\.\d\d {2}cost {6}Municipality: debt support → Care and service providers {2}· {2}why: intervention Budget/,
    );
  });

  it("adds the core's timeline to --json, and only when asked", () => {
    const result = simulate(['--route', 'breakthrough', '--seed', '3', '--timeline', '--json']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { timeline: unknown };
    const scenario = fixture('timeline-month-by-month');
    expect(out.timeline).toEqual(caseTimeline(scenario, runCase(scenario, scenario.routes.breakthrough, 3), partyNames('nl')));
    const plain = JSON.parse(simulate(['--json']).stdout) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('timeline');
  });

  it('refuses a language it does not speak', () => {
    const result = simulate(['--timeline', '--lang', 'fr']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lang must be nl or en');
  });
});
