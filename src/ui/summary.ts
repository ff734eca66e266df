/**
 * The completion summary a professional keeps for an accreditation portfolio: the
 * case, the date, how long it took, the route, the estimate and how close it was,
 * the outcome per payer and for the ZRM, and a reflection the player types (kept in
 * the save, shown as text). One printable page, also downloadable as an HTML file.
 */
import './summary.css';
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { PAYER_IDS, estimateScore, type Decision } from '../core';
import { resultOfPlay, type HubView } from '../engine';
import { currentLang, dateFormat, formatDecimal, local, t } from '../services/i18n';
import { readSaves } from '../services/storage';
import { scrollRegion } from './dom';
import { downloadText } from './download';
import { money, monthLabel, payerName } from './format';
import { groupCost, type ScreenContext } from './screens/context';
import { decisionLabel } from './screens/debrief';
import { notesOf, writeReflection, REFLECTION_MAX, type PortfolioNotes } from './summary-notes';

/** The stored save of the game in view, found by what it is (case, code, mode, decisions), whatever its slot. */
function storedGame(view: HubView): { slot: string; notes: PortfolioNotes } | undefined {
  const c = view.snapshot.context;
  const same = (data: unknown): boolean => {
    if (!data || typeof data !== 'object') return false;
    const s = data as Record<string, unknown>;
    return (
      s.scenarioId === c.scenarioId &&
      s.scenarioVersion === c.scenarioVersion &&
      s.seed === c.seed &&
      s.mode === c.mode &&
      JSON.stringify(s.decisions) === JSON.stringify(c.decisions)
    );
  };
  const entry = readSaves().find((e) => !e.broken && same(e.data));
  return entry ? { slot: entry.key, notes: notesOf(entry.data) } : undefined;
}

function dateText(iso: string | undefined): string {
  const date = iso ? new Date(iso) : new Date();
  return dateFormat({ dateStyle: 'long' }).format(date);
}

