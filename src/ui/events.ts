/** What happened in a month, in sentences: for the run screen's list and the live announcements. */
import type { CaseEvent, Scenario } from '../core';
import { local, t } from '../services/i18n';
import { interventionName } from './format';

/** A sentence for one event, or undefined for events the trainee is not told about. */
export function eventText(scenario: Scenario, event: CaseEvent): string | undefined {
  const { type, id, detail, text } = event;
  switch (type) {
    case 'started':
      return t('event.started', { name: interventionName(scenario, id) });
    case 'stopped':
      return t('event.stopped', { name: interventionName(scenario, id) });
    case 'approved':
      return t('event.approved', { name: interventionName(scenario, id) });
    case 'refused':
      return t('event.refused', { name: interventionName(scenario, id) });
    case 'arrears': {
      const at = scenario.index.billIndex.get(id);
      const bill = at === undefined ? undefined : scenario.bills[at];
      return t('event.arrears', { bill: local(bill?.label) || id });
    }
    case 'template':
      return detail ? t(`template.${detail.replace(/:.*/, '')}`, { defaultValue: '' }) || undefined : undefined;
    case 'event':
    case 'message':
      return text
        ? local(text)
        : detail === 'approval-requested'
          ? t('event.requested', { name: interventionName(scenario, id) })
          : undefined;
    case 'decisionRequired':
      return t('event.decision');
    default:
      return undefined;
  }
}

/** The sentences for a month's events, in order. */
export function eventTexts(scenario: Scenario, events: readonly CaseEvent[]): string[] {
  return events.map((e) => eventText(scenario, e)).filter((x): x is string => x !== undefined);
}
