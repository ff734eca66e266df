/**
 * The results table of the comparison: one row per team, sortable by every column
 * with a real button in each header, the best and worst team in each column named in
 * words (not by colour alone), and the landmark routes below the teams.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { CaseResult, Scenario } from '../core';
import { formatDecimal, local, t } from '../services/i18n';
import type { TeamRow } from './compare-read';
import { scrollRegion } from './dom';
import { money, payerName } from './format';
import { groupCost } from './screens/context';

/** How a column's value is read, shown and judged; shared by the table and the exports. */
export interface Column {
  readonly id: string;
  readonly header: string;
  /** The value as the engine gave it: cents for money, a score for the ZRM. */
  readonly value: (result: CaseResult) => number;
  readonly kind: 'cents' | 'score' | 'count';
  /** Which way is better for the household and society. */
  readonly better: 'lower' | 'higher';
  /** The words for the best and the worst value in this column. */
  readonly best: string;
  readonly worst: string;
}

/** The comparison's figures, in the order the table shows them. */
export function columnsFor(scenario: Scenario): Column[] {
  const own = scenario.ownBudget?.payer;
  const cost = { kind: 'cents', better: 'lower', best: t('compare.mark.lowestCost'), worst: t('compare.mark.highestCost') } as const;
  return [
    { id: 'society', header: t('compare.col.society'), value: (r) => r.totals.societyCost, ...cost },
    { id: 'gemeente', header: t('compare.col.gemeente'), value: (r) => groupCost(r, 'gemeente'), ...cost },
    ...(own
      ? [
          {
            id: 'own',
            header: t('compare.col.own', { potje: payerName(own) }),
            value: (r: CaseResult) => r.totals.budgetImpactByPayer[own] ?? 0,
            ...cost,
          },
        ]
      : []),
    {
      id: 'zrmAfter',
      header: t('compare.col.zrmAfter'),
      value: (r) => r.zrmAfter,
      kind: 'score',
      better: 'higher',
      best: t('compare.mark.highestZrm'),
      worst: t('compare.mark.lowestZrm'),
    },
    {
      id: 'zrmGain',
      header: t('compare.col.zrmGain'),
      value: (r) => r.zrmAfter - r.zrmBefore,
      kind: 'score',
      better: 'higher',
      best: t('compare.mark.mostGain'),
      worst: t('compare.mark.leastGain'),
    },
    {
      id: 'lowDomains',
      header: t('compare.col.lowDomains'),
      value: (r) => r.lowDomainsAfter,
      kind: 'count',
      better: 'lower',
      best: t('compare.mark.fewestLow'),
      worst: t('compare.mark.mostLow'),
    },
    {
      id: 'debt',
      header: t('compare.col.debt'),
      value: (r) => r.debtAfter,
      kind: 'cents',
      better: 'lower',
      best: t('compare.mark.lowestDebt'),
      worst: t('compare.mark.highestDebt'),
    },
  ];
}

/** A value as the table shows it. */
export function shown(column: Column, value: number): string {
  if (column.kind === 'cents') return money(value);
  if (column.kind === 'count') return String(value);
  const text = formatDecimal(value, 2);
  return column.id === 'zrmGain' && value > 0 ? `+${text}` : text;
}

export type SortState = { readonly column: string; readonly direction: 'ascending' | 'descending' } | undefined;

/** The teams in the order asked for; as pasted when no column is chosen. */
export function sortTeams(teams: readonly TeamRow[], columns: readonly Column[], sort: SortState): TeamRow[] {
  if (!sort) return [...teams];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'team') return [...teams].sort((a, b) => sign * a.label.localeCompare(b.label, undefined, { numeric: true }));
  const column = columns.find((c) => c.id === sort.column);
  if (!column) return [...teams];
  return [...teams].sort((a, b) => sign * (column.value(a.result) - column.value(b.result)) || a.line - b.line);
}

