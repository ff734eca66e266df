/**
 * The authoring format: the single source of the scenario's TypeScript types, its
 * runtime validation and the generated JSON Schema. Money is written in euros (at
 * most two decimals) and dates as YYYY-MM-DD; compile.ts turns both into the core's
 * cents and calendar dates.
 */
import { z } from 'zod';
import { PAYER_IDS, TEMPLATE_IDS, ZRM_DOMAINS, eurosToCents, parseIsoDate } from '../core';

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

export interface ConditionInput {
  all?: ConditionInput[];
  any?: ConditionInput[];
  not?: ConditionInput;
  flag?: string;
  owns?: string;
  owes?: string;
  active?: string;
  age?: { member: string; op: string; value: number };
  zrm?: { member: string; domain: string; op: string; value: number };
  money?: { of: string; op: string; value: number };
  arrears?: { bill: string; op: string; months: number };
  date?: { op: string; value: string };
}

export const conditionSchema: z.ZodType<unknown> = z.lazy(() =>
  z
    .union([
      z.object({ all: z.array(conditionSchema).meta(d('Alle voorwaarden gelden', 'All conditions hold')) }).strict(),
      z.object({ any: z.array(conditionSchema).meta(d('Minstens één voorwaarde geldt', 'At least one condition holds')) }).strict(),
      z.object({ not: conditionSchema.meta(d('De voorwaarde geldt niet', 'The condition does not hold')) }).strict(),
      z.object({ flag: z.string().min(1).meta(d('Deze vlag staat aan', 'This flag is set')) }).strict(),
      z.object({ owns: idSchema.meta(d('Het huishouden bezit dit (bijv. de auto)', 'The household owns this asset')) }).strict(),
      z.object({ owes: z.string().min(1).meta(d('Het huishouden heeft deze schuld nog', 'The household still owes this debt')) }).strict(),
      z.object({ active: idSchema.meta(d('Deze interventie loopt', 'This intervention is running')) }).strict(),
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

const debtSchema = z
  .object({ id: idSchema, creditor: payerSchema, label: textSchema, amount: euroSchema })
  .strict()
  .meta(d('Een schuld', 'A debt'));

export const effectSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('zrm'),
        member: z
          .string()
          .min(1)
          .meta(
            d(
              'Gezinslid-id, "*" voor iedereen of "*adults" voor alle volwassenen',
              'Member id, "*" for everyone or "*adults" for all adults',
            ),
          ),
        domain: domainSchema,
        delta: z.number().int().min(-4).max(4),
      })
      .strict(),
    z.object({ type: z.literal('setFlag'), flag: z.string().min(1) }).strict(),
    z.object({ type: z.literal('clearFlag'), flag: z.string().min(1) }).strict(),
    z.object({ type: z.literal('addDebt'), debt: debtSchema }).strict(),
    z.object({ type: z.literal('setIncome'), income: idSchema, monthly: euroSchema.optional(), active: z.boolean().optional() }).strict(),
    z.object({ type: z.literal('setBill'), bill: idSchema, monthly: euroSchema.optional(), active: z.boolean().optional() }).strict(),
    z
      .object({
        type: z.literal('book'),
        kind: z.enum(['cost', 'transfer']),
        from: payerSchema,
        to: z.union([payerSchema, z.literal('aanbieder')]),
        price: idSchema.optional().meta(d('Prijs uit de catalogus', 'Price from the catalogue')),
        quantity: z.number().min(0).optional(),
        amount: euroSchema.optional(),
      })
      .strict(),
    z.object({ type: z.literal('startIntervention'), intervention: idSchema }).strict(),
    z.object({ type: z.literal('stopIntervention'), intervention: idSchema }).strict(),
    z.object({ type: z.literal('sellAsset'), asset: idSchema, to: payerSchema }).strict(),
    z.object({ type: z.literal('payDebt'), debt: z.string().min(1), by: payerSchema }).strict(),
    z.object({ type: z.literal('payArrears'), bill: idSchema, by: payerSchema }).strict(),
    z.object({ type: z.literal('endCase'), epilogue: idSchema.optional() }).strict(),
    z.object({ type: z.literal('message'), text: textSchema }).strict(),
  ])
  .meta(d('Gevolg', 'Effect'));

const memberSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).meta(d('Naam', 'Name')),
    role: z.enum(['parent', 'child', 'young-adult', 'adult']).meta(d('Rol in het gezin', 'Role in the household')),
    birthDate: dateSchema.meta(d('Geboortedatum JJJJ-MM-DD', 'Birth date YYYY-MM-DD')),
    story: textSchema.optional(),
    avatar: z.enum(['father', 'mother', 'boy', 'girl', 'young-adult']).optional().meta(d('Figuur in het spel', 'Figure drawn in the game')),
    zrm: z.partialRecord(domainSchema, scoreSchema).meta(d('ZRM-scores per domein bij de start', 'ZRM scores per domain at the start')),
  })
  .strict();

