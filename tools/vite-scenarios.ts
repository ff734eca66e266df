/**
 * Serves scenarios/ as static files in development (with a reload message when one
 * changes) and copies them into the build, so a deployed site reads
 * scenarios/index.json at run time and a trainer adds a case without a rebuild.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** The Vite plugin for the scenarios folder. */
export function scenariosPlugin(scenarioDir: string): Plugin {
  return {
    name: 'wijkteam-scenarios',
    configureServer(server) {
      server.watcher.add(scenarioDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(scenarioDir) || !file.endsWith('.json')) return;
        const path = relative(scenarioDir, file).split(sep).join('/');
        server.ws.send({ type: 'custom', event: 'scenario:changed', data: { path } });
      });
      server.middlewares.use('/scenarios', (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = join(scenarioDir, url);
        if (!file.startsWith(scenarioDir) || !file.endsWith('.json')) return next();
        try {
          const body = readFileSync(file);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of listFiles(scenarioDir)) {
        if (!file.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `scenarios/${relative(scenarioDir, file).split(sep).join('/')}`,
          source: readFileSync(file),
        });
      }
    },
  };
}
