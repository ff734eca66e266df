/**
 * Compiles a schema-valid scenario document into the core's model: euros become
 * cents, dates become calendar dates, catalogue entries and tariff overrides are
 * merged in, and every reference is checked. Problems carry JSON paths; the loader
 * adds file positions.
 */
import {
  type CompareOp,
  type Condition,
  type DecisionPointDef,
  type Effect,
  type InterventionDef,
  type MoneyMeasure,
  type PriceRef,
  type Route,
  type Scenario,
  type TemplateId,
  type ZrmDomain,
  type ZrmProfile,
  eurosToCents,
  parseIsoDate,
} from '../core';
import type { JsonPath } from './json';
import type { CatalogueDoc, CatalogueEntry, ScenarioDoc, TariffDoc } from './schema';
import { TEMPLATE_PARAM_SCHEMAS, TEMPLATE_REFERENCES } from './templates';
import { describeIssue } from './issues';
import { suggest } from './problems';

/** A problem found while compiling, before it has a file and a position. */
export interface CompileProblem {
  readonly path: JsonPath;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly params: Record<string, string | number>;
}

export interface CompileResult {
  readonly scenario?: Scenario;
  readonly problems: readonly CompileProblem[];
  /** Catalogue ids whose price came from the gemeente's tariff file. */
  readonly overridden: readonly string[];
}

type Kind = 'member' | 'bill' | 'income' | 'intervention' | 'asset' | 'debt' | 'point' | 'price' | 'epilogue' | 'catalogue';

const cents = (euros: number): number => eurosToCents(euros) ?? 0;

