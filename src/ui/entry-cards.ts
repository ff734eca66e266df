/**
 * The menu's ways into its sections: the session setup, the comparison, the workbench,
 * the tutorial's offer and a saved game's file. One template each, drawn by the menu
 * before the engine side has loaded and by the sections themselves afterwards, each
 * with its own handlers. Light on purpose: lit-html and the texts, nothing of the engine.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { currentLang, t } from '../services/i18n';

/** The authoring guide's page in the game's language (rendered at build time by tools/vite-guide.ts). */
export function guideHref(): string {
  return currentLang() === 'en' ? 'guide.en.html' : 'guide.html';
}

export function sessionEntryCard(onOpen: () => void): TemplateResult {
  return html`<section class="card session-entry" aria-labelledby="session-entry-heading">
    <h2 id="session-entry-heading">${t('session.entryTitle')}</h2>
    <p>${t('session.entryText')}</p>
    <button type="button" class="primary" id="open-setup" @click=${onOpen}>${t('session.setupTitle')}</button>
  </section>`;
}

export function compareEntryCard(onOpen: () => void): TemplateResult {
  return html`<section class="card" aria-labelledby="compare-entry-heading">
    <h2 id="compare-entry-heading">${t('compare.title')}</h2>
    <p>${t('compare.entryText')}</p>
    <button type="button" id="open-compare" @click=${onOpen}>${t('compare.open')}</button>
  </section>`;
}

export interface WorkbenchEntry {
  /** A file dropped on the card. */
  readonly dropped: (file: File) => void;
  /** The change event of the case file's input and of the tariff file's. */
  readonly pickedScenario: (event: Event) => void;
  readonly pickedTariff: (event: Event) => void;
  /** The starter case's link was followed. */
  readonly starter: () => void;
  /** What the workbench shows below the card's controls (kept files, the check). */
  readonly below?: TemplateResult | typeof nothing;
}

export function workbenchEntryCard(entry: WorkbenchEntry): TemplateResult {
  const drop = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) entry.dropped(file);
  };
  const starter = (event: Event): void => {
    event.preventDefault();
    entry.starter();
  };
  return html`<section
    class="card workbench"
    aria-labelledby="workbench-heading"
    @dragover=${(event: DragEvent) => event.preventDefault()}
    @drop=${drop}
  >
    <h2 id="workbench-heading">${t('workbench.title')}</h2>
    <p>${t('workbench.intro')}</p>
    <div class="row">
      <label for="scenario-file">${t('workbench.open')}</label>
      <input type="file" id="scenario-file" accept=".json,application/json" @change=${entry.pickedScenario} />
    </div>
    <div class="row">
      <label for="tariff-file">${t('workbench.tariff')}</label>
      <input type="file" id="tariff-file" accept=".json,application/json" @change=${entry.pickedTariff} />
    </div>
    <p class="hint">${t('workbench.drop')}</p>
    <p class="links">
      <a href="#workbench-heading" id="download-starter" @click=${starter}>${t('workbench.download')}</a>
      ·
      <a href=${guideHref()} id="workbench-guide" target="_blank" rel="noopener">${t('guideLink.workbench')}</a>
    </p>
    ${entry.below ?? nothing}
  </section>`;
}

/** The first visit's offer of the tutorial. */
export function coachOfferCard(accept: () => void, decline: () => void): TemplateResult {
  return html`<section class="card coach-offer" id="coach-offer" aria-labelledby="coach-offer-heading">
    <h2 id="coach-offer-heading">${t('coach.offer.title')}</h2>
    <p>${t('coach.offer.text')}</p>
    <div class="actions">
      <button type="button" class="primary" id="coach-accept" @click=${accept}>${t('coach.offer.accept')}</button>
      <button type="button" id="coach-decline" @click=${decline}>${t('coach.offer.decline')}</button>
    </div>
  </section>`;
}

/** The menu's button that plays the tutorial again, at any time. */
export function coachReplayButton(replay: () => void): TemplateResult {
  return html`<button type="button" class="link-button" id="coach-replay" @click=${replay}>${t('coach.replay')}</button>`;
}

/** The field to open a saved game's file, with what went wrong with the last one. */
export function saveFileField(picked: (event: Event) => void, problem: string | undefined): TemplateResult {
  return html`<div class="row save-file">
    <label for="save-file">${t('saveNotice.openFile')}</label>
    <input type="file" id="save-file" accept=".json,application/json" @change=${picked} />
    ${problem ? html`<p class="problem" id="save-file-problem" role="alert" tabindex="-1">${problem}</p>` : nothing}
  </div>`;
}
