/**
 * The menu: cases, session code and mode, saved games, team comparison and the workbench.
 * It draws before the engine side has loaded (loader.ts), from the cases as the library
 * read them; its sections' buttons then load the engine side and hand the player's action
 * to the section's own control, which is drawn from then on.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { PLAY_MODES, type PlayMode } from '../../core/plan';
import { local, t } from '../../services/i18n';
import type { FetchedLibrary, MenuCase } from '../../services/library';
import { readSaves, removeSave, writeSettings } from '../../services/storage';
import { isFirstVisit, TUTORIAL_CASE } from '../coach/tutorial';
import {
  coachOfferCard,
  coachReplayButton,
  compareEntryCard,
  guideHref,
  saveFileField,
  sessionEntryCard,
  workbenchEntryCard,
} from '../entry-cards';
import { localText, payerName } from '../format';
import { engineLoaded, engineShell, loadEngine, type EngineUi } from '../loader';
import type { ScreenContext } from './context';

/** A session code as typed, clamped to what the game accepts. */
function seedOf(text: string): number {
  return Math.max(1, Math.min(999999, Math.trunc(Number(text)) || 1));
}

function isPlayMode(value: string): value is PlayMode {
  return (PLAY_MODES as readonly string[]).includes(value);
}

/** Whether the menu waits for the engine side it asked for, per mounted app. */
const busy = new WeakMap<ScreenContext['state'], boolean>();

/** The engine side, loaded now when it is not there yet; while it loads the menu says so. */
async function withEngine(ctx: ScreenContext): Promise<EngineUi | undefined> {
  const ready = engineLoaded();
  if (ready) return ready;
  busy.set(ctx.state, true);
  ctx.rerender();
  try {
    return await loadEngine();
  } catch {
    ctx.announce(t('lazyLoad.failed'));
    return undefined;
  } finally {
    busy.set(ctx.state, false);
    ctx.rerender();
  }
}

/**
 * A section's control was used before the engine side loaded: load it, draw the menu
 * with the section's own control (same id) and let that control take the action.
 */
async function handOver(ctx: ScreenContext, selector: string, act: (control: HTMLElement) => void): Promise<void> {
  if (!(await withEngine(ctx))) return;
  const control = document.querySelector<HTMLElement>(selector);
  if (!control) return;
  control.focus();
  act(control);
}

const click = (control: HTMLElement): void => control.click();

