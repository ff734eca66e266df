import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import { readDeploymentConfig } from './tools/deployment-config.ts';
import { platformPlugins } from './tools/vite-platform.ts';
import { compiledCasesPlugin } from './tools/vite-compiled-cases.ts';
import { guidePlugin } from './tools/vite-guide.ts';
import { scenariosPlugin } from './tools/vite-scenarios.ts';

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
      rollupOptions: { output: { manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) } },
    },
  };
});
