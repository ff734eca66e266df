/**
 * Each team's choice at each decision point, with the option names from the case, and
 * "the most expensive decision in the room": per decision, the largest difference the
 * engine's what-if of a team's choice makes for society. The what-ifs are the
 * engine's analysis; this file only picks the largest of them.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Decision, LocalText, Scenario } from '../core';
import type { DecisionWhatIf, Pending } from '../engine';
import { local, t } from '../services/i18n';
import type { TeamRow } from './compare-read';
import { scrollRegion } from './dom';
import { interventionName, money, monthLabel } from './format';

/** A decision point's prompt, short enough for a column header. */
export function pointTitle(point: { readonly prompt: LocalText }, max = 60): string {
  const text = local(point.prompt);
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** The option a team chose at a decision point, in the case's words; undefined when the point never came up. */
export function choiceAt(scenario: Scenario, decisions: readonly Decision[], point: string): { label: string; month: number } | undefined {
  const chosen = decisions.find((d) => d.type === 'choose' && d.point === point);
  if (!chosen || chosen.type !== 'choose') return undefined;
  const option = scenario.index.decisionPoints.get(point)?.optionById.get(chosen.option);
  return { label: local(option?.label) || chosen.option, month: chosen.month };
}

/** What one decision of one team made the difference for society, by the engine's what-if. */
export interface Costly {
  /** Which decision: a decision point, or help started or stopped. */
  readonly key: string;
  readonly team: TeamRow;
  readonly decision: Decision;
  /** The society cost of the route without this decision minus the route as played. */
  readonly delta: number;
}

function keyOf(d: Decision): string {
  return d.type === 'choose' ? `point:${d.point}` : `${d.type}:${d.intervention}`;
}

/** Per decision, the team whose what-if differs most; and how many teams' what-ifs are in. */
export function costliest(
  teams: readonly TeamRow[],
  whatIfs: (team: TeamRow) => Pending<readonly DecisionWhatIf[]>,
): { byKey: Map<string, Costly>; done: number; failed: number } {
  const byKey = new Map<string, Costly>();
  let done = 0;
  let failed = 0;
  for (const team of teams) {
    const pending = whatIfs(team);
    if (pending.state === 'failed') failed += 1;
    if (pending.state !== 'done') continue;
    done += 1;
    for (const w of pending.value) {
      const key = keyOf(w.decision);
      const delta = w.divergence.societyCost;
      const known = byKey.get(key);
      if (!known || Math.abs(delta) > Math.abs(known.delta)) byKey.set(key, { key, team, decision: w.decision, delta });
    }
  }
  return { byKey, done, failed };
}

/** The decision in words: the option chosen at a point, or the help started or stopped. */
export function decisionWords(scenario: Scenario, d: Decision): string {
  if (d.type === 'choose') {
    const point = scenario.index.decisionPoints.get(d.point);
    const option = point?.optionById.get(d.option);
    return t('compare.most.choice', { option: local(option?.label) || d.option, point: point ? pointTitle(point) : d.point });
  }
  return t(d.type === 'start' ? 'compare.most.started' : 'compare.most.stopped', { name: interventionName(scenario, d.intervention) });
}

/** The sentence naming the most expensive decision in the room, or undefined while none is known. */
export function mostExpensiveSentence(scenario: Scenario, byKey: ReadonlyMap<string, Costly>): string | undefined {
  const all = [...byKey.values()].filter((c) => c.delta !== 0);
  if (all.length === 0) return undefined;
  const top = all.reduce((a, b) => (Math.abs(b.delta) > Math.abs(a.delta) ? b : a));
  return t(top.delta < 0 ? 'compare.most.costs' : 'compare.most.saves', {
    decision: decisionWords(scenario, top.decision),
    team: top.team.label,
    amount: money(Math.abs(top.delta)),
    month: monthLabel(scenario, top.decision.month),
  });
}

/** The help a team started, in the case's words with the month. */
function helpStarted(scenario: Scenario, decisions: readonly Decision[]): string {
  const started = decisions.filter((d) => d.type === 'start');
  if (started.length === 0) return t('compare.noHelp');
  return started
    .map((d) => `${interventionName(scenario, d.type === 'start' ? d.intervention : '')} (${monthLabel(scenario, d.month)})`)
    .join(', ');
}

export interface DecisionsTableOptions {
  readonly scenario: Scenario;
  readonly tableId: string;
  /** The teams in the order of the results table. */
  readonly teams: readonly TeamRow[];
  readonly whatIfs: (team: TeamRow) => Pending<readonly DecisionWhatIf[]>;
}

/** The decisions × teams table with the largest what-if per decision point, and the sentence naming the largest in the room. */
export function decisionsSection(options: DecisionsTableOptions): TemplateResult {
  const { scenario, teams, tableId } = options;
  const points = scenario.decisionPoints;
  const { byKey, done, failed } = costliest(teams, options.whatIfs);
  const sentence = mostExpensiveSentence(scenario, byKey);
  const caption = t('compare.decisionsCaption');
  const status =
    done + failed < teams.length
      ? t('compare.most.running', { done, total: teams.length })
      : failed > 0
        ? t('compare.most.failed', { failed })
        : undefined;
  return html`<section aria-labelledby="${tableId}-heading" class="compare-decisions">
    <h3 id="${tableId}-heading">${t('compare.decisionsTitle')}</h3>
    <p class="most-expensive" id="${tableId}-most">
      <strong>${t('compare.most.title')}</strong>
      ${sentence ?? (status ? '' : t('compare.most.none'))}
    </p>
    ${status ? html`<p class="muted" role="status">${status}</p>` : nothing}
    ${scrollRegion(
      caption,
      html`<table class="data cards compare-choices" id=${tableId}>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('compare.team')}</th>
            ${points.map((p) => html`<th scope="col">${pointTitle(p)}</th>`)}
            <th scope="col">${t('compare.help')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            teams,
            (team) => team.line,
            (team) =>
              html`<tr>
                <th scope="row">${team.label}</th>
                ${points.map((p) => {
                  const choice = choiceAt(scenario, team.decisions, p.id);
                  return html`<td>
                    ${choice ? html`${choice.label} <span class="muted">(${monthLabel(scenario, choice.month)})</span>` : t('compare.notReached')}
                  </td>`;
                })}
                <td data-label=${t('compare.help')}>${helpStarted(scenario, team.decisions)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t('compare.most.row')}</th>
            ${points.map((p) => {
              const top = byKey.get(`point:${p.id}`);
              return html`<td data-label=${pointTitle(p)}>
                ${
                  top && top.delta !== 0
                    ? t(top.delta < 0 ? 'compare.most.cellCosts' : 'compare.most.cellSaves', {
                        amount: money(Math.abs(top.delta)),
                        team: top.team.label,
                      })
                    : status
                      ? '…'
                      : t('compare.most.cellNone')
                }
              </td>`;
            })}
            <td></td>
          </tr>
        </tfoot>
      </table>`,
    )}
  </section>`;
}
