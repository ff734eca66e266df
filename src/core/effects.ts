import { clearFlag, book, note, setFlag, setScore, type StepContext } from './context';
import { ALL_ADULTS, ALL_MEMBERS, type Cause, type DebtState, type Effect } from './model';
import { memberAge } from './state';

/** Starts an intervention now (after its waiting time), unless it already runs. */
export function startIntervention(ctx: StepContext, id: string, cause: Cause): void {
  const def = ctx.index.interventions.get(id);
  if (!def) return;
  const { state, month } = ctx;
  if (state.running.some((r) => r.id === id)) return;
  const startMonth = month + def.waitingMonths;
  const firstTimed = def.timedMonths[0];
  state.running.push({
    id: def.id,
    slot: def.slot,
    startMonth,
    endMonth: def.durationMonths === undefined ? undefined : startMonth + def.durationMonths,
    nextTimedMonth: firstTimed === undefined ? undefined : startMonth + firstTimed,
    cause,
  });
  for (const other of def.excludes) stopIntervention(ctx, other, cause);
  note(ctx, 'started', id, cause.id);
  applyEffects(ctx, def.onStart, def.cause);
}

/** Stops a running or waiting intervention and applies what its ending does. */
export function stopIntervention(ctx: StepContext, id: string, cause: Cause): void {
  const { state } = ctx;
  const at = state.running.findIndex((r) => r.id === id);
  const pendingAt = state.pending.findIndex((p) => p.id === id);
  if (pendingAt >= 0) state.pending.splice(pendingAt, 1);
  if (at < 0) return;
  state.running.splice(at, 1);
  note(ctx, 'stopped', id, cause.id);
  const def = ctx.index.interventions.get(id);
  if (def) applyEffects(ctx, def.onEnd, def.cause);
}

/** True when the effect's member reference covers the member at this position this month (`named`: the position the reference names). */
function covers(ctx: StepContext, ref: string, named: number | undefined, slot: number): boolean {
  if (ref === ALL_MEMBERS) return true;
  if (ref === ALL_ADULTS) return (memberAge(ctx.index, slot, ctx.month) ?? 0) >= 18;
  return named === slot;
}

/** Lowers what the household owes one creditor by an amount paid to it, oldest debts first. */
export function reduceDebts(ctx: StepContext, creditor: string, amount: number): void {
  let left = amount;
  let cleared = false;
  for (const debt of ctx.state.debts) {
    if (left <= 0) break;
    if (debt.creditor !== creditor) continue;
    const paid = Math.min(left, debt.amount);
    debt.amount -= paid;
    left -= paid;
    if (debt.amount === 0) cleared = true;
  }
  if (cleared) ctx.state.debts = ctx.state.debts.filter((d) => d.amount > 0);
}

/** The household pays a whole debt from its cash when it has enough: a template's "pays as soon as possible". */
export function payInFullWhenPossible(ctx: StepContext, debt: DebtState, templateId: string, cause: Cause): boolean {
  const { state } = ctx;
  if (state.cash < debt.amount) return false;
  state.debts.splice(state.debts.indexOf(debt), 1);
  book(ctx, 'huishouden', debt.creditor, debt.amount, 'transfer', cause);
  note(ctx, 'template', templateId, 'paid');
  return true;
}

/** Applies effects in order; each one's ledger entries carry the given cause. */
export function applyEffects(ctx: StepContext, effects: readonly Effect[], cause: Cause): void {
  for (const effect of effects) applyEffect(ctx, effect, cause);
}

function applyEffect(ctx: StepContext, effect: Effect, cause: Cause): void {
  const { state } = ctx;
  switch (effect.type) {
    case 'zrm': {
      const members = state.members;
      const named = effect.member === ALL_MEMBERS || effect.member === ALL_ADULTS ? undefined : ctx.index.memberIndex.get(effect.member);
      for (let slot = 0; slot < members.length; slot += 1) {
        const member = members[slot];
        if (!member || !covers(ctx, effect.member, named, slot)) continue;
        const score = member.zrm[effect.domain];
        if (score !== undefined) setScore(state, member, effect.domain, score + effect.delta);
      }
      return;
    }
    case 'setFlag':
      setFlag(ctx, effect.flag);
      return;
    case 'clearFlag':
      clearFlag(ctx, effect.flag);
      return;
    case 'addDebt': {
      const existing = state.debts.find((d) => d.id === effect.debt.id);
      if (existing) {
        existing.amount += effect.debt.amount;
        existing.original += effect.debt.amount;
      } else {
        state.debts.push({
          id: effect.debt.id,
          creditor: effect.debt.creditor,
          label: effect.debt.label,
          amount: effect.debt.amount,
          original: effect.debt.amount,
          sinceMonth: ctx.month,
          stage: 0,
        });
      }
      return;
    }
    case 'setIncome': {
      const income = state.incomes[ctx.index.incomeIndex.get(effect.income) ?? -1];
      if (!income) return;
      if (effect.monthly !== undefined) income.monthly = effect.monthly;
      if (effect.active !== undefined) income.active = effect.active;
      return;
    }
    case 'setBill': {
      const bill = state.bills[ctx.index.billIndex.get(effect.bill) ?? -1];
      if (!bill) return;
      if (effect.monthly !== undefined) bill.monthly = effect.monthly;
      if (effect.active !== undefined) bill.active = effect.active;
      return;
    }
    case 'book':
      book(ctx, effect.from, effect.to, effect.amount, effect.kind, cause, effect.price);
      return;
    case 'startIntervention':
      startIntervention(ctx, effect.intervention, cause);
      return;
    case 'stopIntervention':
      stopIntervention(ctx, effect.intervention, cause);
      return;
    case 'sellAsset': {
      const at = state.assets.indexOf(effect.asset);
      if (at < 0) return;
      state.assets.splice(at, 1);
      const slot = ctx.index.slots.assets.get(effect.asset);
      if (slot !== undefined) state.bits[slot] = 0;
      const asset = ctx.index.assets.get(effect.asset);
      if (!asset) return;
      book(ctx, 'huishouden', effect.to, asset.value, 'transfer', cause, undefined, false);
      reduceDebts(ctx, effect.to, asset.value);
      return;
    }
    case 'payDebt': {
      const at = state.debts.findIndex((d) => d.id === effect.debt);
      const debt = state.debts[at];
      if (!debt) return;
      state.debts.splice(at, 1);
      book(ctx, effect.by, debt.creditor, debt.amount, 'transfer', cause);
      return;
    }
    case 'payArrears': {
      const at = ctx.index.billIndex.get(effect.bill) ?? -1;
      const bill = state.bills[at];
      const def = ctx.scenario.bills[at];
      if (!bill || !def || bill.arrears === 0) return;
      const amount = bill.arrears;
      bill.arrears = 0;
      bill.arrearsMonths = 0;
      book(ctx, effect.by, def.payee, amount, 'transfer', cause, undefined, effect.by === 'huishouden');
      return;
    }
    case 'endCase':
      state.ended = true;
      if (effect.epilogue !== undefined) state.epilogue = effect.epilogue;
      note(ctx, 'caseEnded', cause.id);
      return;
    case 'message':
      note(ctx, 'message', cause.id, undefined, effect.text);
      return;
  }
}
