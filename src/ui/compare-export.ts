/**
 * The comparison to keep after the session: CSV for Excel (Dutch headers, `;` and a
 * decimal comma in the Dutch game) and JSON with every amount in cents and in euros,
 * the labels, each team's choices and the lines that were refused with why.
 */
import type { CaseResult, Scenario } from '../core';
import { currentLang, local, t } from '../services/i18n';
import { choiceAt, pointTitle } from './compare-decisions';
import type { RefusedLine, TeamGroup } from './compare-read';
import { columnsFor, type Column, type Landmark } from './compare-table';
import { toCsv, type CsvCell } from './csv';

function valueCell(column: Column, result: CaseResult): CsvCell {
  const value = column.value(result);
  if (column.kind === 'cents') return { cents: value };
  if (column.kind === 'count') return value;
  return { decimal: value, digits: 2 };
}

/** One group's teams and landmarks as CSV for Excel in the game's language. */
export function comparisonCsv(group: TeamGroup, landmarks: readonly Landmark[]): string {
  const { scenario } = group.key;
  const columns = columnsFor(scenario);
  const header: CsvCell[] = [
    t('compare.csv.team'),
    t('compare.csv.kind'),
    ...columns.map((c) => (c.kind === 'cents' ? t('compare.csv.euros', { header: c.header }) : c.header)),
    ...scenario.decisionPoints.map((p) => t('compare.csv.choice', { point: pointTitle(p) })),
    t('compare.csv.line'),
    t('compare.csv.code'),
  ];
  const teamRows = group.teams.map((team): CsvCell[] => [
    team.label,
    t('compare.csv.isTeam'),
    ...columns.map((c) => valueCell(c, team.result)),
    ...scenario.decisionPoints.map((p) => choiceAt(scenario, team.decisions, p.id)?.label ?? ''),
    team.line,
    team.code,
  ]);
  const landmarkRows = landmarks
    .filter((l): l is Landmark & { result: CaseResult } => l.result !== undefined)
    .map((l): CsvCell[] => [
      l.label,
      t('compare.csv.isLandmark'),
      ...columns.map((c) => valueCell(c, l.result)),
      ...scenario.decisionPoints.map((p) => choiceAt(scenario, l.result.route, p.id)?.label ?? ''),
      '',
      '',
    ]);
  return toCsv([header, ...teamRows, ...landmarkRows], { lang: currentLang() });
}

const amount = (cents: number) => ({ cents, euros: cents / 100 });

function figures(scenario: Scenario, result: CaseResult) {
  const out: Record<string, unknown> = {};
  for (const column of columnsFor(scenario)) {
    const value = column.value(result);
    out[column.id] = column.kind === 'cents' ? amount(value) : value;
  }
  return out;
}

/** Everything the comparison shows, as JSON: groups of teams with their figures and choices, and the refused lines. */
export function comparisonJson(
  groups: readonly { readonly group: TeamGroup; readonly landmarks: readonly Landmark[] }[],
  refused: readonly RefusedLine[],
  exportedAt: string,
): string {
  const lang = currentLang();
  const doc = {
    format: 'wie-betaalt-comparison',
    version: 1,
    language: lang,
    exportedAt,
    groups: groups.map(({ group, landmarks }) => {
      const { scenario, seed, mode } = group.key;
      const choices = (result: CaseResult) =>
        scenario.decisionPoints.map((p) => {
          const chosen = result.route.find((d) => d.type === 'choose' && d.point === p.id);
          return {
            point: p.id,
            prompt: local(p.prompt),
            option: chosen?.type === 'choose' ? chosen.option : null,
            optionLabel: choiceAt(scenario, result.route, p.id)?.label ?? null,
            month: chosen?.month ?? null,
          };
        });
      return {
        case: { id: scenario.id, version: scenario.version, title: local(scenario.title) },
        seed,
        mode,
        columns: columnsFor(scenario).map((c) => ({ id: c.id, label: c.header, unit: c.kind === 'cents' ? 'cents' : c.kind })),
        teams: group.teams.map((team) => ({
          label: team.label,
          line: team.line,
          code: team.code,
          figures: figures(scenario, team.result),
          choices: choices(team.result),
          decisions: team.decisions,
        })),
        landmarks: landmarks.map((l) => ({
          id: l.id,
          label: l.label,
          ...(l.result ? { figures: figures(scenario, l.result), route: l.result.route } : { pending: l.pending ?? null }),
        })),
      };
    }),
    problems: refused.map((r) => ({ line: r.line, label: r.label ?? null, code: r.code, problem: r.problem, message: refusedText(r) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Why a line was refused, in words, with its line number and label. */
export function refusedText(r: RefusedLine): string {
  const where = r.label ? t('compare.lineLabel', { n: r.line, label: r.label }) : t('compare.lineN', { n: r.line });
  return `${where}: ${t(`compare.problem.${r.problem}`)}`;
}
