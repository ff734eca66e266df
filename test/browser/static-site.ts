/**
 * A built site served from a folder on 127.0.0.1, as a plain web server would, for the
 * tests that must stop the server, swap the version it serves, or watch every request.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticSite {
  /** The site's address, ending in '/'. */
  readonly url: string;
  readonly origin: string;
  /** Paths asked for, in order. */
  readonly requests: string[];
  /** Serves another folder from now on (a new version of the site). */
  serve(dir: string): void;
  /** Stops the server and drops every open connection: the network is gone. */
  stop(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Serves `dir` under `prefix` ('/' or '/some/folder/'); `before` may answer a request first. */
export async function serveStatic(dir: string, options: { prefix?: string; before?: Handler } = {}): Promise<StaticSite> {
  const prefix = options.prefix ?? '/';
  let root = dir;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(path);
    if (options.before?.(req, res)) return;
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let stopped = false;
  return {
    url: `${origin}${prefix}`,
    origin,
    requests,
    serve: (next) => {
      root = next;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The folder the browser tests build the game into: `dist` unless TEST_DIST names another,
 * so that two test runs on one machine do not overwrite each other's build.
 */
export const DIST_DIR: string = process.env.TEST_DIST ?? 'dist';
