/**
 * Parameter schemas for the rule templates and how each compiles into the core's
 * parameter type. Money is written in euros and becomes cents; a priced step names
 * a catalogue price ({ "price": "id", "quantity": n }) that compiles into an amount
 * with its source. Each template's `compile` is typed from its schema's output and
 * returns the core's `TemplateParams[K]`, so the schema, the compiled form and the
 * rule that reads it cannot disagree without a type error.
 */
import { z } from 'zod';
import { eurosToCents, type Cents, type PriceRef, type TemplateId, type TemplateParams } from '../core';
import type { JsonPath } from './json';
import { euroSchema, idSchema, payerSchema } from './schema';

const cents = euroSchema.transform((v) => eurosToCents(v) ?? 0);
const months = z.number().int().min(0).max(60);

/** A reference to a catalogue price, optionally times a quantity (e.g. days). */
export const pricedSchema = z.object({ price: idSchema, quantity: z.number().min(0).default(1) }).strict();
type PricedInput = z.output<typeof pricedSchema>;

/** A catalogue price resolved: the amount for the quantity, the unit price, and its source. */
export interface ResolvedPrice {
  readonly amount: Cents;
  readonly unitAmount: Cents;
  readonly price: PriceRef;
}

/** Resolves a priced step against the catalogue (and tariffs); reports an unknown id at the path. */
export type PriceResolver = (priced: PricedInput, path: JsonPath) => ResolvedPrice;

/** Wahv: the law allows gijzeling of at most one week per offence (Wahv art. 28 lid 1). */
export const GIJZELING_MAX_DAYS = 7;

/** The flag a gijzeling waits for when the file names none: the officier's request and the kantonrechter's leave. */
export const GIJZELING_LEAVE_FLAG = 'machtiging-gijzeling';

