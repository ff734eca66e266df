/**
 * Compiles a schema-valid scenario document into the core's definition: euros
 * become cents, dates become calendar dates, catalogue entries and tariff overrides
 * are merged in, template parameters are compiled into their typed form, and every
 * reference is checked. Problems carry JSON paths; the loader adds file positions.
 */
import {
  ZRM_DOMAINS,
  clampScore,
  eurosToCents,
  parseIsoDate,
  type Condition,
  type DecisionPointDef,
  type Effect,
  type InterventionDef,
  type PriceRef,
  type Route,
  type ScenarioDef,
  type TemplateId,
  type TemplateInstance,
  type ZrmProfile,
} from '../core';
import { describeIssue } from './issues';
import type { JsonPath } from './json';
import { suggest } from './problems';
import type { CatalogueDoc, CatalogueEntry, ConditionDoc, ScenarioDoc, TariffDoc } from './schema';
import { TEMPLATE_SPECS, type ResolvedPrice, type TemplateCompileContext } from './templates';

/** A problem found while compiling, before it has a file and a position. */
export interface CompileProblem {
  readonly path: JsonPath;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly params: Record<string, string | number>;
}

export interface CompileResult {
  readonly def?: ScenarioDef;
  readonly problems: readonly CompileProblem[];
  /** Catalogue ids whose price came from the gemeente's tariff file. */
  readonly overridden: readonly string[];
}

type Kind = 'member' | 'bill' | 'income' | 'intervention' | 'asset' | 'debt' | 'point' | 'price' | 'epilogue' | 'catalogue';

type EffectDoc = ScenarioDoc['rules'][number]['then'][number];
type InterventionDoc = ScenarioDoc['interventions'][number];

const cents = (euros: number): number => eurosToCents(euros) ?? 0;

