/**
 * Playtesting helpers: jump to a point from the URL
 * (?scenario=<id>&seed=<n>&mode=<m>&decisions=<…>; without decisions the link resumes
 * the game saved with exactly these settings), and reload a scenario whose
 * file changed into the running game, staying at the current phase when the
 * decision log still fits.
 */
import { createActor } from 'xstate';
import { PLAY_MODES } from '../core';
import { checkSave, parseDecisions, playRoute, restoreActor, toSave, type CaseHub, type CaseMachine } from '../engine';
import { t } from '../services/i18n';
import type { Library } from '../services/library';
import { reloadEntry } from '../services/library-build';
import { readSaves } from '../services/storage';

/** Starts the case the URL names and plays its decisions; false when the URL names none. */
export function jumpFromUrl(
  search: string,
  library: Library,
  hub: CaseHub,
  machine: CaseMachine,
  announce: (text: string) => void,
): boolean {
  const params = new URLSearchParams(search);
  const id = params.get('scenario');
  if (!id) return false;
  const entry = library.entries.find((e) => e.scenario?.id === id);
  const seed = Number(params.get('seed') ?? '1');
  const mode = PLAY_MODES.find((m) => m === (params.get('mode') ?? 'all'));
  const decisions = parseDecisions(params.get('decisions') ?? '');
  if (!entry?.scenario || !Number.isSafeInteger(seed) || !mode || !decisions) {
    announce(t('menu.jumpFailed'));
    return false;
  }
  const scenario = entry.scenario;
  if (decisions.length === 0) {
    // A link with the case's settings: the game saved for exactly these settings goes on where it was,
    // so a reload never restarts it at the intake; otherwise the case starts at the intake.
    const saved = readSaves().find((e) => e.key === scenario.id);
    const checked = saved && !saved.broken ? checkSave(saved.data, library.lookup) : undefined;
    if (checked && 'save' in checked && checked.save.seed === seed && checked.save.mode === mode && !checked.save.session) {
      try {
        hub.adopt(restoreActor(machine, checked.save, library.lookup), scenario);
        announce(t('session.resumedPlain', { month: checked.save.month + 1, phase: t(`phase.${checked.save.phase}`) }));
        return true;
      } catch {
        // A save that no longer replays is reported in the menu's list; the link starts afresh.
      }
    }
    hub.start(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, mode });
    return true;
  }
  const actor = createActor(machine, {
    input: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, mode },
  });
  actor.start();
  playRoute(actor, scenario, decisions, { stopAfterMonth: decisions.reduce((m, d) => Math.max(m, d.month), -1) });
  const save = toSave(actor.getSnapshot(), new Date().toISOString());
  actor.stop();
  hub.adopt(restoreActor(machine, save, library.lookup), scenario);
  return true;
}

/** Reloads a changed scenario file; the running case follows it when its log still fits. */
export async function reloadChanged(
  path: string,
  library: Library,
  hub: CaseHub,
  machine: CaseMachine,
  announce: (text: string) => void,
): Promise<void> {
  const entry = await reloadEntry(library, path);
  const view = hub.view();
  if (!entry?.scenario || !view || view.scenario.id !== entry.scenario.id) return;
  const save = toSave(view.snapshot, new Date().toISOString());
  const checked = checkSave({ ...save, scenarioVersion: entry.scenario.version }, library.lookup);
  if ('problem' in checked) {
    hub.stop();
    announce(t('menu.liveReloadReset'));
    return;
  }
  try {
    hub.adopt(restoreActor(machine, checked.save, library.lookup), entry.scenario);
    announce(t('menu.liveReloaded'));
  } catch {
    hub.stop();
    announce(t('menu.liveReloadReset'));
  }
}
