/** What happened in a month, in sentences: for the run screen's list and the live announcements. */
import { APPROVAL_REQUESTED, type CaseEvent, type Scenario } from '../core';
import { local, t } from '../services/i18n';
import { interventionName } from './format';

/**
 * A rule template's step in words. A step that means something else in one template
 * (the incasso's summons is no eviction) has its own text; vroegsignalering reports the
 * bill it signals.
 */
function templateStepText(scenario: Scenario, id: string, detail: string): string | undefined {
  const kind = scenario.def.templates.find((x) => x.id === id)?.template;
  if (kind === 'vroegsignalering') {
    const at = scenario.index.billIndex.get(detail);
    const bill = at === undefined ? undefined : scenario.bills[at];
    return t('template.vroegsignalering', { bill: local(bill?.label) || detail });
  }
  const step = detail.replace(/:.*/, '');
  return (kind ? t(`templateStep.${kind}.${step}`, { defaultValue: '' }) : '') || t(`template.${step}`, { defaultValue: '' }) || undefined;
}

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
    case 'refused': {
      const refused = t('event.refused', { name: interventionName(scenario, id) });
      // A rule that refuses names its legal ground; a refusal by chance (an approval) has none.
      return detail ? `${refused} ${t(`refusal.${detail}`, { defaultValue: '' })}`.trim() : refused;
    }
    case 'arrears': {
      const at = scenario.index.billIndex.get(id);
      const bill = at === undefined ? undefined : scenario.bills[at];
      return t('event.arrears', { bill: local(bill?.label) || id });
    }
    case 'template':
      return detail ? templateStepText(scenario, id, detail) : undefined;
    case 'event':
    case 'message':
      return text
        ? local(text)
        : detail === APPROVAL_REQUESTED
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
