/**
 * The SCORM 1.2 package in a learning platform: a stand-in platform page runs
 * scorm-again's SCORM 1.2 run-time and opens the package's index.html in an iframe
 * from a subfolder. The game finds the API, plays the tutorial, reports completion
 * and score, and finishes the session when the platform closes it.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScorm } from '../../tools/build-scorm';
import { ARTIFACTS, useBrowser, watchErrors } from './browser';
import { playTutorial, waitForPhase, watchPolicy } from './play-case';
import { CONTENT_TYPES } from './static-site';

const SCORM_AGAIN = readFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12'));

const PLATFORM_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeromgeving</title><link rel="icon" href="data:,">
<script src="scorm12.js"></script><script src="platform.js"></script></head>
<body><h1>Leeromgeving</h1><iframe id="course" title="Wie betaalt?" src="../content/wie-betaalt/index.html" width="1280" height="900"></iframe></body></html>`;

// The platform's side: one SCORM 1.2 API for the course, and a log of what the course called.
const PLATFORM_SCRIPT = `window.lmsCalls = [];
window.API = new Scorm12API({ logLevel: 'NONE', autocommit: false });
for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit']) window.API.on(name, () => window.lmsCalls.push(name));
window.API.on('LMSSetValue.cmi.*', (element, value) => window.lmsCalls.push(element + '=' + value));`;

interface PlatformState {
  readonly calls: string[];
  readonly status: string;
  readonly raw: string;
  readonly min: string;
  readonly max: string;
  readonly terminated: boolean;
}

describe('the SCORM 1.2 package in a learning platform', () => {
  const browser = useBrowser();
  let server: Server;
  let base = '';
  let files: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wie-betaalt-scorm-'));
    const { zipFile } = await buildScorm({ siteDir: join(dir, 'site'), zipFile: join(dir, 'package.zip') });
    files = unzipSync(readFileSync(zipFile));
    server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const send = (type: string, body: Uint8Array | string): void => void res.writeHead(200, { 'Content-Type': type }).end(body);
      if (path === '/lms/index.html') return send('text/html; charset=utf-8', PLATFORM_PAGE);
      if (path === '/lms/scorm12.js') return send('text/javascript', SCORM_AGAIN);
      if (path === '/lms/platform.js') return send('text/javascript', PLATFORM_SCRIPT);
      const entry = path.startsWith('/content/wie-betaalt/') ? files[path.slice('/content/wie-betaalt/'.length)] : undefined;
      if (!entry) return void res.writeHead(404).end();
      send(CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', entry);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('is a zip with a SCORM 1.2 manifest that lists every file, and no service worker', () => {
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toMatch(/<resource identifier="[^"]+" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURI(m[1] ?? ''));
    expect(listed.sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'imsmanifest.xml')
        .sort(),
    );
    expect(Object.keys(files)).toContain('index.html');
    expect(Object.keys(files).some((f) => /service-worker|manifest\.webmanifest/.test(f))).toBe(false);
  });

  it('reports completion and score to the platform and finishes when the platform closes it', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = watchErrors(page);
    const violations = await watchPolicy(page);
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!/^(blob|data):/.test(request.url()) && new URL(request.url()).origin !== new URL(base).origin) offOrigin.push(request.url());
    });
    await page.goto(`${base}lms/index.html`);
    const course = page.frameLocator('#course');
    await course.locator('html[data-phase="menu"]').waitFor({ timeout: 20_000 });
    const frame = page.frames().find((f) => f.url().includes('/content/wie-betaalt/')) as Frame;
    expect(frame).toBeDefined();
    const state = (): Promise<PlatformState> =>
      page.evaluate(() => {
        const w = window as unknown as {
          lmsCalls: string[];
          API: {
            cmi: { core: { lesson_status: string; score: { raw: string; min: string; max: string } } };
            isTerminated(): boolean;
          };
        };
        const core = w.API.cmi.core;
        return {
          calls: [...w.lmsCalls],
          status: core.lesson_status,
          raw: core.score.raw,
          min: core.score.min,
          max: core.score.max,
          terminated: w.API.isTerminated(),
        };
      });
    await expect.poll(async () => (await state()).calls[0]).toBe('LMSInitialize');
    expect((await state()).status).toBe('incomplete');
    expect(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await frame.locator('#reporting-note').textContent()).toContain('leeromgeving');

    await playTutorial({ page, frame });
    await waitForPhase({ page, frame }, 'debrief');
    await page.screenshot({ path: join(ARTIFACTS, 'scorm-platform.png') });
    const done = await state();
    expect(['passed', 'failed']).toContain(done.status);
    expect(Number(done.raw)).toBeGreaterThanOrEqual(0);
    expect(Number(done.raw)).toBeLessThanOrEqual(100);
    expect([done.min, done.max]).toEqual(['0', '100']);
    expect(done.calls).toContain(`cmi.core.lesson_status=${done.status}`);
    expect(done.calls).toContain(`cmi.core.score.raw=${done.raw}`);
    expect(done.terminated).toBe(false);

    // The platform closes the course: the game ends its session.
    await page.evaluate(() => document.getElementById('course')?.remove());
    await expect.poll(async () => (await state()).terminated).toBe(true);
    const closed = await state();
    expect(closed.calls.at(-1)).toBe('LMSFinish');
    expect(closed.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    // cmi.core.session_time is write-only for the course; the platform's log shows what was written.
    expect(closed.calls.find((c) => c.startsWith('cmi.core.session_time='))).toMatch(/=\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(closed.status).toBe(done.status);
    expect(offOrigin).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