/** Compiles a scenario against a catalogue and, optionally, a gemeente's tariffs. */
export function compileScenario(doc: ScenarioDoc, catalogue: CatalogueDoc, tariff?: TariffDoc): CompileResult {
  const problems: CompileProblem[] = [];
  const problem = (
    path: JsonPath,
    code: string,
    params: Record<string, string | number> = {},
    severity: 'error' | 'warning' = 'error',
  ): void => {
    problems.push({ path, code, params, severity });
  };

  const prices = new Map<string, CatalogueEntry>(catalogue.prices.map((p) => [p.id, p]));
  const tariffs = new Map((tariff?.prices ?? []).map((p) => [p.id, p]));
  const overridden = new Set<string>();
  const known: Record<Kind, Set<string>> = {
    member: new Set(doc.household.members.map((m) => m.id)),
    bill: new Set(doc.household.bills.map((b) => b.id)),
    income: new Set(doc.household.incomes.map((i) => i.id)),
    intervention: new Set(doc.interventions.map((i) => i.id ?? i.use)),
    asset: new Set(doc.household.assets.map((a) => a.id)),
    debt: new Set(doc.household.debts.map((d) => d.id)),
    point: new Set(doc.decisionPoints.map((p) => p.id)),
    price: new Set(prices.keys()),
    epilogue: new Set(doc.epilogues.map((e) => e.id)),
    catalogue: new Set(prices.keys()),
  };
  // Debts that effects add later are legitimate references too.
  const addedDebts = new Set<string>();
  const scanAddedDebts = (effects: readonly { type: string; debt?: unknown }[]): void => {
    for (const e of effects)
      if (e.type === 'addDebt' && typeof e.debt === 'object' && e.debt && 'id' in e.debt) addedDebts.add(String(e.debt.id));
  };
  for (const i of doc.interventions) [i.onStart, i.onEnd, ...i.timed.map((t) => t.effects)].forEach(scanAddedDebts);
  doc.rules.forEach((r) => scanAddedDebts(r.then));
  doc.events.forEach((e) => scanAddedDebts(e.effects));
  doc.decisionPoints.forEach((p) => p.options.forEach((o) => scanAddedDebts(o.effects)));
  for (const id of addedDebts) known.debt.add(id);

  const ref = (kind: Kind, id: string, path: JsonPath): void => {
    if (known[kind].has(id)) return;
    const hint = suggest(id, known[kind]);
    problem(path, 'unknownReference', { kind, id, ...(hint ? { suggestion: hint } : {}) });
  };

  const duplicates = (items: readonly { id?: string | undefined; use?: string }[], path: JsonPath): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = item.id ?? item.use ?? '';
      if (seen.has(id)) problem([...path, i, item.id !== undefined ? 'id' : 'use'], 'duplicateId', { id });
      seen.add(id);
    });
  };
  duplicates(doc.household.members, ['household', 'members']);
  duplicates(doc.household.bills, ['household', 'bills']);
  duplicates(doc.household.incomes, ['household', 'incomes']);
  duplicates(doc.household.debts, ['household', 'debts']);
  duplicates(doc.household.assets, ['household', 'assets']);
  duplicates(doc.interventions, ['interventions']);
  duplicates(doc.templates, ['templates']);
  duplicates(doc.rules, ['rules']);
  duplicates(doc.events, ['events']);
  duplicates(doc.decisionPoints, ['decisionPoints']);

  const priceRefOf = (id: string, path: JsonPath): { amount: number; price: PriceRef } => {
    const entry = prices.get(id);
    if (!entry) {
      ref('price', id, path);
      return { amount: 0, price: { id, year: 0, source: '' } };
    }
    const override = tariffs.get(id);
    if (override) {
      overridden.add(id);
      return {
        amount: cents(override.amount),
        price: { id, year: override.year ?? tariff?.year ?? entry.year, source: override.source, overridden: true },
      };
    }
    return { amount: cents(entry.amount), price: { id, year: entry.year, source: entry.source } };
  };

  const condition = (input: unknown, path: JsonPath): Condition => {
    const c = input as Record<string, unknown>;
    if ('all' in c) return { all: (c.all as unknown[]).map((x, i) => condition(x, [...path, 'all', i])) };
    if ('any' in c) return { any: (c.any as unknown[]).map((x, i) => condition(x, [...path, 'any', i])) };
    if ('not' in c) return { not: condition(c.not, [...path, 'not']) };
    if ('flag' in c) return { flag: String(c.flag) };
    if ('owns' in c) {
      ref('asset', String(c.owns), [...path, 'owns']);
      return { owns: String(c.owns) };
    }
    if ('owes' in c) {
      ref('debt', String(c.owes), [...path, 'owes']);
      return { owes: String(c.owes) };
    }
    if ('active' in c) {
      ref('intervention', String(c.active), [...path, 'active']);
      return { active: String(c.active) };
    }
    if ('age' in c) {
      const age = c.age as { member: string; op: CompareOp; value: number };
      ref('member', age.member, [...path, 'age', 'member']);
      return { age };
    }
    if ('zrm' in c) {
      const zrm = c.zrm as { member: string; domain: ZrmDomain; op: CompareOp; value: number };
      ref('member', zrm.member, [...path, 'zrm', 'member']);
      return { zrm };
    }
    if ('money' in c) {
      const money = c.money as { of: MoneyMeasure; op: CompareOp; value: number };
      return { money: { ...money, value: cents(money.value) } };
    }
    if ('arrears' in c) {
      const arrears = c.arrears as { bill: string; op: CompareOp; months: number };
      ref('bill', arrears.bill, [...path, 'arrears', 'bill']);
      return { arrears };
    }
    const date = c.date as { op: CompareOp; value: string };
    return { date: { op: date.op, value: parseIsoDate(date.value) ?? { year: 1970, month: 1, day: 1 } } };
  };

  const memberRef = (member: string, path: JsonPath): void => {
    if (member !== '*' && member !== '*adults') ref('member', member, path);
  };

  const effect = (e: ScenarioDoc['rules'][number]['then'][number], path: JsonPath): Effect => {
    switch (e.type) {
      case 'zrm':
        memberRef(e.member, [...path, 'member']);
        return e;
      case 'setFlag':
      case 'clearFlag':
      case 'message':
        return e;
      case 'addDebt':
        return { type: 'addDebt', debt: { ...e.debt, amount: cents(e.debt.amount) } };
      case 'setIncome':
        ref('income', e.income, [...path, 'income']);
        return {
          type: 'setIncome',
          income: e.income,
          ...(e.monthly === undefined ? {} : { monthly: cents(e.monthly) }),
          ...(e.active === undefined ? {} : { active: e.active }),
        };
      case 'setBill':
        ref('bill', e.bill, [...path, 'bill']);
        return {
          type: 'setBill',
          bill: e.bill,
          ...(e.monthly === undefined ? {} : { monthly: cents(e.monthly) }),
          ...(e.active === undefined ? {} : { active: e.active }),
        };
      case 'book': {
        if (e.price !== undefined) {
          const priced = priceRefOf(e.price, [...path, 'price']);
          return {
            type: 'book',
            kind: e.kind,
            from: e.from,
            to: e.to,
            amount: Math.round(priced.amount * (e.quantity ?? 1)),
            price: priced.price,
          };
        }
        if (e.amount === undefined) problem(path, 'bookNeedsAmount');
        return { type: 'book', kind: e.kind, from: e.from, to: e.to, amount: cents(e.amount ?? 0) };
      }
      case 'startIntervention':
      case 'stopIntervention':
        ref('intervention', e.intervention, [...path, 'intervention']);
        return e;
      case 'sellAsset':
        ref('asset', e.asset, [...path, 'asset']);
        return e;
      case 'payDebt':
        ref('debt', e.debt, [...path, 'debt']);
        return e;
      case 'payArrears':
        ref('bill', e.bill, [...path, 'bill']);
        return e;
      case 'endCase':
        if (e.epilogue !== undefined) ref('epilogue', e.epilogue, [...path, 'epilogue']);
        return e.epilogue === undefined ? { type: 'endCase' } : { type: 'endCase', epilogue: e.epilogue };
    }
  };
  const effects = (list: readonly ScenarioDoc['rules'][number]['then'][number][], path: JsonPath): Effect[] =>
    list.map((e, i) => effect(e, [...path, i]));

  const interventions: InterventionDef[] = doc.interventions.map((item, i) => {
    const path = ['interventions', i];
    const entry = prices.get(item.use);
    if (!entry) ref('catalogue', item.use, [...path, 'use']);
    if (item.for !== undefined) ref('member', item.for, [...path, 'for']);
    item.excludes.forEach((x, j) => ref('intervention', x, [...path, 'excludes', j]));
    const priced = item.price
      ? { amount: cents(item.price.amount), price: { id: item.use, year: item.price.year, source: item.price.source } }
      : entry
        ? priceRefOf(entry.id, [...path, 'use'])
        : { amount: 0, price: { id: item.use, year: 0, source: '' } };
    const durationMonths = item.durationMonths ?? entry?.durationMonths;
    const def: InterventionDef = {
      id: item.id ?? item.use,
      label: item.label ?? entry?.label ?? { nl: item.use },
      description: item.description ?? entry?.description ?? { nl: '' },
      payer: entry?.payer ?? 'huishouden',
      kind: entry?.kind ?? 'cost',
      to: entry?.to ?? 'aanbieder',
      unit: entry?.unit ?? 'once',
      price: priced.amount,
      priceRef: priced.price,
      dosage: item.dosage ?? entry?.dosage ?? 1,
      waitingMonths: item.waitingMonths ?? entry?.waitingMonths ?? 0,
      wijkteamHours: item.wijkteamHours ?? entry?.wijkteamHours ?? 0,
      onStart: effects(item.onStart, [...path, 'onStart']),
      timed: item.timed.map((t, j) => ({ afterMonths: t.afterMonths, effects: effects(t.effects, [...path, 'timed', j, 'effects']) })),
      onEnd: effects(item.onEnd, [...path, 'onEnd']),
      automatic: item.automatic,
      excludes: item.excludes,
      ...(durationMonths === undefined ? {} : { durationMonths }),
      ...(item.ownContribution ? { ownContribution: { monthly: cents(item.ownContribution.monthly), to: item.ownContribution.to } } : {}),
      ...(item.available !== undefined ? { available: condition(item.available, [...path, 'available']) } : {}),
      ...(entry?.breakthrough ? { breakthrough: entry.breakthrough } : {}),
    };
    return def;
  });

  const templates = doc.templates.map((t, i) => {
    const path: JsonPath = ['templates', i, 'params'];
    const parsed = TEMPLATE_PARAM_SCHEMAS[t.template].safeParse(t.params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const issuePath = [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const input = issue.input ?? valueAtPath(t.params, issue.path);
        for (const described of describeIssue(issue, input)) {
          problem([...issuePath, ...described.extraPath], described.code, { ...described.params, template: t.template });
        }
      }
      return { id: t.id, template: t.template, params: {} };
    }
    const params = resolvePriced(parsed.data, path, priceRefOf) as Record<string, unknown>;
    checkTemplateRefs(t.template, params, path, ref);
    return { id: t.id, template: t.template, params };
  });

  const decisionPoints: DecisionPointDef[] = doc.decisionPoints.map((p, i) => {
    const path = ['decisionPoints', i];
    if (!p.options.some((o) => o.id === p.default)) {
      const hint = suggest(
        p.default,
        p.options.map((o) => o.id),
      );
      problem([...path, 'default'], 'unknownReference', { kind: 'option', id: p.default, ...(hint ? { suggestion: hint } : {}) });
    }
    return {
      id: p.id,
      prompt: p.prompt,
      when: condition(p.when, [...path, 'when']),
      options: p.options.map((o, j) => ({ id: o.id, label: o.label, effects: effects(o.effects, [...path, 'options', j, 'effects']) })),
      defaultOption: p.default,
    };
  });

  const route = (decisions: ScenarioDoc['routes']['system'], path: JsonPath): Route =>
    decisions.map((decision, i) => {
      if (decision.month >= doc.months) problem([...path, i, 'month'], 'monthOutOfRange', { month: decision.month, last: doc.months - 1 });
      if (decision.type === 'choose') {
        ref('point', decision.point, [...path, i, 'point']);
        const point = doc.decisionPoints.find((p) => p.id === decision.point);
        if (point && !point.options.some((o) => o.id === decision.option))
          ref('point', `${decision.point}/${decision.option}`, [...path, i, 'option']);
      } else {
        ref('intervention', decision.intervention, [...path, i, 'intervention']);
      }
      return decision;
    });

  const members = doc.household.members.map((m, i) => {
    const birthDate = parseIsoDate(m.birthDate);
    if (!birthDate) problem(['household', 'members', i, 'birthDate'], 'date:iso');
    return {
      id: m.id,
      name: m.name,
      role: m.role,
      birthDate: birthDate ?? { year: 2000, month: 1, day: 1 },
      zrm: { ...m.zrm } as ZrmProfile,
      ...(m.story ? { story: m.story } : {}),
      ...(m.avatar ? { avatar: m.avatar } : {}),
    };
  });
  doc.household.incomes.forEach((inc, i) => inc.member !== undefined && ref('member', inc.member, ['household', 'incomes', i, 'member']));
  doc.checkpoints.forEach((c, i) => c >= doc.months && problem(['checkpoints', i], 'monthOutOfRange', { month: c, last: doc.months - 1 }));
  if (!doc.checkpoints.includes(0)) problem(['checkpoints'], 'checkpointZero');
  if (doc.household.members.every((m) => Object.keys(m.zrm).length === 0)) problem(['household', 'members'], 'noZrm', {}, 'warning');

  const start = parseIsoDate(doc.start) ?? { year: 2026, month: 1, day: 1 };
  const scenario: Scenario = {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    start,
    months: doc.months,
    checkpoints: [...new Set(doc.checkpoints)].sort((a, b) => a - b),
    wijkteamHoursPerMonth: doc.wijkteamHoursPerMonth,
    zrmThreshold: doc.zrmThreshold,
    members,
    incomes: doc.household.incomes.map((inc) => ({ ...inc, monthly: cents(inc.monthly) })) as Scenario['incomes'],
    bills: doc.household.bills.map((b) => ({ ...b, monthly: cents(b.monthly) })),
    debts: doc.household.debts.map((debt) => ({ ...debt, amount: cents(debt.amount) })),
    assets: doc.household.assets.map((a) => ({ ...a, value: cents(a.value) })),
    flags: doc.household.flags,
    cash: cents(doc.household.cash),
    interventions,
    templates,
    rules: doc.rules.map((r, i) => ({
      id: r.id,
      when: condition(r.when, ['rules', i, 'when']),
      then: effects(r.then, ['rules', i, 'then']),
      repeat: r.repeat,
      ...(r.law === undefined ? {} : { law: r.law }),
    })),
    events: doc.events.map((e, i) => ({
      id: e.id,
      when: condition(e.when, ['events', i, 'when']),
      chance: e.chance,
      repeat: e.repeat,
      effects: effects(e.effects, ['events', i, 'effects']),
      message: e.message,
    })),
    decisionPoints,
    routes: {
      system: route(doc.routes.system, ['routes', 'system']),
      breakthrough: route(doc.routes.breakthrough, ['routes', 'breakthrough']),
    },
    epilogues: doc.epilogues.map((e, i) => ({
      id: e.id,
      text: e.text,
      ...(e.when === undefined ? {} : { when: condition(e.when, ['epilogues', i, 'when']) }),
    })),
    ...(doc.ownBudget ? { ownBudget: { payer: doc.ownBudget.payer, target: cents(doc.ownBudget.target) } } : {}),
  };
  for (const [id] of tariffs) if (!prices.has(id)) problem([], 'unknownTariff', { id }, 'warning');

  const hasError = problems.some((p) => p.severity === 'error');
  return { ...(hasError ? {} : { scenario }), problems, overridden: [...overridden] };
}

