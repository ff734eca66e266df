/**
 * The trainer's comparison for the debrief, on the projector: every team's result
 * code pasted or dropped as a file, the teams side by side (sortable, best and worst
 * named), each team's choice at each decision point, society's cost against the ZRM
 * gain as a chart with the landmark routes, and the most expensive decision in the
 * room. Every figure is the engine's: each code is played once by the analysis and kept.
 */
import './compare.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { currentLang, formatDecimal, local, t } from '../services/i18n';
import { compareChart, type ComparePoint } from './compare-chart';
import { decisionsSection } from './compare-decisions';
import { comparisonCsv, comparisonJson, refusedText } from './compare-export';
import { groupTeams, readTeamLines, type RefusedLine, type TeamGroup, type TeamRow } from './compare-read';
import { columnsFor, resultsTable, sortTeams, type Landmark } from './compare-table';
import { downloadText } from './download';
import { compareEntryCard } from './entry-cards';
import { money } from './format';
import type { ScreenContext } from './screens/context';

/** The entry on the menu: what the comparison is for and the button that opens it. */
export function compareEntry(ctx: ScreenContext): TemplateResult {
  const open = (): void => {
    ctx.state.compare.open = true;
    ctx.rerender();
    document.getElementById('compare-heading')?.focus();
  };
  return compareEntryCard(open);
}

/** The landmark routes of a group: the system route, the breakthrough route and the best route the engine found. */
function landmarksOf(ctx: ScreenContext, group: TeamGroup): Landmark[] {
  const { system, breakthrough } = ctx.analysis.references(group.key);
  const best = ctx.analysis.bestRoute(group.key);
  return [
    { id: 'system', label: t('outcome.system'), result: system },
    { id: 'breakthrough', label: t('outcome.breakthrough'), result: breakthrough },
    best.state === 'done'
      ? { id: 'best', label: t('compare.bestRoute'), result: ctx.analysis.resultFor(group.key, best.value.route) }
      : {
          id: 'best',
          label: t('compare.bestRoute'),
          pending: best.state === 'running' ? t('compare.bestRunning') : t('compare.bestFailed'),
        },
  ];
}

/** Reads the codes now, once: each team's result, what-ifs and the landmarks are asked of the engine here. */
function compareNow(ctx: ScreenContext): void {
  const codes = ctx.state.compare;
  codes.teams = readTeamLines(codes.text, ctx.library.lookup);
  for (const team of codes.teams) {
    if (!team.read.ok) continue;
    const key = { scenario: team.read.scenario, seed: team.read.parts.seed, mode: team.read.parts.mode };
    ctx.analysis.resultFor(key, team.read.parts.decisions);
    ctx.analysis.whatIfs(key, team.read.parts.decisions);
    ctx.analysis.references(key);
    ctx.analysis.bestRoute(key);
  }
  ctx.rerender();
  document.getElementById('compare-results')?.focus();
}

/** Reads a dropped or chosen file of codes into the box and compares at once. */
async function readFile(ctx: ScreenContext, file: File): Promise<void> {
  ctx.state.compare.text = await file.text();
  compareNow(ctx);
}

function chartOf(group: TeamGroup, landmarks: readonly Landmark[], id: string): TemplateResult {
  const gain = (r: { zrmAfter: number; zrmBefore: number }): number => r.zrmAfter - r.zrmBefore;
  const points: ComparePoint[] = [
    ...group.teams.map((team) => ({ label: team.label, landmark: false, cost: team.result.totals.societyCost, gain: gain(team.result) })),
    ...landmarks.flatMap((l) =>
      l.result ? [{ label: l.label, landmark: true, cost: l.result.totals.societyCost, gain: gain(l.result) }] : [],
    ),
  ];
  const costs = group.teams.map((team) => team.result.totals.societyCost);
  const gains = group.teams.map((team) => gain(team.result));
  const signed = (v: number): string => `${v > 0 ? '+' : ''}${formatDecimal(v, 2)}`;
  const system = landmarks.find((l) => l.id === 'system')?.result;
  const breakthrough = landmarks.find((l) => l.id === 'breakthrough')?.result;
  const summary = t('compare.chart.summary', {
    count: group.teams.length,
    minCost: money(Math.min(...costs)),
    maxCost: money(Math.max(...costs)),
    minGain: signed(Math.min(...gains)),
    maxGain: signed(Math.max(...gains)),
    systemCost: money(system?.totals.societyCost ?? 0),
    systemGain: signed(system ? gain(system) : 0),
    breakthroughCost: money(breakthrough?.totals.societyCost ?? 0),
    breakthroughGain: signed(breakthrough ? gain(breakthrough) : 0),
  });
  return compareChart({ id, title: t('compare.chart.title'), summary, points });
}

