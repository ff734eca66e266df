/**
 * Parameter schemas for the rule templates. Money is written in euros and becomes
 * cents here; a priced step names a catalogue price ({ "price": "id" }) that
 * compile.ts resolves into an amount with its source.
 */
import { z } from 'zod';
import { eurosToCents, type TemplateId } from '../core';
import { euroSchema, idSchema, payerSchema } from './schema';

const cents = euroSchema.transform((v) => eurosToCents(v) ?? 0);
const months = z.number().int().min(0).max(60);

/** A reference to a catalogue price, optionally times a quantity (e.g. days). */
export const pricedSchema = z.object({ price: idSchema, quantity: z.number().min(0).default(1) }).strict();
export type PricedInput = z.output<typeof pricedSchema>;

export const TEMPLATE_PARAM_SCHEMAS: Record<TemplateId, z.ZodType> = {
  'wahv-boete': z
    .object({
      debt: z.string().min(1),
      termMonths: months.default(2),
      freeReminder: z.boolean().default(false),
      payWhenPossible: z.boolean().default(true),
      gijzeling: z
        .object({ member: idSchema, afterMonths: months, days: z.number().int().min(1).max(365), day: pricedSchema })
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
    })
    .strict(),
  vroegsignalering: z.object({ bills: z.array(idSchema).min(1), afterMonths: months.default(1), outreach: pricedSchema }).strict(),
  'jeugdhulp-18': z.object({ member: idSchema, interventions: z.array(idSchema).min(1), extension: idSchema.optional() }).strict(),
  kostendelersnorm: z.object({ income: idSchema, beneficiaries: z.array(idSchema).min(1).max(2), coupleNorm: cents }).strict(),
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
};

/** Which params of each template name which kind of thing, for the reference checks. */
export const TEMPLATE_REFERENCES: Record<
  TemplateId,
  Partial<Record<'member' | 'bill' | 'income' | 'intervention' | 'asset' | 'debt', readonly string[]>>
> = {
  'wahv-boete': { debt: ['debt'] },
  ontruiming: { bill: ['bill'], intervention: ['shelter'] },
  energieschuld: { bill: ['bill'] },
  vroegsignalering: { bill: ['bills'] },
  'jeugdhulp-18': { member: ['member'], intervention: ['interventions', 'extension'] },
  kostendelersnorm: { income: ['income'], member: ['beneficiaries'] },
  zoektermijn: { member: ['member'], income: ['income'] },
  'schuldregeling-auto': { asset: ['asset'], bill: ['carBill', 'repaymentBill'], intervention: ['request'] },
  'ww-bijstand': { income: ['wage', 'ww', 'bijstand'] },
};
