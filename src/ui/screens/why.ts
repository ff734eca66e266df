/**
 * "Waarom?" for every amount a payer's budget felt: costs and transfers alike, each
 * with the decision, rule or event behind it, the law and the price's source, and
 * its direction in words (paid to, received from) instead of a sign.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYERS, PAYER_IDS, TEMPLATES, type CaseResult, type Cause, type LedgerEntry, type PayerId, type Scenario } from '../../core';
import { formatMoney, local, t } from '../../services/i18n';
import { flowMoney, interventionName, payerName } from '../format';

/** One line of "waarom?": the entries of one cause, kind, direction and counterpart, added up. */
export interface WhyLine {
  readonly key: string;
  readonly cause: string;
  readonly kind: LedgerEntry['kind'];
  /** True when the payer paid; false when it received. */
  readonly paid: boolean;
  readonly other: string;
  readonly amount: number;
  readonly count: number;
  readonly law?: string;
  readonly source: string;
}

/** The kind of rule template an instance is, when the cause names one. */
function templateOf(scenario: Scenario, id: string): keyof typeof TEMPLATES | undefined {
  return scenario.def.templates.find((x) => x.id === id)?.template;
}

/** The cause of a booking in words. */
export function causeText(scenario: Scenario, cause: Cause): string {
  const { id } = cause;
  switch (cause.type) {
    case 'decision': {
      const target = id.replace(/^(start|stop):/, '');
      return t('why.decision', { name: interventionName(scenario, target) });
    }
    case 'intervention':
      return t('why.intervention', { name: interventionName(scenario, id) });
    case 'rule':
      return t('why.rule', { id });
    case 'template': {
      const template = templateOf(scenario, id);
      return template ? t('why.template', { name: t(`why.templateName.${template}`) }) : t('cause.template', { id });
    }
    case 'event': {
      const event = scenario.events.find((e) => e.id === id);
      return t('why.event', { text: local(event?.message) || id });
    }
    case 'income': {
      const income = scenario.incomes.find((i) => i.id === id);
      return income ? t('why.income', { name: local(income.label), kind: t(`why.incomeKind.${income.kind}`) }) : t('cause.income', { id });
    }
    case 'bill': {
      const bill = scenario.bills.find((b) => b.id === id);
      return bill ? t('why.bill', { name: local(bill.label) }) : t('cause.bill', { id });
    }
    case 'point': {
      const [point = '', option = ''] = id.split(/:(.*)/s);
      const label = scenario.index.decisionPoints.get(point)?.optionById.get(option)?.label;
      return t('why.point', { option: local(label) || option });
    }
  }
}

/** The law a booking rests on: the rule's or the template's own, a breakthrough's ground, else the payer's. */
export function lawOf(scenario: Scenario, entry: LedgerEntry, payer: PayerId): string | undefined {
  const { cause } = entry;
  if (cause.type === 'template') {
    const template = templateOf(scenario, cause.id);
    if (template) return TEMPLATES[template].law;
  }
  if (cause.type === 'rule') {
    const law = scenario.rules.find((r) => r.id === cause.id)?.law;
    if (law) return law;
  }
  if (cause.type === 'intervention' || cause.type === 'decision') {
    const law = scenario.index.interventions.get(cause.id.replace(/^(start|stop):/, ''))?.breakthrough?.law;
    if (law) return law;
  }
  if (cause.type === 'income') {
    const income = scenario.incomes.find((i) => i.id === cause.id);
    if (income) return PAYERS[income.payer].law;
  }
  // The payer that pays a cost or a transfer names the law; the household pays under none.
  return PAYERS[entry.from].law ?? PAYERS[payer].law;
}

function sourceOf(entry: LedgerEntry): string {
  const { price } = entry;
  if (!price) return t('why.ownFigures');
  const source = t('why.source', { source: price.source, year: price.year });
  return price.overridden ? `${source}, ${t('why.overridden')}` : source;
}