/** A file picked in a light file input goes to the section's own input, as if picked there. */
const pickedFile =
  (ctx: ScreenContext, selector: string) =>
  (event: Event): void => {
    const files = (event.currentTarget as HTMLInputElement).files;
    if (!files || files.length === 0) return;
    void handOver(ctx, selector, (control) => {
      if (!(control instanceof HTMLInputElement)) return;
      control.files = files;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };

function startForm(ctx: ScreenContext, playable: readonly MenuCase[]): TemplateResult {
  const form = ctx.state.menu;
  const chosen = playable.find((s) => s.id === form.caseId) ?? playable[0];
  // A case without an own potje has no own-budget round: it is then played with all budgets in view.
  const mode: PlayMode = form.mode === 'own' && !chosen?.ownBudget ? 'all' : form.mode;
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ scenario: chosen?.id ?? '', seed: String(seedOf(form.seed)), mode }).toString();
  const start = async (): Promise<void> => {
    if (!chosen) return;
    const engine = await withEngine(ctx);
    const scenario = engine?.library.lookup(chosen.id, chosen.version);
    if (!scenario) return;
    ctx.hub.start(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: seedOf(form.seed), mode });
  };
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    void start();
  };
  const pick = (id: string): void => {
    form.caseId = id;
    ctx.rerender();
  };
  return html`<form class="card" id="start-form" aria-labelledby="start-heading" @submit=${submit}>
    <h2 id="start-heading">${t('menu.newCase')}</h2>
    <fieldset>
      <legend>${t('menu.chooseCase')}</legend>
      ${playable.map((s) => {
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
      })}
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

/** The saved games, checked by the engine; none can be there before it loads (the page then loads it at once). */
function savedItems(ctx: ScreenContext, engine: EngineUi | undefined): TemplateResult[] {
  const saves = readSaves();
  if (!engine) {
    // A save written since the page opened (in another tab): the engine checks it.
    if (saves.length > 0) void loadEngine().catch(() => ctx.announce(t('lazyLoad.failed')));
    return saves.length > 0 ? [html`<li class="muted">${t('loading')}</li>`] : [];
  }
  const { library } = engine;
  const { inspectSave, saveProblemText, resumeSave } = engine.menu;
  const items = saves.map((entry) => {
    const checked = entry.broken ? undefined : inspectSave(entry.data, library.lookup);
    if (!checked || 'problem' in checked) {
      const reason = checked && 'problem' in checked ? saveProblemText(checked.problem, checked.detail) : saveProblemText('unreadable');
      const remove = (): void => {
        removeSave(entry.key);
        ctx.rerender();
      };
      return html`<li class="problem">
        ${t('menu.brokenSave', { key: entry.key, reason })}
        <button type="button" @click=${remove}>${t('menu.removeSave', { key: entry.key })}</button>
      </li>`;
    }
    const save = checked.save;
    const scenario = library.lookup(save.scenarioId, save.scenarioVersion);
    if (!scenario) return undefined;
    const resume = (): void => {
      // A save from a training session resumes with its team label and session.
      if (!resumeSave(ctx, save, scenario)) ctx.announce(t('menu.restoreFailed'));
    };
    return html`<li>
      <button type="button" @click=${resume}>
        ${t('menu.resume', { title: local(scenario.title), month: Math.min(save.month + 1, scenario.months), phase: t(`phase.${save.phase}`) })}
      </button>
    </li>`;
  });
  return items.filter((x) => x !== undefined);
}

function savesSection(ctx: ScreenContext, engine: EngineUi | undefined): TemplateResult {
  const shown = savedItems(ctx, engine);
  return html`<section class="card" aria-labelledby="saves-heading">
    <h2 id="saves-heading">${t('menu.saved')}</h2>
    <ul class="plain">
      ${shown.length === 0 ? html`<li class="muted">${t('menu.noSaves')}</li>` : shown}
    </ul>
    ${
      engine
        ? engine.menu.saveFileControl(ctx, (save, scenario) => engine.menu.resumeSave(ctx, save, scenario))
        : saveFileField(pickedFile(ctx, '#save-file'), undefined)
    }
  </section>`;
}

/** The first-visit offer of the tutorial before the coach has loaded (the coach's own offer afterwards). */
function coachOffer(ctx: ScreenContext, playable: readonly MenuCase[]): TemplateResult | typeof nothing {
  if (!isFirstVisit() || !playable.some((s) => s.id === TUTORIAL_CASE)) return nothing;
  const decline = (): void => {
    // Declined for good, as the coach itself would note it.
    writeSettings({ coachSeen: true });
    ctx.announce(t('coach.offer.declined'));
    ctx.rerender();
  };
  return coachOfferCard(() => void handOver(ctx, '#coach-accept', click), decline);
}

function coachReplay(ctx: ScreenContext, playable: readonly MenuCase[]): TemplateResult | typeof nothing {
  if (!playable.some((s) => s.id === TUTORIAL_CASE)) return nothing;
  return coachReplayButton(() => void handOver(ctx, '#coach-replay', click));
}

/** The menu's way into a session, the comparison and the workbench before they have loaded. */
function sectionEntries(ctx: ScreenContext): TemplateResult {
  const dropped = (file: File): void =>
    void handOver(ctx, 'section.workbench', (section) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(file);
      section.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    });
  return html`${sessionEntryCard(() => void handOver(ctx, '#open-setup', click))}
  ${compareEntryCard(() => void handOver(ctx, '#open-compare', click))}
  ${workbenchEntryCard({
    dropped,
    pickedScenario: pickedFile(ctx, '#scenario-file'),
    pickedTariff: pickedFile(ctx, '#tariff-file'),
    starter: () => void handOver(ctx, '#download-starter', click),
  })}`;
}

/** The problems the library found: fetching and checking the files. */
function problemsOf(engine: EngineUi | undefined, fetched: FetchedLibrary | undefined): readonly FetchedLibrary['problems'][number][] {
  if (engine) return engine.library.problems.filter((p) => p.severity === 'error');
  if (!fetched) return [];
  return [...fetched.problems, ...fetched.cases.flatMap((c) => c.problems)].filter((p) => p.severity === 'error');
}

/** The menu screen. */
export function menuScreen(ctx: ScreenContext): TemplateResult {
  const engine = engineLoaded();
  if (engine && ctx.state.compare.open) return engine.menu.compareScreen(ctx);
  const shell = engineShell();
  const playable: readonly MenuCase[] = engine
    ? engine.library.entries.flatMap((e) => (e.scenario ? [e.scenario] : []))
    : (shell?.cases ?? []);
  const problems = problemsOf(engine, shell?.fetched);
  return html`<div class="screen menu">
    <h1 tabindex="-1">${t('app.title')}</h1>
    <p class="lead">${t('menu.intro')}</p>
    ${busy.get(ctx.state) ? html`<p class="muted" role="status" id="menu-loading">${t('lazyLoad.busy')}</p>` : nothing}
    ${engine ? engine.menu.coachOffer(ctx) : coachOffer(ctx, playable)}
    <p class="links">
      <a href=${guideHref()} id="menu-guide">${t('guideLink.menu')}</a> ·
      ${engine ? engine.menu.coachReplay(ctx) : coachReplay(ctx, playable)}
    </p>
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
    ${engine ? engine.menu.sessionLinkProblem(ctx) : nothing}
    <div class="grid">${startForm(ctx, playable)} ${savesSection(ctx, engine)}</div>
    ${
      engine
        ? html`${engine.menu.sessionMenuCard(ctx)} ${engine.menu.compareEntry(ctx)} ${engine.menu.workbenchSection(ctx)}`
        : sectionEntries(ctx)
    }
  </div>`;
}
