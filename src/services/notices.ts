/**
 * Two notices outside the screens: the page footer saying that the cases are made up,
 * that no client data belongs in the game and what the game sends, and the banner
 * that offers a new version. Both follow the language switch.
 */
import './notices.css';
import { onLanguageChanged, t } from './i18n';
import type { PlatformSettings } from './platform-config';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** What the footer says the game sends, for this build's settings. */
export function reportingKey(settings: PlatformSettings): string {
  if (settings.scorm) return 'platform.reportsScorm';
  return settings.xapi ? 'platform.reportsXapi' : 'platform.reportsNone';
}

/** Adds the footer to the end of the page (once). */
export function mountFooter(settings: PlatformSettings): HTMLElement {
  const existing = document.getElementById('platform-footer');
  if (existing) return existing;
  const fiction = element('p', { id: 'privacy-note' });
  const reporting = element('p', { id: 'reporting-note' });
  const footer = element('footer', { id: 'platform-footer', class: 'platform-footer' });
  footer.append(fiction, reporting);
  const render = (): void => {
    fiction.textContent = t('platform.fiction');
    reporting.textContent = t(reportingKey(settings));
  };
  render();
  onLanguageChanged(render);
  document.body.append(footer);
  return footer;
}

export interface UpdateBanner {
  /** Shows the offer; `accept` runs when the player chooses to update. */
  readonly show: (accept: () => void) => void;
  readonly hide: () => void;
}

/** The banner that offers a new version. It stays hidden until `show`; a live region announces it. */
export function mountUpdateBanner(): UpdateBanner {
  const text = element('p', { id: 'update-text' });
  const now = element('button', { type: 'button', id: 'update-now', class: 'update-now' });
  const later = element('button', { type: 'button', id: 'update-later' });
  const actions = element('div', { class: 'update-actions' });
  actions.append(now, later);
  const banner = element('section', { id: 'update-banner', class: 'update-banner', 'aria-labelledby': 'update-title' });
  const title = element('h2', { id: 'update-title' });
  banner.append(title, text, actions);
  banner.hidden = true;
  // The live region exists before its text changes, so screen readers announce the offer.
  const live = element('div', { id: 'update-status', role: 'status', class: 'platform-visually-hidden' });
  document.body.append(banner, live);

  let onAccept: (() => void) | undefined;
  const render = (): void => {
    title.textContent = t('platform.update.title');
    text.textContent = t('platform.update.text');
    now.textContent = t('platform.update.now');
    later.textContent = t('platform.update.later');
  };
  render();
  onLanguageChanged(render);
  now.addEventListener('click', () => {
    now.disabled = true;
    later.disabled = true;
    live.textContent = t('platform.update.updating');
    onAccept?.();
  });
  later.addEventListener('click', () => {
    banner.hidden = true;
    live.textContent = '';
  });
  return {
    show: (accept) => {
      onAccept = accept;
      if (!banner.hidden) return;
      banner.hidden = false;
      live.textContent = `${t('platform.update.title')}. ${t('platform.update.text')}`;
    },
    hide: () => {
      banner.hidden = true;
      live.textContent = '';
    },
  };
}