function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Replaces every { price, quantity } object in template params with { amount, price }. */
function resolvePriced(
  value: unknown,
  path: JsonPath,
  priceRefOf: (id: string, path: JsonPath) => { amount: number; price: PriceRef },
): unknown {
  if (Array.isArray(value)) return value.map((v, i) => resolvePriced(v, [...path, i], priceRefOf));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.price === 'string' && Object.keys(record).every((k) => k === 'price' || k === 'quantity')) {
    const priced = priceRefOf(record.price, [...path, 'price']);
    const quantity = typeof record.quantity === 'number' ? record.quantity : 1;
    return { amount: Math.round(priced.amount * quantity), price: priced.price, dayPrice: priced.amount };
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) out[key] = resolvePriced(v, [...path, key], priceRefOf);
  return out;
}

function checkTemplateRefs(
  template: TemplateId,
  params: Record<string, unknown>,
  path: JsonPath,
  ref: (kind: Kind, id: string, path: JsonPath) => void,
): void {
  for (const [kind, keys] of Object.entries(TEMPLATE_REFERENCES[template]) as [Kind, readonly string[]][]) {
    for (const key of keys) {
      const value = params[key];
      if (typeof value === 'string') ref(kind, value, [...path, key]);
      if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && ref(kind, v, [...path, key, i]));
    }
  }
}
