/**
 * `npm run build:scorm`: builds the game for a learning platform (no service worker;
 * reporting through the SCORM 1.2 API of the frame around it) and packs it with an
 * imsmanifest.xml into one zip to upload as a SCORM 1.2 package.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { ROOT } from './files.ts';
import { readDeploymentConfig } from './deployment-config.ts';

export const SCORM_SITE_DIR = join(ROOT, 'dist-scorm', 'site');
export const SCORM_ZIP = join(ROOT, 'dist-scorm', 'wie-betaalt-scorm12.zip');

/** Files that are compressed already; stored as they are. */
const STORED = /\.(png|woff2?|wav|zip)$/;
/** A fixed date for every entry, so the same build gives the same zip. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The SCORM 1.2 manifest for a package of `files` (paths relative to the package root). */
export function scormManifest(options: { readonly title: string; readonly version: string; readonly files: readonly string[] }): string {
  const files = options.files.map((file) => `      <file href="${xml(encodeURI(file))}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="wie-betaalt-kostenspel" version="${xml(options.version)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="wie-betaalt-organisatie">
    <organization identifier="wie-betaalt-organisatie">
      <title>${xml(options.title)}</title>
      <item identifier="wie-betaalt-spel" identifierref="wie-betaalt-sco" isvisible="true">
        <title>${xml(options.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="wie-betaalt-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** Builds the SCORM site into `siteDir` and writes the package to `zipFile`; returns the package's file names. */
export async function buildScorm(
  options: { readonly siteDir?: string; readonly zipFile?: string } = {},
): Promise<{ zipFile: string; files: string[] }> {
  const siteDir = options.siteDir ?? SCORM_SITE_DIR;
  const zipFile = options.zipFile ?? SCORM_ZIP;
  const config = readDeploymentConfig({ root: ROOT, mode: 'scorm', env: process.env });
  // Vitest and some shells set NODE_ENV; a package is always a production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'scorm', logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const files = listFiles(siteDir).map((file) => relative(siteDir, file).split(sep).join('/'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const entries: Zippable = {
    'imsmanifest.xml': [new TextEncoder().encode(scormManifest({ title: config.scormTitle, version, files })), { level: 9 }],
  };
  for (const file of files) entries[file] = [readFileSync(join(siteDir, file)), { level: STORED.test(file) ? 0 : 9 }];
  mkdirSync(dirname(zipFile), { recursive: true });
  writeFileSync(zipFile, zipSync(entries, { mtime: ZIP_DATE }));
  return { zipFile, files: ['imsmanifest.xml', ...files] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { zipFile, files } = await buildScorm();
  console.log(`${relative(process.cwd(), zipFile)}: SCORM 1.2 package, ${files.length} files`);
}
