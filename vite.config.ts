import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { scenariosPlugin } from './tools/vite-scenarios.ts';

const scenarioDir = fileURLToPath(new URL('./scenarios', import.meta.url));
const docsDir = fileURLToPath(new URL('./docs', import.meta.url));

export default defineConfig({
  // Relative base: the built site works from any subfolder.
  base: './',
  plugins: [scenariosPlugin(scenarioDir, docsDir)],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Phaser's SVG loader cannot read URL-encoded data URIs, so art stays as files.
    assetsInlineLimit: 0,
    rollupOptions: { output: { manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) } },
  },
});
