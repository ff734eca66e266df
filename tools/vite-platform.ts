/**
 * What a deployment needs around the game: the Content-Security-Policy in the built
 * index.html, the learning-platform settings written into the bundle, and (except in
 * the SCORM package) the web app manifest and the offline service worker.
 */
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './csp.ts';
import { browserSettings, type DeploymentConfig } from './deployment-config.ts';

/** The origins the built game may connect to besides its own. */
export function connectOrigins(config: DeploymentConfig): string[] {
  return config.xapi ? [new URL(config.xapi.endpoint).origin] : [];
}

/** Writes the policy right after the charset of the built page (not in development, where Vite's client injects styles). */
function cspPlugin(config: DeploymentConfig): Plugin {
  const policy = contentSecurityPolicy({ delivery: 'meta', connect: connectOrigins(config) });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
  return {
    name: 'wijkteam-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="utf-8" /> before the Content-Security-Policy');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

/** The plugins for a build with `config`. */
export function platformPlugins(config: DeploymentConfig): PluginOption[] {
  return [
    cspPlugin(config),
    {
      name: 'wijkteam-platform-settings',
      config: () => ({ define: { __WIE_BETAALT_PLATFORM__: JSON.stringify(browserSettings(config)) } }),
    },
    VitePWA({
      disable: !config.serviceWorker,
      strategies: 'injectManifest',
      srcDir: 'src/services',
      filename: 'service-worker.ts',
      // The page registers the worker itself (src/services/offline.ts), with no inline script.
      injectRegister: false,
      registerType: 'prompt',
      manifestFilename: 'manifest.webmanifest',
      // The glob below already takes in the icons.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Wie betaalt? – het kostenspel voor wijkteams',
        short_name: 'Wie betaalt?',
        description: 'Een spel voor wijkteams over wat keuzes echt kosten, en wie betaalt.',
        lang: 'nl',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fbf7ef',
        theme_color: '#1f7a70',
        categories: ['education', 'games'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      injectManifest: {
        // Everything a case needs offline. The .woff copies of the fonts are left out:
        // every browser that runs a service worker reads .woff2.
        globPatterns: ['**/*.{html,js,css,json,svg,png,wav,woff2,md}'],
        // The JSON Schemas in scenarios/ are for trainers' editors; the game never reads them.
        globIgnores: ['**/node_modules/**', 'scenarios/**/*.schema.json', 'icons/icon-maskable.svg'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ];
}
