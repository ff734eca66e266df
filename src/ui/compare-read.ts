/**
 * Reading the codes a trainer pasted or dropped: one code per line, with or without
 * a team label before it ("Team Noord: <code>", "Team Noord<TAB><code>", a CSV line).
 * Each line is read by the engine on its own, so one bad line never hides the rest.
 */
import type { CaseResult, Decision, Scenario } from '../core';
import { readResultCode, type CaseKey, type ResultCodeProblem, type ScenarioLookup } from '../engine';
import type { TeamLine } from './state';

/** Where a result code starts: the case id, an @ and its version. */
const CODE_START = /[a-z0-9][a-z0-9-]*@\d+\//;
/** What may stand between a label and its code, or around either in a CSV line. */
const SEPARATORS = /^[\s:;,"'\t]+|[\s:;,"'\t]+$/g;

/** A line split into its label (when there is one) and the code. */
export function splitLine(line: string): { readonly label?: string; readonly code: string } {
  const tab = line.indexOf('\t');
  if (tab >= 0) {
    const label = line.slice(0, tab).replace(SEPARATORS, '');
    const code = line.slice(tab + 1).replace(SEPARATORS, '');
    return label ? { label, code } : { code };
  }
  const start = line.search(CODE_START);
  if (start <= 0) return { code: line.replace(SEPARATORS, '') };
  const label = line.slice(0, start).replace(SEPARATORS, '');
  const code = line.slice(start).replace(SEPARATORS, '');
  return label ? { label, code } : { code };
}

/** Reads every non-empty line of the text; line numbers are those of the text as pasted. */
export function readTeamLines(text: string, lookup: ScenarioLookup): TeamLine[] {
  const out: TeamLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '') return;
      const { label, code } = splitLine(line);
      out.push({ line: i + 1, ...(label ? { name: label } : {}), code, read: readResultCode(code, lookup) });
    });
  return out;
}

/** A team whose code the engine accepted, with its result. */
export interface TeamRow {
  readonly line: number;
  readonly label: string;
  readonly code: string;
  readonly decisions: readonly Decision[];
  readonly result: CaseResult;
}

/** The teams that played one case with one session code and mode. */
export interface TeamGroup {
  readonly id: string;
  readonly key: CaseKey;
  readonly teams: TeamRow[];
}

/** A line the engine refused, with why. */
export interface RefusedLine {
  readonly line: number;
  readonly label?: string;
  readonly code: string;
  readonly problem: ResultCodeProblem;
}

/** The accepted teams per case key, and the refused lines; results come from the engine's analysis. */
export function groupTeams(
  lines: readonly TeamLine[],
  resultFor: (key: CaseKey, decisions: readonly Decision[]) => CaseResult,
  teamName: (line: number) => string,
): { groups: TeamGroup[]; refused: RefusedLine[] } {
  const byKey = new Map<string, TeamGroup>();
  const refused: RefusedLine[] = [];
  for (const team of lines) {
    const { read } = team;
    if (!read.ok) {
      refused.push({ line: team.line, ...(team.name ? { label: team.name } : {}), code: team.code, problem: read.problem });
      continue;
    }
    const { scenario, parts } = read;
    const id = groupId(scenario, parts.seed, parts.mode);
    let group = byKey.get(id);
    if (!group) {
      group = { id, key: { scenario, seed: parts.seed, mode: parts.mode }, teams: [] };
      byKey.set(id, group);
    }
    group.teams.push({
      line: team.line,
      label: team.name ?? teamName(team.line),
      code: team.code,
      decisions: parts.decisions,
      result: resultFor(group.key, parts.decisions),
    });
  }
  return { groups: [...byKey.values()], refused };
}

function groupId(scenario: Scenario, seed: number, mode: string): string {
  return `${scenario.id}@${scenario.version}/${seed}/${mode}`;
}
