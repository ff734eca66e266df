/**
 * Money is integer euro cents everywhere. Percentages are applied with one rounding
 * rule, at the moment of booking: half away from zero to the nearest cent.
 */
export type Cents = number;

/** Rounds a fractional number of cents half away from zero (e.g. 0.5 → 1, -0.5 → -1). */
export function roundHalfAwayFromZero(value: number): Cents {
  const rounded = Math.round(Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

/**
 * The given per-mille share of an amount, rounded half away from zero. Per mille in
 * integers keeps the multiplication exact for all shares the law uses (50%, 70%, 75%).
 */
export function perMilleOf(amount: Cents, perMille: number): Cents {
  const product = amount * perMille;
  const whole = Math.trunc(product / 1000);
  const rest = product - whole * 1000;
  if (Math.abs(rest) * 2 >= 1000) return whole + Math.sign(product);
  return whole;
}

/** A percentage of an amount (integer percent), rounded half away from zero. */
export function percentOf(amount: Cents, percent: number): Cents {
  return perMilleOf(amount, Math.round(percent * 10));
}

/** Integer division rounded half away from zero. */
export function divideRounded(amount: Cents, divisor: number): Cents {
  const whole = Math.trunc(amount / divisor);
  const rest = amount - whole * divisor;
  if (Math.abs(rest) * 2 >= Math.abs(divisor)) return whole + Math.sign(amount) * Math.sign(divisor);
  return whole;
}

/** Converts euros written by an author (at most two decimals) to cents, or undefined. */
export function eurosToCents(euros: number): Cents | undefined {
  if (!Number.isFinite(euros)) return undefined;
  const cents = Math.round(euros * 100);
  if (Math.abs(cents - euros * 100) > 1e-6 || !Number.isSafeInteger(cents)) return undefined;
  return cents;
}
