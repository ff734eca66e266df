/**
 * The trainer's comparison for the debrief: paste every team's result code and see
 * all routes side by side on the projector, with the system and breakthrough routes.
 * Every result is the engine's analysis (each code is played once and kept).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { CaseResult, Scenario } from '../core';
import { parseResultCode, type CaseKey } from '../engine';
import { formatDecimal, local, t } from '../services/i18n';
import { scrollRegion } from './dom';
import { downloadText } from './download';
import { money } from './format';
import { groupCost, type ScreenContext } from './screens/context';

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

/** Euros with a point and two decimals: spreadsheet programs read this in any locale. */
function csvEuros(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** The comparison as CSV text, to keep or share after the session. */
function csvOf(scenario: Scenario, rows: readonly Row[]): string {
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
  return `${lines.join('\n')}\n`;
}

/** The teams' results grouped per case, session code and mode, with the lines that were no code. */
function groupsOf(ctx: ScreenContext, pasted: string): { groups: Group[]; problems: string[] } {
  const byKey = new Map<string, Group>();
  const problems: string[] = [];
  pasted
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .forEach((line, i) => {
      const colon = line.search(/:\s*[a-z0-9-]+@\d/);
      const name = colon > 0 ? line.slice(0, colon).trim() : t('compare.teamN', { n: i + 1 });
      const code = parseResultCode(colon > 0 ? line.slice(colon + 1) : line);
      const scenario = code ? ctx.library.lookup(code.scenarioId, code.version) : undefined;
      if (!code || !scenario) {
        problems.push(t('compare.bad', { n: i + 1 }));
        return;
      }
      const id = `${scenario.id}@${scenario.version}/${code.seed}/${code.mode}`;
      let group = byKey.get(id);
      if (!group) {
        group = { key: { scenario, seed: code.seed, mode: code.mode }, rows: [] };
        byKey.set(id, group);
      }
      group.rows.push({ name, result: ctx.analysis.resultFor(group.key, code.decisions) });
    });
  return { groups: [...byKey.values()], problems };
}

/** The comparison section of the menu. */
export function compareSection(ctx: ScreenContext): TemplateResult {
  const codes = ctx.state.compare;
  const pasted = codes.compared;
  const compare = (): void => {
    codes.compared = codes.text;
    ctx.rerender();
  };
  const type = (event: Event): void => {
    codes.text = (event.currentTarget as HTMLTextAreaElement).value;
  };
  const { groups, problems } = pasted.trim() === '' ? { groups: [], problems: [] } : groupsOf(ctx, pasted);
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
      pasted.trim() === ''
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
