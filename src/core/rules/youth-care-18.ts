import { getMark, isOn, note, setFlag, setMark, type StepContext } from '../context';
import { monthIndexOf } from '../dates';
import { stopIntervention } from '../effects';
import type { ScenarioIndex } from '../model';
import { ageAt } from '../state';

/**
 * Youth care ends at 18. Verlengde jeugdhulp, up to 23 at the latest, is possible only
 * when no voorliggende voorziening (Wmo, Zvw, Wlz) can give the help, and the help was
 * started or decided before the 18th birthday, or is needed again within half a year
 * after it ended (Jeugdwet art. 1.1, "jeugdige", onder 3°).
 */
export interface YouthCare18Params {
  readonly member: string;
  readonly interventions: readonly string[];
  readonly extension?: string | undefined;
  /** Flag meaning the Wmo, the Zvw or the Wlz can give the help: then the Jeugdwet does not. */
  readonly voorliggendFlag: string;
}

export const YOUTH_CARE_18_LAW = 'Jeugdwet art. 1.1 (verlengde jeugdhulp)';

/** The age at which verlengde jeugdhulp ends at the latest. */
export const EXTENSION_END_AGE = 23;

/** Ends youth care at 18, refuses an extension the law does not allow, and ends it at 23. */
export function bindYouthCare18(id: string, p: YouthCare18Params, index: ScenarioIndex): (ctx: StepContext) => void {
  const keyEnded = index.slots.mark(`${id}:ended`);
  const keyExtensionChecked = index.slots.mark(`${id}:extension-checked`);
  const keyExtensionEnded = index.slots.mark(`${id}:extension-ended`);
  const cause = { type: 'template' as const, id };
  const voorliggendSlot = index.slots.flag(p.voorliggendFlag);
  return (ctx) => {
    const { state, month, scenario } = ctx;
    const endedAt = getMark(state, keyEnded);
    const age = ageAt(scenario, p.member, month);
    if (p.extension !== undefined && getMark(state, keyExtensionChecked) === undefined) {
      const extension = state.running.find((r) => r.id === p.extension);
      const def = ctx.index.interventions.get(p.extension);
      if (extension && def) {
        const decided = extension.startMonth - def.waitingMonths;
        const ageWhenDecided = ageAt(scenario, p.member, decided) ?? 99;
        // Youth care ends in the month of the 18th birthday, which may lie before the case starts.
        const birth = ctx.index.members.get(p.member)?.birthDate;
        const endedMonth = birth ? monthIndexOf(birth) + 18 * 12 - ctx.index.startMonthIndex : endedAt;
        const withinHalfYear = endedMonth !== undefined && decided - endedMonth <= 6;
        const refusal =
          ageWhenDecided >= EXTENSION_END_AGE
            ? 'jeugdwet-1.1-23'
            : isOn(state, voorliggendSlot)
              ? 'jeugdwet-1.1-voorliggend'
              : ageWhenDecided < 18 || withinHalfYear
                ? undefined
                : 'jeugdwet-1.1';
        if (refusal === undefined) {
          setMark(state, keyExtensionChecked, month);
        } else {
          stopIntervention(ctx, p.extension, cause);
          note(ctx, 'refused', p.extension, refusal);
        }
      }
    }
    if (
      p.extension !== undefined &&
      age !== undefined &&
      age >= EXTENSION_END_AGE &&
      getMark(state, keyExtensionEnded) === undefined &&
      state.running.some((r) => r.id === p.extension)
    ) {
      setMark(state, keyExtensionEnded, month);
      stopIntervention(ctx, p.extension, cause);
      setFlag(ctx, `jeugdhulp-gestopt:${p.member}`);
      note(ctx, 'template', id, 'ended-at-23');
    }
    if (age === undefined || age < 18 || endedAt !== undefined) return;
    setMark(state, keyEnded, month);
    for (const intervention of p.interventions) stopIntervention(ctx, intervention, cause);
    const extended = p.extension !== undefined && state.running.some((r) => r.id === p.extension);
    if (!extended) setFlag(ctx, `jeugdhulp-gestopt:${p.member}`);
    note(ctx, 'template', id, extended ? 'extended' : 'ended-at-18');
  };
}
