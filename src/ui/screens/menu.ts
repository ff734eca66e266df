/** The menu: cases, session code and mode, saved games, team comparison and the workbench. */
import { type Scenario } from '../../core';
import { VISIBILITY_MODES, checkSave, restoreActor, type VisibilityMode } from '../../engine';
import { local, t } from '../../services/i18n';
import { readSaves, removeSave } from '../../services/storage';
import { h } from '../dom';
import { localNode } from '../format';
import { compareSection } from '../compare';
import { workbenchSection } from '../workbench';
import type { ScreenContext } from './context';

/** The menu screen. */
export function menuScreen(ctx: ScreenContext): HTMLElement {
  const { library } = ctx;
  const playable = library.entries.filter((e) => e.scenario);
  const form = h('form', { class: 'card', id: 'start-form', 'aria-labelledby': 'start-heading' });
  const caseList = h('fieldset', {}, h('legend', {}, t('menu.chooseCase')));
  playable.forEach((entry, i) => {
    const s = entry.scenario as Scenario;
    const id = `case-${s.id}`;
    const doc = entry.doc;
    caseList.append(
      h(
        'div',
        { class: 'radio-card' },
        h('input', {
          type: 'radio',
          name: 'case',
          id,
          value: s.id,
          checked: i === 0,
          'aria-describedby': doc ? `${id}-summary` : undefined,
        }),
        h(
          'div',
          {},
          h(
            'label',
            { for: id },
            h('strong', {}, localNode(s.title)),
            h('span', { class: 'muted' }, t('menu.caseMeta', { months: s.months })),
          ),
          doc ? h('p', { class: 'summary', id: `${id}-summary` }, localNode(doc.summary)) : undefined,
          doc?.facilitation
            ? h('details', {}, h('summary', {}, t('menu.facilitation')), h('p', {}, localNode(doc.facilitation)))
            : undefined,
        ),
      ),
    );
  });
  const seed = h('input', { type: 'number', id: 'seed', name: 'seed', min: '1', max: '999999', value: '1', inputmode: 'numeric' });
  const mode = h('select', { id: 'mode', name: 'mode' }, ...VISIBILITY_MODES.map((m) => h('option', { value: m }, t(`mode.${m}`))));
  form.append(
    h('h2', { id: 'start-heading' }, t('menu.newCase')),
    caseList,
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'seed' }, t('menu.seed')),
      seed,
      h('p', { class: 'hint', id: 'seed-hint' }, t('menu.seedHint')),
    ),
    h('div', { class: 'row' }, h('label', { for: 'mode' }, t('menu.mode')), mode),
    h('button', { type: 'submit', class: 'primary' }, t('menu.start')),
  );
  seed.setAttribute('aria-describedby', 'seed-hint');
  // The trainer shows this link on the projector: every team opens the same case, code and mode.
  const link = h('output', { id: 'session-link', class: 'code', for: 'seed mode' });
  const updateLink = (): void => {
    const chosen = form.querySelector<HTMLInputElement>('input[name=case]:checked')?.value ?? '';
    const url = new URL(window.location.href);
    url.search = new URLSearchParams({
      scenario: chosen,
      seed: String(Math.max(1, Math.trunc(Number(seed.value)) || 1)),
      mode: mode.value,
    }).toString();
    link.textContent = url.toString();
  };
  form.addEventListener('change', updateLink);
  form.addEventListener('input', updateLink);
  form.append(h('p', { class: 'hint' }, t('menu.sessionLink')), link);
  updateLink();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name=case]:checked')?.value;
    const scenario = playable.find((e) => e.scenario?.id === chosen)?.scenario;
    if (!scenario) return;
    const seedValue = Math.max(1, Math.min(999999, Math.trunc(Number(seed.value)) || 1));
    ctx.hub.start(scenario, {
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: seedValue,
      mode: mode.value as VisibilityMode,
    });
  });

  const saves = h('section', { class: 'card', 'aria-labelledby': 'saves-heading' }, h('h2', { id: 'saves-heading' }, t('menu.saved')));
  const list = h('ul', { class: 'plain' });
  for (const entry of readSaves()) {
    const checked = entry.broken ? undefined : checkSave(entry.data, library.lookup);
    if (!checked || 'problem' in checked) {
      list.append(
        h(
          'li',
          { class: 'problem' },
          t('menu.brokenSave', {
            key: entry.key,
            reason: t(`saveProblem.${checked && 'problem' in checked ? checked.problem : 'unreadable'}`),
          }),
          ' ',
          h('button', { type: 'button', onclick: () => (removeSave(entry.key), ctx.rerender()) }, t('menu.removeSave', { key: entry.key })),
        ),
      );
      continue;
    }
    const save = checked.save;
    const scenario = library.lookup(save.scenarioId, save.scenarioVersion);
    if (!scenario) continue;
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              try {
                ctx.hub.adopt(restoreActor(ctx.machine, save, library.lookup), scenario);
              } catch {
                ctx.announce(t('menu.restoreFailed'));
              }
            },
          },
          t('menu.resume', { title: local(scenario.title), month: save.month, phase: t(`phase.${save.phase}`) }),
        ),
      ),
    );
  }
  if (list.childElementCount === 0) list.append(h('li', { class: 'muted' }, t('menu.noSaves')));
  saves.append(list);

  const problems = library.problems.filter((p) => p.severity === 'error');
  const problemBox =
    problems.length > 0
      ? h(
          'section',
          { class: 'card problem', role: 'alert' },
          h('h2', {}, t('menu.libraryProblems')),
          h('ul', {}, ...problems.slice(0, 10).map((p) => h('li', {}, `${p.file}:${p.position.line}:${p.position.column} ${p.code}`))),
        )
      : undefined;

  return h(
    'div',
    { class: 'screen menu' },
    h('h1', {}, t('app.title')),
    h('p', { class: 'lead' }, t('menu.intro')),
    problemBox,
    h('div', { class: 'grid' }, form, saves),
    compareSection(library, ctx.rerender),
    workbenchSection(library, ctx.hub, ctx.rerender),
  );
}
