/** The menu: cases, session code and mode, saved games, team comparison and the workbench. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { PLAY_MODES, type PlayMode, type Scenario } from '../../core';
import { inspectSave, type SaveGame } from '../../engine';
import { local, t } from '../../services/i18n';
import { readSaves, removeSave } from '../../services/storage';
import { compareEntry, compareScreen } from '../compare';
import { saveFileControl, saveProblemText } from '../save-notice';
import { localText, payerName } from '../format';
import { coachOffer, coachReplay } from '../coach/coach';
import { guideHref, workbenchSection } from '../workbench';
import { resumeSave, sessionLinkProblem, sessionMenuCard } from '../session';
import type { ScreenContext } from './context';

/** A session code as typed, clamped to what the game accepts. */
function seedOf(text: string): number {
  return Math.max(1, Math.min(999999, Math.trunc(Number(text)) || 1));
}

function isPlayMode(value: string): value is PlayMode {
  return (PLAY_MODES as readonly string[]).includes(value);
}

function startForm(ctx: ScreenContext, playable: readonly Scenario[]): TemplateResult {
  const form = ctx.state.menu;
  const chosen = playable.find((s) => s.id === form.caseId) ?? playable[0];
  // A case without an own potje has no own-budget round: it is then played with all budgets in view.
  const mode: PlayMode = form.mode === 'own' && !chosen?.ownBudget ? 'all' : form.mode;
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ scenario: chosen?.id ?? '', seed: String(seedOf(form.seed)), mode }).toString();
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!chosen) return;
    ctx.hub.start(chosen, { scenarioId: chosen.id, scenarioVersion: chosen.version, seed: seedOf(form.seed), mode });
  };
  const pick = (id: string): void => {
    form.caseId = id;
    ctx.rerender();
  };
  return html`<form class="card" id="start-form" aria-labelledby="start-heading" @submit=${submit}>
    <h2 id="start-heading">${t('menu.newCase')}</h2>
    <fieldset>
      <legend>${t('menu.chooseCase')}</legend>
      ${repeat(
        playable,
        (s) => s.id,
        (s) => {
          const id = `case-${s.id}`;
          return html`<div class="radio-card">
            <input
              type="radio"
              name="case"
              id=${id}
              value=${s.id}
              .checked=${live(s === chosen)}
              aria-describedby="${id}-summary"
              @change=${() => pick(s.id)}
            />
            <div>
              <label for=${id}
                ><strong>${localText(s.title)}</strong><span class="muted">${t('menu.caseMeta', { months: s.months })}</span></label
              >
              <p class="summary" id="${id}-summary">${localText(s.text.summary)}</p>
              ${
                s.text.facilitation
                  ? html`<details>
                      <summary>${t('menu.facilitation')}</summary>
                      <p>${localText(s.text.facilitation)}</p>
                    </details>`
                  : nothing
              }
            </div>
          </div>`;
        },
      )}
    </fieldset>
    <div class="row">
      <label for="seed">${t('menu.seed')}</label>
      <input
        type="number"
        id="seed"
        name="seed"
        min="1"
        max="999999"
        inputmode="numeric"
        aria-describedby="seed-hint"
        .value=${live(form.seed)}
        @input=${(event: Event) => {
          form.seed = (event.currentTarget as HTMLInputElement).value;
          ctx.rerender();
        }}
      />
      <p class="hint" id="seed-hint">${t('menu.seedHint')}</p>
    </div>
    <div class="row">
      <label for="mode">${t('menu.mode')}</label>
      <select
        id="mode"
        name="mode"
        @change=${(event: Event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          if (isPlayMode(value)) form.mode = value;
          ctx.rerender();
        }}
      >
        ${PLAY_MODES.map((m) => {
          // The own-budget round names the chosen case's own potje; a case without one offers no such round.
          const own = chosen?.ownBudget;
          if (m === 'own' && !own) return nothing;
          return html`<option value=${m} ?selected=${m === mode}>
            ${m === 'own' && own ? t('mode.ownOf', { potje: payerName(own.payer) }) : t(`mode.${m}`)}
          </option>`;
        })}
      </select>
    </div>
    <button type="submit" class="primary">${t('menu.start')}</button>
    <p class="hint">${t('menu.sessionLink')}</p>
    <output id="session-link" class="code" for="seed mode">${url.toString()}</output>
  </form>`;
}

function savesSection(ctx: ScreenContext): TemplateResult {
  const { library } = ctx;
  const items = readSaves().map((entry) => {
    const checked = entry.broken ? undefined : inspectSave(entry.data, library.lookup);
    if (!checked || 'problem' in checked) {
      const reason = checked && 'problem' in checked ? saveProblemText(checked.problem, checked.detail) : saveProblemText('unreadable');
      const remove = (): void => {
        removeSave(entry.key);
        ctx.rerender();
      };
      return {
        key: entry.key,
        item: html`<li class="problem">
          ${t('menu.brokenSave', { key: entry.key, reason })}
          <button type="button" @click=${remove}>${t('menu.removeSave', { key: entry.key })}</button>
        </li>`,
      };
    }
    const save: SaveGame = checked.save;
    const scenario = library.lookup(save.scenarioId, save.scenarioVersion);
    if (!scenario) return undefined;
    const resume = (): void => {
      // A save from a training session resumes with its team label and session.
      if (!resumeSave(ctx, save, scenario)) ctx.announce(t('menu.restoreFailed'));
    };
    return {
      key: entry.key,
      item: html`<li>
        <button type="button" @click=${resume}>
          ${t('menu.resume', { title: local(scenario.title), month: Math.min(save.month + 1, scenario.months), phase: t(`phase.${save.phase}`) })}
        </button>
      </li>`,
    };
  });
  const shown = items.filter((x) => x !== undefined);
  return html`<section class="card" aria-labelledby="saves-heading">
    <h2 id="saves-heading">${t('menu.saved')}</h2>
    <ul class="plain">
      ${
        shown.length === 0
          ? html`<li class="muted">${t('menu.noSaves')}</li>`
          : repeat(
              shown,
              (x) => x.key,
              (x) => x.item,
            )
      }
    </ul>
    ${saveFileControl(ctx, (save, scenario) => resumeSave(ctx, save, scenario))}
  </section>`;
}

/** The menu screen. */
export function menuScreen(ctx: ScreenContext): TemplateResult {
  const { library } = ctx;
  if (ctx.state.compare.open) return compareScreen(ctx);
  const playable = library.entries.map((e) => e.scenario).filter((s): s is Scenario => s !== undefined);
  const problems = library.problems.filter((p) => p.severity === 'error');
  return html`<div class="screen menu">
    <h1 tabindex="-1">${t('app.title')}</h1>
    <p class="lead">${t('menu.intro')}</p>
    ${coachOffer(ctx)}
    <p class="links"><a href=${guideHref()} id="menu-guide">${t('guideLink.menu')}</a> · ${coachReplay(ctx)}</p>
    ${
      problems.length > 0
        ? html`<section class="card problem" role="alert">
            <h2>${t('menu.libraryProblems')}</h2>
            <ul>
              ${problems.slice(0, 10).map((p) => html`<li>${`${p.file}:${p.position.line}:${p.position.column} ${p.code}`}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${sessionLinkProblem(ctx)}
    <div class="grid">${startForm(ctx, playable)} ${savesSection(ctx)}</div>
    ${sessionMenuCard(ctx)} ${compareEntry(ctx)} ${workbenchSection(ctx)}
  </div>`;
}
