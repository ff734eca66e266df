/**
 * npm run cases-doc [-- --check]: writes docs/cases.md, per case in scenarios/index.json
 * both routes per payer and society's total (played as `npm run simulate -- <case>
 * --route system|breakthrough` plays them: session code 1, approvals granted) and
 * the paragraph on what the case teaches. With --check it only says whether the file
 * is up to date (exit 1 when not), so the overview cannot drift from the cases.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { PAYER_IDS, referenceOptionsFor, runCase, type CaseResult, type PayerId, type Scenario } from '../src/core';
import { formatEuros } from '../src/scenario/timeline';
import { partyNames } from './party-names';
import { ROOT, SCENARIO_DIR, readScenario } from './files';

const OUT = join(ROOT, 'docs', 'cases.md');

function listed(): string[] {
  const index = JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios?: unknown };
  return Array.isArray(index.scenarios) ? index.scenarios.filter((f): f is string => typeof f === 'string') : [];
}

function caseSection(file: string, scenario: Scenario): string {
  const options = referenceOptionsFor('all');
  const system = runCase(scenario, scenario.routes.system, 1, options);
  const breakthrough = runCase(scenario, scenario.routes.breakthrough, 1, options);
  const payers = PAYER_IDS.filter((p: PayerId) =>
    [system, breakthrough].some((r) => r.totals.budgetImpactByPayer[p] !== undefined || r.totals.costsByPayer[p] !== undefined),
  );
  const cell = (r: CaseResult, p: PayerId): string => formatEuros(r.totals.budgetImpactByPayer[p] ?? 0, 'nl');
  const name = partyNames('nl');
  const rows = payers.map((p) => `| ${name(p)} | ${cell(system, p)} | ${cell(breakthrough, p)} |`);
  const zrm = (r: CaseResult): string => r.zrmAfter.toFixed(2).replace('.', ',');
  return [
    `## ${scenario.title.nl}`,
    '',
    `\`scenarios/${file}\` · ${scenario.months} maanden · ${scenario.text.summary.nl}`,
    '',
    scenario.text.lesson?.nl ?? '_(Deze casus heeft nog geen alinea over wat hij leert: het veld `lesson`.)_',
    '',
    '| betaler (effect op budget) | systeemroute | doorbraakroute |',
    '| --- | ---: | ---: |',
    ...rows,
    `| **kosten voor de samenleving** | **${formatEuros(system.totals.societyCost, 'nl')}** | **${formatEuros(breakthrough.totals.societyCost, 'nl')}** |`,
    `| gemiddelde ZRM aan het einde (begin ${scenario.def.members.length > 0 ? system.zrmBefore.toFixed(2).replace('.', ',') : '–'}) | ${zrm(system)} | ${zrm(breakthrough)} |`,
    '',
  ].join('\n');
}

/** The whole overview, as the cases are now, formatted as the project formats Markdown. */
export async function casesDocument(): Promise<string> {
  const options = (await resolveConfig(OUT)) ?? {};
  return format(rawDocument(), { ...options, parser: 'markdown' });
}

function rawDocument(): string {
  const sections = listed().map((file) => {
    const loaded = readScenario(join(SCENARIO_DIR, file));
    if (!loaded.scenario) throw new Error(`${file} does not load: run npm run validate -- scenarios/${file}`);
    return caseSection(file, loaded.scenario);
  });
  return [
    '# De casussen',
    '',
    'Dit overzicht wordt gemaakt door `npm run cases-doc` uit dezelfde berekening als `npm run simulate -- <casus> --route system|breakthrough` (sessiecode 1, goedkeuringen verleend). Pas het niet met de hand aan: een test controleert dat het bij de casussen past.',
    '',
    'Effect op budget: wat een betaler betaalt min wat hij ontvangt (een negatief bedrag is geld dat binnenkomt). Kosten voor de samenleving: alleen kosten (zorg, diensten, tijd); overdrachten verschuiven alleen geld.',
    '',
    ...sections,
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const text = await casesDocument();
  if (argv.includes('--check')) {
    const current = (() => {
      try {
        return readFileSync(OUT, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current === text) return 0;
    process.stderr.write('docs/cases.md is out of date: run npm run cases-doc\n');
    return 1;
  }
  writeFileSync(OUT, text);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
