/** Entry point: wires the layers together and nothing more. */
// First: zod must know it may not use eval before any schema is defined (Content-Security-Policy).
import './services/content-security';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import './game/stage.css';
import { CaseHub, createAnalysis, createCaseMachine } from './engine';
import { currentLang, initI18n, t } from './services/i18n';
import { loadLibrary } from './services/library';
import { startOffline } from './services/offline';
import { startPlatformReporting } from './services/platform';
import { readSettings } from './services/storage';
import { mountApp } from './ui/app';
import { startCaseEffects } from './ui/case-effects';
import { jumpFromUrl, reloadChanged } from './ui/live';

async function main(): Promise<void> {
  document.documentElement.dataset.phase = 'loading';
  const library = loadLibrary();
  const settings = readSettings();
  // Dutch first: English only when the player chose it.
  await initI18n(settings.lang ?? 'nl');
  document.documentElement.lang = currentLang();
  const root = document.getElementById('app');
  if (!root) return;
  root.textContent = t('loading');
  const cases = await library;
  const machine = createCaseMachine(cases.lookup);
  const hub = new CaseHub(machine);
  startPlatformReporting(hub);
  startOffline(hub);
  // One analysis for the whole page: reference routes, what-ifs and route searches are computed once and kept.
  const analysis = createAnalysis({
    worker: () => new Worker(new URL('./engine/analysis.worker.ts', import.meta.url), { type: 'module' }),
  });
  const { announce, sessionOf } = mountApp({ root, hub, machine, library: cases, analysis });
  startCaseEffects({ hub, analysis, announce, sessionOf });
  jumpFromUrl(window.location.search, cases, hub, machine, announce);
  if (import.meta.hot) {
    // With npm start: an edited scenario file reloads into the running game.
    import.meta.hot.on('scenario:changed', (data: { path: string }) => void reloadChanged(data.path, cases, hub, machine, announce));
  }
  const stage = document.getElementById('stage');
  if (stage) {
    // The canvas joins once the first screen is drawn: Phaser is the largest script, and the menu does not wait for it.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const { startGame } = await import('./game');
    startGame({ parent: stage, hub, reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches });
  }
}

void main();
