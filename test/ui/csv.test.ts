import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/ui/csv';

describe('CSV for Dutch Excel', () => {
  const rows = [
    ['team', 'kosten samenleving', 'ZRM'],
    ['Team 1', { cents: 1234567 }, { decimal: 3.456, digits: 2 }],
  ] as const;

  it('starts with a byte-order mark, separates with ; and writes a decimal comma', () => {
    const csv = toCsv(rows, { lang: 'nl' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFteam;kosten samenleving;ZRM\r\nTeam 1;12345,67;3,46\r\n');
  });

  it('writes , and a decimal point in English', () => {
    expect(toCsv(rows, { lang: 'en' })).toBe('\uFEFFteam,kosten samenleving,ZRM\r\nTeam 1,12345.67,3.46\r\n');
  });

  it.each(["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('turns the label %j into text Excel will not run', (label) => {
    const csv = toCsv([[label, 1]], { lang: 'nl' });
    const first = csv.slice(1).split(';')[0] ?? '';
    expect(first.startsWith('"\'')).toBe(true);
    expect(first).toContain(label.replace(/"/g, '""'));
  });

  it('quotes text with the separator, quotes or line breaks, and leaves negative amounts as numbers', () => {
    expect(toCsv([['a;b', 'zeg "hoi"', 'x\ny', { cents: -500 }]], { lang: 'nl' })).toBe('\uFEFF"a;b";"zeg ""hoi""";"x\ny";-5,00\r\n');
  });
});
