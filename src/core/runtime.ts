/**
 * Builds the runtime scenario from its definition, once: lookups, the order bills
 * are paid in, compiled conditions and bound templates. Nothing in the core builds
 * any of these lazily, so a month step only reads.
 */
import { compileCondition } from './conditions';
import { monthIndexOf } from './dates';
import type {
  BoundTemplate,
  Cause,
  DecisionPoint,
  Epilogue,
  Intervention,
  Scenario,
  ScenarioDef,
  ScenarioIndex,
  StateSlots,
  TemplateInstance,
} from './model';
import { payerSlot } from './ledger';
import { bindTemplate, type TemplateId } from './rules';
import { monthlyAmount } from './step';
import { ageOfMember } from './state';
import { ZRM_DOMAINS } from './zrm';

function cause(type: Cause['type'], id: string): Cause {
  return Object.freeze({ type, id });
}

function bound<K extends TemplateId>(instance: TemplateInstance<K>, index: ScenarioIndex): BoundTemplate {
  return { id: instance.id, template: instance.template, ...bindTemplate(instance.template, instance.id, instance.params, index) };
}

/** Numbers flags, assets and one-off keys as they are first asked for while a scenario is built. */
class Slots implements StateSlots {
  readonly flags = new Map<string, number>();
  readonly assets = new Map<string, number>();
  readonly fireds = new Map<string, number>();
  count = 0;
  markCount = 0;
  private readonly marks = new Map<string, number>();

  private slotIn(map: Map<string, number>, key: string): number {
    let slot = map.get(key);
    if (slot === undefined) {
      slot = this.count;
      this.count += 1;
      map.set(key, slot);
    }
    return slot;
  }

  flag(name: string): number {
    return this.slotIn(this.flags, name);
  }

  asset(id: string): number {
    return this.slotIn(this.assets, id);
  }

  fired(key: string): number {
    return this.slotIn(this.fireds, key);
  }

  mark(key: string): number {
    let slot = this.marks.get(key);
    if (slot === undefined) {
      slot = this.markCount;
      this.markCount += 1;
      this.marks.set(key, slot);
    }
    return slot;
  }
}