const incomeSchema = z
  .object({
    id: idSchema,
    label: textSchema,
    kind: z.enum(['wage', 'benefit', 'toeslag', 'other']),
    payer: payerSchema,
    member: idSchema.optional(),
    monthly: euroSchema.meta(d('Bedrag per maand', 'Amount per month')),
    active: z.boolean().default(true),
  })
  .strict();

const billSchema = z
  .object({
    id: idSchema,
    label: textSchema,
    payee: payerSchema.meta(d('Aan wie (voor eigen levensonderhoud: huishouden)', 'Paid to (own living costs: huishouden)')),
    monthly: euroSchema,
    priority: z
      .number()
      .int()
      .min(0)
      .max(99)
      .meta(d('Volgorde van betalen bij tekort: laag eerst', 'Order of payment when short: low first')),
    active: z.boolean().default(true),
    booked: z
      .boolean()
      .default(false)
      .meta(d('Aflossing of eigen bijdrage: in het grootboek', 'Repayment or own contribution: booked in the ledger')),
  })
  .strict();

const timedSchema = z.object({ afterMonths: z.number().int().min(0).max(120), effects: z.array(effectSchema) }).strict();

const interventionSchema = z
  .object({
    use: idSchema.meta(d('Id van de interventie in de catalogus', 'Id of the intervention in the catalogue')),
    id: idSchema.optional().meta(d('Eigen id als de catalogus-id twee keer gebruikt wordt', 'Own id when a catalogue entry is used twice')),
    label: textSchema.optional(),
    description: textSchema.optional(),
    for: idSchema.optional().meta(d('Voor welk gezinslid', 'For which member')),
    dosage: z.number().min(0).optional().meta(d('Eenheden per maand', 'Units per month')),
    durationMonths: z.number().int().min(1).max(120).optional(),
    waitingMonths: z.number().int().min(0).max(24).optional(),
    wijkteamHours: z.number().min(0).max(200).optional(),
    ownContribution: z.object({ monthly: euroSchema, to: payerSchema }).strict().optional(),
    price: z
      .object({ amount: euroSchema, year: z.number().int().min(2000).max(2100), source: z.string().min(3) })
      .strict()
      .optional()
      .meta(
        d(
          'Eigen prijs voor deze casus (met bron; "aanname: …" als het een aanname is)',
          'Own price for this case (with source; "aanname: …" when assumed)',
        ),
      ),
    available: conditionSchema.optional(),
    onStart: z.array(effectSchema).default([]),
    timed: z.array(timedSchema).default([]),
    onEnd: z.array(effectSchema).default([]),
    automatic: z
      .boolean()
      .default(false)
      .meta(d('Alleen door regels gestart, niet te kiezen', 'Started by rules only, not chosen by the trainee')),
    excludes: z.array(idSchema).default([]),
  })
  .strict();

const templateSchema = z
  .object({
    id: idSchema,
    template: z.enum(TEMPLATE_IDS).meta(d('Regelsjabloon uit de wet', 'Rule template from the law')),
    params: z.record(z.string(), z.unknown()).meta(d('Parameters van het sjabloon', "The template's parameters")),
  })
  .strict();

const ruleSchema = z
  .object({
    id: idSchema,
    when: conditionSchema,
    then: z.array(effectSchema),
    repeat: z.boolean().default(false),
    law: z.string().optional(),
  })
  .strict();

const eventSchema = z
  .object({
    id: idSchema,
    when: conditionSchema,
    chance: z.number().min(0).max(1).meta(d('Kans per maand (0-1)', 'Chance per month (0-1)')),
    repeat: z.boolean().default(false),
    effects: z.array(effectSchema),
    message: textSchema,
  })
  .strict();

const decisionPointSchema = z
  .object({
    id: idSchema,
    prompt: textSchema,
    when: conditionSchema,
    options: z.array(z.object({ id: idSchema, label: textSchema, effects: z.array(effectSchema) }).strict()).min(2),
    default: idSchema.meta(d('Wat het systeem vanzelf doet als niemand kiest', 'What the system does when nobody chooses')),
  })
  .strict();

export const decisionSchema = z
  .discriminatedUnion('type', [
    z.object({ month: z.number().int().min(0), type: z.literal('start'), intervention: idSchema }).strict(),
    z.object({ month: z.number().int().min(0), type: z.literal('stop'), intervention: idSchema }).strict(),
    z.object({ month: z.number().int().min(0), type: z.literal('choose'), point: idSchema, option: idSchema }).strict(),
  ])
  .meta(d('Een beslissing in een route', 'A decision in a route'));

