/**
 * The engine side of the page, loaded by the loader (loader.ts) the first time a case,
 * a session, the comparison or the workbench is needed: the case machine and the
 * analysis, the library built from what was read, every screen beyond the menu, and
 * what the case causes besides drawing (saves, sounds, announcements, reporting).
 */
import { createActor } from 'xstate';
import { createAnalysis, createCaseMachine, inspectSave, type Analysis, type CaseActor, type CaseInput, type CaseMachine } from '../engine';
import type { Library } from '../services/library';
import { loadLaterTexts } from '../services/i18n';
import { buildLibrary } from '../services/library-build';
import { platformSettings } from '../services/platform-config';
import { startPlatformReporting } from '../services/platform';
import { startCaseEffects } from './case-effects';
import { mountCoach, coachOffer, coachReplay } from './coach/coach';
import { compareEntry, compareScreen } from './compare';
import { jumpFromUrl, reloadChanged } from './live';
import type { EngineShell } from './loader';
import { saveFileControl, saveProblemText } from './save-notice';
import { screenFor } from './screens';
import { openSessionLink, resumeSave, sessionLinkProblem, sessionMenuCard, sessionOf, sessionPhase } from './session';
import { workbenchSection } from './workbench';

export interface EngineUi {
  readonly library: Library;
  readonly machine: CaseMachine;
  readonly analysis: Analysis;
  /** A new case's actor. */
  readonly spawn: (input: CaseInput) => CaseActor;
  readonly screenFor: typeof screenFor;
  readonly sessionPhase: typeof sessionPhase;
  /** The menu's parts that need the engine or open a section. */
  readonly menu: {
    readonly inspectSave: typeof inspectSave;
    readonly saveProblemText: typeof saveProblemText;
    readonly saveFileControl: typeof saveFileControl;
    readonly resumeSave: typeof resumeSave;
    readonly coachOffer: typeof coachOffer;
    readonly coachReplay: typeof coachReplay;
    readonly compareEntry: typeof compareEntry;
    readonly compareScreen: typeof compareScreen;
    readonly sessionLinkProblem: typeof sessionLinkProblem;
    readonly sessionMenuCard: typeof sessionMenuCard;
    readonly workbenchSection: typeof workbenchSection;
  };
  /** With npm start: an edited scenario file reloads into the running game. */
  readonly reloadChanged: (path: string) => Promise<void>;
  /**
   * Starts what follows the case (saves, sounds, announcements, reporting, the coach) and
   * opens what the page's link asks for. Called once, when the loader holds the engine:
   * a link may start a case, and the context's library is the engine's.
   */
  readonly begin: () => void;
}

/** Builds the library, starts the engine and what follows the case, then opens what the page's link asks for. */
export async function bootEngine({ hub, ctx, main, fetched, search }: EngineShell): Promise<EngineUi> {
  // The later screens' texts come with them.
  const [library] = await Promise.all([buildLibrary(fetched), loadLaterTexts()]);
  const machine = createCaseMachine(library.lookup);
  // One analysis for the whole page: reference routes, what-ifs and route searches are computed once and kept.
  const analysis = createAnalysis({
    worker: () => new Worker(new URL('../engine/analysis.worker.ts', import.meta.url), { type: 'module' }),
  });
  return {
    library,
    machine,
    analysis,
    spawn: (input) => createActor(machine, { input }),
    screenFor,
    sessionPhase,
    menu: {
      inspectSave,
      saveProblemText,
      saveFileControl,
      resumeSave,
      coachOffer,
      coachReplay,
      compareEntry,
      compareScreen,
      sessionLinkProblem,
      sessionMenuCard,
      workbenchSection,
    },
    reloadChanged: (path) => reloadChanged(path, library, hub, machine, ctx.announce),
    begin: () => {
      const settings = platformSettings();
      if (settings.xapi || settings.scorm) startPlatformReporting(hub, settings);
      startCaseEffects({ hub, analysis, announce: ctx.announce, sessionOf: (view) => sessionOf(ctx.state.session, view) });
      analysis.subscribe(ctx.rerender);
      // The first-visit coach follows the case beside the screen.
      mountCoach(ctx, main);
      // A session link opens the team's game (resumed when it was saved) or the trainer's view.
      openSessionLink(ctx, search);
      jumpFromUrl(search, library, hub, machine, ctx.announce);
    },
  };
}
