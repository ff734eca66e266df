/**
 * npm run simulate -- <scenario.json> [--route system|breakthrough|best-society|best-for:<payer|group>|<decisions.json>]
 *                     [--seed N] [--mode all|own|pooled] [--budget SECONDS] [--timeline] [--lang nl|en] [--json]
 * Plays a case headlessly and prints the costs per payer; with --timeline also what
 * happened month by month and every ledger entry. Bad input: a message and exit code 2.
 */
import { existsSync } from 'node:fs';
import {
  PAYER_IDS,
  PLAY_MODES,
  caseOptionsFor,
  parseGoal,
  referenceOptionsFor,
  runCase,
  searchRoute,
  type PlayMode,
  type Route,
  type Scenario,
} from '../src/core';
import { routeSchema } from '../src/scenario/schema';
import { formatProblem } from '../src/scenario/messages';
import { caseTimeline, formatEuros, timelineLines, type TimelineLang } from '../src/scenario/timeline';
import { partyNames } from './party-names';
import { readScenario, readText } from './files';

class UsageError extends Error {}

const USAGE =
  'usage: npm run simulate -- <scenario.json> [--route system|breakthrough|best-society|best-for:<payer|group>|<decisions.json>] [--seed N] [--mode all|own|pooled] [--budget SECONDS] [--timeline] [--lang nl|en] [--json]';

interface Args {
  file: string;
  route: string;
  seed: number;
  mode: PlayMode;
  json: boolean;
  timeline: boolean;
  lang: TimelineLang;
  /** Seconds a route search may take before it answers with the best route so far. */
  budget: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Partial<Args> = { route: 'system', seed: 1, mode: 'all', json: false, timeline: false, lang: 'nl', budget: 20 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--timeline') args.timeline = true;
    else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'nl' && lang !== 'en') throw new UsageError('--lang must be nl or en');
      args.lang = lang;
    } else if (arg === '--route') args.route = value();
    else if (arg === '--seed') {
      const text = value();
      if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed must be a whole number, got "${text}"`);
      args.seed = Number(text);
    } else if (arg === '--budget') {
      const text = value();
      if (!/^\d{1,4}(\.\d+)?$/.test(text) || Number(text) <= 0) throw new UsageError(`--budget must be a number of seconds, got "${text}"`);
      args.budget = Number(text);
    } else if (arg === '--mode') {
      const mode = value();
      if (!(PLAY_MODES as readonly string[]).includes(mode)) throw new UsageError(`--mode must be one of ${PLAY_MODES.join(', ')}`);
      args.mode = mode as PlayMode;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === undefined) args.file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!args.file) throw new UsageError('no scenario file given');
  return args as Args;
}

/** A route to play; the case's own reference routes have their approvals granted, as the game shows them. */
function resolveRoute(scenario: Scenario, args: Args): { name: string; route: Route; note?: string; reference?: boolean } {
  if (args.route === 'system' || args.route === 'breakthrough')
    return { name: args.route, route: scenario.routes[args.route], reference: true };
  const goal = parseGoal(args.route);
  if (goal) {
    const deadline = Date.now() + args.budget * 1000;
    const found = searchRoute(scenario, {
      seed: args.seed,
      goal,
      caseOptions: caseOptionsFor(args.mode),
      shouldStop: () => Date.now() > deadline,
    });
    return {
      name: args.route,
      route: found.route,
      note: `${found.method} search, ${found.routesEvaluated} routes evaluated, ${found.simulations} simulations${
        found.complete ? '' : `, stopped at the ${args.budget} s budget: the best route found so far`
      }${found.meetsThreshold ? '' : ', no route reached the ZRM threshold'}`,
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

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (!existsSync(args.file)) throw new UsageError(`scenario file not found: ${args.file}`);
  const loaded = readScenario(args.file);
  if (!loaded.scenario) {
    for (const p of loaded.problems) process.stderr.write(`${formatProblem(p, args.lang)}\n`);
    return 2;
  }
  const scenario = loaded.scenario;
  const resolved = resolveRoute(scenario, args);
  const { name, route, note } = resolved;
  const result = runCase(scenario, route, args.seed, resolved.reference ? referenceOptionsFor(args.mode) : caseOptionsFor(args.mode));
  const { totals } = result;
  const timeline = args.timeline ? caseTimeline(scenario, result, partyNames(args.lang), args.lang) : undefined;
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
        ...(timeline ? { timeline } : {}),
      })}\n`,
    );
    return 0;
  }
  const { lang } = args;
  const say = (nl: string, en: string): string => (lang === 'en' ? en : nl);
  const euros = (cents: number): string => formatEuros(cents, lang);
  const score = (mean: number): string => (lang === 'en' ? mean.toFixed(2) : mean.toFixed(2).replace('.', ','));
  const societyLabel = say('Kosten voor de samenleving (alleen kosten)', "Society's cost (costs only)");
  const column = Math.max(32, societyLabel.length + 2);
  const title = (lang === 'en' ? scenario.title.en : undefined) ?? scenario.title.nl;
  const lines = [`${title} — route ${name}, seed ${args.seed}, ${say('modus', 'mode')} ${args.mode}${note ? ` (${note})` : ''}`, ''];
  lines.push(
    `${say('betaler', 'payer').padEnd(column)}${say('kosten', 'costs').padStart(16)}${say('effect op budget', 'budget impact').padStart(18)}`,
  );
  for (const payer of PAYER_IDS) {
    const cost = totals.costsByPayer[payer];
    const impact = totals.budgetImpactByPayer[payer];
    if (cost === undefined && impact === undefined) continue;
    lines.push(`${partyNames(lang)(payer).padEnd(column)}${euros(cost ?? 0).padStart(16)}${euros(impact ?? 0).padStart(18)}`);
  }
  lines.push('', `${societyLabel.padEnd(column)}${euros(totals.societyCost).padStart(16)}`);
  lines.push(
    say(
      `Gemiddelde ZRM eerst ${score(result.zrmBefore)}, daarna ${score(result.zrmAfter)}; schuld van het huishouden ${euros(result.debtBefore)} → ${euros(result.debtAfter)}`,
      `Mean ZRM before ${score(result.zrmBefore)}, after ${score(result.zrmAfter)}; household debt ${euros(result.debtBefore)} → ${euros(result.debtAfter)}`,
    ),
  );
  lines.push(
    `${say('Besluiten', 'Decisions')}: ${route.length === 0 ? say('geen', 'none') : route.map((d) => `${d.month}:${d.type === 'choose' ? `${d.point}=${d.option}` : `${d.type} ${d.intervention}`}`).join(', ')}`,
  );
  if (timeline) lines.push('', say('Verloop per maand', 'Month by month'), '', ...timelineLines(timeline, lang));
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
