/**
 * npm run catalogue-doc: writes the catalogue table of the authoring guide (both
 * languages) from scenarios/catalogue/interventions.json, with every default a case
 * inherits (dosage, duration, waiting time, wijkteam hours) and whether an item is a
 * breakthrough. A test checks that the guide is up to date, so it cannot drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { CatalogueEntry } from '../src/scenario/schema';
import { formatEuros } from '../src/scenario/timeline';
import { ROOT, readCatalogue } from './files';

const BEGIN = '<!-- catalogue-table:begin (npm run catalogue-doc) -->';
const END = '<!-- catalogue-table:end -->';
export const GUIDES = [
  { name: 'docs/authoring.md', file: join(ROOT, 'docs', 'authoring.md'), lang: 'nl' },
  { name: 'docs/authoring.en.md', file: join(ROOT, 'docs', 'authoring.en.md'), lang: 'en' },
] as const;

function table(entries: readonly CatalogueEntry[], lang: 'nl' | 'en'): string {
  const nl = lang === 'nl';
  const header = nl
    ? [
        'id',
        'naam',
        'betaler',
        'soort',
        'eenheid',
        'prijs',
        'jaar',
        'dosering',
        'duur (mnd)',
        'wachttijd (mnd)',
        'uren wijkteam',
        'doorbraak',
      ]
    : [
        'id',
        'name',
        'payer',
        'kind',
        'unit',
        'price',
        'year',
        'dosage',
        'duration (months)',
        'waiting (months)',
        'wijkteam hours',
        'breakthrough',
      ];
  const rows = entries.map((e) => [
    `\`${e.id}\``,
    (nl ? e.label.nl : (e.label.en ?? e.label.nl)).replace(/\|/g, '/'),
    `\`${e.payer}\``,
    e.kind === 'cost' ? (nl ? 'kost' : 'cost') : nl ? 'overdracht' : 'transfer',
    e.unit,
    formatEuros(Math.round(e.amount * 100), lang),
    String(e.year),
    String(e.dosage).replace('.', nl ? ',' : '.'),
    e.durationMonths === undefined ? '—' : String(e.durationMonths),
    String(e.waitingMonths),
    String(e.wijkteamHours).replace('.', nl ? ',' : '.'),
    e.breakthrough
      ? nl
        ? `✱ ${e.breakthrough.approvalMonths} mnd, ${Math.round(e.breakthrough.refusalChance * 100)}% afwijzing`
        : `✱ ${e.breakthrough.approvalMonths} mo, ${Math.round(e.breakthrough.refusalChance * 100)}% refused`
      : '',
  ]);
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The guide's text with its catalogue table made anew. */
export async function guideWithCatalogue(file: string, lang: 'nl' | 'en'): Promise<string> {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no catalogue table markers`);
  const replaced = `${text.slice(0, start + BEGIN.length)}\n\n${table(readCatalogue().prices, lang)}\n\n${text.slice(end)}`;
  return format(replaced, { ...((await resolveConfig(file)) ?? {}), parser: 'markdown' });
}

async function main(): Promise<void> {
  for (const guide of GUIDES) writeFileSync(guide.file, await guideWithCatalogue(guide.file, guide.lang));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
