/**
 * Renders the authoring guide (docs/authoring.md and docs/authoring.en.md) at build time
 * into guide.html and guide.en.html: readable pages in the game's own style (the built
 * game's stylesheet, so the same fonts, colours and focus rings), with a table of
 * contents, headings with ids, and styled code and tables. The pages carry the game's
 * Content-Security-Policy and run no script; the offline worker precaches them like
 * every other page of the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.ts';
import guideEn from '../src/services/locales/guide.en.json';
import guideNl from '../src/services/locales/guide.nl.json';

export type GuideLang = 'nl' | 'en';

/** Where each language's guide comes from and goes to. */
export const GUIDE_PAGES: Readonly<Record<GuideLang, { readonly source: string; readonly page: string }>> = {
  nl: { source: 'authoring.md', page: 'guide.html' },
  en: { source: 'authoring.en.md', page: 'guide.en.html' },
};

const TEXTS: Readonly<Record<GuideLang, typeof guideNl.guidePage>> = { nl: guideNl.guidePage, en: guideEn.guidePage };

/** One heading of the guide, for the table of contents. */
export interface GuideHeading {
  readonly depth: number;
  readonly id: string;
  readonly html: string;
}

export interface RenderedGuide {
  readonly title: string;
  readonly body: string;
  readonly headings: readonly GuideHeading[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of rendered inline HTML, as a reader sees it. */
function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** GitHub's heading ids, so the guide's own links (#1-wat-is-een-scenario) work on the page as on GitHub. */
export function slugOf(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Rewrites a link of the Markdown to where the built site has it. */
function siteHref(href: string): string {
  if (/^([a-z]+:|#|\/)/i.test(href)) return href;
  const [path = '', hash] = href.split('#');
  const page = Object.values(GUIDE_PAGES).find((p) => p.source === path)?.page;
  const target = page ?? (path.startsWith('../') ? path.slice(3) : `docs/${path}`);
  return hash === undefined ? target : `${target}#${hash}`;
}

/** The guide's Markdown as HTML, with ids on its headings and what the table of contents lists. */
export function renderGuide(markdown: string, lang: GuideLang): RenderedGuide {
  const texts = TEXTS[lang];
  const headings: GuideHeading[] = [];
  const used = new Map<string, number>();
  let title = texts.title;
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth }: Tokens.Heading): string {
        const inner = this.parser.parseInline(tokens);
        const base = slugOf(plainText(inner)) || 'kop';
        const seen = used.get(base) ?? 0;
        used.set(base, seen + 1);
        const id = seen === 0 ? base : `${base}-${seen}`;
        if (depth === 1) title = plainText(inner);
        else if (depth <= 3) headings.push({ depth, id, html: inner });
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      code({ text, lang: language }: Tokens.Code): string {
        const kind = (language ?? '').split(/\s/)[0] ?? '';
        const label = kind === 'json' ? ` aria-label="${escapeHtml(texts.code)}"` : '';
        // A long line scrolls inside its block; the block takes focus so a keyboard can scroll it.
        return `<pre class="guide-code" tabindex="0"${label}><code${kind ? ` class="language-${escapeHtml(kind)}"` : ''}>${escapeHtml(text)}</code></pre>\n`;
      },
      table(token: Tokens.Table): string {
        const cell = (c: Tokens.TableCell, tag: 'th' | 'td'): string =>
          `<${tag}${tag === 'th' ? ' scope="col"' : ''}${c.align ? ` class="align-${c.align}"` : ''}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        const head = `<tr>${token.header.map((c) => cell(c, 'th')).join('')}</tr>`;
        const rows = token.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('\n');
        const name = plainText(this.parser.parseInline(token.header[0]?.tokens ?? []));
        return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(`${texts.table}: ${name}`)}"><table class="data"><thead>${head}</thead><tbody>${rows}</tbody></table></div>\n`;
      },
      link({ href, title: linkTitle, tokens, text }: Tokens.Link): string {
        // "English version: authoring.en.md" names the other page by its language, not by its Markdown file.
        const other = (Object.keys(GUIDE_PAGES) as GuideLang[]).find((l) => GUIDE_PAGES[l].source === href && text === href);
        const inner = other ? escapeHtml(TEXTS[other].title) : this.parser.parseInline(tokens);
        return `<a href="${escapeHtml(siteHref(href))}"${linkTitle ? ` title="${escapeHtml(linkTitle)}"` : ''}>${inner}</a>`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return { title, body, headings };
}

/** The table of contents: the chapters, each with its sections. */
function tableOfContents(headings: readonly GuideHeading[]): string {
  const items: string[] = [];
  let open = false;
  for (const h of headings) {
    const link = `<a href="#${h.id}">${h.html}</a>`;
    if (h.depth === 2) {
      if (open) items.push('</ol></li>');
      items.push(`<li>${link}<ol>`);
      open = true;
    } else {
      items.push(`<li>${link}</li>`);
    }
  }
  if (open) items.push('</ol></li>');
  // A chapter without sections leaves an empty list, which a screen reader would announce.
  return `<ol>${items.join('')}</ol>`.replace(/<ol><\/ol>/g, '');
}

export interface GuidePageOptions {
  readonly lang: GuideLang;
  readonly guide: RenderedGuide;
  /** Stylesheets to link, relative to the page. */
  readonly styles: readonly string[];
  /** The Content-Security-Policy for the <meta> element (the built site only). */
  readonly policy?: string;
}

/** A whole page of the guide. */
export function guidePage({ lang, guide, styles, policy }: GuidePageOptions): string {
  const texts = TEXTS[lang];
  const other: GuideLang = lang === 'nl' ? 'en' : 'nl';
  const meta = policy ? `\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />` : '';
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />${meta}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <meta name="theme-color" content="#1f7a70" />
    <title>${escapeHtml(guide.title)}</title>
    <link rel="icon" href="icons/icon.svg" type="image/svg+xml" />
    <link rel="alternate" hreflang="${other}" href="${GUIDE_PAGES[other].page}" />
${styles.map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`).join('\n')}
  </head>
  <body class="guide-page">
    <a class="skip-link" href="#guide-content">${escapeHtml(texts.skip)}</a>
    <header class="topbar guide-bar">
      <p class="brand"><a href="./">Wie betaalt?</a></p>
      <nav aria-label="${escapeHtml(texts.nav)}">
        <a class="chip" href="./" id="guide-back">${escapeHtml(texts.back)}</a>
        <a class="chip" href="${GUIDE_PAGES[other].page}" hreflang="${other}" lang="${other}" id="guide-other" aria-label="${escapeHtml(texts.otherName)}">${escapeHtml(texts.other)}</a>
      </nav>
    </header>
    <div class="guide-layout">
      <nav class="guide-toc" aria-labelledby="guide-toc-heading">
        <h2 id="guide-toc-heading">${escapeHtml(texts.toc)}</h2>
        ${tableOfContents(guide.headings)}
      </nav>
      <main id="guide-content" class="guide-content" tabindex="-1">
${guide.body}
      </main>
    </div>
  </body>
</html>
`;
}

/** The Vite plugin: guide pages in the build, and rendered on request in development. */
export function guidePlugin(docsDir: string, stylesheet: string): Plugin {
  const render = (lang: GuideLang, styles: readonly string[], policy?: string): string =>
    guidePage({
      lang,
      guide: renderGuide(readFileSync(join(docsDir, GUIDE_PAGES[lang].source), 'utf8'), lang),
      styles,
      ...(policy ? { policy } : {}),
    });
  return {
    name: 'wijkteam-guide',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const lang = (Object.keys(GUIDE_PAGES) as GuideLang[]).find((l) => path === `/${GUIDE_PAGES[l].page}`);
        if (!lang) return next();
        // In development the game's stylesheet and fonts come from their sources, as the game itself loads them.
        const styles = [
          '/node_modules/@fontsource/atkinson-hyperlegible/400.css',
          '/node_modules/@fontsource/atkinson-hyperlegible/700.css',
          '/src/ui/styles.css',
          `/@fs${stylesheet}`,
        ];
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(render(lang, styles));
      });
    },
    generateBundle(_options, bundle) {
      // The stylesheets the game's own page loads: the fonts, colours and focus styles.
      const gameStyles = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk' && chunk.isEntry ? [...(chunk.viteMetadata?.importedCss ?? [])] : [],
      );
      if (gameStyles.length === 0) this.error("the guide needs the game's stylesheet, and the build made none");
      const own = this.emitFile({ type: 'asset', name: 'guide.css', source: readFileSync(stylesheet) });
      const styles = [...new Set(gameStyles), this.getFileName(own)];
      const policy = contentSecurityPolicy({ delivery: 'meta' });
      for (const lang of Object.keys(GUIDE_PAGES) as GuideLang[]) {
        this.emitFile({ type: 'asset', fileName: GUIDE_PAGES[lang].page, source: render(lang, styles, policy) });
      }
    },
  };
}
