/**
 * Saves the player can see go wrong: when the browser's storage is full (or blocked)
 * a notice says so at once, in view and through a live region, with the ways out:
 * download the game as a file, or free space by removing other saved games. And the
 * words for a save that cannot be resumed, naming what is wrong with it.
 */
import './summary.css';
import { html, render, nothing, type TemplateResult } from 'lit-html';
import type { Scenario } from '../core';
import { inspectSave, type SaveDetail, type SaveGame, type SaveProblem } from '../engine';
import { onLanguageChanged, t } from '../services/i18n';
import { readSaves, removeSave, saveSize, type WriteResult } from '../services/storage';
import { downloadText } from './download';
import { saveFileField } from './entry-cards';
import type { ScreenContext } from './screens/context';

/** Why a save cannot be resumed, in words that name what is wrong. */
export function saveProblemText(problem: SaveProblem | 'unreadable', detail: SaveDetail = {}): string {
  // Each problem has a message that names the field, case, month or help when the check says which.
  if (problem === 'unreadable' || problem === 'notAnObject' || Object.keys(detail).length === 0) return t(`saveProblem.${problem}`);
  const field = typeof detail.field === 'string' ? t(`saveProblem.field.${detail.field}`) : '';
  return t(`saveProblem.named.${problem}`, { ...detail, field });
}

/** A save as a file the player keeps and can open again from the menu. */
export function downloadSave(slot: string, save: unknown): void {
  const day = new Date().toISOString().slice(0, 10);
  downloadText(`wie-betaalt-${slot}-${day}.json`, `${JSON.stringify(save, null, 2)}\n`, 'application/json');
}

/**
 * The menu's way to open a downloaded save: the file is checked like a stored save;
 * a good one is resumed, a bad one is named and never resumed.
 */
export function saveFileControl(ctx: ScreenContext, resume: (save: SaveGame, scenario: Scenario) => boolean): TemplateResult {
  const open = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text()) as unknown;
    } catch {
      data = undefined;
    }
    const checked = data === undefined ? undefined : inspectSave(data, ctx.library.lookup);
    const scenario = checked && 'save' in checked ? ctx.library.lookup(checked.save.scenarioId, checked.save.scenarioVersion) : undefined;
    if (checked && 'save' in checked && scenario && resume(checked.save, scenario)) {
      ctx.state.saveFileProblem = undefined;
      return;
    }
    const reason =
      checked === undefined
        ? saveProblemText('unreadable')
        : 'problem' in checked
          ? saveProblemText(checked.problem, checked.detail)
          : t('menu.restoreFailed');
    ctx.state.saveFileProblem = t('saveNotice.fileProblem', { name: file.name, reason });
    ctx.rerender();
    document.getElementById('save-file-problem')?.focus();
  };
  return saveFileField((event: Event) => void open(event), ctx.state.saveFileProblem);
}

export interface SaveNotice {
  /** A save of this slot failed: show the notice (or update it with the newest save). */
  readonly failed: (why: Exclude<WriteResult, 'saved'>, slot: string, save: unknown, retry: () => WriteResult) => void;
  /** A save of this slot worked again: the notice says so and can be closed. */
  readonly saved: (slot: string) => void;
}

interface Failure {
  why: Exclude<WriteResult, 'saved'>;
  slot: string;
  save: unknown;
  retry: () => WriteResult;
  /** True once a later save went through. */
  resolved: boolean;
}

/** Mounts the notice (hidden until a save fails) at the end of the page, outside the screens. */
export function mountSaveNotice(): SaveNotice {
  const host = document.createElement('div');
  host.id = 'save-notice-host';
  document.body.append(host);
  // The live region is in the page before its text changes, so a screen reader speaks it.
  const live = document.createElement('div');
  live.id = 'save-status';
  live.setAttribute('role', 'alert');
  live.className = 'visually-hidden';
  document.body.append(live);
  let failure: Failure | undefined;

  const say = (text: string): void => {
    live.textContent = '';
    window.setTimeout(() => (live.textContent = text), 30);
  };

  const free = (slot: string): void => {
    removeSave(slot);
    if (!failure) return;
    const result = failure.retry();
    if (result === 'saved') {
      failure.resolved = true;
      say(t('saveNotice.savedNow'));
    } else say(t('saveNotice.stillFull'));
    draw();
  };

  const others = (): TemplateResult => {
    const current = failure?.slot;
    const list = readSaves().filter((entry) => entry.key !== current);
    if (list.length === 0) return html`<p>${t('saveNotice.noOthers')}</p>`;
    return html`<p>${t('saveNotice.freeSpace')}</p>
      <ul class="plain save-notice-others">
        ${list.map((entry) => {
          const data = entry.data as { scenarioId?: unknown; month?: unknown } | undefined;
          const name = typeof data?.scenarioId === 'string' ? data.scenarioId : entry.key;
          const month = typeof data?.month === 'number' ? data.month : undefined;
          const kb = Math.max(1, Math.round(saveSize(entry.key) / 1024));
          return html`<li>
            <button type="button" class="remove-other" @click=${() => free(entry.key)}>
              ${month === undefined ? t('saveNotice.removeBroken', { name, kb }) : t('saveNotice.remove', { name, month, kb })}
            </button>
          </li>`;
        })}
      </ul>`;
  };

  const close = (): void => {
    failure = undefined;
    draw();
    document.getElementById('screen')?.focus();
  };

  function draw(): void {
    if (!failure) {
      render(nothing, host);
      return;
    }
    const f = failure;
    render(
      html`<section class="save-notice ${f.resolved ? 'resolved' : ''}" id="save-notice" aria-labelledby="save-notice-title">
        <h2 id="save-notice-title" tabindex="-1">${f.resolved ? t('saveNotice.titleSaved') : t('saveNotice.title')}</h2>
        ${
          f.resolved
            ? html`<p>${t('saveNotice.savedNow')}</p>`
            : html`<p>${t(f.why === 'full' ? 'saveNotice.full' : 'saveNotice.unavailable')}</p>
                <p>${t('saveNotice.lost')}</p>`
        }
        <div class="actions">
          <button type="button" class="primary" id="download-save" @click=${() => downloadSave(f.slot, f.save)}>
            ${t('saveNotice.download')}
          </button>
          <button type="button" id="close-save-notice" @click=${close}>${t('saveNotice.close')}</button>
        </div>
        ${!f.resolved && f.why === 'full' ? others() : nothing}
      </section>`,
      host,
    );
  }
  onLanguageChanged(draw);

  return {
    failed: (why, slot, save, retry) => {
      const fresh = !failure || failure.resolved || failure.why !== why;
      failure = { why, slot, save, retry, resolved: false };
      draw();
      if (fresh) say(`${t('saveNotice.title')} ${t(why === 'full' ? 'saveNotice.full' : 'saveNotice.unavailable')}`);
    },
    saved: (slot) => {
      if (!failure || failure.slot !== slot || failure.resolved) return;
      failure.resolved = true;
      say(t('saveNotice.savedNow'));
      draw();
    },
  };
}