/** The id an intervention of the document goes by. */
export function interventionId(item: InterventionDoc): string {
  return item.id ?? item.use ?? '';
}

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
    intervention: new Set(doc.interventions.map(interventionId)),
    asset: new Set(doc.household.assets.map((a) => a.id)),
    debt: new Set(doc.household.debts.map((d) => d.id)),
    point: new Set(doc.decisionPoints.map((p) => p.id)),
    price: new Set(prices.keys()),
    epilogue: new Set(doc.epilogues.map((e) => e.id)),
    catalogue: new Set(prices.keys()),
  };
  // Debts that effects add later are legitimate references too.
  const scanAddedDebts = (effects: readonly EffectDoc[]): void => {
    for (const e of effects) if (e.type === 'addDebt') known.debt.add(e.debt.id);
  };
  for (const i of doc.interventions) [i.onStart, i.onEnd, ...i.timed.map((t) => t.effects)].forEach(scanAddedDebts);
  doc.rules.forEach((r) => scanAddedDebts(r.then));
  doc.events.forEach((e) => scanAddedDebts(e.effects));
  doc.decisionPoints.forEach((p) => p.options.forEach((o) => scanAddedDebts(o.effects)));

  const ref = (kind: Kind, id: string, path: JsonPath): void => {
    if (known[kind].has(id)) return;
    const hint = suggest(id, known[kind]);
    problem(path, 'unknownReference', { kind, id, ...(hint ? { suggestion: hint } : {}) });
  };

  const duplicates = (ids: readonly string[], path: JsonPath, key: (i: number) => string = () => 'id'): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problem([...path, i, key(i)], 'duplicateId', { id });
      seen.add(id);
    });
  };
  duplicates(
    doc.household.members.map((m) => m.id),
    ['household', 'members'],
  );
  duplicates(
    doc.household.bills.map((b) => b.id),
    ['household', 'bills'],
  );
  duplicates(
    doc.household.incomes.map((b) => b.id),
    ['household', 'incomes'],
  );
  duplicates(
    doc.household.debts.map((b) => b.id),
    ['household', 'debts'],
  );
  duplicates(
    doc.household.assets.map((b) => b.id),
    ['household', 'assets'],
  );
  duplicates(doc.interventions.map(interventionId), ['interventions'], (i) => (doc.interventions[i]?.id !== undefined ? 'id' : 'use'));
  duplicates(
    doc.templates.map((t) => t.id),
    ['templates'],
  );
  duplicates(
    doc.rules.map((t) => t.id),
    ['rules'],
  );
  duplicates(
    doc.events.map((t) => t.id),
    ['events'],
  );
  duplicates(
    doc.decisionPoints.map((t) => t.id),
    ['decisionPoints'],
  );

  const priceOf = (id: string, path: JsonPath): { amount: number; price: PriceRef } => {
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

  const condition = (c: ConditionDoc, path: JsonPath): Condition => {
    if ('all' in c) return { all: c.all.map((x, i) => condition(x, [...path, 'all', i])) };
    if ('any' in c) return { any: c.any.map((x, i) => condition(x, [...path, 'any', i])) };
    if ('not' in c) return { not: condition(c.not, [...path, 'not']) };
    if ('flag' in c) return { flag: c.flag };
    if ('owns' in c) {
      ref('asset', c.owns, [...path, 'owns']);
      return { owns: c.owns };
    }
    if ('owes' in c) {
      ref('debt', c.owes, [...path, 'owes']);
      return { owes: c.owes };
    }
    if ('active' in c) {
      ref('intervention', c.active, [...path, 'active']);
      return { active: c.active };
    }
    if ('billActive' in c) {
      ref('bill', c.billActive, [...path, 'billActive']);
      return { billActive: c.billActive };
    }
    if ('age' in c) {
      ref('member', c.age.member, [...path, 'age', 'member']);
      return { age: { ...c.age } };
    }
    if ('zrm' in c) {
      ref('member', c.zrm.member, [...path, 'zrm', 'member']);
      return { zrm: { ...c.zrm } };
    }
    if ('money' in c) return { money: { ...c.money, value: cents(c.money.value) } };
    if ('arrears' in c) {
      ref('bill', c.arrears.bill, [...path, 'arrears', 'bill']);
      return { arrears: { ...c.arrears } };
    }
    const value = parseIsoDate(c.date.value);
    if (!value) problem([...path, 'date', 'value'], 'date:iso', { received: c.date.value });
    return { date: { op: c.date.op, value: value ?? { year: 1970, month: 1, day: 1 } } };
  };

  const memberRef = (member: string, path: JsonPath): void => {
    if (member !== '*' && member !== '*adults') ref('member', member, path);
  };

  const effect = (e: EffectDoc, path: JsonPath): Effect => {
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
          const priced = priceOf(e.price, [...path, 'price']);
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
  const effects = (list: readonly EffectDoc[], path: JsonPath): Effect[] => list.map((e, i) => effect(e, [...path, i]));

  const intervention = (item: InterventionDoc, i: number): InterventionDef => {
    const path = ['interventions', i];
    const entry = item.use === undefined ? undefined : prices.get(item.use);
    if (item.use !== undefined && !entry) ref('catalogue', item.use, [...path, 'use']);
    if (item.use === undefined) {
      // An intervention of the case's own: everything the catalogue would give must be written.
      const missing = (['id', 'label', 'payer', 'unit', 'price'] as const).filter((k) => item[k] === undefined);
      if (missing.length > 0) problem(path, 'ownInterventionIncomplete', { fields: missing.join(', ') });
    }
    if (item.for !== undefined) ref('member', item.for, [...path, 'for']);
    item.excludes.forEach((x, j) => ref('intervention', x, [...path, 'excludes', j]));
    const id = interventionId(item);
    const priced = item.price
      ? { amount: cents(item.price.amount), price: { id, year: item.price.year, source: item.price.source } }
      : entry
        ? priceOf(entry.id, [...path, 'use'])
        : { amount: 0, price: { id, year: 0, source: '' } };
    const durationMonths = item.durationMonths ?? entry?.durationMonths;
    const breakthrough = item.breakthrough ?? entry?.breakthrough;
    const prop = item.prop ?? entry?.prop;
    return {
      id,
      label: item.label ?? entry?.label ?? { nl: id },
      description: item.description ?? entry?.description ?? { nl: '' },
      payer: item.payer ?? entry?.payer ?? 'huishouden',
      kind: item.kind ?? entry?.kind ?? 'cost',
      to: item.to ?? entry?.to ?? 'aanbieder',
      unit: item.unit ?? entry?.unit ?? 'once',
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
      ...(breakthrough ? { breakthrough } : {}),
      ...(prop ? { prop } : {}),
    };
  };

  const templateContext = (path: JsonPath): TemplateCompileContext => ({
    path,
    start: doc.start,
    price: (input, at): ResolvedPrice => {
      const found = priceOf(input.price, [...at, 'price']);
      return { amount: Math.round(found.amount * input.quantity), unitAmount: found.amount, price: found.price };
    },
    warn: (at, code, params) => problem(at, code, params, 'warning'),
  });

  const template = <K extends TemplateId>(templateId: K, id: string, params: unknown, path: JsonPath): TemplateInstance<K> | undefined => {
    const spec = TEMPLATE_SPECS[templateId];
    const parsed = spec.schema.safeParse(params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const issuePath = [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const input = issue.input ?? valueAtPath(params, issue.path);
        for (const described of describeIssue(issue, input)) {
          problem([...issuePath, ...described.extraPath], described.code, { ...described.params, template: templateId });
        }
      }
      return undefined;
    }
    for (const [kind, keys] of Object.entries(spec.references) as [Kind, readonly string[]][]) {
      for (const key of keys) {
        const value: unknown = (parsed.data as Record<string, unknown>)[key];
        if (typeof value === 'string') ref(kind, value, [...path, key]);
        if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && ref(kind, v, [...path, key, i]));
      }
    }
    return { id, template: templateId, params: spec.compile(parsed.data, templateContext(path)) };
  };

  const templates: TemplateInstance[] = [];
  doc.templates.forEach((t, i) => {
    const compiled = template(t.template, t.id, t.params, ['templates', i, 'params']);
    if (compiled) templates.push(compiled);
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
    duplicates(
      p.options.map((o) => o.id),
      [...path, 'options'],
    );
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
    const zrm: ZrmProfile = {};
    for (const domain of ZRM_DOMAINS) {
      const score = m.zrm[domain];
      if (score !== undefined) zrm[domain] = clampScore(score);
    }
    return {
      id: m.id,
      name: m.name,
      role: m.role,
      birthDate: birthDate ?? { year: 2000, month: 1, day: 1 },
      zrm,
      ...(m.story ? { story: m.story } : {}),
      ...(m.avatar ? { avatar: m.avatar } : {}),
    };
  });
  doc.household.incomes.forEach((inc, i) => inc.member !== undefined && ref('member', inc.member, ['household', 'incomes', i, 'member']));
  doc.checkpoints.forEach((c, i) => c >= doc.months && problem(['checkpoints', i], 'monthOutOfRange', { month: c, last: doc.months - 1 }));
  if (!doc.checkpoints.includes(0)) problem(['checkpoints'], 'checkpointZero');
  if (doc.household.members.every((m) => Object.keys(m.zrm).length === 0)) problem(['household', 'members'], 'noZrm', {}, 'warning');

  const start = parseIsoDate(doc.start) ?? { year: 2026, month: 1, day: 1 };
  const def: ScenarioDef = {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    start,
    months: doc.months,
    checkpoints: [...new Set(doc.checkpoints)].sort((a, b) => a - b),
    wijkteamHoursPerMonth: doc.wijkteamHoursPerMonth,
    zrmThreshold: doc.zrmThreshold,
    members,
    incomes: doc.household.incomes.map((inc) => ({
      id: inc.id,
      label: inc.label,
      kind: inc.kind,
      payer: inc.payer,
      monthly: cents(inc.monthly),
      active: inc.active,
      ...(inc.member === undefined ? {} : { member: inc.member }),
    })),
    bills: doc.household.bills.map((b) => ({ ...b, monthly: cents(b.monthly), arrears: cents(b.arrears) })),
    debts: doc.household.debts.map((debt) => ({ ...debt, amount: cents(debt.amount) })),
    assets: doc.household.assets.map((a) => ({ ...a, value: cents(a.value) })),
    flags: doc.household.flags,
    cash: cents(doc.household.cash),
    interventions: doc.interventions.map(intervention),
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
    ...(doc.dwellings && Object.keys(doc.dwellings).length > 0 ? { dwellings: doc.dwellings } : {}),
    text: {
      summary: doc.summary,
      householdName: doc.household.name,
      story: doc.household.story,
      goal: doc.household.goal,
      ...(doc.facilitation ? { facilitation: doc.facilitation } : {}),
      ...(doc.lesson ? { lesson: doc.lesson } : {}),
      learningGoals: doc.learningGoals,
      assumptions: doc.assumptions,
      debrief: doc.debrief.map((q) => ({ id: q.id, question: q.question, ...(q.goodAnswer ? { goodAnswer: q.goodAnswer } : {}) })),
      pauses: doc.decisionPoints.flatMap((p) =>
        p.pause ? [{ point: p.id, question: p.pause.question, goodAnswer: p.pause.goodAnswer }] : [],
      ),
    },
  };
  for (const [id] of tariffs) if (!prices.has(id)) problem([], 'unknownTariff', { id }, 'warning');

  const hasError = problems.some((p) => p.severity === 'error');
  return { ...(hasError ? {} : { def }), problems, overridden: [...overridden] };
}

function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
