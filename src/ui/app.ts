/**
 * The accessible DOM layer: every control a trainee uses is a real element with an
 * accessible name. It renders the case hub's snapshots and sends events to the actor;
 * it holds no rules of its own.
 */
import type { CaseHub, CaseMachine, HubView } from '../engine';
import { currentLang, onLanguageChanged, setLang, t } from '../services/i18n';
import { isMuted, play, setMuted, unlockSound } from '../services/sound';
import { writeSettings } from '../services/storage';
import { h, labelScrollRegions, replace } from './dom';
import type { Library } from '../services/library';
import { renderScreen, type ScreenContext } from './screens';

export interface AppOptions {
  readonly root: HTMLElement;
  readonly hub: CaseHub;
  readonly machine: CaseMachine;
  readonly library: Library;
}

/** Mounts the page shell and keeps the screen in step with the case; returns the announcer. */
export function mountApp(options: AppOptions): (text: string) => void {
  const { root, hub } = options;
  // The game's name is the page's h1 on every phase screen; the menu has its own h1 in the screen.
  const brandText = h('p', { class: 'brand' });
  const brandHeading = h('h1', { class: 'brand' });
  let title: HTMLElement = brandText;
  const langButton = h('button', { type: 'button', class: 'chip', id: 'lang-toggle' });
  const muteButton = h('button', { type: 'button', class: 'chip', id: 'mute-toggle' });
  const menuButton = h('button', { type: 'button', class: 'chip', id: 'menu-button' });
  const nav = h('nav', {}, menuButton, langButton, muteButton);
  const header = h('header', { class: 'topbar' }, title, nav);
  const main = h('main', { id: 'screen', tabindex: '-1' });
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', role: 'status', id: 'announcer' });
  const stage = document.getElementById('stage');
  replace(root, header, main, live);

  let lastPhase = '';
  const announce = (text: string): void => {
    live.textContent = '';
    window.setTimeout(() => (live.textContent = text), 30);
  };

  const screen: ScreenContext = {
    ...options,
    announce,
    rerender: () => render(hub.view()),
  };

  const renderHeader = (): void => {
    const brand = hub.view() === undefined ? brandText : brandHeading;
    if (brand !== title) {
      title.replaceWith(brand);
      title = brand;
    }
    title.textContent = t('app.title');
    nav.setAttribute('aria-label', t('nav.settings'));
    langButton.textContent = currentLang() === 'nl' ? 'English' : 'Nederlands';
    langButton.setAttribute('aria-label', currentLang() === 'nl' ? 'Switch to English' : 'Schakel naar Nederlands');
    langButton.setAttribute('lang', currentLang() === 'nl' ? 'en' : 'nl');
    // The visible state is the whole name, so what a speech user reads is what the button is called.
    muteButton.textContent = isMuted() ? t('sound.off') : t('sound.on');
    menuButton.textContent = t('menu.backToMenu');
    menuButton.hidden = hub.view() === undefined;
  };

  const render = (view: HubView | undefined): void => {
    const phase = view ? phaseName(view) : 'menu';
    document.documentElement.dataset.phase = phase;
    if (stage) stage.dataset.phase = phase;
    renderHeader();
    const focused =
      document.activeElement instanceof HTMLElement && main.contains(document.activeElement) ? document.activeElement : undefined;
    renderScreen(main, view, screen);
    labelScrollRegions(main);
    const heading = main.querySelector('h1, h2');
    if (heading instanceof HTMLElement) heading.tabIndex = -1;
    // Each screen has its own title, so a screen reader user hears where they are when switching tabs.
    document.title = view && heading ? `${heading.textContent} – ${t('app.title')}` : t('app.documentTitle');
    if (phase !== lastPhase) {
      lastPhase = phase;
      if (heading instanceof HTMLElement) heading.focus({ preventScroll: false });
    } else if (focused && !main.contains(document.activeElement)) {
      // A re-render replaced the control in use; keyboard users stay on it instead of falling back to the page start.
      const again = focused.id ? document.getElementById(focused.id) : null;
      const target = again instanceof HTMLElement && main.contains(again) ? again : heading;
      if (target instanceof HTMLElement) target.focus({ preventScroll: true });
    }
  };

  langButton.addEventListener('click', () => {
    const next = currentLang() === 'nl' ? 'en' : 'nl';
    writeSettings({ lang: next });
    void setLang(next);
  });
  muteButton.addEventListener('click', () => {
    setMuted(!isMuted());
    renderHeader();
  });
  menuButton.addEventListener('click', () => {
    hub.stop();
  });
  // Sound may start only after a first gesture.
  const unlock = (): void => {
    unlockSound();
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);
  root.addEventListener('click', (event) => {
    if (event.target instanceof HTMLElement && event.target.closest('button, input[type=checkbox], input[type=radio]')) play('click');
  });

  onLanguageChanged(() => render(hub.view()));
  hub.subscribe((view) => render(view));
  render(hub.view());
  return announce;
}

/** The value of data-phase for a view. */
export function phaseName(view: HubView): string {
  const value = view.snapshot.value as string;
  return value === 'monthBooked' ? 'run' : value;
}