function groupSection(ctx: ScreenContext, group: TeamGroup, index: number): TemplateResult {
  const { scenario, seed, mode } = group.key;
  const codes = ctx.state.compare;
  const landmarks = landmarksOf(ctx, group);
  const prefix = index === 0 ? 'compare' : `compare-${index + 1}`;
  const onSort = (column: string): void => {
    const same = codes.sort?.column === column;
    // Money and debt read best from low to high, the ZRM from high to low; a second press turns it round.
    const first = column === 'zrmAfter' || column === 'zrmGain' ? 'descending' : 'ascending';
    codes.sort = { column, direction: same ? (codes.sort?.direction === 'ascending' ? 'descending' : 'ascending') : first };
    ctx.rerender();
  };
  const ordered: TeamRow[] = sortTeams(group.teams, columnsFor(scenario), codes.sort);
  const csv = (): void => downloadText(`${scenario.id}-teams.csv`, comparisonCsv(group, landmarks), 'text/csv;charset=utf-8');
  return html`<section class="compare-group" aria-labelledby="${prefix}-group-heading">
    <h2 id="${prefix}-group-heading">${local(scenario.title)}</h2>
    <p class="muted">${t('compare.groupMeta', { seed, mode: t(`mode.${mode}`), count: group.teams.length })}</p>
    ${resultsTable({ scenario, tableId: `${prefix}-table`, teams: group.teams, landmarks, sort: codes.sort, onSort })}
    <div class="actions no-print">
      <button type="button" class="export-csv" @click=${csv}>${t('compare.export')}</button>
    </div>
    ${chartOf(group, landmarks, `${prefix}-chart`)}
    ${decisionsSection({
      scenario,
      tableId: `${prefix}-choices`,
      teams: ordered,
      whatIfs: (team) => ctx.analysis.whatIfs(group.key, team.decisions),
    })}
  </section>`;
}

function refusedList(refused: readonly RefusedLine[]): TemplateResult | typeof nothing {
  if (refused.length === 0) return nothing;
  return html`<section class="card problem" aria-labelledby="refused-heading">
    <h2 id="refused-heading">${t('compare.refusedTitle', { count: refused.length })}</h2>
    <ul class="problems" id="refused-lines">
      ${refused.map(
        (r) =>
          html`<li>
            ${refusedText(r)}
            <code class="refused-code">${r.code.length > 48 ? `${r.code.slice(0, 48)}…` : r.code}</code>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The comparison screen, full width. */
export function compareScreen(ctx: ScreenContext): TemplateResult {
  const codes = ctx.state.compare;
  const back = (): void => {
    codes.open = false;
    ctx.rerender();
    document.getElementById('open-compare')?.focus();
  };
  const type = (event: Event): void => {
    codes.text = (event.currentTarget as HTMLTextAreaElement).value;
  };
  const choose = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void readFile(ctx, file);
    input.value = '';
  };
  const drop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(ctx, file);
  };
  const dragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const teams = codes.teams;
  const { groups, refused } = teams
    ? groupTeams(
        teams,
        (key, decisions) => ctx.analysis.resultFor(key, decisions),
        (n) => t('compare.teamN', { n }),
      )
    : { groups: [], refused: [] };
  const json = (): void => {
    const all = groups.map((group) => ({ group, landmarks: landmarksOf(ctx, group) }));
    const name = groups.length === 1 && groups[0] ? `${groups[0].key.scenario.id}-teams.json` : 'teams.json';
    downloadText(name, comparisonJson(all, refused, new Date().toISOString()), 'application/json');
  };
  return html`<div class="screen compare" lang=${currentLang()}>
    <h1 id="compare-heading" tabindex="-1">${t('compare.title')}</h1>
    <div class="actions no-print">
      <button type="button" id="compare-back" @click=${back}>${t('compare.back')}</button>
    </div>
    <section class="card compare-input no-print" aria-labelledby="codes-heading" @drop=${drop} @dragover=${dragOver}>
      <h2 id="codes-heading">${t('compare.codesTitle')}</h2>
      <label for="team-codes">${t('compare.label')}</label>
      <textarea
        id="team-codes"
        rows="5"
        spellcheck="false"
        aria-describedby="team-codes-hint"
        .value=${live(codes.text)}
        @input=${type}
      ></textarea>
      <p class="hint" id="team-codes-hint">${t('compare.hint')}</p>
      <div class="row">
        <label for="codes-file">${t('compare.file')}</label>
        <input type="file" id="codes-file" accept=".txt,.csv,.tsv,text/plain,text/csv" @change=${choose} />
      </div>
      <button type="button" class="primary" id="compare-button" @click=${() => compareNow(ctx)}>${t('compare.go')}</button>
    </section>
    <div id="compare-results" tabindex="-1" role="region" aria-label=${t('compare.resultsLabel')}>
      ${
        !teams
          ? nothing
          : teams.length === 0
            ? html`<p class="problem" role="alert" id="compare-empty">${t('compare.empty')}</p>`
            : html`${refusedList(refused)}
              ${
                groups.length === 0
                  ? html`<p class="problem" id="compare-none">${t('compare.noneAccepted')}</p>`
                  : html`<p class="compare-count" role="status">
                        ${t('compare.accepted', { count: groups.reduce((n, g) => n + g.teams.length, 0), refused: refused.length })}
                      </p>
                      <div class="actions no-print">
                        <button type="button" id="export-json" @click=${json}>${t('compare.exportJson')}</button>
                        <button type="button" id="print-compare" @click=${() => window.print()}>${t('compare.print')}</button>
                      </div>
                      ${groups.map((group, i) => groupSection(ctx, group, i))}`
              }`
      }
    </div>
  </div>`;
}
