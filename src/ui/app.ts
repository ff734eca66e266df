/**
 * The accessible DOM layer: every control a trainee uses is a real element with an
 * accessible name. It renders the case hub's snapshots and the engine's analysis
 * with lit-html, which updates only the parts that changed, so focus and scroll stay
 * where the player left them; it sends events to the actor and holds no rules.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { CaseHub, HubView } from '../engine';
import { currentLang, onLanguageChanged, setLang, t } from '../services/i18n';
import type { FetchedLibrary, MenuCase } from '../services/library';
import { isMuted, play, setMuted, unlockSound } from '../services/sound';
import { writeSettings } from '../services/storage';
import { phaseName } from './phase';
import { engineLoaded, loadEngine, setEngineShell, type EngineUi } from './loader';
import type { ScreenContext } from './screens/context';
import { menuScreen } from './screens/menu';
import { createUiState } from './state';
import { startPrintSupport } from './summary-print';

export interface AppOptions {
  readonly root: HTMLElement;
  readonly hub: CaseHub;
  /** What the library read at start, and the menu's cases from it. */
  readonly fetched: FetchedLibrary;
  readonly cases: readonly MenuCase[];
  /** The page's query: a case to jump into or a session link. */
  readonly search: string;
  /** The engine side loads at once and the page waits for it (a link into a case, saves to list). */
  readonly atOnce: boolean;
}

export interface MountedApp {
  /** Says something through the page's live region. */
  readonly announce: (text: string) => void;
}

/** The live region needs its text to change for a screen reader to speak it again. */
const ANNOUNCE_DELAY_MS = 30;

/** Mounts the page shell and keeps the screen in step with the case, the analysis and the language. */
export function mountApp(options: AppOptions): MountedApp {
  const { root, hub } = options;
  root.replaceChildren();
  render(
    html`<header class="topbar"></header>
      <main id="screen" tabindex="-1"></main>
      <div class="visually-hidden" aria-live="polite" role="status" id="announcer"></div>`,
    root,
  );
  const header = root.querySelector('header');
  const main = root.querySelector('main');
  const live = root.querySelector<HTMLElement>('#announcer');
  if (!header || !main || !live) throw new Error('the page shell did not render');
  const stage = document.getElementById('stage');

  let announceTimer: number | undefined;
  const announce = (text: string): void => {
    live.textContent = '';
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => (live.textContent = text), ANNOUNCE_DELAY_MS);
  };

  let lastPhase = '';
  let loadFailed = false;
  const draw = (): void => {
    const view = hub.view();
    const engine = engineLoaded();
    if (!engine && (options.atOnce || view)) {
      // The engine side is loading and the page needs it to show anything.
      render(headerTemplate(undefined), header);
      render(html`<p class="loading" role=${loadFailed ? 'alert' : nothing}>${loadFailed ? t('lazyLoad.failed') : t('loading')}</p>`, main);
      return;
    }
    const phase = engine?.sessionPhase(ctx.state.session, view) ?? phaseName(view);
    document.documentElement.dataset.phase = phase;
    // The comparison and the completion summary fill the page: no canvas beside them.
    document.documentElement.dataset.view = view
      ? ctx.state.summaryFor === view.actor
        ? 'summary'
        : phase
      : ctx.state.compare.open
        ? 'compare'
        : 'menu';
    if (stage) stage.dataset.phase = phase;
    const hadFocus = document.activeElement instanceof HTMLElement && main.contains(document.activeElement);
    render(headerTemplate(view), header);
    render(engine ? engine.screenFor(view, ctx) : menuScreen(ctx), main);
    const heading = main.querySelector<HTMLElement>('h1, h2');
    // Each screen has its own title, so a screen reader user hears where they are when switching tabs.
    document.title = view && heading ? `${heading.textContent.trim()} – ${t('app.title')}` : t('app.documentTitle');
    if (phase !== lastPhase) {
      lastPhase = phase;
      heading?.focus({ preventScroll: false });
    } else if (hadFocus && !main.contains(document.activeElement)) {
      // The control in use went away (a search finished, a result was replaced): the keyboard stays on this screen.
      heading?.focus({ preventScroll: true });
    }
  };

  const need = (): EngineUi => {
    const engine = engineLoaded();
    if (!engine) throw new Error('the engine has not loaded');
    return engine;
  };
  // The machine, the library and the analysis are the engine side's: only its screens read them.
  const ctx: ScreenContext = {
    hub,
    state: createUiState(),
    announce,
    rerender: draw,
    get machine() {
      return need().machine;
    },
    get library() {
      return need().library;
    },
    get analysis() {
      return need().analysis;
    },
  };

  const switchLanguage = (): void => {
    const next = currentLang() === 'nl' ? 'en' : 'nl';
    writeSettings({ lang: next });
    void setLang(next);
  };
  const toggleSound = (): void => {
    setMuted(!isMuted());
    draw();
  };
  const headerTemplate = (view: HubView | undefined): TemplateResult =>
    html`${view ? html`<h1 class="brand">${t('app.title')}</h1>` : html`<p class="brand">${t('app.title')}</p>`}
      <nav aria-label=${t('nav.settings')}>
        <button type="button" class="chip" id="menu-button" ?hidden=${!view} @click=${() => hub.stop()}>${t('menu.backToMenu')}</button>
        <button
          type="button"
          class="chip"
          id="lang-toggle"
          lang=${t('lang.otherCode')}
          aria-label=${t('lang.switch')}
          @click=${switchLanguage}
        >
          ${t('lang.other')}
        </button>
        <button type="button" class="chip" id="mute-toggle" @click=${toggleSound}>
          ${
            // The visible state is the whole name, so what a speech user reads is what the button is called.
            isMuted() ? t('sound.off') : t('sound.on')
          }
        </button>
      </nav>`;

  // Sound may start only after a first gesture.
  const unlock = (): void => {
    unlockSound();
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);
  root.addEventListener('click', (event) => {
    // A language switch only redraws the page: it makes no sound.
    if (!(event.target instanceof HTMLElement) || event.target.closest('#lang-toggle')) return;
    if (event.target.closest('button, input[type=checkbox], input[type=radio]')) play('click');
  });

  // Paper shows the what-ifs and the figures under the charts open.
  startPrintSupport();
  onLanguageChanged(draw);
  hub.subscribe(draw);
  setEngineShell({ hub, ctx, main, fetched: options.fetched, cases: options.cases, search: options.search });
  draw();
  if (options.atOnce)
    void loadEngine().catch(() => {
      loadFailed = true;
      draw();
    });
  return { announce };
}
