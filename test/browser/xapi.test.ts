/**
 * Learning records: a build configured with a learning record store sends xAPI
 * statements about the tutorial to a stand-in store on 127.0.0.1, keeps and retries
 * what the store refused, and a build without a store sends nothing at all.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Statement } from '../../src/services/xapi';
import { contentSecurityPolicy } from '../../tools/csp';
import { ROOT } from '../../tools/files';
import { useBrowser, watchErrors } from './browser';
import { inPage, playTutorial, watchPolicy } from './play-case';
import { DIST_DIR, serveStatic, type StaticSite } from './static-site';

interface Post {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly statements: Statement[];
}

/** A learning record store that refuses the first batch with 503 and stores the rest. */
async function standInStore(allowOrigin: () => string): Promise<{ server: Server; endpoint: string; posts: Post[] }> {
  const posts: Post[] = [];
  const server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': allowOrigin(),
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
      'Access-Control-Allow-Methods': 'POST, PUT, GET, OPTIONS',
      'Access-Control-Expose-Headers': 'X-Experience-API-Version',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.method !== 'POST' || !req.url?.startsWith('/xapi/statements')) return void res.writeHead(404, cors).end();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const statements = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Statement[];
      const status = posts.length === 0 ? 503 : 200;
      posts.push({ status, headers: req.headers, statements });
      res.writeHead(status, { ...cors, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
      res.end(status === 200 ? JSON.stringify(statements.map((s) => s.id)) : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, endpoint: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/xapi/`, posts };
}

/** Builds the site as a deployment with this store would (the settings are read at build time only). */
async function buildWithStore(endpoint: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'wie-betaalt-xapi-'));
  const saved = { ...process.env };
  process.env.NODE_ENV = 'production';
  process.env.WIE_BETAALT_XAPI_ENDPOINT = endpoint;
  process.env.WIE_BETAALT_XAPI_USERNAME = 'sleutel';
  process.env.WIE_BETAALT_XAPI_PASSWORD = 'geheim';
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  return outDir;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('xAPI statements to a configured learning record store', () => {
  const browser = useBrowser();
  let store: Awaited<ReturnType<typeof standInStore>>;
  let site: StaticSite;

  beforeAll(async () => {
    let origin = '';
    store = await standInStore(() => origin);
    site = await serveStatic(await buildWithStore(store.endpoint));
    origin = site.origin;
  });

  afterAll(async () => {
    await site?.stop();
    await new Promise<void>((resolve) => store?.server.close(() => resolve()));
  });

  it("connections go to the game's own origin, and to the store only in the build that names one", () => {
    const plain = readFileSync(join(ROOT, DIST_DIR, 'index.html'), 'utf8');
    expect(plain).toContain(`content="${contentSecurityPolicy({ delivery: 'meta' })}"`);
    expect(plain).not.toContain(new URL(store.endpoint).origin);
  });

  it('reports start, decisions and completion; a refused batch is sent again', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const violations = await watchPolicy(page);
    const offOrigin: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== site.origin && url.origin !== new URL(store.endpoint).origin) {
        offOrigin.push(request.url());
      }
    });
    await page.goto(site.url);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(contentSecurityPolicy({ delivery: 'meta', connect: [new URL(store.endpoint).origin] }));
    await playTutorial(inPage(page));

    const stored = (): Statement[] => store.posts.filter((p) => p.status === 200).flatMap((p) => p.statements);
    await expect.poll(() => stored().some((s) => s.verb.id.endsWith('/completed')), { timeout: 30_000 }).toBe(true);

    // The first batch was refused and came again, with the same statement ids.
    const [refused] = store.posts;
    expect(refused?.status).toBe(503);
    const storedIds = new Set(stored().map((s) => s.id));
    for (const statement of refused?.statements ?? []) expect(storedIds.has(statement.id)).toBe(true);
    expect(storedIds.size).toBe(stored().length);

    for (const post of store.posts) {
      expect(post.headers['x-experience-api-version']).toBe('1.0.3');
      expect(post.headers['content-type']).toBe('application/json');
      expect(post.headers.authorization).toBe(`Basic ${Buffer.from('sleutel:geheim').toString('base64')}`);
      expect(post.headers.cookie).toBeUndefined();
      expect(post.headers.referer).toBeUndefined();
    }

    const statements = stored();
    const verbs = statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('completed');
    expect(verbs).toContain('interacted');
    expect(verbs).toContain('answered');
    const caseId = `${site.url}cases/eerste-huisbezoek`;
    const registration = statements[0]?.context.registration;
    expect(registration).toMatch(UUID);
    for (const statement of statements) {
      expect(statement.id).toMatch(UUID);
      expect(Object.keys(statement.actor).sort()).toEqual(['account', 'objectType']);
      expect(statement.actor.account.homePage).toBe(site.origin);
      expect(statement.actor.account.name).toMatch(UUID);
      expect(statement.context.registration).toBe(registration);
      expect(statement.context.language).toBe('nl-NL');
      expect(new Date(statement.timestamp).toISOString()).toBe(statement.timestamp);
      expect(statement.object.id.startsWith(caseId)).toBe(true);
      expect(statement.object.definition.name['nl-NL']).toBeTruthy();
      expect(statement.object.definition.name['en-US']).toBeTruthy();
    }
    const started = statements[0];
    expect(started?.object).toMatchObject({
      id: caseId,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: { 'nl-NL': expect.stringContaining('Eerste huisbezoek') as unknown },
      },
    });
    const plan = statements.find((s) => s.verb.id.endsWith('/interacted'));
    expect(plan?.object.id).toBe(`${caseId}/interventions/budgetbeheer`);
    expect(plan?.result?.response).toBe('start');
    const choice = statements.find((s) => s.verb.id.endsWith('/answered'));
    expect(choice?.object.definition.interactionType).toBe('choice');
    expect(choice?.result?.response).toBeTruthy();
    expect(choice?.context.contextActivities?.parent[0]?.id).toBe(caseId);
    const completed = statements.at(-1);
    expect(completed?.object.id).toBe(caseId);
    const result = completed?.result;
    expect(result?.completion).toBe(true);
    expect(typeof result?.success).toBe('boolean');
    expect(result?.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
    expect(result?.score?.min).toBe(0);
    expect(result?.score?.max).toBe(100);
    expect(result?.score?.raw).toBeGreaterThanOrEqual(0);
    expect(result?.score?.raw).toBeLessThanOrEqual(100);
    expect(result?.score?.scaled).toBeCloseTo((result?.score?.raw ?? 0) / 100, 4);

    // Everything sent, the queue in storage is empty.
    expect(await page.evaluate(() => localStorage.getItem('wijkteam-kostenspel:xapi-queue'))).toBeNull();
    expect(offOrigin).toEqual([]);
    expect(violations).toEqual([]);
    // The refused batch is the one error Chromium logs.
    expect(errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('a build without a learning record store', () => {
  const browser = useBrowser();

  it('sends no statement and keeps none', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const base = new URL(inject('baseUrl'));
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await page.goto(base.href);
    await playTutorial(inPage(page));
    await page.waitForTimeout(500);
    expect(requests.filter((url) => /statements/.test(url))).toEqual([]);
    expect(requests.filter((url) => !/^(blob|data):/.test(url) && new URL(url).origin !== base.origin)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('xapi') || key.includes('learner')))).toEqual(
      [],
    );
    expect(await page.locator('#reporting-note').textContent()).toBe('Het spel verstuurt niets: je voortgang blijft op dit apparaat.');
    await context.close();
  });
});
