/**
 * The trainer's workbench in the menu: open or drop a scenario (and a tariff file),
 * see every problem with line, column and hint, see the balance of the routes per
 * payer, follow a route month by month, and play the case at once. The validator is
 * loaded only when a trainer opens a file, and a broken file never touches the
 * built-in cases. The files are kept in this browser's storage (never sent anywhere),
 * so a reload shows the same check and a case played from here resumes.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYER_IDS, type CaseResult, type PayerId, type Scenario, type Totals } from '../core';
import type { CaseKey } from '../engine';
import { currentLang, formatDecimal, t } from '../services/i18n';
import { forgetWorkbenchFiles, keepWorkbenchFile } from '../services/library';
import type { Problem } from '../scenario/problems';
import { starterScenario } from '../scenario/starter';
import { caseTimeline, type TimelineMonth } from '../scenario/timeline';
import { scrollRegion } from './dom';
import { downloadText } from './download';
import { workbenchEntryCard } from './entry-cards';
import { money, payerName } from './format';
import './workbench.css';
import { bestRouteStatus } from './screens/debrief';
import type { ScreenContext } from './screens/context';
import type { OpenedFile, WorkbenchCheck, WorkbenchState } from './state';

const CATALOGUE_FILE = 'catalogue/interventions.json';

/** The balance is shown for session code 1 with every budget visible. */
function balanceKey(scenario: Scenario): CaseKey {
  return { scenario, seed: 1, mode: 'all' };
}

/** Checks the open files with the validator, which is fetched here the first time a trainer opens a file. */
async function checkFiles(ctx: ScreenContext, wb: WorkbenchState): Promise<void> {
  wb.generation += 1;
  const generation = wb.generation;
  const [{ hasErrors, loadCatalogue, loadScenario, loadTariff }, { problemMessage }, { renderPath }] = await Promise.all([
    import('../scenario/load'),
    import('../scenario/messages'),
    import('../scenario/json'),
  ]);
  // A file opened since: its own check follows and is the one to show.
  if (generation !== wb.generation) return;
  const tariffSource = wb.tariffFile ? { file: wb.tariffFile.name, text: wb.tariffFile.text } : ctx.library.tariff;
  const loadedTariff = tariffSource ? loadTariff(tariffSource.file, tariffSource.text) : undefined;
  let scenario: WorkbenchCheck['scenario'];
  const file = wb.scenarioFile;
  if (file && ctx.library.catalogueText !== undefined) {
    const catalogue = loadCatalogue(CATALOGUE_FILE, ctx.library.catalogueText);
    if (!catalogue.value) {
      scenario = { file: file.name, problems: catalogue.problems, overridden: [] };
    } else {
      const loaded = loadScenario(file.name, file.text, catalogue.value, loadedTariff?.value, { analyse: true });
      scenario = {
        file: file.name,
        problems: loaded.problems,
        overridden: loaded.overridden,
        ...(loaded.scenario && !hasErrors(loaded.problems) ? { playable: loaded.scenario } : {}),
      };
    }
  }
  // The routes for the balance start now, with the check; drawing the table only reads them.
  if (scenario?.playable) ctx.analysis.bestRoute(balanceKey(scenario.playable));
  wb.check = {
    ...(wb.tariffFile && loadedTariff ? { tariff: { file: wb.tariffFile.name, problems: loadedTariff.problems } } : {}),
    ...(scenario ? { scenario } : {}),
    message: problemMessage,
    renderPath,
  };
  wb.checking = false;
  ctx.rerender();
}

/** Takes a file the trainer opened or dropped: the previous result goes at once, the new one follows. */
function open(ctx: ScreenContext, file: File, as: 'scenario' | 'tariff' | 'guess'): void {
  const wb = ctx.state.workbench;
  wb.generation += 1;
  const ticket = wb.generation;
  wb.check = undefined;
  wb.checking = true;
  ctx.rerender();
  void file
    .text()
    .then((text) => {
      const kind = as === 'guess' ? (/"gemeente"\s*:/.test(text) && !/"household"\s*:/.test(text) ? 'tariff' : 'scenario') : as;
      // A file of the same kind opened later wins, whichever is read first.
      if ((wb.opened[kind] ?? 0) > ticket) return;
      wb.opened[kind] = ticket;
      const opened: OpenedFile = { name: file.name, text };
      if (kind === 'tariff') wb.tariffFile = opened;
      else wb.scenarioFile = opened;
      wb.keep = keepWorkbenchFile(kind, opened) ? 'kept' : 'notKept';
      return checkFiles(ctx, wb);
    })
    .catch(() => {
      // The file could not be read, or the validator not fetched (offline before it was ever cached).
      wb.checking = false;
      ctx.announce(t('workbench.unavailable'));
      ctx.rerender();
    });
}

