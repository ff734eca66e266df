/**
 * The engine side of the page (the case machine, the analysis, every screen beyond the
 * menu, the comparison, sessions, the workbench and the coach) loads with import() the
 * first time it is needed: when a case starts or resumes, a link opens a case or a
 * session, or the player opens one of the menu's sections. The menu draws before it,
 * from what the library read. Nothing here loads it ahead of time.
 */
import type { CaseActor, CaseHub, CaseInput } from '../engine';
import type { FetchedLibrary, MenuCase } from '../services/library';
import type { EngineUi } from './engine-ui';
import type { ScreenContext } from './screens/context';

export type { EngineUi } from './engine-ui';

/** What the light page hands the engine side when it loads. */
export interface EngineShell {
  readonly hub: CaseHub;
  /** The screen context; its machine, library and analysis are the engine side's. */
  readonly ctx: ScreenContext;
  /** The screen's element, for the coach's bubble beside it. */
  readonly main: HTMLElement;
  readonly fetched: FetchedLibrary;
  /** The menu's cases as read, before the library is built (see menuCasesOf). */
  readonly cases: readonly MenuCase[];
  /** The query the page was opened with: a case to jump into or a session link. */
  readonly search: string;
}

let shell: EngineShell | undefined;
let loaded: EngineUi | undefined;
let loading: Promise<EngineUi> | undefined;

/** Tells the loader what the engine side will be given (once, when the app mounts). */
export function setEngineShell(given: EngineShell): void {
  shell = given;
}

/** What the page was given at mount, for the menu drawn before the engine side. */
export function engineShell(): EngineShell | undefined {
  return shell;
}

/** The engine side, when it has loaded. */
export function engineLoaded(): EngineUi | undefined {
  return loaded;
}

/** Loads the engine side (once); a failed load may be tried again. */
export function loadEngine(): Promise<EngineUi> {
  const given = shell;
  if (!given) return Promise.reject(new Error('the app has not mounted'));
  loading ??= import('./engine-ui')
    .then((module) => module.bootEngine(given))
    .then((engine) => {
      loaded = engine;
      engine.begin();
      // The page draws with the engine side from now on.
      given.ctx.rerender();
      return engine;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Makes the actor for a new case; a case starts only from the engine side's screens or after it loaded. */
export function spawnCase(input: CaseInput): CaseActor {
  if (!loaded) throw new Error('the engine has not loaded');
  return loaded.spawn(input);
}
