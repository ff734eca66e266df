/** Entry point: wires the layers together and nothing more. */
// First: zod must know it may not use eval before any schema is defined (Content-Security-Policy).
import './services/content-security';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import './game/stage.css';
import { CaseHub } from './engine/hub';
import { currentLang, initI18n, t } from './services/i18n';
import { fetchLibrary, menuCasesOf } from './services/library';
import { mountFooter } from './services/notices';
import { startOffline } from './services/offline';
import { platformSettings } from './services/platform-config';
import { readSaves, readSettings } from './services/storage';
import { mountApp } from './ui/app';
import { loadEngine, spawnCase } from './ui/loader';

async function main(): Promise<void> {
  document.documentElement.dataset.phase = 'loading';
  const fetching = fetchLibrary();
  const settings = readSettings();
  // Dutch first: English only when the player chose it.
  await initI18n(settings.lang ?? 'nl');
  document.documentElement.lang = currentLang();
  const root = document.getElementById('app');
  if (!root) return;
  root.textContent = t('loading');
  const fetched = await fetching;
  const platform = platformSettings();
  // The footer says what this build reports, from the start.
  mountFooter(platform);
  // The menu draws from what was read; the engine loads with the first case, or at once when the page
  // needs it to show: a link into a case or a session, saves to list, a case to check, a platform to report to.
  const cases = menuCasesOf(fetched);
  const search = window.location.search;
  const atOnce = !cases || search !== '' || readSaves().length > 0 || Boolean(platform.xapi) || platform.scorm;
  // The hub holds no XState: the canvas and the menu share it before the engine loads.
  const hub = new CaseHub(spawnCase);
  mountApp({ root, hub, fetched, cases: cases ?? [], search, atOnce });
  startOffline(hub);
  if (import.meta.hot) {
    // With npm start: an edited scenario file reloads into the running game.
    import.meta.hot.on('scenario:changed', (data: { path: string }) => void loadEngine().then((engine) => engine.reloadChanged(data.path)));
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
