/**
 * The nginx example in docs/deployment/nginx.conf: it carries the same policy as the
 * build and the other headers a deployment should send, and (where nginx is installed)
 * the built game runs through it under both the header and the <meta> policy, and
 * another site cannot frame it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../tools/csp';
import { ROOT } from '../../tools/files';
import { DIST_DIR } from './static-site';
import { useBrowser, watchErrors } from './browser';
import { inPage, waitForPhase, watchPolicy } from './play-case';

const EXAMPLE = readFileSync(join(ROOT, 'docs', 'deployment', 'nginx.conf'), 'utf8');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

/** Every `add_header Name "value"` of the example. */
function headersOf(conf: string): Record<string, string> {
  return Object.fromEntries([...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('the nginx example', () => {
  it('sends the policy the build writes, with frame-ancestors, nosniff and no referrer', () => {
    const headers = headersOf(EXAMPLE);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy({ delivery: 'header' }));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name]).toBe(value);
    const meta = readFileSync(join(ROOT, DIST_DIR, 'index.html'), 'utf8').match(
      /http-equiv="Content-Security-Policy" content="([^"]*)"/,
    )?.[1];
    expect(`${meta}; frame-ancestors 'self'`).toBe(headers['Content-Security-Policy']);
  });

  describe.skipIf(!NGINX)('served by nginx', () => {
    const browser = useBrowser();
    let nginx: ChildProcess | undefined;
    let base = '';

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'wie-betaalt-nginx-'));
      for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
      const port = await freePort();
      const site = EXAMPLE.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replace(
        'root /var/www/wie-betaalt;',
        `root ${join(ROOT, DIST_DIR)};`,
      );
      writeFileSync(join(dir, 'site.conf'), site);
      const mimeTypes = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
      writeFileSync(
        join(dir, 'nginx.conf'),
        `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'site.conf')};
}
`,
      );
      nginx = spawn(NGINX ?? 'nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
      base = `http://127.0.0.1:${port}/`;
      for (let tries = 0; tries < 50; tries += 1) {
        if (
          await fetch(base).then(
            () => true,
            () => false,
          )
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    afterAll(() => {
      nginx?.kill('SIGTERM');
    });

    it('sends the headers with every response, and the right types', async () => {
      const page = await fetch(base);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ delivery: 'header' }));
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      const script = (await page.text()).match(/src="\.\/(assets\/index-[^"]+\.js)"/)?.[1];
      const asset = await fetch(`${base}${script}`);
      expect(asset.headers.get('content-type')).toMatch(/^application\/javascript/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ delivery: 'header' }));
      expect((await fetch(`${base}manifest.webmanifest`)).headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      expect((await fetch(`${base}service-worker.js`)).headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(`${base}missing.html`)).headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('runs the game under the header and the meta policy, with its worker, and no other site can frame it', async () => {
      const page = await browser().newPage();
      const errors = watchErrors(page);
      const violations = await watchPolicy(page);
      await page.goto(base);
      await waitForPhase(inPage(page), 'menu');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);

      // A page on another origin tries to frame the game: frame-ancestors 'self' refuses.
      const other = createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><title>elders</title><iframe src="${base}"></iframe>`);
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      const framer = await browser().newPage();
      const refused: string[] = [];
      framer.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) refused.push(message.text());
      });
      await framer.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      await framer.close();
      await new Promise<void>((resolve) => other.close(() => resolve()));
      await page.close();
    });
  });
});
