/**
 * The trainer's comparison for the debrief: paste every team's result code and see
 * all routes side by side on the projector, with the system and breakthrough routes.
 */
import { runCase, type CaseResult, type Scenario } from '../core';
import { caseOptionsFor, parseResultCode } from '../engine';
import { formatDecimal, local, t } from '../services/i18n';
import type { Library } from '../services/library';
import { h } from './dom';
import { money } from './format';
import { groupCost } from './screens/context';

let pasted = '';

interface Row {
  readonly name: string;
  readonly result: CaseResult;
}

function table(scenario: Scenario, rows: readonly Row[]): HTMLElement {
  const own = scenario.ownBudget?.payer;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data', id: 'compare-table' },
      h('caption', {}, t('compare.caption', { title: local(scenario.title) })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('compare.team')),
          h('th', { scope: 'col', class: 'num' }, t('outcome.society')),
          h('th', { scope: 'col', class: 'num' }, t('compare.gemeente')),
          own ? h('th', { scope: 'col', class: 'num' }, t('compare.own')) : undefined,
          h('th', { scope: 'col', class: 'num' }, t('outcome.zrmAfter')),
          h('th', { scope: 'col', class: 'num' }, t('compare.debt')),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.name),
            h('td', { class: 'num' }, money(r.result.totals.societyCost)),
            h('td', { class: 'num' }, money(groupCost(r.result, 'gemeente'))),
            own ? h('td', { class: 'num' }, money(r.result.totals.budgetImpactByPayer[own] ?? 0)) : undefined,
            h('td', { class: 'num' }, formatDecimal(r.result.zrmAfter, 2)),
            h('td', { class: 'num' }, money(r.result.debtAfter)),
          ),
        ),
      ),
    ),
  );
}

/** Euros with a point and two decimals: spreadsheet programs read this in any locale. */
function csvEuros(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** The comparison as a CSV file to keep or share after the session. */
function exportLink(scenario: Scenario, rows: readonly Row[]): HTMLElement {
  const own = scenario.ownBudget?.payer;
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  const lines = [
    [
      'team',
      'society_cost_eur',
      'gemeente_cost_eur',
      ...(own ? [`${own}_budget_impact_eur`] : []),
      'zrm_before',
      'zrm_after',
      'household_debt_after_eur',
    ].join(','),
    ...rows.map((r) =>
      [
        quote(r.name),
        csvEuros(r.result.totals.societyCost),
        csvEuros(groupCost(r.result, 'gemeente')),
        ...(own ? [csvEuros(r.result.totals.budgetImpactByPayer[own] ?? 0)] : []),
        r.result.zrmBefore.toFixed(2),
        r.result.zrmAfter.toFixed(2),
        csvEuros(r.result.debtAfter),
      ].join(','),
    ),
  ];
  const href = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }));
  return h('p', {}, h('a', { href, download: `${scenario.id}-teams.csv`, class: 'export' }, t('compare.export')));
}

/** The comparison section of the menu; `rerender` redraws after the trainer compares. */
export function compareSection(library: Library, rerender: () => void): HTMLElement {
  const input = h('textarea', { id: 'team-codes', rows: '4', spellcheck: 'false', 'aria-describedby': 'team-codes-hint' });
  input.value = pasted;
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'compare-heading' },
    h('h2', { id: 'compare-heading' }, t('compare.title')),
    h('label', { for: 'team-codes' }, t('compare.label')),
    input,
    h('p', { class: 'hint', id: 'team-codes-hint' }, t('compare.hint')),
    h('button', { type: 'button', id: 'compare-button', onclick: () => ((pasted = input.value), rerender()) }, t('compare.go')),
  );
  if (pasted.trim() === '') return section;
  const byScenario = new Map<string, { scenario: Scenario; rows: Row[]; seed: number; mode: Parameters<typeof caseOptionsFor>[0] }>();
  const problems: string[] = [];
  pasted
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .forEach((line, i) => {
      const colon = line.search(/:\s*[a-z0-9-]+@\d/);
      const name = colon > 0 ? line.slice(0, colon).trim() : t('compare.teamN', { n: i + 1 });
      const code = parseResultCode(colon > 0 ? line.slice(colon + 1) : line);
      const scenario = code ? library.lookup(code.scenarioId, code.version) : undefined;
      if (!code || !scenario) {
        problems.push(t('compare.bad', { n: i + 1 }));
        return;
      }
      const key = `${scenario.id}/${code.seed}/${code.mode}`;
      let group = byScenario.get(key);
      if (!group) {
        group = { scenario, rows: [], seed: code.seed, mode: code.mode };
        byScenario.set(key, group);
      }
      group.rows.push({ name, result: runCase(scenario, code.decisions, code.seed, caseOptionsFor(code.mode)) });
    });
  const out = h('div', { role: 'region', 'aria-live': 'polite', 'aria-label': t('compare.title') });
  if (problems.length > 0) out.append(h('ul', { class: 'problems' }, ...problems.map((p) => h('li', {}, p))));
  for (const group of byScenario.values()) {
    const options = caseOptionsFor(group.mode);
    const rows = [
      ...group.rows,
      { name: t('outcome.system'), result: runCase(group.scenario, group.scenario.routes.system, group.seed, options) },
      { name: t('outcome.breakthrough'), result: runCase(group.scenario, group.scenario.routes.breakthrough, group.seed, options) },
    ];
    out.append(table(group.scenario, rows), exportLink(group.scenario, rows));
  }
  section.append(out);
  return section;
}
