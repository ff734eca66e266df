import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives } from '../../tools/csp';
import { browserSettings, readDeploymentConfig } from '../../tools/deployment-config';
import { scormManifest } from '../../tools/build-scorm';
import { ROOT } from '../../tools/files';

const empty = mkdtempSync(join(tmpdir(), 'deployment-'));

describe('the deployment config', () => {
  it('reports nowhere unless a store is configured', () => {
    const config = readDeploymentConfig({ root: empty, mode: 'production', env: {} });
    expect(config).toMatchObject({ scorm: false, serviceWorker: true });
    expect(config.xapi).toBeUndefined();
    expect(browserSettings(config)).toEqual({ scorm: false });
  });

  it('reads the store from the environment, with the credentials as one Basic header', () => {
    const config = readDeploymentConfig({
      root: empty,
      mode: 'production',
      env: {
        WIE_BETAALT_XAPI_ENDPOINT: 'https://lrs.example.org/xapi',
        WIE_BETAALT_XAPI_USERNAME: 'key',
        WIE_BETAALT_XAPI_PASSWORD: 'secret',
      },
    });
    expect(config.xapi).toEqual({ endpoint: 'https://lrs.example.org/xapi/', authorization: `Basic ${btoa('key:secret')}` });
  });

  it('reads deployment.config.json, and the environment wins', () => {
    const root = mkdtempSync(join(tmpdir(), 'deployment-'));
    writeFileSync(
      join(root, 'deployment.config.json'),
      JSON.stringify({ xapi: { endpoint: 'https://lrs.example.org/xapi/', team: 'Wijkteam Noord' }, scorm: { title: 'Kostenspel' } }),
    );
    const config = readDeploymentConfig({ root, mode: 'scorm', env: { WIE_BETAALT_XAPI_TEAM: 'Wijkteam Zuid' } });
    expect(config).toMatchObject({ scorm: true, serviceWorker: false, scormTitle: 'Kostenspel' });
    expect(config.xapi).toEqual({ endpoint: 'https://lrs.example.org/xapi/', team: 'Wijkteam Zuid' });
  });

  it('reads the example in docs/deployment/', () => {
    const config = readDeploymentConfig({
      root: ROOT,
      mode: 'production',
      env: { WIE_BETAALT_CONFIG: join(ROOT, 'docs', 'deployment', 'deployment.config.example.json') },
    });
    expect(config.xapi).toMatchObject({
      endpoint: 'https://lrs.example.nl/xapi/',
      homePage: 'https://opleiding.example.nl',
      team: 'Wijkteam Noord',
    });
    expect(config.xapi?.authorization).toMatch(/^Basic /);
  });

  it('refuses a store over plain http (except on this computer) and unknown settings', () => {
    expect(() =>
      readDeploymentConfig({ root: empty, mode: 'production', env: { WIE_BETAALT_XAPI_ENDPOINT: 'http://lrs.example.org/xapi/' } }),
    ).toThrow(/https/);
    expect(
      readDeploymentConfig({ root: empty, mode: 'production', env: { WIE_BETAALT_XAPI_ENDPOINT: 'http://127.0.0.1:9000/xapi/' } }).xapi
        ?.endpoint,
    ).toBe('http://127.0.0.1:9000/xapi/');
    const root = mkdtempSync(join(tmpdir(), 'deployment-'));
    writeFileSync(join(root, 'deployment.config.json'), JSON.stringify({ xapi: { endpoint: 'https://lrs.example.org/', url: 'x' } }));
    expect(() => readDeploymentConfig({ root, mode: 'production', env: {} })).toThrow(/url/);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only the own origin, and the store only when there is one', () => {
    const plain = contentSecurityPolicy({ delivery: 'meta' });
    expect(plain).toContain("script-src 'self';");
    expect(plain).toContain("connect-src 'self';");
    expect(plain).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(contentSecurityPolicy({ delivery: 'meta', connect: ['https://lrs.example.org'] })).toContain(
      "connect-src 'self' https://lrs.example.org;",
    );
  });

  it('a meta element cannot carry frame-ancestors; the header does', () => {
    expect(cspDirectives({ delivery: 'meta' }).map(([name]) => name)).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ delivery: 'header' })).toMatch(/; frame-ancestors 'self'$/);
  });
});

describe('the SCORM manifest', () => {
  it('names a SCORM 1.2 SCO launched at index.html and lists every file', () => {
    const manifest = scormManifest({ title: 'Wie betaalt? & co', version: '0.1.0', files: ['index.html', 'assets/index-abc.js'] });
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest).toContain('<file href="assets/index-abc.js"/>');
    expect(manifest).toContain('<title>Wie betaalt? &amp; co</title>');
  });
});