/** Every amount that reached or left one payer, added up per cause, kind, direction and counterpart, largest first. */
export function whyLines(scenario: Scenario, ledger: readonly LedgerEntry[], payer: PayerId): WhyLine[] {
  // First added up by what the entries are, without words: a case books the same few causes every month.
  const groups = new Map<string, { readonly entry: LedgerEntry; readonly paid: boolean; amount: number; count: number; last: number }>();
  ledger.forEach((e, at) => {
    const paid = e.from === payer;
    if (!paid && e.to !== payer) return;
    const { price } = e;
    const raw = `${e.kind}|${paid ? 1 : 0}|${e.cause.type}:${e.cause.id}|${paid ? e.to : e.from}|${price ? `${price.source}|${price.year}|${price.overridden ? 1 : 0}` : ''}`;
    const group = groups.get(raw);
    if (group) {
      group.amount += e.amount;
      group.count += 1;
      group.last = at;
    } else groups.set(raw, { entry: e, paid, amount: e.amount, count: 1, last: at });
  });
  // Then put in words once per group, and groups that read the same are one line.
  const lines = new Map<string, WhyLine>();
  const lastAt = new Map<string, number>();
  for (const { entry: e, paid, amount, count, last } of groups.values()) {
    const cause = causeText(scenario, e.cause);
    const other = payerName(paid ? e.to : e.from);
    const source = sourceOf(e);
    const key = `${e.kind}|${paid ? 'paid' : 'received'}|${cause}|${other}|${source}`;
    const known = lines.get(key);
    // The law of the line's latest entry, as when the entries were put in words one by one.
    const law = known && (lastAt.get(key) ?? -1) > last ? known.law : lawOf(scenario, e, payer);
    lastAt.set(key, Math.max(last, lastAt.get(key) ?? -1));
    lines.set(key, {
      key,
      cause,
      kind: e.kind,
      paid,
      other,
      amount: (known?.amount ?? 0) + amount,
      count: (known?.count ?? 0) + count,
      ...(law ? { law } : {}),
      source,
    });
  }
  return [...lines.values()].sort((a, b) => b.amount - a.amount);
}

/** One line in words: "Budgetbeheer: € 1.200,00 betaald aan aanbieders (kosten, 12 keer) · wet: Wgs · prijs: …". */
export function whyLineText(line: WhyLine): string {
  const amount = formatMoney(line.amount);
  const flow = line.paid ? t('why.paidTo', { amount, to: line.other }) : t('why.receivedFrom', { amount, from: line.other });
  const kind = t(line.kind === 'cost' ? 'why.cost' : 'why.transfer');
  const count = line.count > 1 ? `, ${t('why.times', { count: line.count })}` : '';
  const cause = line.cause.charAt(0).toLocaleUpperCase() + line.cause.slice(1);
  return `${cause}: ${flow} (${kind}${count})`;
}

/** The "waarom?" section: per payer whose budget moved, every amount with its reason. */
export function whySection(scenario: Scenario, result: CaseResult): TemplateResult {
  const payers = PAYER_IDS.filter((p) => result.totals.budgetImpactByPayer[p] !== undefined);
  return html`<section aria-labelledby="why-heading" id="why">
    <h3 id="why-heading">${t('outcome.why')}</h3>
    <p class="muted">${t('why.intro')}</p>
    ${repeat(
      payers,
      (p) => p,
      (p) =>
        html`<details data-why-payer=${p}>
          <summary>${t('why.summary', { payer: payerName(p), flow: flowMoney(result.totals.budgetImpactByPayer[p]) })}</summary>
          <ul class="why-lines">
            ${repeat(
              whyLines(scenario, result.ledger, p),
              (line) => line.key,
              (line) =>
                html`<li data-kind=${line.kind} data-flow=${line.paid ? 'paid' : 'received'}>
                  ${whyLineText(line)}
                  <span class="source"> · ${line.law ? html`${t('why.law', { law: line.law })} · ` : nothing}${line.source}</span>
                </li>`,
            )}
          </ul>
        </details>`,
    )}
  </section>`;
}
