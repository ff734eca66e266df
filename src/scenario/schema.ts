/**
 * The authoring format: the single source of the scenario's TypeScript types, its
 * runtime validation and the generated JSON Schema. Money is written in euros (at
 * most two decimals) and dates as YYYY-MM-DD; compile.ts turns both into the core's
 * cents and calendar dates.
 */
import { z } from 'zod';
import {
  PAYER_IDS,
  DWELLING_KINDS,
  PROP_KINDS,
  TEMPLATE_IDS,
  ZRM_DOMAINS,
  eurosToCents,
  parseIsoDate,
  type CompareOp,
  type MoneyMeasure,
  type ZrmDomain,
} from '../core';

/** A description in Dutch and English, shown by editors on hover. */
function d(nl: string, en: string): { description: string } {
  return { description: `${nl} — ${en}` };
}

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'pattern:id' })
  .meta(
    d(
      'Id: kleine letters, cijfers en streepjes, bijvoorbeeld "budgetbeheer"',
      'Id: lower-case letters, digits and dashes, e.g. "budgetbeheer"',
    ),
  );

export const textSchema = z
  .object({
    nl: z.string().min(1).meta(d('Nederlandse tekst (verplicht)', 'Dutch text (required)')),
    en: z.string().min(1).optional().meta(d('Engelse tekst', 'English text')),
  })
  .strict()
  .meta(d('Tekst in het Nederlands en Engels: { "nl": "…", "en": "…" }', 'Text in Dutch and English: { "nl": "…", "en": "…" }'));

export const euroSchema = z
  .number()
  .min(0)
  .refine((v) => eurosToCents(v) !== undefined, { message: 'euros:twoDecimals' })
  .meta(d('Bedrag in euro, hoogstens twee decimalen, bijvoorbeeld 64.5', 'Amount in euros, at most two decimals, e.g. 64.5'));

export const signedEuroSchema = z
  .number()
  .refine((v) => eurosToCents(v) !== undefined, { message: 'euros:twoDecimals' })
  .meta(d('Bedrag in euro (mag negatief), hoogstens twee decimalen', 'Amount in euros (may be negative), at most two decimals'));

export const dateSchema = z
  .string()
  .refine((v) => parseIsoDate(v) !== undefined, { message: 'date:iso' })
  .meta(d('Datum als JJJJ-MM-DD', 'Date as YYYY-MM-DD'));

export const payerSchema = z.enum(PAYER_IDS).meta(d('Betaler (potje)', 'Payer (budget)'));
export const domainSchema = z.enum(ZRM_DOMAINS).meta(d('ZRM-domein', 'ZRM domain'));
export const opSchema = z.enum(['<', '<=', '==', '!=', '>=', '>']).meta(d('Vergelijking', 'Comparison'));
const scoreSchema = z.number().int().min(1).max(5).meta(d('ZRM-score 1-5', 'ZRM score 1-5'));

/** A condition as authors write it (money in euros, dates as text); compile.ts turns it into the core's. */
export type ConditionDoc =
  | { all: ConditionDoc[] }
  | { any: ConditionDoc[] }
  | { not: ConditionDoc }
  | { flag: string }
  | { owns: string }
  | { owes: string }
  | { active: string }
  | { billActive: string }
  | { age: { member: string; op: CompareOp; value: number } }
  | { zrm: { member: string; domain: ZrmDomain; op: CompareOp; value: number } }
  | { money: { of: MoneyMeasure; op: CompareOp; value: number } }
  | { arrears: { bill: string; op: CompareOp; months: number } }
  | { date: { op: CompareOp; value: string } };