export const routeSchema = z.array(decisionSchema);

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id: idSchema,
    version: z
      .number()
      .int()
      .min(1)
      .meta(d('Versie; verhoog bij elke inhoudelijke wijziging', 'Version; raise on every change of content')),
    title: textSchema,
    summary: textSchema,
    facilitation: textSchema
      .optional()
      .meta(d('Handreiking voor de trainer: doel, aannames, tips voor de nabespreking', "Trainer's guide: aim, assumptions, debrief tips")),
    start: dateSchema.meta(d('Startdatum: regels gelden naar datum', 'Start date: rules apply by date')),
    months: z.number().int().min(1).max(60).meta(d('Aantal maanden dat de casus loopt', 'Number of months the case runs')),
    checkpoints: z
      .array(z.number().int().min(0))
      .min(1)
      .meta(d('Maanden waarin de deelnemer het plan maakt of bijstelt', 'Months in which the trainee plans or reviews')),
    wijkteamHoursPerMonth: z.number().min(0).max(200).meta(d('Uren van het wijkteam per maand', "The wijkteam's hours per month")),
    zrmThreshold: z
      .number()
      .min(1)
      .max(5)
      .default(3)
      .meta(d('Gemiddelde ZRM die een goede route minstens haalt', 'Mean ZRM a good route keeps at least')),
    household: z
      .object({
        name: z.string().min(1),
        story: textSchema,
        goal: textSchema.meta(d('Waar wil het gezin over een jaar staan?', 'Where does the household want to be in a year?')),
        members: z.array(memberSchema).min(1),
        cash: signedEuroSchema.default(0),
        incomes: z.array(incomeSchema).default([]),
        bills: z.array(billSchema).default([]),
        debts: z.array(debtSchema).default([]),
        assets: z
          .array(z.object({ id: idSchema, kind: z.enum(['car', 'other']), label: textSchema, value: euroSchema }).strict())
          .default([]),
        flags: z.array(z.string().min(1)).default([]),
      })
      .strict(),
    interventions: z.array(interventionSchema).min(1),
    templates: z.array(templateSchema).default([]),
    rules: z.array(ruleSchema).default([]),
    events: z.array(eventSchema).default([]),
    decisionPoints: z.array(decisionPointSchema).default([]),
    routes: z.object({ system: routeSchema, breakthrough: routeSchema }).strict(),
    ownBudget: z.object({ payer: payerSchema, target: euroSchema }).strict().optional(),
    epilogues: z.array(z.object({ id: idSchema, when: conditionSchema.optional(), text: textSchema }).strict()).default([]),
    debrief: z.array(z.object({ id: idSchema, question: textSchema }).strict()).default([]),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioDoc = z.output<typeof scenarioSchema>;

export const catalogueEntrySchema = z
  .object({
    id: idSchema,
    label: textSchema,
    description: textSchema,
    category: z.enum(['geld', 'zorg', 'jeugd', 'wonen', 'werk', 'vervoer', 'recht', 'overig']),
    payer: payerSchema,
    kind: z.enum(['cost', 'transfer']).default('cost'),
    to: z.union([payerSchema, z.literal('aanbieder')]).default('aanbieder'),
    unit: z.enum(['hour', 'day', 'week', 'month', 'contact', 'once', 'traject', 'year', 'km']),
    amount: euroSchema.meta(d('Prijs per eenheid in euro', 'Price per unit in euros')),
    year: z.number().int().min(2000).max(2100).meta(d('Prijspeil (jaar)', 'Price level (year)')),
    source: z.string().min(3).meta(d('Bron van de prijs', 'Source of the price')),
    note: z.string().optional(),
    dosage: z.number().min(0).default(1),
    durationMonths: z.number().int().min(1).max(120).optional(),
    waitingMonths: z.number().int().min(0).max(24).default(0),
    wijkteamHours: z.number().min(0).max(200).default(0),
    breakthrough: z
      .object({
        bends: textSchema,
        law: z.string().min(2),
        approvalMonths: z.number().int().min(0).max(12),
        refusalChance: z.number().min(0).max(1),
      })
      .strict()
      .optional(),
  })
  .strict();

export const catalogueSchema = z
  .object({
    $schema: z.string().optional(),
    prices: z.array(catalogueEntrySchema).min(1),
  })
  .strict();

export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;
export type CatalogueDoc = z.output<typeof catalogueSchema>;

export const tariffSchema = z
  .object({
    $schema: z.string().optional(),
    gemeente: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    prices: z
      .array(
        z
          .object({ id: idSchema, amount: euroSchema, source: z.string().min(3), year: z.number().int().min(2000).max(2100).optional() })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type TariffDoc = z.output<typeof tariffSchema>;
