/** The guide pages the build renders from docs/authoring.md and docs/authoring.en.md. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { GUIDE_PAGES, guidePage, renderGuide, slugOf, type GuideLang } from '../../tools/vite-guide';

const markdown = (lang: GuideLang): string => readFileSync(join(ROOT, 'docs', GUIDE_PAGES[lang].source), 'utf8');

describe('the guide pages', () => {
  it('gives headings the ids GitHub gives them, so the guide links the same on both', () => {
    expect(slugOf('1. Wat is een scenario?')).toBe('1-wat-is-een-scenario');
    expect(slugOf('wahv-boete: verkeersboete van het CJIB')).toBe('wahv-boete-verkeersboete-van-het-cjib');
    expect(slugOf('Stap 3: een beslismoment, een gebeurtenis')).toBe('stap-3-een-beslismoment-een-gebeurtenis');
  });

  it.each(['nl', 'en'] as const)('%s: every link within the page lands on a heading, and every id is used once', (lang) => {
    const { body, headings } = renderGuide(markdown(lang), lang);
    const ids = [...body.matchAll(/<h[1-6] id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...body.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(ids).toContain(link);
    expect(headings.map((h) => h.id).every((id) => ids.includes(id))).toBe(true);
  });

  it('links the other language to its page and shows code as text', () => {
    const { body } = renderGuide('See [authoring.en.md](authoring.en.md).\n\n```json\n{ "x": "<script>alert(1)</script>" }\n```\n', 'nl');
    expect(body).toContain('href="guide.en.html"');
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;');
  });

  it('writes a page with the policy, the stylesheets and no script', () => {
    const page = guidePage({
      lang: 'en',
      guide: renderGuide(markdown('en'), 'en'),
      styles: ['assets/index.css'],
      policy: "script-src 'self'",
    });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(page).toContain('href="assets/index.css"');
    expect(page).toContain('href="guide.html" hreflang="nl"');
    expect(page).not.toMatch(/<script/);
  });
});
