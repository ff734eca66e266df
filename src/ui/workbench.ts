/**
 * The trainer's workbench in the menu: open or drop a scenario (and a tariff file),
 * see every problem with line, column and hint, see the balance of the routes per
 * payer, and play the case at once. A broken file never touches the built-in cases.
 */
import { PAYER_IDS, runCase, type CaseResult, type PayerId } from '../core';
import type { CaseHub } from '../engine';
import { currentLang, formatDecimal, t } from '../services/i18n';
import type { Library } from '../services/library';
import { hasErrors, loadScenario, loadTariff, type LoadedScenario } from '../scenario/load';
import { problemMessage } from '../scenario/messages';
import { renderPath } from '../scenario/json';
import type { Problem } from '../scenario/problems';
import { starterScenario } from '../scenario/starter';
import type { TariffDoc } from '../scenario/schema';
import { h } from './dom';
import { money, payerName } from './format';
import { bestRouteFor } from './screens/context';

interface Opened {
  readonly name: string;
  readonly text: string;
}

let scenarioFile: Opened | undefined;
let tariffFile: Opened | undefined;

/** Loads a file a trainer picked or dropped, then re-renders. */
async function readFile(file: File): Promise<Opened> {
  return { name: file.name, text: await file.text() };
}

function problemList(problems: readonly Problem[]): HTMLElement {
  return h(
    'ul',
    { class: 'problems', id: 'workbench-problems' },
    ...problems.map((p) =>
      h(
        'li',
        { class: p.severity },
        h('span', { class: 'where' }, t('workbench.where', { file: p.file, line: p.position.line, column: p.position.column })),
        ' ',
        h('code', {}, renderPath(p.path)),
        ' ',
        `${p.severity === 'warning' ? t('workbench.warning') : t('workbench.error')}: ${problemMessage(p, currentLang())}`,
      ),
    ),
  );
}

function balanceTable(loaded: LoadedScenario): HTMLElement | undefined {
  const scenario = loaded.scenario;
  if (!scenario) return undefined;
  const system = runCase(scenario, scenario.routes.system, 1);
  const breakthrough = runCase(scenario, scenario.routes.breakthrough, 1);
  const best = bestRouteFor(scenario, 1, 'all').result;
  const routes: [string, CaseResult][] = [
    [t('outcome.system'), system],
    [t('outcome.breakthrough'), breakthrough],
    [t('workbench.best'), best],
  ];
  const payers = PAYER_IDS.filter((p: PayerId) => routes.some(([, r]) => r.totals.budgetImpactByPayer[p] !== undefined));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data', id: 'balance-table' },
      h('caption', {}, t('workbench.balance')),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, t('table.payer')), ...routes.map(([name]) => h('th', { scope: 'col', class: 'num' }, name))),
      ),
      h(
        'tbody',
        {},
        ...payers.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, payerName(p)),
            ...routes.map(([, r]) => h('td', { class: 'num' }, money(r.totals.budgetImpactByPayer[p], true))),
          ),
        ),
        h(
          'tr',
          { class: 'total' },
          h('th', { scope: 'row' }, t('outcome.society')),
          ...routes.map(([, r]) => h('td', { class: 'num' }, money(r.totals.societyCost))),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t('outcome.zrmAfter')),
          ...routes.map(([, r]) => h('td', { class: 'num' }, formatDecimal(r.zrmAfter, 2))),
        ),
      ),
    ),
  );
}

/** The workbench section; `rerender` redraws the menu after a file was read. */
export function workbenchSection(library: Library, hub: CaseHub, rerender: () => void): HTMLElement {
  const section = h(
    'section',
    { class: 'card workbench', 'aria-labelledby': 'workbench-heading' },
    h('h2', { id: 'workbench-heading' }, t('workbench.title')),
    h('p', {}, t('workbench.intro')),
  );
  const scenarioInput = h('input', { type: 'file', id: 'scenario-file', accept: '.json,application/json' });
  const tariffInput = h('input', { type: 'file', id: 'tariff-file', accept: '.json,application/json' });
  scenarioInput.addEventListener('change', () => {
    const file = scenarioInput.files?.[0];
    if (file) void readFile(file).then((opened) => ((scenarioFile = opened), rerender()));
  });
  tariffInput.addEventListener('change', () => {
    const file = tariffInput.files?.[0];
    if (file) void readFile(file).then((opened) => ((tariffFile = opened), rerender()));
  });
  section.addEventListener('dragover', (event) => event.preventDefault());
  section.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    void readFile(file).then((opened) => {
      if (/"gemeente"\s*:/.test(opened.text) && !/"household"\s*:/.test(opened.text)) tariffFile = opened;
      else scenarioFile = opened;
      rerender();
    });
  });
  const starter = URL.createObjectURL(new Blob([starterScenario('mijn-casus')], { type: 'application/json' }));
  section.append(
    h('div', { class: 'row' }, h('label', { for: 'scenario-file' }, t('workbench.open')), scenarioInput),
    h('div', { class: 'row' }, h('label', { for: 'tariff-file' }, t('workbench.tariff')), tariffInput),
    h('p', { class: 'hint' }, t('workbench.drop')),
    h(
      'p',
      { class: 'links' },
      h('a', { href: starter, download: 'mijn-casus.json', id: 'download-starter' }, t('workbench.download')),
      ' · ',
      h(
        'a',
        { href: currentLang() === 'en' ? 'docs/authoring.en.md' : 'docs/authoring.md', target: '_blank', rel: 'noopener' },
        t('workbench.guide'),
      ),
    ),
  );
  if (!scenarioFile && !tariffFile) return section;

  const results = h('div', { role: 'region', 'aria-live': 'polite', 'aria-label': t('workbench.results'), id: 'workbench-results' });
  let tariff: TariffDoc | undefined;
  if (tariffFile) {
    const loadedTariff = loadTariff(tariffFile.name, tariffFile.text);
    tariff = loadedTariff.value;
    results.append(
      h('h3', {}, t('workbench.tariffFile', { file: tariffFile.name })),
      loadedTariff.problems.length ? problemList(loadedTariff.problems) : h('p', {}, t('workbench.noProblems')),
    );
  }
  if (scenarioFile && library.catalogue) {
    const loaded = loadScenario(scenarioFile.name, scenarioFile.text, library.catalogue, tariff, { analyse: true });
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    results.append(
      h('h3', {}, t('workbench.scenarioFile', { file: scenarioFile.name })),
      h('p', { class: errors ? 'error' : '' }, t('workbench.summary', { errors, warnings: loaded.problems.length - errors })),
      loaded.problems.length ? problemList(loaded.problems) : h('p', {}, t('workbench.noProblems')),
    );
    if (loaded.overridden.length > 0) results.append(h('p', {}, t('workbench.overridden', { ids: loaded.overridden.join(', ') })));
    const balance = balanceTable(loaded);
    if (balance) results.append(balance);
    if (loaded.scenario && !hasErrors(loaded.problems)) {
      const scenario = loaded.scenario;
      results.append(
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            id: 'play-opened',
            onclick: () => {
              library.add({
                file: scenarioFile?.name ?? scenario.id,
                scenario,
                ...(loaded.doc ? { doc: loaded.doc } : {}),
                problems: loaded.problems,
              });
              hub.start(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 1, mode: 'all' });
            },
          },
          t('workbench.play'),
        ),
      );
    }
  }
  section.append(results);
  return section;
}
