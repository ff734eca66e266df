/**
 * npm run simulate -- <scenario.json> [--route system|breakthrough|best-society|best-for:<payer|group>|<decisions.json>]
 *                     [--seed N] [--mode all|own|pooled] [--json]
 * Plays a case headlessly and prints the costs per payer. Bad input: a message and exit code 2.
 */
import { existsSync } from 'node:fs';
import {
  PAYERS,
  PAYER_IDS,
  PLAY_MODES,
  caseOptionsFor,
  parseGoal,
  runCase,
  searchRoute,
  type PlayMode,
  type Route,
  type Scenario,
} from '../src/core';
import { routeSchema } from '../src/scenario/schema';
import { formatProblem } from '../src/scenario/messages';
import { readScenario, readText } from './files';

class UsageError extends Error {}

const USAGE =
  'usage: npm run simulate -- <scenario.json> [--route system|breakthrough|best-society|best-for:<payer|group>|<decisions.json>] [--seed N] [--mode all|own|pooled] [--json]';

interface Args {
  file: string;
  route: string;
  seed: number;
  mode: PlayMode;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Partial<Args> = { route: 'system', seed: 1, mode: 'all', json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--route') args.route = value();
    else if (arg === '--seed') {
      const text = value();
      if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed must be a whole number, got "${text}"`);
      args.seed = Number(text);
    } else if (arg === '--mode') {
      const mode = value();
      if (!(PLAY_MODES as readonly string[]).includes(mode))
        throw new UsageError(`--mode must be one of ${PLAY_MODES.join(', ')}`);
      args.mode = mode as PlayMode;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === undefined) args.file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!args.file) throw new UsageError('no scenario file given');
  return args as Args;
}

function resolveRoute(scenario: Scenario, args: Args): { name: string; route: Route; note?: string } {
  if (args.route === 'system' || args.route === 'breakthrough') return { name: args.route, route: scenario.routes[args.route] };
  const goal = parseGoal(args.route);
  if (goal) {
    const found = searchRoute(scenario, { seed: args.seed, goal, caseOptions: caseOptionsFor(args.mode) });
    return {
      name: args.route,
      route: found.route,
      note: `${found.method} search, ${found.routesEvaluated} routes evaluated${found.meetsThreshold ? '' : ', no route reached the ZRM threshold'}`,
    };
  }
  if (args.route.endsWith('.json')) {
    if (!existsSync(args.route)) throw new UsageError(`decisions file not found: ${args.route}`);
    let data: unknown;
    try {
      data = JSON.parse(readText(args.route));
    } catch {
      throw new UsageError(`${args.route} is not valid JSON`);
    }
    const parsed = routeSchema.safeParse(Array.isArray(data) ? data : (data as { decisions?: unknown } | null)?.decisions);
    if (!parsed.success)
      throw new UsageError(`${args.route}: expected a list of decisions ({ "month", "type": "start"|"stop"|"choose", … })`);
    return { name: args.route, route: parsed.data };
  }
  throw new UsageError(`unknown route "${args.route}"`);
}

const euros = (cents: number): string =>
  (cents < 0 ? '-' : '') + '€ ' + (Math.abs(cents) / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (!existsSync(args.file)) throw new UsageError(`scenario file not found: ${args.file}`);
  const loaded = readScenario(args.file);
  if (!loaded.scenario) {
    for (const p of loaded.problems) process.stderr.write(`${formatProblem(p, 'en')}\n`);
    return 2;
  }
  const scenario = loaded.scenario;
  const { name, route, note } = resolveRoute(scenario, args);
  const result = runCase(scenario, route, args.seed, caseOptionsFor(args.mode));
  const { totals } = result;
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({
        scenarioId: scenario.id,
        version: scenario.version,
        route: name,
        seed: args.seed,
        mode: args.mode,
        months: scenario.months,
        costsByPayer: totals.costsByPayer,
        totalCents: totals.societyCost,
        transfersByPayer: totals.transfersByPayer,
        budgetImpactByPayer: totals.budgetImpactByPayer,
        zrmBefore: result.zrmBefore,
        zrmAfter: result.zrmAfter,
        debtBeforeCents: result.debtBefore,
        debtAfterCents: result.debtAfter,
        decisions: route,
      })}\n`,
    );
    return 0;
  }
  const lines = [
    `${scenario.title.en ?? scenario.title.nl} — route ${name}, seed ${args.seed}, mode ${args.mode}${note ? ` (${note})` : ''}`,
    '',
  ];
  lines.push(`${'payer'.padEnd(32)}${'costs'.padStart(16)}${'budget impact'.padStart(18)}`);
  for (const payer of PAYER_IDS) {
    const cost = totals.costsByPayer[payer];
    const impact = totals.budgetImpactByPayer[payer];
    if (cost === undefined && impact === undefined) continue;
    lines.push(`${PAYERS[payer].name.en.padEnd(32)}${euros(cost ?? 0).padStart(16)}${euros(impact ?? 0).padStart(18)}`);
  }
  lines.push('', `${"Society's cost (costs only)".padEnd(32)}${euros(totals.societyCost).padStart(16)}`);
  lines.push(
    `Mean ZRM before ${result.zrmBefore.toFixed(2)}, after ${result.zrmAfter.toFixed(2)}; household debt ${euros(result.debtBefore)} → ${euros(result.debtAfter)}`,
  );
  lines.push(
    `Decisions: ${route.length === 0 ? 'none' : route.map((d) => `${d.month}:${d.type === 'choose' ? `${d.point}=${d.option}` : `${d.type} ${d.intervention}`}`).join(', ')}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`simulate: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