export const conditionSchema: z.ZodType<ConditionDoc> = z.lazy(() =>
  z
    .union([
      z.object({ all: z.array(conditionSchema).meta(d('Alle voorwaarden gelden', 'All conditions hold')) }).strict(),
      z.object({ any: z.array(conditionSchema).meta(d('Minstens één voorwaarde geldt', 'At least one condition holds')) }).strict(),
      // The recursive reference stays the same instance: a copy (via .meta) would make the JSON Schema infinite.
      z.object({ not: conditionSchema }).strict(),
      z.object({ flag: z.string().min(1).meta(d('Deze vlag staat aan', 'This flag is set')) }).strict(),
      z.object({ owns: idSchema.meta(d('Het huishouden bezit dit (bijv. de auto)', 'The household owns this asset')) }).strict(),
      z.object({ owes: z.string().min(1).meta(d('Het huishouden heeft deze schuld nog', 'The household still owes this debt')) }).strict(),
      z.object({ active: idSchema.meta(d('Deze interventie loopt', 'This intervention is running')) }).strict(),
      z.object({ billActive: idSchema.meta(d('Deze vaste last loopt (wordt betaald)', 'This bill is active (is being paid)')) }).strict(),
      z
        .object({
          age: z
            .object({ member: idSchema, op: opSchema, value: z.number().int().min(0).max(120) })
            .strict()
            .meta(d('Leeftijd van een gezinslid', "A member's age")),
        })
        .strict(),
      z
        .object({
          zrm: z
            .object({ member: idSchema, domain: domainSchema, op: opSchema, value: scoreSchema })
            .strict()
            .meta(d('ZRM-score van een gezinslid', "A member's ZRM score")),
        })
        .strict(),
      z
        .object({
          money: z
            .object({ of: z.enum(['cash', 'debt', 'arrears', 'income']), op: opSchema, value: signedEuroSchema })
            .strict()
            .meta(d('Geld: kas, schuld, achterstand of inkomen per maand', 'Money: cash, debt, arrears or monthly income')),
        })
        .strict(),
      z
        .object({
          arrears: z
            .object({ bill: idSchema, op: opSchema, months: z.number().int().min(0) })
            .strict()
            .meta(d('Maanden achterstand op een vaste last', 'Months of arrears on a bill')),
        })
        .strict(),
      z
        .object({ date: z.object({ op: opSchema, value: dateSchema }).strict().meta(d('De datum in het spel', 'The date in the game')) })
        .strict(),
    ])
    .meta(d('Voorwaarde', 'Condition')),
);

/** Describes a field in both languages: a shorthand for the long schema below. */
function field<T extends z.ZodType>(schema: T, nl: string, en: string): T {
  return schema.meta(d(nl, en));
}

const monthsSchema = (nl: string, en: string, max = 120) => field(z.number().int().min(0).max(max), nl, en);

const debtSchema = z
  .object({
    id: field(idSchema, 'Id van de schuld', 'Id of the debt'),
    creditor: field(payerSchema, 'Schuldeiser', 'Creditor'),
    label: field(textSchema, 'Omschrijving', 'Description'),
    amount: field(euroSchema, 'Bedrag in euro', 'Amount in euros'),
  })
  .strict()
  .meta(d('Een schuld', 'A debt'));

const effectType = <const V extends string>(value: V, nl: string, en: string) => field(z.literal(value), nl, en);
const flagName = field(z.string().min(1), 'Naam van de vlag, bijvoorbeeld "schuldhulp"', 'Name of the flag, e.g. "schuldhulp"');

