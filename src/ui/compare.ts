/**
 * The trainer's comparison for the debrief: paste every team's result code and see
 * all routes side by side on the projector, with the system and breakthrough routes.
 * Every result is the engine's analysis (each code is played once and kept).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { CaseResult, Scenario } from '../core';
import { readResultCode, type CaseKey } from '../engine';
import { currentLang, formatDecimal, local, t } from '../services/i18n';
import { toCsv, type CsvCell } from './csv';
import { scrollRegion } from './dom';
import { downloadText } from './download';
import { money } from './format';
import { groupCost, type ScreenContext } from './screens/context';
import type { TeamLine } from './state';

interface Row {
  readonly name: string;
  readonly result: CaseResult;
}

interface Group {
  readonly key: CaseKey;
  readonly rows: Row[];
}

function table(scenario: Scenario, rows: readonly Row[]): TemplateResult {
  const own = scenario.ownBudget?.payer;
  const caption = t('compare.caption', { title: local(scenario.title) });
  return scrollRegion(
    caption,
    html`<table class="data" id="compare-table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('compare.team')}</th>
          <th scope="col" class="num">${t('outcome.society')}</th>
          <th scope="col" class="num">${t('compare.gemeente')}</th>
          ${own ? html`<th scope="col" class="num">${t('compare.own')}</th>` : nothing}
          <th scope="col" class="num">${t('outcome.zrmAfter')}</th>
          <th scope="col" class="num">${t('compare.debt')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (_, i) => i,
          (r) =>
            html`<tr>
              <th scope="row">${r.name}</th>
              <td class="num">${money(r.result.totals.societyCost)}</td>
              <td class="num">${money(groupCost(r.result, 'gemeente'))}</td>
              ${own ? html`<td class="num">${money(r.result.totals.budgetImpactByPayer[own] ?? 0)}</td>` : nothing}
              <td class="num">${formatDecimal(r.result.zrmAfter, 2)}</td>
              <td class="num">${money(r.result.debtAfter)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/** The comparison as CSV that Dutch Excel opens as a table, to keep or share after the session. */
function csvOf(scenario: Scenario, rows: readonly Row[]): string {
  const own = scenario.ownBudget?.payer;
  const header = [
    'team',
    'society_cost_eur',
    'gemeente_cost_eur',
    ...(own ? [`${own}_budget_impact_eur`] : []),
    'zrm_before',
    'zrm_after',
    'household_debt_after_eur',
  ];
  const lines = rows.map((r): CsvCell[] => [
    r.name,
    { cents: r.result.totals.societyCost },
    { cents: groupCost(r.result, 'gemeente') },
    ...(own ? [{ cents: r.result.totals.budgetImpactByPayer[own] ?? 0 }] : []),
    { decimal: r.result.zrmBefore, digits: 2 },
    { decimal: r.result.zrmAfter, digits: 2 },
    { cents: r.result.debtAfter },
  ]);
  return toCsv([header, ...lines], { lang: currentLang() });
}

/** Reads the pasted lines once, when the trainer compares: each code is replayed by the engine to check it. */
function readTeams(ctx: ScreenContext, text: string): TeamLine[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => {
      const colon = line.search(/:\s*[a-z0-9-]+@\d/);
      const name = colon > 0 ? line.slice(0, colon).trim() : undefined;
      return { line: i + 1, ...(name ? { name } : {}), read: readResultCode(colon > 0 ? line.slice(colon + 1) : line, ctx.library.lookup) };
    });
}

/** The teams' results grouped per case, session code and mode, with the lines that were no code. */
function groupsOf(ctx: ScreenContext, teams: readonly TeamLine[]): { groups: Group[]; problems: string[] } {
  const byKey = new Map<string, Group>();
  const problems: string[] = [];
  for (const team of teams) {
    const { read } = team;
    if (!read.ok) {
      problems.push(
        read.problem === 'format' ? t('compare.bad', { n: team.line }) : t(`compare.problem.${read.problem}`, { n: team.line }),
      );
      continue;
    }
    const { scenario, parts } = read;
    const id = `${scenario.id}@${scenario.version}/${parts.seed}/${parts.mode}`;
    let group = byKey.get(id);
    if (!group) {
      group = { key: { scenario, seed: parts.seed, mode: parts.mode }, rows: [] };
      byKey.set(id, group);
    }
    group.rows.push({
      name: team.name ?? t('compare.teamN', { n: team.line }),
      result: ctx.analysis.resultFor(group.key, parts.decisions),
    });
  }
  return { groups: [...byKey.values()], problems };
}

/** The comparison section of the menu. */
export function compareSection(ctx: ScreenContext): TemplateResult {
  const codes = ctx.state.compare;
  const compare = (): void => {
    codes.teams = readTeams(ctx, codes.text);
    // Each team's result and the reference routes are worked out now, once; drawing the table only reads them.
    for (const team of codes.teams) {
      if (!team.read.ok) continue;
      const key = { scenario: team.read.scenario, seed: team.read.parts.seed, mode: team.read.parts.mode };
      ctx.analysis.resultFor(key, team.read.parts.decisions);
      ctx.analysis.references(key);
    }
    ctx.rerender();
  };
  const type = (event: Event): void => {
    codes.text = (event.currentTarget as HTMLTextAreaElement).value;
  };
  const teams = codes.teams ?? [];
  const { groups, problems } = groupsOf(ctx, teams);
  const results = groups.map((group) => {
    const { system, breakthrough } = ctx.analysis.references(group.key);
    const rows = [...group.rows, { name: t('outcome.system'), result: system }, { name: t('outcome.breakthrough'), result: breakthrough }];
    const scenario = group.key.scenario;
    const download = (event: Event): void => {
      event.preventDefault();
      downloadText(`${scenario.id}-teams.csv`, csvOf(scenario, rows), 'text/csv');
    };
    return html`${table(scenario, rows)}
      <p><a href="#compare-heading" class="export" @click=${download}>${t('compare.export')}</a></p>`;
  });
  return html`<section class="card" aria-labelledby="compare-heading">
    <h2 id="compare-heading">${t('compare.title')}</h2>
    <label for="team-codes">${t('compare.label')}</label>
    <textarea
      id="team-codes"
      rows="4"
      spellcheck="false"
      aria-describedby="team-codes-hint"
      .value=${live(codes.text)}
      @input=${type}
    ></textarea>
    <p class="hint" id="team-codes-hint">${t('compare.hint')}</p>
    <button type="button" id="compare-button" @click=${compare}>${t('compare.go')}</button>
    ${
      teams.length === 0
        ? nothing
        : html`<div role="region" aria-live="polite" aria-label=${t('compare.title')}>
            ${
              problems.length > 0
                ? html`<ul class="problems">
                    ${problems.map((p) => html`<li>${p}</li>`)}
                  </ul>`
                : nothing
            }
            ${results}
          </div>`
    }
  </section>`;
}
