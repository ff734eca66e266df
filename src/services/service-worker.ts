/**
 * The offline service worker. vite-plugin-pwa builds it and writes in the list of every
 * file of the build (the game, its cases, the catalogue, fonts, sounds, art and the
 * guide), which Workbox keeps by revision, so an update downloads only what changed.
 * Cases are fetched network-first, since a trainer may add one to a running site;
 * everything else comes from the cache. A new version waits until the page asks it
 * to take over (the player agreed in the update banner).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** The little of ServiceWorkerGlobalScope this worker uses (the project compiles against the DOM library). */
interface WorkerScope {
  readonly __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

declare const self: WorkerScope;

const CASE_FILE = /\/scenarios\/.+\.json$/;

// Registered before the precache route, so cases go to the network first. Offline, or when
// a poor connection has not answered within a few seconds, the latest copy fetched is used,
// else the one this version was built with.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && CASE_FILE.test(url.pathname),
  new NetworkFirst({
    cacheName: 'wie-betaalt-cases',
    networkTimeoutSeconds: 5,
    plugins: [
      { cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await matchPrecache(request.url)) ?? null },
    ],
  }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the game is index.html (a session link carries its case in the query).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/docs\//, /\/scenarios\//] }));

self.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') void self.skipWaiting();
});
