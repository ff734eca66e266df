/**
 * A played case month by month, built from the core's result: what started, what
 * fired and why, and every ledger entry with its cause, amount, kind, payer and
 * receiver and price source. Pure data and string formatting, so the command line
 * and the workbench show the same timeline.
 */
import {
  firstOfMonth,
  monthIndexOf,
  type CalendarDate,
  type CaseEvent,
  type Cause,
  type Cents,
  type LedgerEntry,
  type LedgerKind,
  type LocalText,
  type PartyId,
  type PayerId,
  type PriceRef,
} from '../core';

export type TimelineLang = 'nl' | 'en';

interface Labelled {
  readonly id: string;
  readonly label: LocalText;
}

interface InterventionInfo extends Labelled {
  /** Months between the start and the first month of service. */
  readonly waitingMonths?: number;
}

/** What the timeline reads from a scenario: names for the ids in events and causes. */
export interface TimelineScenario {
  readonly start: CalendarDate;
  readonly interventions: readonly InterventionInfo[];
  readonly incomes: readonly Labelled[];
  readonly bills: readonly Labelled[];
  readonly rules: readonly { readonly id: string; readonly law?: string | undefined }[];
  readonly events: readonly { readonly id: string }[];
  readonly decisionPoints: readonly { readonly id: string; readonly prompt: LocalText; readonly options: readonly Labelled[] }[];
}

/** What the timeline reads from a case result (the core's `runCase`). */
export interface TimelineSource {
  readonly events: readonly CaseEvent[];
  readonly ledger: readonly LedgerEntry[];
  readonly months: readonly { readonly month: number }[];
}

/** Something that happened: a core event with a sentence for it. */
export interface TimelineEvent {
  readonly type: CaseEvent['type'];
  readonly id: string;
  readonly detail?: string;
  readonly text: string;
}

/** One ledger entry with everything "waarom?" answers, as data and as text. */
export interface TimelineEntry {
  readonly cause: Cause;
  readonly why: string;
  readonly amount: Cents;
  readonly amountText: string;
  readonly kind: LedgerKind;
  readonly kindText: string;
  readonly from: PayerId;
  readonly fromName: string;
  readonly to: PartyId;
  readonly toName: string;
  readonly price?: PriceRef;
  readonly source: string;
}

export interface TimelineMonth {
  readonly month: number;
  /** E.g. "maand 2 · november 2026". */
  readonly label: string;
  readonly events: readonly TimelineEvent[];
  readonly entries: readonly TimelineEntry[];
}

const MONTH_NAMES: Readonly<Record<TimelineLang, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Euros from integer cents, exactly: "€ 1.250,50" in Dutch, "€1,250.50" in English. */
export function formatEuros(cents: Cents, lang: TimelineLang = 'nl'): string {
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  const rest = (abs % 100).toString().padStart(2, '0');
  const sign = cents < 0 ? '-' : '';
  return lang === 'en' ? `${sign}€${whole}.${rest}` : `${sign}€ ${whole},${rest}`;
}

const local = (text: LocalText | undefined, lang: TimelineLang): string => (text ? ((lang === 'en' ? text.en : undefined) ?? text.nl) : '');

/** The names of the payers and of the providers in one language: the game's locales are their one home. */
export type PartyNames = (id: PartyId) => string;

/** Turns a scenario and a played case into sentences; one instance per language. */
class Describer {
  constructor(
    private readonly scenario: TimelineScenario,
    private readonly lang: TimelineLang,
    private readonly names: PartyNames,
  ) {}

  private say(nl: string, en: string): string {
    return this.lang === 'en' ? en : nl;
  }

  private labelOf(list: readonly Labelled[], id: string): string {
    return local(list.find((item) => item.id === id)?.label, this.lang) || id;
  }

  intervention(id: string): string {
    return this.labelOf(this.scenario.interventions, id);
  }

  private option(pointId: string, optionId: string): string {
    return this.labelOf(this.scenario.decisionPoints.find((p) => p.id === pointId)?.options ?? [], optionId);
  }