export const effectSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: effectType('zrm', 'Verander een ZRM-score', 'Change a ZRM score'),
        member: field(
          z.string().min(1),
          'Gezinslid-id, "*" voor iedereen of "*adults" voor alle volwassenen',
          'Member id, "*" for everyone or "*adults" for all adults',
        ),
        domain: domainSchema,
        delta: field(
          z.number().int().min(-4).max(4),
          'Verandering van de score (-4 tot 4; blijft tussen 1 en 5)',
          'Change of the score (-4 to 4; stays within 1-5)',
        ),
      })
      .strict(),
    z.object({ type: effectType('setFlag', 'Zet een vlag aan', 'Set a flag'), flag: flagName }).strict(),
    z.object({ type: effectType('clearFlag', 'Zet een vlag uit', 'Clear a flag'), flag: flagName }).strict(),
    z
      .object({ type: effectType('addDebt', 'Voeg een schuld toe (of verhoog die)', 'Add a debt (or raise it)'), debt: debtSchema })
      .strict(),
    z
      .object({
        type: effectType('setIncome', 'Verander een inkomen', 'Change an income'),
        income: field(idSchema, 'Id van het inkomen', 'Id of the income'),
        monthly: field(euroSchema.optional(), 'Nieuw bedrag per maand', 'New amount per month'),
        active: field(z.boolean().optional(), 'Aan (true) of uit (false)', 'On (true) or off (false)'),
      })
      .strict(),
    z
      .object({
        type: effectType('setBill', 'Verander een vaste last', 'Change a bill'),
        bill: field(idSchema, 'Id van de vaste last', 'Id of the bill'),
        monthly: field(euroSchema.optional(), 'Nieuw bedrag per maand', 'New amount per month'),
        active: field(z.boolean().optional(), 'Aan (true) of uit (false)', 'On (true) or off (false)'),
      })
      .strict(),
    z
      .object({
        type: effectType('book', 'Boek een bedrag in het grootboek', 'Book an amount in the ledger'),
        kind: field(
          z.enum(['cost', 'transfer']),
          'cost: zorg, dienst of tijd verbruikt; transfer: geld verschuift alleen',
          'cost: care, service or time used up; transfer: money only moves',
        ),
        from: field(payerSchema, 'Wie betaalt', 'Who pays'),
        to: field(
          z.union([payerSchema, z.literal('aanbieder')]),
          'Wie ontvangt ("aanbieder" voor zorg- en dienstverleners)',
          'Who receives ("aanbieder" for providers)',
        ),
        price: field(idSchema.optional(), 'Prijs uit de catalogus', 'Price from the catalogue'),
        quantity: field(z.number().min(0).optional(), 'Aantal eenheden van die prijs', 'Number of units of that price'),
        amount: field(
          euroSchema.optional(),
          'Bedrag in euro (als er geen catalogusprijs is)',
          'Amount in euros (when there is no catalogue price)',
        ),
      })
      .strict(),
    z
      .object({
        type: effectType('startIntervention', 'Start een interventie', 'Start an intervention'),
        intervention: field(idSchema, 'Id van de interventie', 'Id of the intervention'),
      })
      .strict(),
    z
      .object({
        type: effectType('stopIntervention', 'Stop een interventie', 'Stop an intervention'),
        intervention: field(idSchema, 'Id van de interventie', 'Id of the intervention'),
      })
      .strict(),
    z
      .object({
        type: effectType(
          'sellAsset',
          'Verkoop een bezitting; de opbrengst gaat naar een schuldeiser',
          'Sell an asset; the money goes to a creditor',
        ),
        asset: field(idSchema, 'Id van de bezitting', 'Id of the asset'),
        to: field(payerSchema, 'Wie de opbrengst krijgt', 'Who gets the money'),
      })
      .strict(),
    z
      .object({
        type: effectType('payDebt', 'Betaal een schuld in één keer', 'Pay a debt at once'),
        debt: field(z.string().min(1), 'Id van de schuld', 'Id of the debt'),
        by: field(payerSchema, 'Wie betaalt', 'Who pays'),
      })
      .strict(),
    z
      .object({
        type: effectType('payArrears', 'Betaal de achterstand op een vaste last', 'Pay the arrears on a bill'),
        bill: field(idSchema, 'Id van de vaste last', 'Id of the bill'),
        by: field(payerSchema, 'Wie betaalt', 'Who pays'),
      })
      .strict(),
    z
      .object({
        type: effectType('endCase', 'Beëindig de casus', 'End the case'),
        epilogue: field(idSchema.optional(), 'Id van de epiloog', 'Id of the epilogue'),
      })
      .strict(),
    z
      .object({ type: effectType('message', 'Toon een bericht', 'Show a message'), text: field(textSchema, 'Het bericht', 'The message') })
      .strict(),
  ])
  .meta(d('Gevolg', 'Effect'));

const effectList = (nl: string, en: string) => field(z.array(effectSchema).default([]), nl, en);

const memberSchema = z
  .object({
    id: field(idSchema, 'Id van het gezinslid', 'Id of the member'),
    name: field(z.string().min(1), 'Naam', 'Name'),
    role: field(z.enum(['parent', 'child', 'young-adult', 'adult']), 'Rol in het gezin', 'Role in the household'),
    birthDate: field(dateSchema, 'Geboortedatum JJJJ-MM-DD', 'Birth date YYYY-MM-DD'),
    avatar: field(z.enum(['father', 'mother', 'boy', 'girl', 'young-adult']).optional(), 'Figuur in het spel', 'Figure drawn in the game'),
    story: field(textSchema.optional(), 'Korte beschrijving', 'Short description'),
    zrm: field(z.partialRecord(domainSchema, scoreSchema), 'ZRM-scores per domein bij de start', 'ZRM scores per domain at the start'),
  })
  .strict();

