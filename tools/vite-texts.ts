/**
 * Splits each locale table (src/services/locales/*.json) in two at build time: the texts
 * the menu and the canvas may show (`?texts=start`) and the texts only the engine side's
 * screens show (`?texts=later`, loaded with that side). A key not named here is a start
 * text, so a new key is never missing on the menu.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Top-level keys that only the case screens, the comparison's results, the summary and the workbench's check use. */
export const LATER_TEXT_KEYS: ReadonlySet<string> = new Set([
  // nl.json / en.json
  'intake',
  'zrm',
  'plan',
  'unit',
  'run',
  'status',
  'table',
  'event',
  'template',
  'decision',
  'review',
  'outcome',
  'group',
  'cause',
  'debrief',
  'own',
  'domain',
  // screens.*.json
  'charts',
  'flow',
  'why',
  'guess',
  'planInfo',
  'whyNot',
  'runInfo',
  'refusal',
  'templateStep',
  // compare.*.json and guide.*.json
  'summary',
  'saveProblem',
  'guidePage',
  'workbenchStore',
  'workbenchTimeline',
]);

const TEXTS_IMPORT = /\.json\?texts=(start|later)$/;
/** The part as a module of its own: Vite's JSON plugin does not take a query, and a part is not the file. */
const PREFIX = '\0wie-betaalt-texts:';

export function textsPlugin(): Plugin {
  return {
    name: 'wie-betaalt:texts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!TEXTS_IMPORT.test(source) || !importer) return null;
      return PREFIX + resolve(dirname(importer.replace(/\?.*$/, '')), source);
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file = '', part] = id.slice(PREFIX.length).split('?texts=');
      const later = part === 'later';
      const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const texts = Object.fromEntries(Object.entries(table).filter(([key]) => LATER_TEXT_KEYS.has(key) === later));
      this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
  };
}
