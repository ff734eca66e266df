/**
 * Every code the core's rules report in an event's detail, declared in one list so
 * that each has a sentence in every language (a test checks the rules emit no other).
 */
import type { TemplateId } from './rules';

/**
 * The steps each rule template reports (a 'template' event's detail, up to any ':'
 * that carries a number, as in 'jongerennorm:1'). The vroegsignalering template
 * reports the bill it signals instead of a step.
 */
export const TEMPLATE_STEPS = {
  'wahv-boete': [
    'payment-plan',
    'payment-plan-refused',
    'payment-plan-lapsed',
    'paid',
    'first-reminder',
    'second-reminder',
    'dwangbevel',
    'gijzeling',
  ],
  ontruiming: ['reminder', 'aanmaning', 'summons', 'withdrawn', 'ruling', 'evicted'],
  energieschuld: ['tip-to-gemeente', 'disconnected'],
  vroegsignalering: [],
  'jeugdhulp-18': ['ended-at-18', 'extended', 'ended-at-23'],
  kostendelersnorm: ['jongerennorm', 'sharers'],
  zoektermijn: ['search-period', 'benefit-starts'],
  'schuldregeling-auto': ['car-in-vtlb', 'car-sold'],
  'ww-bijstand': ['job-lost', 'ww-ended'],
  incasso: ['fourteen-day-letter', 'collection-costs', 'summons', 'judgment', 'paid'],
} as const satisfies { readonly [K in TemplateId]: readonly string[] };

/** Every template step, once. */
export const TEMPLATE_STEP_CODES: readonly string[] = [...new Set(Object.values(TEMPLATE_STEPS).flat())];

/** The grounds on which a rule refuses a requested intervention (a 'refused' event's detail). */
export const REFUSAL_CODES = ['jeugdwet-1.1', 'jeugdwet-1.1-23', 'jeugdwet-1.1-voorliggend'] as const;

/** The detail of a 'message' event that says an approval was asked for. */
export const APPROVAL_REQUESTED = 'approval-requested';