const incomeSchema = z
  .object({
    id: field(idSchema, 'Id van het inkomen', 'Id of the income'),
    label: field(textSchema, 'Omschrijving', 'Description'),
    kind: field(
      z.enum(['wage', 'benefit', 'toeslag', 'other']),
      'Soort: loon (niet geboekt), uitkering, toeslag of anders',
      'Kind: wage (not booked), benefit, allowance or other',
    ),
    payer: field(payerSchema, 'Wie betaalt het inkomen', 'Who pays the income'),
    member: field(idSchema.optional(), 'Voor welk gezinslid', 'For which member'),
    monthly: field(euroSchema, 'Bedrag per maand', 'Amount per month'),
    active: field(z.boolean().default(true), 'Loopt vanaf de start (true) of later (false)', 'Paid from the start (true) or later (false)'),
  })
  .strict();

const billSchema = z
  .object({
    id: field(idSchema, 'Id van de vaste last', 'Id of the bill'),
    label: field(textSchema, 'Omschrijving', 'Description'),
    payee: field(payerSchema, 'Aan wie (voor eigen levensonderhoud: huishouden)', 'Paid to (own living costs: huishouden)'),
    monthly: field(euroSchema, 'Bedrag per maand', 'Amount per month'),
    priority: field(
      z.number().int().min(0).max(99),
      'Volgorde van betalen bij tekort: laag eerst',
      'Order of payment when short: low first',
    ),
    active: field(z.boolean().default(true), 'Loopt vanaf de start', 'Runs from the start'),
    booked: field(
      z.boolean().default(false),
      'Aflossing of eigen bijdrage: in het grootboek',
      'Repayment or own contribution: booked in the ledger',
    ),
    arrears: field(euroSchema.default(0), 'Achterstand op deze last bij de start, in euro', 'Arrears on this bill at the start, in euros'),
  })
  .strict();

const timedSchema = z
  .object({
    afterMonths: monthsSchema('Na hoeveel maanden hulp', 'After how many months of help'),
    effects: field(z.array(effectSchema), 'Gevolgen', 'Effects'),
  })
  .strict();

/** A breakthrough: bends one rule, needs approval that takes time and may be refused. */
export const breakthroughSchema = z
  .object({
    bends: field(textSchema, 'Welke regel dit buigt', 'Which rule this bends'),
    law: field(z.string().min(2), 'Wettelijke grond voor de uitzondering', 'Legal ground for the exception'),
    approvalMonths: field(z.number().int().min(0).max(12), 'Hoe lang de toestemming duurt (maanden)', 'How long approval takes (months)'),
    refusalChance: field(
      z.number().min(0).max(1),
      'Kans dat de toestemming geweigerd wordt (0-1)',
      'Chance that approval is refused (0-1)',
    ),
  })
  .strict();

const unitSchema = z.enum(['hour', 'day', 'week', 'month', 'contact', 'once', 'traject', 'year', 'km']);
const propField = field(
  z.enum(PROP_KINDS).optional(),
  'Wat de wijk tekent zolang dit loopt (bijv. taxi)',
  'What the neighbourhood draws while it runs (e.g. taxi)',
);

