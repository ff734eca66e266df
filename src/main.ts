/** Entry point: wires the layers together and nothing more. */
// First: zod must know it may not use eval before any schema is defined (Content-Security-Policy).
import './services/content-security';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import { CaseHub, createCaseMachine } from './engine';
import { currentLang, initI18n, t } from './services/i18n';
import { loadLibrary } from './services/library';
import { startOffline } from './services/offline';
import { startPlatformReporting } from './services/platform';
import { readSettings } from './services/storage';
import { mountApp } from './ui/app';
import { jumpFromUrl, reloadChanged } from './ui/live';
import { useLibrary } from './ui/screens';

async function main(): Promise<void> {
  document.documentElement.dataset.phase = 'loading';
  const settings = readSettings();
  // Dutch first: English only when the player chose it.
  await initI18n(settings.lang ?? 'nl');
  document.documentElement.lang = currentLang();
  const root = document.getElementById('app');
  if (!root) return;
  root.textContent = t('loading');
  const library = await loadLibrary();
  useLibrary(library);
  const machine = createCaseMachine(library.lookup);
  const hub = new CaseHub(machine);
  startPlatformReporting(hub);
  startOffline(hub);
  const announce = mountApp({ root, hub, machine, library });
  jumpFromUrl(window.location.search, library, hub, machine, announce);
  if (import.meta.hot) {
    // With npm start: an edited scenario file reloads into the running game.
    import.meta.hot.on('scenario:changed', (data: { path: string }) => void reloadChanged(data.path, library, hub, machine, announce));
  }
  const stage = document.getElementById('stage');
  if (stage) {
    // Phaser is loaded on its own so the DOM is usable at once.
    const { startGame } = await import('./game');
    startGame({ parent: stage, hub, lang: currentLang, reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches });
  }
}

void main();
