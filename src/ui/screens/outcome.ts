/** The outcome: costs per payer beside the system and breakthrough routes, wellbeing, and "waarom?". */
import {
  PAYERS,
  PAYER_IDS,
  epilogueOf,
  estimateScore,
  runCase,
  type CaseResult,
  type LedgerEntry,
  type PayerId,
  type Scenario,
} from '../../core';
import { caseOptionsFor, resultOf, type HubView, type VisibilityMode } from '../../engine';
import { formatDecimal, local, t } from '../../services/i18n';
import { play } from '../../services/sound';
import { h } from '../dom';
import { money, payerName } from '../format';
import { groupCost } from './context';

const comparisons = new WeakMap<Scenario, Map<string, { system: CaseResult; breakthrough: CaseResult }>>();

/** The system and breakthrough routes for the same seed and mode, computed once. */
function comparisonFor(scenario: Scenario, seed: number, mode: VisibilityMode): { system: CaseResult; breakthrough: CaseResult } {
  let byKey = comparisons.get(scenario);
  if (!byKey) {
    byKey = new Map<string, { system: CaseResult; breakthrough: CaseResult }>();
    comparisons.set(scenario, byKey);
  }
  const key = `${seed}:${mode}`;
  let found = byKey.get(key);
  if (!found) {
    const options = caseOptionsFor(mode);
    found = {
      system: runCase(scenario, scenario.routes.system, seed, options),
      breakthrough: runCase(scenario, scenario.routes.breakthrough, seed, options),
    };
    byKey.set(key, found);
  }
  return found;
}

/** The outcome screen. */
export function outcomeScreen(view: HubView): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const { seed, mode, decisions, estimate } = snapshot.context;
  const mine = resultOf(scenario, decisions, seed, mode);
  const { system, breakthrough } = comparisonFor(scenario, seed, mode);
  const payers = PAYER_IDS.filter((p) =>
    [mine, system, breakthrough].some((r) => r.totals.budgetImpactByPayer[p] !== undefined || r.totals.costsByPayer[p] !== undefined),
  );
  const cell = (r: CaseResult, p: PayerId, attrs: Record<string, string> = {}): HTMLElement =>
    h('td', { class: 'num', ...attrs }, money(r.totals.costsByPayer[p], true));
  const table = h(
    'table',
    { class: 'data outcome', id: 'outcome-table' },
    h('caption', {}, t('outcome.tableCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('table.payer')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.yours')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.system')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.breakthrough')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.yourImpact')),
      ),
    ),
    h(
      'tbody',
      {},
      ...payers.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, payerName(p), h('span', { class: 'group' }, ` (${t(`group.${PAYERS[p].group}`)})`)),
          cell(mine, p, { 'data-payer': p, 'data-cents': String(mine.totals.costsByPayer[p] ?? 0) }),
          cell(system, p),
          cell(breakthrough, p),
          h(
            'td',
            { class: 'num', 'data-impact-payer': p, 'data-cents': String(mine.totals.budgetImpactByPayer[p] ?? 0) },
            money(mine.totals.budgetImpactByPayer[p], true),
          ),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        { class: 'total' },
        h('th', { scope: 'row' }, t('outcome.society')),
        h('td', { class: 'num', id: 'society-total', 'data-cents': String(mine.totals.societyCost) }, money(mine.totals.societyCost)),
        h('td', { class: 'num' }, money(system.totals.societyCost)),
        h('td', { class: 'num' }, money(breakthrough.totals.societyCost)),
        h('td', {}, ''),
      ),
    ),
  );
  const zrm = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('outcome.wellbeing')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, ''),
        h('th', { scope: 'col', class: 'num' }, t('outcome.yours')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.system')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.breakthrough')),
      ),
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.zrmBefore')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, formatDecimal(r.zrmBefore, 2))),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.zrmAfter')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, formatDecimal(r.zrmAfter, 2))),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.lowDomains')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, `${r.lowDomainsBefore} → ${r.lowDomainsAfter}`)),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.debt')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, `${money(r.debtBefore)} → ${money(r.debtAfter)}`)),
      ),
    ),
  );
  const why = h('section', { 'aria-labelledby': 'why-heading' }, h('h3', { id: 'why-heading' }, t('outcome.why')));
  for (const p of payers.filter((x) => mine.totals.costsByPayer[x] !== undefined)) {
    const causes = new Map<string, { amount: number; source?: string }>();
    for (const e of mine.ledger) {
      if (e.kind !== 'cost' || e.from !== p) continue;
      const key = causeLabel(scenario, e);
      const prev = causes.get(key);
      causes.set(key, {
        amount: (prev?.amount ?? 0) + e.amount,
        ...(e.price ? { source: `${e.price.source} (${e.price.year})${e.price.overridden ? ` – ${t('outcome.overridden')}` : ''}` } : {}),
      });
    }
    why.append(
      h(
        'details',
        {},
        h('summary', {}, t('outcome.whyPayer', { payer: payerName(p), amount: money(mine.totals.costsByPayer[p]) })),
        h(
          'ul',
          {},
          ...[...causes].map(([label, c]) =>
            h(
              'li',
              {},
              `${label}: ${money(c.amount)}`,
              c.source ? h('span', { class: 'source' }, ` — ${t('outcome.source')}: ${c.source}`) : undefined,
            ),
          ),
        ),
        PAYERS[p].law ? h('p', { class: 'muted' }, t('outcome.law', { law: PAYERS[p].law })) : undefined,
      ),
    );
  }
  const estimateBox = estimate
    ? h(
        'p',
        { class: 'card' },
        t('outcome.estimate', {
          gemeente: money(estimate.gemeente),
          gemeenteTrue: money(groupCost(mine, 'gemeente')),
          society: money(estimate.society),
          societyTrue: money(mine.totals.societyCost),
        }),
        ' ',
        t('outcome.estimateScore', {
          gemeente: estimateScore(estimate.gemeente, groupCost(mine, 'gemeente')),
          society: estimateScore(estimate.society, mine.totals.societyCost),
        }),
      )
    : undefined;
  const epilogue = chooseEpilogue(view, mine);
  if (mine.zrmAfter >= scenario.zrmThreshold) play('success');
  return h(
    'div',
    { class: 'screen outcome' },
    h('h2', {}, t('outcome.title')),
    epilogue ? h('p', { class: 'lead epilogue' }, epilogue) : undefined,
    h('div', { class: 'table-wrap' }, table),
    h('p', { class: 'muted' }, t('outcome.transfersNote')),
    overriddenNote(scenario),
    h('div', { class: 'table-wrap' }, zrm),
    estimateBox,
    why,
    h(
      'button',
      { type: 'button', class: 'primary', id: 'to-debrief', onclick: () => actor.send({ type: 'trainee.openDebrief' }) },
      t('outcome.toDebrief'),
    ),
  );
}

function overriddenNote(scenario: Scenario): HTMLElement | undefined {
  const ids = scenario.interventions.filter((i) => i.priceRef.overridden).map((i) => local(i.label));
  return ids.length > 0 ? h('p', { class: 'card' }, t('outcome.tariffs', { ids: ids.join(', ') })) : undefined;
}

function causeLabel(scenario: Scenario, e: LedgerEntry): string {
  const iv = scenario.interventions.find((i) => i.id === e.cause.id);
  if (iv) return local(iv.label);
  return t(`cause.${e.cause.type}`, { id: e.cause.id });
}

function chooseEpilogue(view: HubView, result: CaseResult): string | undefined {
  const epilogue = epilogueOf(view.scenario, result);
  return epilogue ? local(epilogue.text) : undefined;
}
