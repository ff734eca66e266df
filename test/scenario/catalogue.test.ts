import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYER_IDS, type PayerId } from '../../src/core';
import { ROOT, readCatalogue } from '../../tools/files';

const catalogue = readCatalogue();
const prices = catalogue.prices;

/**
 * Payers that no catalogue entry books as the one who pays. Both are creditors in every household
 * case: they receive payments, arrears and collection costs (the WIK minimum, Btag fees), and what
 * they give up in a debt arrangement is a claim written off, which moves no money and is not booked.
 */
const ONLY_RECEIVING: readonly PayerId[] = ['telecom', 'schuldeisers'];

/** Labels that name money that only moves: benefits, allowances, fines and surcharges, contributions. */
const MONEY_ONLY_MOVES =
  /uitkering|toeslag|vergoeding|bijstand|boete|verhoging|eigen bijdrage|eigen risico|premie|terugvordering|incassokosten|administratiekosten|krediet/i;

describe('the price catalogue', () => {
  it('has at least 45 interventions and prices, each id once', () => {
    expect(prices.length).toBeGreaterThanOrEqual(45);
    expect(new Set(prices.map((p) => p.id)).size).toBe(prices.length);
  });

  it('gives every entry a payer, a unit, a year and a source of more than a few characters', () => {
    for (const price of prices) {
      expect(PAYER_IDS, price.id).toContain(price.payer);
      expect(price.unit, price.id).toBeTruthy();
      expect(price.year, price.id).toBeGreaterThanOrEqual(2000);
      expect(price.year, price.id).toBeLessThanOrEqual(2026);
      expect(price.source.trim().length, price.id).toBeGreaterThan(10);
    }
  });

  it('writes amounts in euros with at most two decimals', () => {
    for (const price of prices) {
      expect(price.amount, price.id).toBeGreaterThanOrEqual(0);
      expect(Math.round(price.amount * 100) / 100, price.id).toBe(price.amount);
    }
  });

  it('says for every € 0 entry why it has no price of its own', () => {
    const zero = prices.filter((p) => p.amount === 0);
    expect(zero.length).toBeGreaterThan(0);
    for (const price of zero) {
      const why = `${price.source} ${price.note ?? ''}`;
      expect(why, price.id).toMatch(/geen eigen prijs: \S.{20,}/i);
    }
  });

  it('names the reference price key of every Kostenhandleiding price', () => {
    for (const price of prices.filter((p) => p.source.includes('Kostenhandleiding'))) {
      expect(price.source, price.id).toMatch(/key [a-z][a-z0-9_]+/);
    }
  });

  it('names the index and its address for every indexed figure', () => {
    const indexed = prices.filter((p) => /geïndexeerd (naar|met)/i.test(p.note ?? ''));
    expect(indexed.map((p) => p.id)).toContain('ondertoezichtstelling');
    for (const price of indexed) {
      const cited = `${price.note ?? ''} ${price.source}`;
      expect(cited, price.id).toMatch(/consumentenprijsindex|art\. 14 lid 1 Btag/i);
      expect(cited, price.id).toMatch(/https?:\/\//);
    }
  });

  it('books every payer that a household case can make pay', () => {
    const paying = new Set(prices.map((p) => p.payer));
    for (const payer of PAYER_IDS) {
      if (ONLY_RECEIVING.includes(payer)) continue;
      expect(paying.has(payer), payer).toBe(true);
    }
  });

  it('still reaches the creditors that never pay, as receivers of money', () => {
    const receiving = new Set(prices.map((p) => p.to));
    expect(receiving.has('schuldeisers')).toBe(true);
  });

  it('books a kilometre allowance, a benefit, an allowance, a fine or a contribution as a transfer', () => {
    for (const price of prices) {
      if (price.unit === 'km' || MONEY_ONLY_MOVES.test(price.label.nl)) {
        expect(price.kind, price.id).toBe('transfer');
      }
    }
  });

  it('pays a transfer to a party, never to a provider', () => {
    for (const price of prices.filter((p) => p.kind === 'transfer')) {
      expect(price.to, price.id).not.toBe('aanbieder');
      expect(price.to, price.id).not.toBe(price.payer);
    }
  });

  it.each(['prices.md', 'prices.en.md'])('is listed in full in docs/%s', (doc) => {
    const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
    const listed = new Set([...text.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]));
    expect([...listed].sort()).toEqual(prices.map((p) => p.id).sort());
  });
});
