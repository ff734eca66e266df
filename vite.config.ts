import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import { readDeploymentConfig } from './tools/deployment-config.ts';
import { platformPlugins } from './tools/vite-platform.ts';
import { compiledCasesPlugin } from './tools/vite-compiled-cases.ts';
import { guidePlugin } from './tools/vite-guide.ts';
import { scenariosPlugin } from './tools/vite-scenarios.ts';
import { textsPlugin } from './tools/vite-texts.ts';

/**
 * Phaser in a chunk of its own; each language's texts in two chunks, those the menu shows and
 * those of the later screens (the game loads only the language in use: src/services/i18n.ts).
 */
function manualChunks(id: string): string | undefined {
  if (id.includes('node_modules/phaser')) return 'phaser';
  const texts = /\/src\/services\/locales\/(?:[\w-]+\.)?(nl|en)\.json(?:\?texts=(start|later))?$/.exec(id);
  return texts ? `texts-${texts[1]}${texts[2] === 'later' ? '-later' : ''}` : undefined;
}

const root = fileURLToPath(new URL('.', import.meta.url));
const scenarioDir = fileURLToPath(new URL('./scenarios', import.meta.url));
const docsDir = fileURLToPath(new URL('./docs', import.meta.url));
const guideStyles = fileURLToPath(new URL('./tools/guide.css', import.meta.url));

export default defineConfig(({ mode }) => {
  // A deployment's learning record store and SCORM setting (docs/deployment.md): build-time only.
  const deployment = readDeploymentConfig({ root, mode, env: loadEnv(mode, root, 'WIE_BETAALT_') });
  return {
    // Relative base: the built site works from any subfolder.
    base: './',
    plugins: [
      textsPlugin(),
      scenariosPlugin(scenarioDir, docsDir),
      compiledCasesPlugin(scenarioDir),
      guidePlugin(docsDir, guideStyles),
      ...platformPlugins(deployment),
    ],
    server: { port: 5173, host: '127.0.0.1' },
    preview: { port: 4173, host: '127.0.0.1' },
    build: {
      outDir: mode === 'scorm' ? 'dist-scorm/site' : 'dist',
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      // Phaser's SVG loader cannot read URL-encoded data URIs, so art stays as files.
      assetsInlineLimit: 0,
      rollupOptions: { output: { manualChunks } },
    },
  };
});