const interventionSchema = z
  .object({
    use: field(
      idSchema.optional(),
      'Id van de interventie in de catalogus (weglaten voor een eigen interventie met id, label, payer, unit en price)',
      'Id of the intervention in the catalogue (leave out for an own intervention with id, label, payer, unit and price)',
    ),
    id: field(
      idSchema.optional(),
      'Eigen id: als de catalogus-id twee keer gebruikt wordt, of voor een eigen interventie',
      'Own id: when a catalogue entry is used twice, or for an own intervention',
    ),
    payer: field(payerSchema.optional(), 'Wie betaalt (eigen interventie)', 'Who pays (own intervention)'),
    kind: field(
      z.enum(['cost', 'transfer']).optional(),
      'cost: zorg, dienst of tijd; transfer: geld verschuift alleen (eigen interventie; standaard cost)',
      'cost: care, service or time; transfer: money only moves (own intervention; default cost)',
    ),
    to: field(
      z.union([payerSchema, z.literal('aanbieder')]).optional(),
      'Wie ontvangt (eigen interventie; standaard aanbieder)',
      'Who receives (own intervention; default aanbieder)',
    ),
    unit: field(unitSchema.optional(), 'Eenheid van de prijs (eigen interventie)', 'Unit of the price (own intervention)'),
    breakthrough: field(
      breakthroughSchema.optional(),
      'Doorbraak: buigt een regel en vraagt toestemming (vervangt die uit de catalogus)',
      "Breakthrough: bends a rule and needs approval (replaces the catalogue's)",
    ),
    prop: propField,
    label: field(textSchema.optional(), 'Eigen naam (anders die uit de catalogus)', 'Own name (otherwise the catalogue one)'),
    description: field(textSchema.optional(), 'Eigen beschrijving', 'Own description'),
    for: field(idSchema.optional(), 'Voor welk gezinslid', 'For which member'),
    dosage: field(z.number().min(0).optional(), 'Eenheden per maand', 'Units per month'),
    durationMonths: field(z.number().int().min(1).max(120).optional(), 'Hoeveel maanden de hulp loopt', 'How many months the help runs'),
    waitingMonths: field(z.number().int().min(0).max(24).optional(), 'Wachttijd in maanden', 'Waiting time in months'),
    wijkteamHours: field(z.number().min(0).max(200).optional(), 'Uren van het wijkteam per maand', 'Wijkteam hours per month'),
    ownContribution: field(
      z
        .object({ monthly: field(euroSchema, 'Bedrag per maand', 'Amount per month'), to: field(payerSchema, 'Aan wie', 'Paid to') })
        .strict()
        .optional(),
      'Eigen bijdrage van het huishouden',
      "The household's own contribution",
    ),
    price: field(
      z
        .object({
          amount: field(euroSchema, 'Prijs per eenheid', 'Price per unit'),
          year: field(z.number().int().min(2000).max(2100), 'Prijspeil (jaar)', 'Price level (year)'),
          source: field(z.string().min(3), 'Bron ("aanname: …" als het een aanname is)', 'Source ("aanname: …" when assumed)'),
        })
        .strict()
        .optional(),
      'Eigen prijs voor deze casus',
      'Own price for this case',
    ),
    available: field(
      conditionSchema.optional(),
      'Alleen te kiezen als deze voorwaarde geldt',
      'Can be chosen only when this condition holds',
    ),
    onStart: effectList('Gevolgen bij de start', 'Effects at the start'),
    timed: field(z.array(timedSchema).default([]), 'Gevolgen na een aantal maanden hulp', 'Effects after some months of help'),
    onEnd: effectList('Gevolgen bij het einde', 'Effects at the end'),
    automatic: field(
      z.boolean().default(false),
      'Alleen door regels gestart, niet te kiezen',
      'Started by rules only, not chosen by the trainee',
    ),
    excludes: field(
      z.array(idSchema).default([]),
      'Interventies die hiermee niet samengaan',
      'Interventions that do not combine with this one',
    ),
  })
  .strict();

const templateSchema = z
  .object({
    id: field(idSchema, 'Id van deze regel', 'Id of this rule'),
    template: field(z.enum(TEMPLATE_IDS), 'Regelsjabloon uit de wet', 'Rule template from the law'),
    params: field(
      z.record(z.string(), z.unknown()),
      'Parameters van het sjabloon (zie de handleiding)',
      "The template's parameters (see the guide)",
    ),
  })
  .strict();

const ruleSchema = z
  .object({
    id: field(idSchema, 'Id van de regel', 'Id of the rule'),
    when: field(conditionSchema, 'Wanneer de regel afgaat', 'When the rule fires'),
    then: field(z.array(effectSchema), 'Gevolgen', 'Effects'),
    repeat: field(z.boolean().default(false), 'Elke maand opnieuw (true) of één keer (false)', 'Every month (true) or once (false)'),
    law: field(z.string().optional(), 'Wettelijke grond, getoond bij "waarom?"', 'Legal ground, shown under "why?"'),
  })
  .strict();

const eventSchema = z
  .object({
    id: field(idSchema, 'Id van de gebeurtenis', 'Id of the event'),
    when: field(conditionSchema, 'Wanneer het kan gebeuren', 'When it can happen'),
    chance: field(z.number().min(0).max(1), 'Kans per maand (0-1)', 'Chance per month (0-1)'),
    repeat: field(z.boolean().default(false), 'Kan vaker gebeuren', 'Can happen more than once'),
    effects: field(z.array(effectSchema), 'Gevolgen', 'Effects'),
    message: field(textSchema, 'Wat de deelnemer leest', 'What the trainee reads'),
  })
  .strict();