/** Which teams hold the best and the worst value of a column (none when every team has the same, or half the teams share it). */
export function extremes(teams: readonly TeamRow[], column: Column): { best: Set<TeamRow>; worst: Set<TeamRow> } {
  const values = teams.map((team) => column.value(team.result));
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (teams.length < 2 || low === high) return { best: new Set(), worst: new Set() };
  const [bestValue, worstValue] = column.better === 'lower' ? [low, high] : [high, low];
  // A value half the room shares picks nobody out: it is then not marked.
  const marked = (value: number): Set<TeamRow> => {
    const holders = teams.filter((team) => column.value(team.result) === value);
    return holders.length * 2 <= teams.length ? new Set(holders) : new Set();
  };
  return { best: marked(bestValue), worst: marked(worstValue) };
}

/** A landmark route shown under the teams. */
export interface Landmark {
  readonly id: 'system' | 'breakthrough' | 'best';
  readonly label: string;
  readonly result?: CaseResult;
  /** Why there is no result yet (the best route is still being searched). */
  readonly pending?: string;
}

export interface ResultsTableOptions {
  readonly scenario: Scenario;
  readonly tableId: string;
  readonly teams: readonly TeamRow[];
  readonly landmarks: readonly Landmark[];
  readonly sort: SortState;
  readonly onSort: (column: string) => void;
}

function sortButton(id: string, header: string, sort: SortState, onSort: (column: string) => void): TemplateResult {
  const active = sort?.column === id;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return html`<button type="button" class="sort" data-column=${id} @click=${() => onSort(id)}>
    ${header}<span class="sort-arrow" aria-hidden="true">${arrow}</span>
  </button>`;
}

function ariaSort(id: string, sort: SortState): string | typeof nothing {
  return sort?.column === id ? sort.direction : nothing;
}

/** The results table. */
export function resultsTable(options: ResultsTableOptions): TemplateResult {
  const { scenario, tableId, sort, onSort, landmarks } = options;
  const columns = columnsFor(scenario);
  const teams = sortTeams(options.teams, columns, sort);
  const marks = new Map(columns.map((c) => [c.id, extremes(options.teams, c)]));
  const caption = t('compare.caption', { title: local(scenario.title), count: options.teams.length });
  const cell = (team: TeamRow, column: Column): TemplateResult => {
    const mark = marks.get(column.id);
    const best = mark?.best.has(team) ?? false;
    const worst = mark?.worst.has(team) ?? false;
    return html`<td class="num ${best ? 'best' : worst ? 'worst' : ''}" data-label=${column.header}>
      ${shown(column, column.value(team.result))}
      ${best ? html`<span class="mark best"><span aria-hidden="true">★ </span>${column.best}</span>` : nothing}
      ${worst ? html`<span class="mark worst"><span aria-hidden="true">▼ </span>${column.worst}</span>` : nothing}
    </td>`;
  };
  return scrollRegion(
    caption,
    html`<table class="data cards compare-results" id=${tableId}>
      <caption>
        ${caption}
        <span class="hint">${t('compare.sortHint')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col" aria-sort=${ariaSort('team', sort)}>${sortButton('team', t('compare.team'), sort, onSort)}</th>
          ${columns.map(
            (c) => html`<th scope="col" class="num" aria-sort=${ariaSort(c.id, sort)}>${sortButton(c.id, c.header, sort, onSort)}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          teams,
          (team) => team.line,
          (team) =>
            html`<tr>
              <th scope="row">${team.label}</th>
              ${columns.map((c) => cell(team, c))}
            </tr>`,
        )}
      </tbody>
      <tbody class="landmarks">
        ${landmarks.map(
          (l) =>
            html`<tr class="landmark">
              <th scope="row">${l.label}</th>
              ${
                l.result
                  ? columns.map((c) => html`<td class="num" data-label=${c.header}>${shown(c, c.value(l.result as CaseResult))}</td>`)
                  : html`<td colspan=${columns.length}>${l.pending ?? ''}</td>`
              }
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