  /** Why an entry was booked or an intervention started: the decision, rule, event or step behind it. */
  cause(cause: Cause): string {
    const { id } = cause;
    switch (cause.type) {
      case 'decision': {
        const [verb, target = ''] = id.split(/:(.*)/s);
        if (verb === 'start')
          return this.say(`besluit: starten met ${this.intervention(target)}`, `decision: start ${this.intervention(target)}`);
        if (verb === 'stop')
          return this.say(`besluit: stoppen met ${this.intervention(target)}`, `decision: stop ${this.intervention(target)}`);
        return this.say(`besluit ${id}`, `decision ${id}`);
      }
      case 'intervention':
        return this.say(`interventie ${this.intervention(id)}`, `intervention ${this.intervention(id)}`);
      case 'rule': {
        const law = this.scenario.rules.find((r) => r.id === id)?.law;
        return this.say(`regel ${id}`, `rule ${id}`) + (law ? ` (${law})` : '');
      }
      case 'template':
        return this.say(`regelsjabloon ${id}`, `rule template ${id}`);
      case 'event':
        return this.say(`gebeurtenis ${id}`, `event ${id}`);
      case 'income':
        return this.say(`inkomen ${this.labelOf(this.scenario.incomes, id)}`, `income ${this.labelOf(this.scenario.incomes, id)}`);
      case 'bill':
        return this.say(`vaste last ${this.labelOf(this.scenario.bills, id)}`, `bill ${this.labelOf(this.scenario.bills, id)}`);
      case 'point': {
        const [point = '', option = ''] = id.split(/:(.*)/s);
        return this.say(
          `keuze "${this.option(point, option)}" bij beslismoment ${point}`,
          `choice "${this.option(point, option)}" at decision point ${point}`,
        );
      }
    }
  }

  /**
   * Events name their cause by id only (started, stopped, caseEnded); the id's shape
   * and the scenario's lists tell what kind of cause it is.
   */
  causeById(id: string): string {
    const type = ((): Cause['type'] | undefined => {
      if (/^(start|stop|choose):/.test(id)) return 'decision';
      const [point = '', option] = id.split(/:(.*)/s);
      if (option !== undefined && this.scenario.decisionPoints.some((p) => p.id === point)) return 'point';
      if (this.scenario.rules.some((r) => r.id === id)) return 'rule';
      if (this.scenario.events.some((e) => e.id === id)) return 'event';
      if (this.scenario.interventions.some((i) => i.id === id)) return 'intervention';
      return undefined;
    })();
    return type ? this.cause({ type, id }) : id;
  }

  event(event: CaseEvent): string {
    const { id, detail } = event;
    const text = local(event.text, this.lang);
    const by = (nl: string, en: string): string =>
      detail ? this.say(`${nl} (door ${this.causeById(detail)})`, `${en} (because of ${this.causeById(detail)})`) : this.say(nl, en);
    switch (event.type) {
      case 'started': {
        const waiting = this.scenario.interventions.find((i) => i.id === id)?.waitingMonths ?? 0;
        const wait =
          waiting > 0
            ? this.say(
                `; de hulp begint na ${waiting} ${waiting === 1 ? 'maand' : 'maanden'} wachttijd`,
                `; help begins after ${waiting} ${waiting === 1 ? 'month' : 'months'} of waiting`,
              )
            : '';
        if (detail === `start:${id}`)
          return this.say(`gestart op besluit: ${this.intervention(id)}`, `started by decision: ${this.intervention(id)}`) + wait;
        return by(`gestart: ${this.intervention(id)}`, `started: ${this.intervention(id)}`) + wait;
      }
      case 'stopped':
        if (detail === `stop:${id}`)
          return this.say(`gestopt op besluit: ${this.intervention(id)}`, `stopped by decision: ${this.intervention(id)}`);
        if (detail === id)
          return this.say(`afgelopen: ${this.intervention(id)} (de looptijd is om)`, `ended: ${this.intervention(id)} (its term is over)`);
        return by(`gestopt: ${this.intervention(id)}`, `stopped: ${this.intervention(id)}`);
      case 'ended':
        return this.say(`afgelopen: ${this.intervention(id)}`, `ended: ${this.intervention(id)}`);
      case 'approved':
        return this.say(`goedgekeurd: ${this.intervention(id)}`, `approved: ${this.intervention(id)}`);
      case 'refused':
        return this.say(`afgewezen: ${this.intervention(id)}`, `refused: ${this.intervention(id)}`) + (detail ? ` (${detail})` : '');
      case 'rule': {
        const law = this.scenario.rules.find((r) => r.id === id)?.law;
        return this.say(`regel ${id} gaat af`, `rule ${id} fires`) + (law ? ` (${law})` : '');
      }
      case 'template':
        return this.say(`regelsjabloon ${id}: stap ${detail ?? '?'}`, `rule template ${id}: step ${detail ?? '?'}`);
      case 'event':
        return this.say(`gebeurtenis ${id}`, `event ${id}`) + (text ? `: ${text}` : '');
      case 'decisionRequired':
        return this.say(`beslismoment ${id}`, `decision point ${id}`) + (text ? `: ${text}` : '');
      case 'chosen':
        return this.say(`gekozen bij ${id}: ${this.option(id, detail ?? '')}`, `chosen at ${id}: ${this.option(id, detail ?? '')}`);
      case 'arrears':
        return this.say(
          `nieuwe achterstand: ${this.labelOf(this.scenario.bills, id)}`,
          `new arrears: ${this.labelOf(this.scenario.bills, id)}`,
        );
      case 'message':
        if (detail === 'approval-requested')
          return this.say(`goedkeuring gevraagd: ${this.intervention(id)}`, `approval requested: ${this.intervention(id)}`);
        return this.say(`bericht (${this.causeById(id)})`, `message (${this.causeById(id)})`) + (text ? `: ${text}` : '');
      case 'caseEnded':
        return this.say(`de casus eindigt (door ${this.causeById(id)})`, `the case ends (because of ${this.causeById(id)})`);
    }
  }