/** The runtime scenario for a definition. */
export function buildScenario(def: ScenarioDef): Scenario {
  const startMonthIndex = monthIndexOf(def.start);
  const interventionMap = new Map<string, Intervention>();
  const decisionPointMap = new Map<string, DecisionPoint>();
  const epilogueMap = new Map<string, Epilogue>();
  const slots = new Slots();
  for (const asset of def.assets) slots.asset(asset.id);
  const index: ScenarioIndex = {
    interventions: interventionMap,
    interventionIndex: new Map(def.interventions.map((i, at) => [i.id, at])),
    scoredDomains: def.members.map((m) => ZRM_DOMAINS.filter((d) => m.zrm[d] !== undefined)),
    scoredCount: def.members.reduce((n, m) => n + ZRM_DOMAINS.filter((d) => m.zrm[d] !== undefined).length, 0),
    zrmSumAtStart: def.members.reduce((sum, m) => sum + Object.values(m.zrm).reduce((s, v) => s + v, 0), 0),
    members: new Map(def.members.map((m) => [m.id, m])),
    memberIndex: new Map(def.members.map((m, i) => [m.id, i])),
    memberDefs: def.members,
    ages: def.members.map((m) => Array.from({ length: def.months + 1 }, (_, month) => ageOfMember(m, startMonthIndex, month))),
    billIndex: new Map(def.bills.map((b, i) => [b.id, i])),
    incomeIndex: new Map(def.incomes.map((b, i) => [b.id, i])),
    assets: new Map(def.assets.map((a) => [a.id, a])),
    decisionPoints: decisionPointMap,
    epilogues: epilogueMap,
    startMonthIndex,
    slots,
    months: def.months,
  };
  // Each kind of object is made by one literal with every field, so all of a kind share one shape (see `Filled`).
  const interventions = def.interventions.map((i, slot): Intervention => ({
    id: i.id,
    label: i.label,
    description: i.description,
    payer: i.payer,
    kind: i.kind,
    to: i.to,
    unit: i.unit,
    price: i.price,
    priceRef: i.priceRef,
    dosage: i.dosage,
    durationMonths: i.durationMonths,
    waitingMonths: i.waitingMonths,
    wijkteamHours: i.wijkteamHours,
    ownContribution: i.ownContribution,
    available: i.available ? compileCondition(i.available, index) : undefined,
    onStart: i.onStart,
    timed: i.timed,
    onEnd: i.onEnd,
    breakthrough: i.breakthrough,
    automatic: i.automatic,
    excludes: i.excludes,
    prop: i.prop,
    slot,
    payerSlot: payerSlot(i.payer),
    toSlot: payerSlot(i.to),
    contributionSlot: i.ownContribution ? payerSlot(i.ownContribution.to) : -1,
    monthAmount: monthlyAmount(i, 0, 0),
    oneOff: i.unit === 'once' || i.unit === 'traject',
    cause: cause('intervention', i.id),
    timedMonths: [...new Set(i.timed.map((t) => t.afterMonths))].sort((a, b) => a - b),
  }));
  for (const i of interventions) interventionMap.set(i.id, i);
  const decisionPoints = def.decisionPoints.map((p): DecisionPoint => ({
    id: p.id,
    prompt: p.prompt,
    options: p.options,
    defaultOption: p.defaultOption,
    when: compileCondition(p.when, index),
    key: `point:${p.id}`,
    slot: slots.fired(`point:${p.id}`),
    optionById: new Map(p.options.map((o) => [o.id, o])),
  }));
  for (const p of decisionPoints) decisionPointMap.set(p.id, p);
  const epilogues = def.epilogues.map((e): Epilogue => ({
    id: e.id,
    text: e.text,
    ...(e.when ? { when: compileCondition(e.when, index) } : {}),
  }));
  for (const e of epilogues) epilogueMap.set(e.id, e);
  const templates = def.templates.map((t) => bound(t, index));
  return {
    ...def,
    def,
    interventions,
    incomes: def.incomes.map((i) => ({
      id: i.id,
      label: i.label,
      kind: i.kind,
      payer: i.payer,
      member: i.member,
      monthly: i.monthly,
      active: i.active,
    })),
    bills: def.bills.map((b) => ({
      id: b.id,
      label: b.label,
      payee: b.payee,
      monthly: b.monthly,
      priority: b.priority,
      active: b.active,
      booked: b.booked,
      arrears: b.arrears,
    })),
    rules: def.rules.map((r) => ({
      id: r.id,
      then: r.then,
      repeat: r.repeat,
      law: r.law,
      when: compileCondition(r.when, index),
      key: `rule:${r.id}`,
      slot: slots.fired(`rule:${r.id}`),
      cause: cause('rule', r.id),
    })),
    events: def.events.map((e) => ({
      id: e.id,
      chance: e.chance,
      repeat: e.repeat,
      effects: e.effects,
      message: e.message,
      when: compileCondition(e.when, index),
      key: `event:${e.id}`,
      slot: slots.fired(`event:${e.id}`),
      cause: cause('event', e.id),
    })),
    decisionPoints,
    epilogues,
    templates: { income: templates.filter((t) => t.phase === 'income'), settle: templates.filter((t) => t.phase === 'settle') },
    index,
    billOrder: def.bills.map((_, i) => i).sort((a, b) => (def.bills[a]?.priority ?? 0) - (def.bills[b]?.priority ?? 0) || a - b),
    incomeCauses: def.incomes.map((i) => cause('income', i.id)),
    billCauses: def.bills.map((b) => cause('bill', b.id)),
    incomePayerSlots: def.incomes.map((i) => payerSlot(i.payer)),
    billPayeeSlots: def.bills.map((b) => payerSlot(b.payee)),
  };
}
