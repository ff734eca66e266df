/**
 * Serves scenarios/ as static files in development (with a reload message when one
 * changes) and copies them into the build, so a deployed site reads
 * scenarios/index.json at run time and a trainer adds a case without a rebuild.
 * The offline worker (tools/vite-platform.ts) precaches the copies.
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

/** The Vite plugin for the scenarios folder (and the authoring guide in docs/). */
export function scenariosPlugin(scenarioDir: string, docsDir?: string): Plugin {
  return {
    name: 'wijkteam-scenarios',
    configureServer(server) {
      server.watcher.add(scenarioDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(scenarioDir) || !file.endsWith('.json')) return;
        const path = relative(scenarioDir, file).split(sep).join('/');
        server.ws.send({ type: 'custom', event: 'scenario:changed', data: { path } });
      });
      if (docsDir) {
        server.middlewares.use('/docs', (req, res, next) => {
          const file = join(docsDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
          if (!file.startsWith(docsDir) || !file.endsWith('.md')) return next();
          try {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(readFileSync(file));
          } catch {
            next();
          }
        });
      }
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
      const emit = (fileName: string, source: Buffer): void => {
        this.emitFile({ type: 'asset', fileName, source });
      };
      if (docsDir) {
        for (const file of listFiles(docsDir)) {
          if (file.endsWith('.md')) emit(`docs/${relative(docsDir, file).split(sep).join('/')}`, readFileSync(file));
        }
      }
      for (const file of listFiles(scenarioDir)) {
        if (!file.endsWith('.json')) continue;
        emit(`scenarios/${relative(scenarioDir, file).split(sep).join('/')}`, readFileSync(file));
      }
    },
  };
}
