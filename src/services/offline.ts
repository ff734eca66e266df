/**
 * The offline service worker (src/services/service-worker.ts, built by vite-plugin-pwa)
 * and the offer of a new version. A new version installs in the background and waits;
 * the old one keeps running until the player agrees, and the offer never appears in
 * the middle of a case. A build without a worker (the SCORM package, the dev server)
 * gets a register function that does nothing.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { CaseHub, HubView } from '../engine';
import { isFinished } from './case-watch';
import { mountUpdateBanner } from './notices';

/** How often a long session (a training afternoon) asks the server for a new version. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Whether the player may be interrupted: in the menu, or with the case at its outcome. */
export function isBetweenCases(view: HubView | undefined): boolean {
  return view === undefined || isFinished(view);
}

/** Registers the worker and offers a waiting new version whenever the player is between cases. */
export function startOffline(hub: CaseHub): void {
  if (!('serviceWorker' in navigator)) return;
  const banner = mountUpdateBanner();
  let waiting = false;
  let reloadWhenFree = false;
  const offer = (): void => {
    if (waiting && isBetweenCases(hub.view())) banner.show(() => void update());
  };
  const update = registerSW({
    onNeedRefresh: () => {
      waiting = true;
      offer();
    },
    // The new version took over (the player agreed, here or in another tab): reload, but not in a case.
    onNeedReload: () => {
      if (isBetweenCases(hub.view())) window.location.reload();
      else reloadWhenFree = true;
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: () => {
      // Without a worker the game still works online; there is nothing to tell the player.
    },
  });
  hub.subscribe((view) => {
    if (reloadWhenFree && view === undefined) window.location.reload();
    else if (isBetweenCases(view)) offer();
    else banner.hide();
  });
}
