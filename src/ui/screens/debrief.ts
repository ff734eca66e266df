/** The debrief: decisions and what they caused, the best route, questions and the result code. */
import { PAYER_IDS, type Divergence, type Decision, type Scenario } from '../../core';
import { resultCode, whatIf, type HubView } from '../../engine';
import { formatDecimal, local, t } from '../../services/i18n';
import { removeSave } from '../../services/storage';
import { h } from '../dom';
import { localNode, money, monthLabel, payerName } from '../format';
import { bestRouteFor, householdDoc, type ScreenContext } from './context';

/** A decision in words, for the timeline. */
function decisionLabel(scenario: Scenario, d: Decision): string {
  if (d.type === 'choose') {
    const point = scenario.decisionPoints.find((p) => p.id === d.point);
    return t('debrief.chose', { option: local(point?.options.find((o) => o.id === d.option)?.label) || d.option });
  }
  const name = local(scenario.interventions.find((i) => i.id === d.intervention)?.label) || d.intervention;
  return t(d.type === 'start' ? 'debrief.started' : 'debrief.stopped', { name });
}

/** Where the route without this decision parts from the trainee's: per payer and per ZRM domain. */
function whatIfDetails(scenario: Scenario, divergence: Divergence): HTMLElement | undefined {
  const payers = PAYER_IDS.filter((p) => divergence.byPayer[p] !== undefined);
  if (payers.length === 0 && divergence.zrm.length === 0) return undefined;
  const memberName = (id: string): string => scenario.members.find((m) => m.id === id)?.name ?? id;
  return h(
    'details',
    {},
    h('summary', {}, t('debrief.whatIf')),
    h(
      'ul',
      {},
      ...payers.map((p) =>
        h(
          'li',
          {},
          t('debrief.payerDelta', {
            payer: payerName(p),
            amount: money(Math.abs(divergence.byPayer[p] ?? 0)),
            direction: t((divergence.byPayer[p] ?? 0) > 0 ? 'debrief.more' : 'debrief.less'),
          }),
        ),
      ),
      ...divergence.zrm.map((z) =>
        h(
          'li',
          {},
          t('debrief.zrmDelta', {
            member: memberName(z.member),
            domain: t(`domain.${z.domain}`),
            delta: z.delta > 0 ? `+${z.delta}` : String(z.delta),
          }),
        ),
      ),
    ),
  );
}

/** The debrief screen. */
export function debriefScreen(view: HubView, ctx: ScreenContext): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const { seed, mode, decisions } = snapshot.context;
  const timeline = h('ol', { class: 'timeline' });
  decisions.forEach((d, k) => {
    const alt = whatIf(scenario, seed, mode, decisions, k, []);
    const delta = alt.divergence.societyCost;
    timeline.append(
      h(
        'li',
        {},
        h('strong', {}, `${monthLabel(scenario, d.month)}: `),
        decisionLabel(scenario, d),
        h(
          'p',
          { class: 'muted' },
          alt.divergence.firstMonth === undefined
            ? t('debrief.noEffect')
            : delta === 0
              ? t('debrief.onlyTransfers', { month: monthLabel(scenario, alt.divergence.firstMonth) })
              : t('debrief.without', {
                  delta: money(Math.abs(delta)),
                  direction: t(delta > 0 ? 'debrief.more' : 'debrief.less'),
                  month: monthLabel(scenario, alt.divergence.firstMonth),
                }),
        ),
        whatIfDetails(scenario, alt.divergence),
      ),
    );
  });
  if (decisions.length === 0) timeline.append(h('li', {}, t('debrief.noDecisions')));
  const best = bestRouteFor(scenario, seed, mode);
  const doc = householdDoc(view);
  const code = resultCode(scenario, seed, mode, decisions);
  return h(
    'div',
    { class: 'screen debrief' },
    h('h2', {}, t('debrief.title')),
    h('section', { 'aria-labelledby': 'timeline-heading' }, h('h3', { id: 'timeline-heading' }, t('debrief.timeline')), timeline),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'best-heading' },
      h('h3', { id: 'best-heading' }, t('debrief.best')),
      h(
        'p',
        {},
        t('debrief.bestText', {
          cost: money(best.result.totals.societyCost),
          zrm: formatDecimal(best.result.zrmAfter, 2),
          method: t(`debrief.method.${best.method}`),
        }),
      ),
      h('ul', {}, ...best.route.map((d) => h('li', {}, `${monthLabel(scenario, d.month)}: ${decisionLabel(scenario, d)}`))),
    ),
    h(
      'section',
      { 'aria-labelledby': 'questions-heading' },
      h('h3', { id: 'questions-heading' }, t('debrief.questions')),
      h('ol', {}, ...(doc?.debrief ?? []).map((q) => h('li', {}, localNode(q.question)))),
    ),
    h(
      'section',
      { class: 'card' },
      h('h3', {}, t('debrief.code')),
      h('p', {}, t('debrief.codeText')),
      h('output', { id: 'result-code', class: 'code' }, code),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'back-outcome', onclick: () => actor.send({ type: 'trainee.backToOutcome' }) }, t('debrief.back')),
      h(
        'button',
        { type: 'button', class: 'primary', id: 'new-case', onclick: () => (removeSave(scenario.id), ctx.hub.stop()) },
        t('debrief.newCase'),
      ),
    ),
  );
}