const decisionPointSchema = z
  .object({
    id: field(idSchema, 'Id van het beslismoment', 'Id of the decision point'),
    prompt: field(textSchema, 'De vraag aan de deelnemer', 'The question to the trainee'),
    when: field(conditionSchema, 'Wanneer de klok stopt voor deze vraag', 'When the clock stops for this question'),
    options: field(
      z
        .array(
          z
            .object({
              id: field(idSchema, 'Id van de keuze', 'Id of the option'),
              label: field(textSchema, 'Tekst van de keuze', 'Text of the option'),
              effects: field(z.array(effectSchema), 'Gevolgen', 'Effects'),
            })
            .strict(),
        )
        .min(2),
      'De keuzes (minstens twee)',
      'The options (at least two)',
    ),
    default: field(idSchema, 'Wat het systeem vanzelf doet als niemand kiest', 'What the system does when nobody chooses'),
    pause: field(
      z
        .object({
          question: field(textSchema, 'De vraag die de trainer hier aan de groep stelt', 'The question the trainer asks the group here'),
          goodAnswer: field(textSchema, 'Wat een goed antwoord bevat', 'What a good answer contains'),
        })
        .strict()
        .optional(),
      'Pauzemoment voor de trainer bij dit beslismoment',
      "The trainer's pause point at this decision",
    ),
  })
  .strict();

const decisionMonth = field(
  z.number().int().min(0),
  'Maand van de beslissing (0 = eerste maand)',
  'Month of the decision (0 = first month)',
);

export const decisionSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        month: decisionMonth,
        type: field(z.literal('start'), 'Start een interventie', 'Start an intervention'),
        intervention: field(idSchema, 'Id van de interventie', 'Id of the intervention'),
      })
      .strict(),
    z
      .object({
        month: decisionMonth,
        type: field(z.literal('stop'), 'Stop een interventie', 'Stop an intervention'),
        intervention: field(idSchema, 'Id van de interventie', 'Id of the intervention'),
      })
      .strict(),
    z
      .object({
        month: decisionMonth,
        type: field(z.literal('choose'), 'Kies bij een beslismoment', 'Choose at a decision point'),
        point: field(idSchema, 'Id van het beslismoment', 'Id of the decision point'),
        option: field(idSchema, 'Id van de keuze', 'Id of the option'),
      })
      .strict(),
  ])
  .meta(d('Een beslissing in een route', 'A decision in a route'));

export const routeSchema = z.array(decisionSchema);