const schemas = {
  'wahv-boete': z
    .object({
      debt: z.string().min(1),
      termMonths: months.default(2),
      freeReminder: z.boolean().optional(),
      payWhenPossible: z.boolean().default(true),
      paymentPlanFlag: z.string().min(1).default('cjib-betalingsregeling'),
      dwangbevel: pricedSchema.default({ price: 'cjib-dwangbevel-betekening', quantity: 1 }),
      gijzeling: z
        .object({
          member: idSchema,
          afterMonths: months,
          days: z.number().int().min(1).max(365),
          day: pricedSchema,
          leaveFlag: z.string().min(1).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  ontruiming: z
    .object({
      bill: idSchema,
      summonsAtMonths: months.default(3),
      rulingAfterMonths: months.default(1),
      evictionAfterMonths: months.default(1),
      deurwaarderSummons: pricedSchema,
      deurwaarderEviction: pricedSchema,
      landlordCost: pricedSchema,
      shelter: idSchema.optional(),
    })
    .strict(),
  energieschuld: z
    .object({
      bill: idSchema,
      reminderMonths: months.default(2),
      disconnectAtMonths: months.default(3),
      reconnectCost: cents.default(0),
      schuldhulpFlag: z.string().min(1).default('schuldhulp'),
      healthRiskFlag: z.string().min(1).default('gezondheidsrisico'),
      winterStop: z.boolean().default(true),
    })
    .strict(),
  vroegsignalering: z.object({ bills: z.array(idSchema).min(1), afterMonths: months.default(1), outreach: pricedSchema }).strict(),
  'jeugdhulp-18': z
    .object({
      member: idSchema,
      interventions: z.array(idSchema).min(1),
      extension: idSchema.optional(),
      voorliggendFlag: z.string().min(1).default('voorliggende-voorziening'),
    })
    .strict(),
  kostendelersnorm: z
    .object({
      income: idSchema,
      beneficiaries: z.array(idSchema).min(1).max(2),
      coupleNorm: cents,
      youthNorm: pricedSchema.default({ price: 'bijstand-jongerennorm', quantity: 1 }),
      youthSupplementFlag: z.string().min(1).default('aanvullende-bijzondere-bijstand'),
    })
    .strict(),
  zoektermijn: z
    .object({ member: idSchema, income: idSchema, requestFlag: z.string().min(1), weeks: z.number().int().min(0).max(12).default(4) })
    .strict(),
  'schuldregeling-auto': z
    .object({
      asset: idSchema,
      carBill: idSchema,
      repaymentBill: idSchema,
      creditor: payerSchema.default('schuldeisers'),
      arrangementFlag: z.string().min(1).default('schuldregeling'),
      allowanceFlag: z.string().min(1).default('auto-in-vtlb'),
      request: idSchema.optional(),
      saleAfterMonths: months.default(1),
    })
    .strict(),
  'ww-bijstand': z
    .object({ triggerFlag: z.string().min(1), wage: idSchema, ww: idSchema, bijstand: idSchema, wwMonths: months.default(6) })
    .strict(),
  incasso: z
    .object({
      debt: z.string().min(1),
      letterAfterMonths: months.default(1),
      fixedCosts: cents.optional(),
      payWhenPossible: z.boolean().default(true),
      dagvaarding: z
        .object({
          afterMonths: months.default(2),
          summons: pricedSchema.default({ price: 'deurwaarder-dagvaarding', quantity: 1 }),
          courtFee: cents.default(0),
          judgment: pricedSchema.default({ price: 'deurwaarder-betekening', quantity: 1 }),
        })
        .strict()
        .optional(),
    })
    .strict(),
} as const satisfies Record<TemplateId, z.ZodType>;

/** Each template's parameters as the schema outputs them (euros already in cents, priced steps unresolved). */
export type TemplateInput = { [K in TemplateId]: z.output<(typeof schemas)[K]> };

/** What compiling a template's parameters may use: prices, and the case's start date for date-dependent defaults. */
export interface TemplateCompileContext {
  readonly price: PriceResolver;
  readonly path: JsonPath;
  /** The case's start as YYYY-MM-DD. */
  readonly start: string;
  /** Reports a non-fatal problem (a value clamped to what the law allows). */
  readonly warn: (path: JsonPath, code: string, params: Record<string, string | number>) => void;
}

interface TemplateSpec<K extends TemplateId> {
  readonly schema: z.ZodType<TemplateInput[K]>;
  readonly compile: (params: TemplateInput[K], ctx: TemplateCompileContext) => TemplateParams[K];
  /** Which params name which kind of thing, for the reference checks. */
  readonly references: Partial<
    Record<'member' | 'bill' | 'income' | 'intervention' | 'asset' | 'debt', readonly (keyof TemplateInput[K] & string)[]>
  >;
}

const priced = (ctx: TemplateCompileContext, input: PricedInput, key: string): { readonly amount: Cents; readonly price: PriceRef } => {
  const resolved = ctx.price(input, [...ctx.path, key]);
  return { amount: resolved.amount, price: resolved.price };
};

/**
 * The CJIB's trial with a free reminder before the first increase: from 1 July 2026, for a
 * year and a half (announced by the minister of Justice, September 2025), so up to 1 January 2028.
 */
const FREE_REMINDER_FROM = '2026-07-01';
const FREE_REMINDER_UNTIL = '2028-01-01';

/** Every template's schema, compile step and references. */
export const TEMPLATE_SPECS: { readonly [K in TemplateId]: TemplateSpec<K> } = {
  'wahv-boete': {
    schema: schemas['wahv-boete'],
    references: { debt: ['debt'] },
    compile: (p, ctx) => {
      const { gijzeling, freeReminder, dwangbevel, ...rest } = p;
      if (gijzeling && gijzeling.days > GIJZELING_MAX_DAYS) {
        ctx.warn([...ctx.path, 'gijzeling', 'days'], 'gijzelingClamped', { days: gijzeling.days, max: GIJZELING_MAX_DAYS });
      }
      if (gijzeling && gijzeling.leaveFlag === undefined) {
        // Older files had gijzeling follow by itself; by law it needs the officier's request and the judge's leave.
        ctx.warn([...ctx.path, 'gijzeling'], 'gijzelingNeedsLeave', { id: GIJZELING_LEAVE_FLAG });
      }
      return {
        ...rest,
        // Cases that start while the trial runs get the free reminder unless they say otherwise.
        freeReminder: freeReminder ?? (ctx.start >= FREE_REMINDER_FROM && ctx.start < FREE_REMINDER_UNTIL),
        dwangbevel: priced(ctx, dwangbevel, 'dwangbevel'),
        ...(gijzeling
          ? {
              gijzeling: (() => {
                const day = ctx.price(gijzeling.day, [...ctx.path, 'gijzeling', 'day']);
                return {
                  member: gijzeling.member,
                  afterMonths: gijzeling.afterMonths,
                  days: Math.min(gijzeling.days, GIJZELING_MAX_DAYS),
                  dayPrice: day.unitAmount,
                  price: day.price,
                  leaveFlag: gijzeling.leaveFlag ?? GIJZELING_LEAVE_FLAG,
                };
              })(),
            }
          : {}),
      };
    },
  },
  ontruiming: {
    schema: schemas.ontruiming,
    references: { bill: ['bill'], intervention: ['shelter'] },
    compile: (p, ctx) => ({
      ...p,
      deurwaarderSummons: priced(ctx, p.deurwaarderSummons, 'deurwaarderSummons'),
      deurwaarderEviction: priced(ctx, p.deurwaarderEviction, 'deurwaarderEviction'),
      landlordCost: priced(ctx, p.landlordCost, 'landlordCost'),
    }),
  },
  energieschuld: { schema: schemas.energieschuld, references: { bill: ['bill'] }, compile: (p) => p },
  vroegsignalering: {
    schema: schemas.vroegsignalering,
    references: { bill: ['bills'] },
    compile: (p, ctx) => ({ ...p, outreach: priced(ctx, p.outreach, 'outreach') }),
  },
  'jeugdhulp-18': {
    schema: schemas['jeugdhulp-18'],
    references: { member: ['member'], intervention: ['interventions', 'extension'] },
    compile: (p) => p,
  },
  kostendelersnorm: {
    schema: schemas.kostendelersnorm,
    references: { income: ['income'], member: ['beneficiaries'] },
    compile: (p, ctx) => ({ ...p, youthNorm: priced(ctx, p.youthNorm, 'youthNorm').amount }),
  },
  zoektermijn: { schema: schemas.zoektermijn, references: { member: ['member'], income: ['income'] }, compile: (p) => p },
  'schuldregeling-auto': {
    schema: schemas['schuldregeling-auto'],
    references: { asset: ['asset'], bill: ['carBill', 'repaymentBill'], intervention: ['request'] },
    compile: (p) => p,
  },
  'ww-bijstand': { schema: schemas['ww-bijstand'], references: { income: ['wage', 'ww', 'bijstand'] }, compile: (p) => p },
  incasso: {
    schema: schemas.incasso,
    references: { debt: ['debt'] },
    compile: (p, ctx) => {
      const { dagvaarding, ...rest } = p;
      return {
        ...rest,
        ...(dagvaarding
          ? {
              dagvaarding: {
                afterMonths: dagvaarding.afterMonths,
                summons: priced({ ...ctx, path: [...ctx.path, 'dagvaarding'] }, dagvaarding.summons, 'summons'),
                courtFee: dagvaarding.courtFee,
                judgment: priced({ ...ctx, path: [...ctx.path, 'dagvaarding'] }, dagvaarding.judgment, 'judgment'),
              },
            }
          : {}),
      };
    },
  },
};
