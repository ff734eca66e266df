/**
 * Builds the game once and serves the built site on a local port for the browser
 * tests, exactly as a deployment would serve it.
 */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { DIST_DIR } from './static-site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Build as a deployment would: Vitest runs with NODE_ENV=test, which Vite would carry into the bundle.
  // The config imports the validator to check the shipped cases; Vite's note about its future config loader is noise here.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: DIST_DIR, emptyOutDir: true } });
  process.env.NODE_ENV = nodeEnv;
  server = await preview({ build: { outDir: DIST_DIR }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}
