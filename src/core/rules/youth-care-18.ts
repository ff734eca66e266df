import { note, setFlag, type StepContext } from '../context';
import { stopIntervention } from '../effects';
import { ageAt } from '../state';

/**
 * Youth care ends at 18. Verlengde jeugdhulp up to 23 is possible only when the help
 * was started or decided before the 18th birthday, or is needed again within half a
 * year after it ended (Jeugdwet art. 1.1).
 */
export interface YouthCare18Params {
  readonly member: string;
  readonly interventions: readonly string[];
  readonly extension?: string | undefined;
}

export const YOUTH_CARE_18_LAW = 'Jeugdwet art. 1.1 (verlengde jeugdhulp)';

/** Ends youth care at 18 and refuses an extension asked for outside the legal time frame. */
export function bindYouthCare18(id: string, p: YouthCare18Params): (ctx: StepContext) => void {
  const keyEnded = `${id}:ended`;
  const keyExtensionChecked = `${id}:extension-checked`;
  const cause = { type: 'template' as const, id };
  return (ctx) => {
    const { state, month, scenario } = ctx;
    const endedAt = state.marks[keyEnded];
    if (p.extension !== undefined && state.marks[keyExtensionChecked] === undefined) {
      const extension = state.running.find((r) => r.id === p.extension);
      const def = ctx.index.interventions.get(p.extension);
      if (extension && def) {
        const decided = extension.startMonth - def.waitingMonths;
        const ageWhenDecided = ageAt(scenario, p.member, decided) ?? 99;
        const withinHalfYear = endedAt !== undefined && decided - endedAt <= 6;
        if (ageWhenDecided < 18 || withinHalfYear) {
          state.marks[keyExtensionChecked] = month;
        } else {
          stopIntervention(ctx, p.extension, cause);
          note(ctx, { type: 'refused', id: p.extension, detail: 'jeugdwet-1.1' });
        }
      }
    }
    const age = ageAt(scenario, p.member, month);
    if (age === undefined || age < 18 || endedAt !== undefined) return;
    state.marks[keyEnded] = month;
    for (const intervention of p.interventions) stopIntervention(ctx, intervention, cause);
    const extended = p.extension !== undefined && state.running.some((r) => r.id === p.extension);
    if (!extended) setFlag(state, `jeugdhulp-gestopt:${p.member}`);
    note(ctx, { type: 'template', id, detail: extended ? 'extended' : 'ended-at-18' });
  };
}