export const scenarioSchema = z
  .object({
    $schema: field(
      z.string().optional(),
      'Verwijzing naar het schema voor hulp in de editor',
      'Reference to the schema for help in the editor',
    ),
    id: field(idSchema, 'Id van de casus (uniek, ook de bestandsnaam)', 'Id of the case (unique; also the file name)'),
    version: field(z.number().int().min(1), 'Versie; verhoog bij elke inhoudelijke wijziging', 'Version; raise on every change of content'),
    title: field(textSchema, 'Titel', 'Title'),
    summary: field(textSchema, 'Samenvatting voor het menu', 'Summary for the menu'),
    facilitation: field(
      textSchema.optional(),
      'Handreiking voor de trainer: doel, aannames, tips voor de nabespreking',
      "Trainer's guide: aim, assumptions, debrief tips",
    ),
    lesson: field(
      textSchema.optional(),
      'Wat de casus leert, in één alinea (voor het overzicht van de casussen)',
      'What the case teaches, in one paragraph (for the overview of the cases)',
    ),
    learningGoals: field(
      z.array(textSchema).default([]),
      'Leerdoelen voor de trainer en de deelnemer',
      'Learning goals for the trainer and the trainee',
    ),
    assumptions: field(
      z.array(textSchema).default([]),
      'Aangenomen bedragen en feiten (die niet uit een bron komen)',
      'Assumed figures and facts (not taken from a source)',
    ),
    start: field(dateSchema, 'Startdatum: regels gelden naar datum', 'Start date: rules apply by date'),
    months: field(z.number().int().min(1).max(60), 'Aantal maanden dat de casus loopt', 'Number of months the case runs'),
    checkpoints: field(
      z.array(z.number().int().min(0)).min(1),
      'Maanden waarin de deelnemer het plan maakt of bijstelt',
      'Months in which the trainee plans or reviews',
    ),
    wijkteamHoursPerMonth: field(z.number().min(0).max(200), 'Uren van het wijkteam per maand', "The wijkteam's hours per month"),
    zrmThreshold: field(
      z.number().min(1).max(5).default(3),
      'Gemiddelde ZRM die een goede route minstens haalt',
      'Mean ZRM a good route keeps at least',
    ),
    household: field(
      z
        .object({
          name: field(z.string().min(1), 'Naam van het huishouden', 'Name of the household'),
          story: field(textSchema, 'Het verhaal bij de intake', 'The story at intake'),
          goal: field(textSchema, 'Waar wil het gezin over een jaar staan?', 'Where does the household want to be in a year?'),
          members: field(z.array(memberSchema).min(1), 'De gezinsleden', 'The members'),
          cash: field(signedEuroSchema.default(0), 'Geld op de rekening bij de start', 'Money in the account at the start'),
          incomes: field(z.array(incomeSchema).default([]), 'Inkomsten per maand', 'Incomes per month'),
          bills: field(z.array(billSchema).default([]), 'Vaste lasten en leefgeld per maand', 'Bills and living costs per month'),
          debts: field(z.array(debtSchema).default([]), 'Schulden bij de start', 'Debts at the start'),
          assets: field(
            z
              .array(
                z
                  .object({
                    id: field(idSchema, 'Id van de bezitting', 'Id of the asset'),
                    kind: field(z.enum(['car', 'other']), 'Soort', 'Kind'),
                    label: field(textSchema, 'Omschrijving', 'Description'),
                    value: field(euroSchema, 'Waarde in euro', 'Value in euros'),
                  })
                  .strict(),
              )
              .default([]),
            'Bezittingen (bijvoorbeeld de auto)',
            'Assets (for example the car)',
          ),
          flags: field(z.array(z.string().min(1)).default([]), 'Vlaggen die bij de start aan staan', 'Flags set at the start'),
        })
        .strict(),
      'Het huishouden',
      'The household',
    ),
    interventions: field(z.array(interventionSchema).min(1), 'De interventies die de casus aanbiedt', 'The interventions the case offers'),
    templates: field(z.array(templateSchema).default([]), 'Regels uit de wet, met parameters', 'Rules from the law, with parameters'),
    rules: field(z.array(ruleSchema).default([]), 'Eigen regels van de casus', "The case's own rules"),
    events: field(z.array(eventSchema).default([]), 'Gebeurtenissen met een kans per maand', 'Events with a chance per month'),
    decisionPoints: field(
      z.array(decisionPointSchema).default([]),
      'Momenten waarop de klok stopt voor een keuze',
      'Moments when the clock stops for a choice',
    ),
    routes: field(
      z
        .object({
          system: field(routeSchema, 'Systeemroute: elke regel naar de letter', 'System route: every rule to the letter'),
          breakthrough: field(
            routeSchema,
            'Doorbraakroute: maatwerk dat één regel buigt',
            'Breakthrough route: maatwerk that bends one rule',
          ),
        })
        .strict(),
      'De routes waarmee de uitkomst vergelijkt',
      'The routes the outcome compares with',
    ),
    ownBudget: field(
      z
        .object({
          payer: field(payerSchema, 'Het eigen potje van de deelnemer', "The trainee's own budget"),
          target: field(euroSchema, 'Budgetdoel voor dat potje', 'Budget target for that budget'),
        })
        .strict()
        .optional(),
      'Voor spelen met alleen zicht op het eigen potje',
      'For playing with only the own budget visible',
    ),
    dwellings: field(
      z.record(z.string().min(1), z.enum(DWELLING_KINDS)).optional(),
      'Waar het huishouden slaapt zolang een vlag aan staat, voor de tekening van de wijk: vlag → room, shelter, couch, street of tent (bijv. {"kamer": "room"})',
      'Where the household sleeps while a flag is set, for the neighbourhood picture: flag → room, shelter, couch, street or tent (e.g. {"kamer": "room"})',
    ),
    epilogues: field(
      z
        .array(
          z
            .object({
              id: field(idSchema, 'Id van de epiloog', 'Id of the epilogue'),
              when: field(
                conditionSchema.optional(),
                'Wanneer deze epiloog past (de eerste die past telt)',
                'When this epilogue fits (the first that fits counts)',
              ),
              text: field(textSchema, 'De tekst', 'The text'),
            })
            .strict(),
        )
        .default([]),
      'Afloop voor het gezin, passend bij de uitkomst',
      "The household's epilogue, fitting the outcome",
    ),
    debrief: field(
      z
        .array(
          z
            .object({
              id: field(idSchema, 'Id van de vraag', 'Id of the question'),
              question: field(textSchema, 'De vraag', 'The question'),
              goodAnswer: field(
                textSchema.optional(),
                'Wat een goed antwoord bevat (voor de trainer)',
                'What a good answer contains (for the trainer)',
              ),
            })
            .strict(),
        )
        .default([]),
      'Vragen voor de nabespreking',
      'Questions for the debrief',
    ),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioDoc = z.output<typeof scenarioSchema>;

export const catalogueEntrySchema = z
  .object({
    id: field(idSchema, 'Id van de interventie of prijs', 'Id of the intervention or price'),
    label: field(textSchema, 'Naam', 'Name'),
    description: field(textSchema, 'Beschrijving', 'Description'),
    category: field(z.enum(['geld', 'zorg', 'jeugd', 'wonen', 'werk', 'vervoer', 'recht', 'overig']), 'Categorie', 'Category'),
    payer: field(payerSchema, 'Wie betaalt', 'Who pays'),
    kind: field(
      z.enum(['cost', 'transfer']).default('cost'),
      'cost: zorg, dienst of tijd; transfer: geld verschuift alleen',
      'cost: care, service or time; transfer: money only moves',
    ),
    to: field(z.union([payerSchema, z.literal('aanbieder')]).default('aanbieder'), 'Wie ontvangt', 'Who receives'),
    unit: field(unitSchema, 'Eenheid van de prijs', 'Unit of the price'),
    amount: field(euroSchema, 'Prijs per eenheid in euro', 'Price per unit in euros'),
    year: field(z.number().int().min(2000).max(2100), 'Prijspeil (jaar)', 'Price level (year)'),
    source: field(z.string().min(3), 'Bron van de prijs', 'Source of the price'),
    note: field(z.string().optional(), 'Toelichting', 'Note'),
    dosage: field(z.number().min(0).default(1), 'Standaard aantal eenheden per maand', 'Default units per month'),
    durationMonths: field(z.number().int().min(1).max(120).optional(), 'Standaard duur in maanden', 'Default duration in months'),
    waitingMonths: field(z.number().int().min(0).max(24).default(0), 'Standaard wachttijd in maanden', 'Default waiting time in months'),
    wijkteamHours: field(z.number().min(0).max(200).default(0), 'Uren wijkteam per maand', 'Wijkteam hours per month'),
    breakthrough: field(
      breakthroughSchema.optional(),
      'Doorbraak: buigt een regel en vraagt toestemming',
      'Breakthrough: bends a rule and needs approval',
    ),
    prop: propField,
  })
  .strict();

export const catalogueSchema = z
  .object({
    $schema: field(
      z.string().optional(),
      'Verwijzing naar het schema voor hulp in de editor',
      'Reference to the schema for help in the editor',
    ),
    prices: field(z.array(catalogueEntrySchema).min(1), 'Interventies en prijzen', 'Interventions and prices'),
  })
  .strict();

export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;
export type CatalogueDoc = z.output<typeof catalogueSchema>;

export const tariffSchema = z
  .object({
    $schema: field(
      z.string().optional(),
      'Verwijzing naar het schema voor hulp in de editor',
      'Reference to the schema for help in the editor',
    ),
    gemeente: field(z.string().min(1), 'Naam van de gemeente', 'Name of the municipality'),
    year: field(z.number().int().min(2000).max(2100), 'Jaar van de tarieven', 'Year of the tariffs'),
    prices: field(
      z
        .array(
          z
            .object({
              id: field(idSchema, 'Id van de prijs in de catalogus', 'Id of the price in the catalogue'),
              amount: field(euroSchema, 'Eigen tarief in euro', 'Own tariff in euros'),
              source: field(z.string().min(3), 'Bron (besluit, contract)', 'Source (decision, contract)'),
              year: field(
                z.number().int().min(2000).max(2100).optional(),
                'Jaar (anders dat van het bestand)',
                "Year (otherwise the file's)",
              ),
            })
            .strict(),
        )
        .min(1),
      'Tarieven die de catalogus vervangen',
      'Tariffs that replace catalogue prices',
    ),
  })
  .strict();

export type TariffDoc = z.output<typeof tariffSchema>;
