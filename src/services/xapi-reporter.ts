/** Reports each case moment to the configured learning record store as an xAPI statement. */
import type { HubView } from '../engine';
import { attemptFor, learnerId, randomUuid } from './attempts';
import { caseOutcomeOf, platformScore } from './case-result';
import type { CaseMoment } from './case-watch';
import { currentLang } from './i18n';
import type { XapiSettings } from './platform-config';
import { caseCompleted, caseStarted, decisionMade, languageMap, type Attempt, type DecisionFact, type Learner } from './xapi';
import { StatementQueue } from './xapi-queue';

export interface XapiReporter {
  readonly report: (moment: CaseMoment) => void;
}

/** Builds the reporter; statements go to `settings.endpoint` and nowhere else. */
export function xapiReporter(settings: XapiSettings): XapiReporter {
  const store = storage();
  const queue = new StatementQueue({
    endpoint: settings.endpoint,
    ...(settings.authorization ? { authorization: settings.authorization } : {}),
    ...(store ? { storage: store } : {}),
  });
  // The game's own address is the activities' base and, unless configured, the accounts' homePage.
  const base = new URL('./', window.location.href).href;
  const learner: Learner = {
    id: learnerId(),
    homePage: settings.homePage ?? window.location.origin,
    ...(settings.team ? { team: settings.team } : {}),
  };
  const attempts = new Map<HubView['actor'], { attempt: Attempt; startedAt: number }>();
  const stamp = () => ({ id: randomUuid(), timestamp: new Date().toISOString() });

  window.addEventListener('online', () => queue.flushSoon());
  window.addEventListener('pagehide', () => void queue.flush({ keepalive: true }));
  // What an earlier visit could not send goes first.
  if (queue.pending().length > 0) queue.flushSoon();

  const report = (moment: CaseMoment): void => {
    const { view } = moment;
    const context = view.snapshot.context;
    if (moment.type === 'started') {
      const record = attemptFor(view.scenario.id, context.seed, moment.resumed, Date.now());
      const attempt: Attempt = {
        activityBase: base,
        caseId: view.scenario.id,
        caseVersion: view.scenario.version,
        title: view.scenario.title,
        registration: record.registration,
        seed: context.seed,
        mode: context.mode,
        lang: currentLang(),
      };
      attempts.set(view.actor, { attempt, startedAt: record.startedAt });
      queue.add(caseStarted(learner, attempt, stamp(), moment.resumed ? 'resumed' : 'initialized'));
      return;
    }
    const known = attempts.get(view.actor);
    if (!known) return;
    const attempt = { ...known.attempt, lang: currentLang() };
    if (moment.type === 'decided') {
      const fact = decisionFact(view, moment.index);
      if (fact) queue.add(decisionMade(learner, attempt, stamp(), fact));
      return;
    }
    const outcome = caseOutcomeOf(view);
    const score = platformScore(outcome);
    queue.add(
      caseCompleted(learner, attempt, stamp(), {
        ...score,
        durationMs: Date.now() - known.startedAt,
        extensions: {
          'zrm-before': round2(outcome.zrmBefore),
          'zrm-after': round2(outcome.zrmAfter),
          decisions: outcome.decisions,
          'society-cost-cents': outcome.societyCost,
        },
      }),
    );
  };
  return { report };
}

/** The decision at `index` of the view's log, with its label from the scenario. */
function decisionFact(view: HubView, index: number): DecisionFact | undefined {
  const decision = view.snapshot.context.decisions[index];
  if (!decision) return undefined;
  if (decision.type === 'choose') {
    const point = view.scenario.decisionPoints.find((p) => p.id === decision.point);
    return { ...decision, label: languageMap(point?.prompt ?? { nl: decision.point }) };
  }
  const intervention = view.scenario.interventions.find((i) => i.id === decision.intervention);
  return { ...decision, label: languageMap(intervention?.label ?? { nl: decision.intervention }) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