  entry(entry: LedgerEntry): TimelineEntry {
    const { price } = entry;
    const source = price
      ? this.say(
          `prijs ${price.id} (${price.year}${price.overridden ? ', tarief van de gemeente' : ''}): ${price.source}`,
          `price ${price.id} (${price.year}${price.overridden ? ', municipal tariff' : ''}): ${price.source}`,
        )
      : this.say('bedrag uit de casus zelf', "amount from the case's own figures");
    return {
      cause: entry.cause,
      why: this.cause(entry.cause),
      amount: entry.amount,
      amountText: formatEuros(entry.amount, this.lang),
      kind: entry.kind,
      kindText: entry.kind === 'cost' ? this.say('kosten', 'cost') : this.say('overdracht', 'transfer'),
      from: entry.from,
      fromName: this.names(entry.from),
      to: entry.to,
      toName: this.names(entry.to),
      ...(price ? { price } : {}),
      source,
    };
  }

  monthLabel(month: number): string {
    const date = firstOfMonth(monthIndexOf(this.scenario.start) + month);
    return `${this.say('maand', 'month')} ${month} · ${MONTH_NAMES[this.lang][date.month - 1] ?? ''} ${date.year}`;
  }
}

/** The case month by month: every month that was played, with its events and ledger entries in booking order. */
export function caseTimeline(
  scenario: TimelineScenario,
  result: TimelineSource,
  names: PartyNames,
  lang: TimelineLang = 'nl',
): TimelineMonth[] {
  const describe = new Describer(scenario, lang, names);
  const months = new Set<number>(result.months.map((m) => m.month));
  for (const e of result.events) months.add(e.month);
  for (const e of result.ledger) months.add(e.month);
  const eventsBy = groupByMonth(result.events);
  const entriesBy = groupByMonth(result.ledger);
  return [...months]
    .sort((a, b) => a - b)
    .map((month) => ({
      month,
      label: describe.monthLabel(month),
      events: (eventsBy.get(month) ?? []).map((e) => ({
        type: e.type,
        id: e.id,
        ...(e.detail === undefined ? {} : { detail: e.detail }),
        text: describe.event(e),
      })),
      entries: (entriesBy.get(month) ?? []).map((e) => describe.entry(e)),
    }));
}

function groupByMonth<T extends { readonly month: number }>(items: readonly T[]): Map<number, T[]> {
  const by = new Map<number, T[]>();
  for (const item of items) {
    const list = by.get(item.month);
    if (list) list.push(item);
    else by.set(item.month, [item]);
  }
  return by;
}

/** The timeline as plain text lines: a heading per month, then what happened, then every entry. */
export function timelineLines(timeline: readonly TimelineMonth[], lang: TimelineLang = 'nl'): string[] {
  const say = (nl: string, en: string): string => (lang === 'en' ? en : nl);
  const width = Math.max(0, ...timeline.flatMap((m) => m.entries.map((e) => e.amountText.length)));
  const kindWidth = Math.max(0, ...timeline.flatMap((m) => m.entries.map((e) => e.kindText.length)));
  const lines: string[] = [];
  for (const month of timeline) {
    lines.push(month.label.charAt(0).toUpperCase() + month.label.slice(1));
    if (month.events.length === 0 && month.entries.length === 0)
      lines.push(say('  niets gebeurd, niets geboekt', '  nothing happened, nothing booked'));
    for (const event of month.events) lines.push(`  • ${event.text}`);
    for (const e of month.entries) {
      lines.push(
        `  ${e.amountText.padStart(width)}  ${e.kindText.padEnd(kindWidth)}  ${e.fromName} → ${e.toName}  ·  ${say('waarom', 'why')}: ${e.why}  ·  ${e.source}`,
      );
    }
  }
  return lines;
}