function problemList(check: WorkbenchCheck, problems: readonly Problem[]): TemplateResult {
  if (problems.length === 0) return html`<p>${t('workbench.noProblems')}</p>`;
  return html`<ul class="problems" id="workbench-problems">
    ${repeat(
      problems,
      (_, i) => i,
      (p) =>
        html`<li class=${p.severity}>
          <span class="where">${t('workbench.where', { file: p.file, line: p.position.line, column: p.position.column })}</span>
          <code>${check.renderPath(p.path)}</code>
          ${`${p.severity === 'warning' ? t('workbench.warning') : t('workbench.error')}: ${check.message(p, currentLang())}`}
        </li>`,
    )}
  </ul>`;
}

/** The balance of the routes per payer: the reference routes at once, the best route as the search reports it. */
function balanceTable(ctx: ScreenContext, key: CaseKey): TemplateResult {
  const { system, breakthrough } = ctx.analysis.references(key);
  const best = ctx.analysis.bestRoute(key);
  const bestTotals: Totals | undefined = best.state === 'done' ? best.value.totals : undefined;
  const bestPending = best.state === 'running' ? t('workbench.searching') : t('workbench.stopped');
  const routes: { name: string; totals: Totals | undefined; zrmAfter: number | undefined }[] = [
    { name: t('outcome.system'), totals: system.totals, zrmAfter: system.zrmAfter },
    { name: t('outcome.breakthrough'), totals: breakthrough.totals, zrmAfter: breakthrough.zrmAfter },
    { name: t('workbench.best'), totals: bestTotals, zrmAfter: best.state === 'done' ? best.value.zrmAfter : undefined },
  ];
  const payers = PAYER_IDS.filter((p: PayerId) => routes.some((r) => r.totals?.budgetImpactByPayer[p] !== undefined));
  const caption = t('workbench.balance');
  // On a phone each payer becomes a card, each route's figure labelled with the route.
  const cell = (r: (typeof routes)[number], value: (totals: Totals) => string): TemplateResult =>
    html`<td class="num" data-label=${r.name}>${r.totals ? value(r.totals) : bestPending}</td>`;
  return html`${scrollRegion(
    caption,
    html`<table class="data cards" id="balance-table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('table.payer')}</th>
          ${routes.map((r) => html`<th scope="col" class="num">${r.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          payers,
          (p) => p,
          (p) =>
            html`<tr>
              <th scope="row">${payerName(p)}</th>
              ${routes.map((r) => cell(r, (totals) => money(totals.budgetImpactByPayer[p], true)))}
            </tr>`,
        )}
        <tr class="total">
          <th scope="row">${t('outcome.society')}</th>
          ${routes.map((r) => cell(r, (totals) => money(totals.societyCost)))}
        </tr>
        <tr>
          <th scope="row">${t('outcome.zrmAfter')}</th>
          ${routes.map(
            (r) => html`<td class="num" data-label=${r.name}>${r.zrmAfter === undefined ? bestPending : formatDecimal(r.zrmAfter, 2)}</td>`,
          )}
        </tr>
      </tbody>
    </table>`,
  )}
  ${bestRouteStatus(ctx.analysis, key, best)}`;
}

function results(ctx: ScreenContext, wb: WorkbenchState): TemplateResult {
  const check = wb.check;
  const scenario = check?.scenario;
  const playable = scenario?.playable;
  const play = (): void => {
    if (!scenario || !playable) return;
    ctx.library.add({ file: scenario.file, scenario: playable, problems: scenario.problems });
    ctx.hub.start(playable, { scenarioId: playable.id, scenarioVersion: playable.version, seed: 1, mode: 'all' });
  };
  const errors = scenario ? scenario.problems.filter((p) => p.severity === 'error').length : 0;
  return html`<div role="region" aria-live="polite" aria-label=${t('workbench.results')} id="workbench-results">
    ${wb.checking ? html`<p class="muted">${t('workbench.checking')}</p>` : nothing}
    ${
      check?.tariff
        ? html`<h3>${t('workbench.tariffFile', { file: check.tariff.file })}</h3>
            ${problemList(check, check.tariff.problems)}`
        : nothing
    }
    ${
      check && scenario
        ? html`<h3>${t('workbench.scenarioFile', { file: scenario.file })}</h3>
            <p class=${errors ? 'error' : ''}>${t('workbench.summary', { errors, warnings: scenario.problems.length - errors })}</p>
            ${problemList(check, scenario.problems)}
            ${scenario.overridden.length > 0 ? html`<p>${t('workbench.overridden', { ids: scenario.overridden.join(', ') })}</p>` : nothing}
            ${
              playable
                ? html`${balanceTable(ctx, balanceKey(playable))}
                    <button type="button" class="primary" id="play-opened" @click=${play}>${t('workbench.play')}</button>
                    ${timelineSection(ctx, wb, balanceKey(playable))}`
                : nothing
            }`
        : nothing
    }
  </div>`;
}

/** Takes up the files kept from an earlier visit, once: the same check shows again. */
function restore(ctx: ScreenContext, wb: WorkbenchState): void {
  if (wb.restored) return;
  wb.restored = true;
  const kept = ctx.library.workbench;
  if (!kept) return;
  if (kept.unreadable) {
    wb.keep = 'unreadable';
    return;
  }
  const { scenario, tariff } = kept.files;
  if (!scenario && !tariff) return;
  if (scenario) wb.scenarioFile = scenario;
  if (tariff) wb.tariffFile = tariff;
  wb.keep = 'restored';
  wb.checking = true;
  void checkFiles(ctx, wb).catch(() => {
    wb.checking = false;
    ctx.announce(t('workbench.unavailable'));
    ctx.rerender();
  });
}

/** Forgets the kept files: they leave this browser's storage and the workbench. */
function forget(ctx: ScreenContext, wb: WorkbenchState): void {
  forgetWorkbenchFiles();
  // The case those files added leaves the menu too (a listed case it stood in for comes back).
  for (const id of new Set([wb.check?.scenario?.playable?.id, ctx.library.workbench?.entry?.scenario?.id])) {
    if (id !== undefined) ctx.library.removeAdded(id);
  }
  wb.generation += 1;
  delete wb.scenarioFile;
  delete wb.tariffFile;
  wb.check = undefined;
  wb.checking = false;
  wb.keep = 'forgotten';
  ctx.announce(t('workbenchStore.forgotten'));
  ctx.rerender();
  document.getElementById('scenario-file')?.focus();
}

/** What the workbench says about keeping the files, with the button that forgets them. */
function keepNote(ctx: ScreenContext, wb: WorkbenchState): TemplateResult {
  const file = wb.scenarioFile ?? wb.tariffFile;
  if (!file) {
    if (wb.keep === 'forgotten') return html`<p class="muted" id="workbench-kept">${t('workbenchStore.forgotten')}</p>`;
    if (wb.keep === 'unreadable') return html`<p class="error" id="workbench-kept">${t('workbenchStore.unreadable')}</p>`;
    return html``;
  }
  const invalid = wb.keep === 'restored' && wb.check?.scenario && !wb.check.scenario.playable;
  return html`<div class="kept" id="workbench-kept">
    ${wb.keep === 'restored' ? html`<p>${t('workbenchStore.restored', { file: file.name })}</p>` : nothing}
    ${invalid ? html`<p class="error">${t('workbenchStore.invalid', { file: file.name })}</p>` : nothing}
    <p class="hint">${wb.keep === 'notKept' ? t('workbenchStore.notKept') : t('workbenchStore.kept')}</p>
    <button type="button" id="forget-file" @click=${() => forget(ctx, wb)}>${t('workbenchStore.forget')}</button>
  </div>`;
}

type TimelineRoute = NonNullable<WorkbenchState['timelineRoute']>;

/** Timelines per played result and language: drawing again only reads them. */
const timelines = new WeakMap<CaseResult, Map<string, TimelineMonth[]>>();

function timelineOf(scenario: Scenario, result: CaseResult): TimelineMonth[] {
  const lang = currentLang();
  let byLang = timelines.get(result);
  if (!byLang) {
    byLang = new Map();
    timelines.set(result, byLang);
  }
  let found = byLang.get(lang);
  if (!found) {
    found = caseTimeline(scenario, result, payerName, lang);
    byLang.set(lang, found);
  }
  return found;
}

/** The played result of a route, from the engine's analysis; the best route only once the search has found it. */
function routeResult(ctx: ScreenContext, key: CaseKey, route: TimelineRoute): CaseResult | undefined {
  if (route === 'system' || route === 'breakthrough') return ctx.analysis.references(key)[route];
  const best = ctx.analysis.bestRoute(key);
  return best.state === 'done' ? ctx.analysis.resultFor(key, best.value.route) : undefined;
}

/** The route month by month, as `npm run simulate -- <file> --timeline` prints it: a collapsible list per month. */
function timelineSection(ctx: ScreenContext, wb: WorkbenchState, key: CaseKey): TemplateResult {
  const route: TimelineRoute = wb.timelineRoute ?? 'system';
  const result = routeResult(ctx, key, route);
  const months = result ? timelineOf(key.scenario, result) : undefined;
  const names: Record<TimelineRoute, string> = {
    system: t('outcome.system'),
    breakthrough: t('outcome.breakthrough'),
    best: t('debrief.best'),
  };
  const choose = (event: Event): void => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    if (value === 'system' || value === 'breakthrough' || value === 'best') wb.timelineRoute = value;
    ctx.rerender();
  };
  const openAll = (open: boolean) => (): void => {
    for (const item of document.querySelectorAll<HTMLDetailsElement>('#workbench-timeline details')) item.open = open;
  };
  return html`<section class="wb-timeline" aria-labelledby="wb-timeline-heading">
    <h3 id="wb-timeline-heading">${t('workbenchTimeline.title')}</h3>
    <p class="hint">${t('workbenchTimeline.intro')}</p>
    <div class="row">
      <label for="timeline-route">${t('workbenchTimeline.route')}</label>
      <select id="timeline-route" @change=${choose}>
        ${(['system', 'breakthrough', 'best'] as const).map((r) => html`<option value=${r} ?selected=${r === route}>${names[r]}</option>`)}
      </select>
    </div>
    <div class="actions">
      <button type="button" class="chip" @click=${openAll(true)}>${t('workbenchTimeline.expandAll')}</button>
      <button type="button" class="chip" @click=${openAll(false)}>${t('workbenchTimeline.collapseAll')}</button>
    </div>
    ${
      months
        ? html`<ol class="wb-months" id="workbench-timeline" aria-label=${`${t('workbenchTimeline.title')}: ${names[route]}`}>
            ${repeat(
              months,
              (m) => m.month,
              (m) => monthItem(m),
            )}
          </ol>`
        : html`<p class="muted" id="workbench-timeline-pending">${t('workbenchTimeline.bestPending')}</p>`
    }
  </section>`;
}

function monthItem(m: TimelineMonth): TemplateResult {
  const label = m.label.charAt(0).toUpperCase() + m.label.slice(1);
  return html`<li>
    <details>
      <summary>${t('workbenchTimeline.summary', { label, events: m.events.length, entries: m.entries.length })}</summary>
      ${m.events.length === 0 && m.entries.length === 0 ? html`<p class="muted">${t('workbenchTimeline.nothing')}</p>` : nothing}
      ${
        m.events.length > 0
          ? html`<h4>${t('workbenchTimeline.events')}</h4>
              <ul class="wb-events">
                ${m.events.map((e) => html`<li data-type=${e.type}>${e.text}</li>`)}
              </ul>`
          : nothing
      }
      ${
        m.entries.length > 0
          ? html`<h4>${t('workbenchTimeline.entries')}</h4>
              <ul class="wb-entries">
                ${m.entries.map(
                  (e) =>
                    html`<li class=${e.kind}>
                      <span class="amount"
                        >${t('workbenchTimeline.entry', { amount: e.amountText, kind: e.kindText, from: e.fromName, to: e.toName })}</span
                      >
                      <span class="why">${t('workbenchTimeline.why', { why: e.why })}</span>
                      <span class="source">${e.source}</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </details>
  </li>`;
}

/** The workbench section of the menu. */
export function workbenchSection(ctx: ScreenContext): TemplateResult {
  const wb = ctx.state.workbench;
  restore(ctx, wb);
  const picked =
    (as: 'scenario' | 'tariff') =>
    (event: Event): void => {
      const file = (event.currentTarget as HTMLInputElement).files?.[0];
      if (file) open(ctx, file, as);
    };
  return workbenchEntryCard({
    dropped: (file) => open(ctx, file, 'guess'),
    pickedScenario: picked('scenario'),
    pickedTariff: picked('tariff'),
    starter: () => downloadText('mijn-casus.json', starterScenario('mijn-casus'), 'application/json'),
    below: html`${keepNote(ctx, wb)} ${wb.scenarioFile || wb.tariffFile || wb.checking ? results(ctx, wb) : nothing}`,
  });
}