/** How long the case took, in whole minutes; undefined when the start or the end is not known. */
function durationText(notes: PortfolioNotes): string | undefined {
  if (!notes.startedAt || !notes.finishedAt) return undefined;
  const minutes = Math.max(0, Math.round((Date.parse(notes.finishedAt) - Date.parse(notes.startedAt)) / 60000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? t('summary.hoursMinutes', { hours, minutes: minutes % 60 }) : t('summary.minutes', { count: minutes });
}

function routeList(view: HubView, decisions: readonly Decision[]): TemplateResult {
  if (decisions.length === 0) return html`<p>${t('summary.noDecisions')}</p>`;
  return html`<ol class="summary-route">
    ${decisions.map((d) => html`<li><strong>${monthLabel(view.scenario, d.month)}:</strong> ${decisionLabel(view.scenario, d)}</li>`)}
  </ol>`;
}

/** The summary as a standalone HTML page: the printed content, no controls, with its own small stylesheet. */
function standaloneHtml(article: HTMLElement, title: string): string {
  const copy = article.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.no-print, button, textarea, input, label').forEach((el) => el.remove());
  const style = `body{font-family:'Atkinson Hyperlegible',system-ui,sans-serif;color:#1f2a44;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9d4c7;padding:.25rem .5rem;text-align:left}.num{text-align:right}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:700}dd{margin:0}.visually-hidden{display:none}`;
  const escape = (text: string): string =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  return `<!doctype html>
<html lang="${currentLang()}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${style}</style></head>
<body>${copy.outerHTML}</body></html>
`;
}

/** The completion summary screen, opened from the debrief. */
export function summaryScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, snapshot } = view;
  const { seed, mode, decisions, estimate, play } = snapshot.context;
  const mine = resultOfPlay(scenario, play, seed, decisions);
  const stored = storedGame(view);
  const notes = stored?.notes ?? {};
  const duration = durationText(notes);
  const gemeente = groupCost(mine, 'gemeente');
  const payers = PAYER_IDS.filter((p) => mine.totals.costsByPayer[p] !== undefined || mine.totals.budgetImpactByPayer[p] !== undefined);
  const title = t('summary.title');
  const back = (): void => {
    ctx.state.summaryFor = undefined;
    ctx.rerender();
    document.getElementById('open-summary')?.focus();
  };
  const reflect = (event: Event): void => {
    const text = (event.currentTarget as HTMLTextAreaElement).value;
    const result = stored ? writeReflection(stored.slot, text) : 'noSave';
    const status = document.getElementById('reflection-status');
    if (status) status.textContent = result === 'saved' ? t('summary.reflectionSaved') : t('summary.reflectionNotSaved');
    const printed = document.getElementById('reflection-text');
    if (printed) printed.textContent = text;
  };
  const download = (): void => {
    const article = document.getElementById('portfolio-summary');
    if (!article) return;
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`${scenario.id}-samenvatting-${day}.html`, standaloneHtml(article, `${title}: ${local(scenario.title)}`), 'text/html');
  };
  return html`<div class="screen summary">
    <article id="portfolio-summary" aria-labelledby="summary-heading">
      <h1 id="summary-heading" tabindex="-1">${title}</h1>
      <p class="lead">${local(scenario.title)}</p>
      <dl class="summary-facts">
        <dt>${t('summary.case')}</dt>
        <dd>${t('summary.caseValue', { title: local(scenario.title), version: scenario.version, months: scenario.months })}</dd>
        <dt>${t('summary.date')}</dt>
        <dd id="summary-date">${dateText(notes.finishedAt)}</dd>
        <dt>${t('summary.duration')}</dt>
        <dd id="summary-duration">${duration ?? t('summary.durationUnknown')}</dd>
        <dt>${t('summary.session')}</dt>
        <dd>${t('summary.sessionValue', { seed, mode: t(`mode.${mode}`) })}</dd>
      </dl>
      <section aria-labelledby="summary-route-heading">
        <h2 id="summary-route-heading">${t('summary.route')}</h2>
        ${routeList(view, decisions)}
      </section>
      <section aria-labelledby="summary-estimate-heading">
        <h2 id="summary-estimate-heading">${t('summary.estimate')}</h2>
        ${
          estimate
            ? html`<ul id="summary-estimate">
                <li>
                  ${t('summary.estimateLine', {
                    what: t('summary.gemeente'),
                    estimate: money(estimate.gemeente),
                    actual: money(gemeente),
                    score: estimateScore(estimate.gemeente, gemeente),
                  })}
                </li>
                <li>
                  ${t('summary.estimateLine', {
                    what: t('summary.society'),
                    estimate: money(estimate.society),
                    actual: money(mine.totals.societyCost),
                    score: estimateScore(estimate.society, mine.totals.societyCost),
                  })}
                </li>
              </ul>`
            : html`<p>${t('summary.noEstimate')}</p>`
        }
      </section>
      <section aria-labelledby="summary-outcome-heading">
        <h2 id="summary-outcome-heading">${t('summary.outcome')}</h2>
        ${scrollRegion(
          t('summary.payersCaption'),
          html`<table class="data cards" id="summary-payers">
            <caption>
              ${t('summary.payersCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('summary.payer')}</th>
                <th scope="col" class="num">${t('summary.costs')}</th>
                <th scope="col" class="num">${t('summary.impact')}</th>
              </tr>
            </thead>
            <tbody>
              ${payers.map(
                (p) =>
                  html`<tr>
                    <th scope="row">${payerName(p)}</th>
                    <td class="num" data-label=${t('summary.costs')}>${money(mine.totals.costsByPayer[p], true)}</td>
                    <td class="num" data-label=${t('summary.impact')}>${money(mine.totals.budgetImpactByPayer[p], true)}</td>
                  </tr>`,
              )}
              <tr class="total">
                <th scope="row">${t('summary.society')}</th>
                <td class="num" data-label=${t('summary.costs')}>${money(mine.totals.societyCost)}</td>
                <td></td>
              </tr>
            </tbody>
          </table>`,
        )}
        <p id="summary-zrm">
          ${t('summary.zrm', {
            before: formatDecimal(mine.zrmBefore, 2),
            after: formatDecimal(mine.zrmAfter, 2),
            low: mine.lowDomainsAfter,
            debt: money(mine.debtAfter),
          })}
        </p>
      </section>
      <section aria-labelledby="summary-reflection-heading">
        <h2 id="summary-reflection-heading">${t('summary.reflection')}</h2>
        <div class="no-print">
          <label for="reflection">${t('summary.reflectionLabel')}</label>
          <textarea
            id="reflection"
            rows="6"
            maxlength=${REFLECTION_MAX}
            aria-describedby="reflection-status"
            .value=${live(notes.reflection ?? '')}
            @input=${reflect}
          ></textarea>
          <p class="hint" id="reflection-status" aria-live="polite">
            ${stored ? t('summary.reflectionHint') : t('summary.reflectionNotSaved')}
          </p>
        </div>
        <p class="print-only reflection-text" id="reflection-text">${notes.reflection ?? ''}</p>
      </section>
      <p class="muted summary-footer">${t('summary.footer')}</p>
    </article>
    <div class="actions no-print">
      <button type="button" id="summary-back" @click=${back}>${t('summary.back')}</button>
      <button type="button" id="summary-print" @click=${() => window.print()}>${t('summary.print')}</button>
      <button type="button" class="primary" id="summary-download" @click=${download}>${t('summary.download')}</button>
    </div>
  </div>`;
}
