import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { DIST_DIR } from './static-site';
import { launch, phase, watchErrors } from './browser';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.md': 'text/plain',
};

describe('the built site', () => {
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    // The built dist/ served from a subfolder, as on a gemeente's intranet: /opleiding/kostenspel/.
    const dist = join(ROOT, DIST_DIR);
    server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const prefix = '/opleiding/kostenspel/';
      if (!path.startsWith(prefix)) {
        res.writeHead(404).end();
        return;
      }
      let file = normalize(join(dist, path.slice(prefix.length)));
      if (!file.startsWith(dist)) return void res.writeHead(403).end();
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/opleiding/kostenspel/`;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('works from any subfolder: the cases, the art and the guide load with relative paths', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(base);
    await phase(page, 'menu');
    expect(await page.getByRole('radio', { name: /Auto of leerlingenvervoer/ }).count()).toBe(1);
    await page.waitForTimeout(500);
    const guide = await page.request.get(`${base}docs/authoring.md`);
    expect(guide.status()).toBe(200);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
