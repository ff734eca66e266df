/**
 * Opening a session link, starting a team, resuming its save and starting over:
 * the handlers of the session screens. A team's save is found by its session's slot,
 * so a reload or the link opened again resumes exactly where the team was.
 */
import { createActor } from 'xstate';
import type { Scenario } from '../../core';
import {
  inspectSave,
  readSessionLink,
  restoreActor,
  sameSetup,
  sessionSlot,
  toSave,
  withUnlocked,
  type HubView,
  type SaveGame,
  type SessionSetup,
} from '../../engine';
import { t } from '../../services/i18n';
import { saveProblemText } from '../save-notice';
import { readSave, readSaves, removeSave, writeSave } from '../../services/storage';
import type { ScreenContext } from '../screens/context';

/** Opens what the address bar's session link asks for; a link that is no session link leaves the menu as it is. */
export function openSessionLink(ctx: ScreenContext, search: string): void {
  const session = ctx.state.session;
  const read = readSessionLink(search, ctx.library.lookup);
  if (read.kind === 'none') return;
  if (read.kind === 'bad') {
    // The menu says what is wrong with the link; the game goes on from there.
    session.linkProblem = read.problem;
    return;
  }
  session.opened = { setup: read.setup, scenario: read.scenario };
  if (read.kind === 'trainer') {
    session.screen = 'trainer';
    return;
  }
  const entry = readSaves().find((e) => e.key === sessionSlot(read.setup));
  if (entry) {
    const checked = entry.broken ? undefined : inspectSave(entry.data, ctx.library.lookup);
    if (checked && 'save' in checked && checked.save.session && sameSetup(checked.save.session, read.setup)) {
      if (resumeSave(ctx, checked.save, read.scenario)) return;
      session.team.saveProblem = t('menu.restoreFailed');
    } else {
      session.team.saveProblem =
        checked && 'problem' in checked ? saveProblemText(checked.problem, checked.detail) : saveProblemText('unreadable');
    }
  }
  session.screen = 'team';
}

/** Resumes a save, with its session when it was played in one; false when it cannot be restored. */
export function resumeSave(ctx: ScreenContext, save: SaveGame, scenario: Scenario): boolean {
  const session = ctx.state.session;
  try {
    const actor = restoreActor(ctx.machine, save, ctx.library.lookup);
    session.running = save.session ? { actor, record: save.session } : undefined;
    session.screen = undefined;
    ctx.hub.adopt(actor, scenario);
    if (save.session) {
      ctx.announce(t('session.resumed', { team: save.session.team, month: save.month + 1, phase: t(`phase.${save.phase}`) }));
    }
    return true;
  } catch {
    session.running = undefined;
    return false;
  }
}

/** Starts the session's case at the intake for a team. */
export function startTeam(ctx: ScreenContext, setup: SessionSetup, scenario: Scenario, team: string): void {
  const session = ctx.state.session;
  const actor = createActor(ctx.machine, {
    input: { scenarioId: setup.scenarioId, scenarioVersion: setup.scenarioVersion, seed: setup.seed, mode: setup.mode },
  });
  // The session is known before the case starts, so its very first save is the team's.
  session.running = { actor, record: { ...setup, team, unlocked: [] } };
  session.screen = undefined;
  session.team.saveProblem = undefined;
  session.confirmRestart = undefined;
  ctx.hub.adopt(actor, scenario);
}

/** Starts the team's case over at the intake, after the team confirmed it. */
export function startOver(ctx: ScreenContext, view: HubView): void {
  const running = ctx.state.session.running;
  if (!running || running.actor !== view.actor) return;
  const { record } = running;
  removeSave(sessionSlot(record));
  startTeam(ctx, record, view.scenario, record.team);
  ctx.announce(t('session.restarted', { team: record.team }));
}

/** Records a typed unlock code for the running case and saves it with the case at once. */
export function unlock(ctx: ScreenContext, view: HubView, point: string): void {
  const running = ctx.state.session.running;
  if (!running || running.actor !== view.actor) return;
  running.record = withUnlocked(running.record, point);
  // The save as the case effects last wrote it (with its start time and reflection), now with the code typed.
  const slot = sessionSlot(running.record);
  const stored = readSave(slot);
  const base = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : toSave(view.snapshot, new Date().toISOString());
  writeSave(slot, { ...base, session: running.record });
}

/** Leaves a session screen for the menu; the address bar forgets the link, so a reload opens the menu. */
export function toMenu(ctx: ScreenContext): void {
  const session = ctx.state.session;
  session.screen = undefined;
  session.opened = undefined;
  session.linkProblem = undefined;
  if (window.location.search !== '') window.history.replaceState(null, '', window.location.pathname);
  ctx.rerender();
}
