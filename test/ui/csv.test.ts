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

describe('CSV cells that Excel would run (OWASP CSV injection)', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('guards a text cell starting with %j, in Dutch and in English', (start) => {
    for (const lang of ['nl', 'en'] as const) {
      const separator = lang === 'nl' ? ';' : ',';
      const csv = toCsv([[`${start}1+1`, 'veilig']], { lang });
      expect(csv).toBe(`\uFEFF"'${start}1+1"${separator}veilig\r\n`);
    }
  });

  it('leaves text that only contains those characters later on as it is', () => {
    expect(toCsv([['a=b', 'Team +1', 'x@y.nl']], { lang: 'nl' })).toBe('\uFEFFa=b;Team +1;x@y.nl\r\n');
  });

  it('guards a text cell even when it starts with the separator or a quote after the dangerous character', () => {
    expect(toCsv([['=a;b', '@"x"']], { lang: 'nl' })).toBe('\uFEFF"\'=a;b";"\'@""x"""\r\n');
  });

  it('writes whole numbers without decimals and amounts in cents as euros with two decimals', () => {
    expect(toCsv([[36, { cents: 5 }, { cents: -123456 }, { decimal: -0.234, digits: 2 }]], { lang: 'nl' })).toBe(
      '\uFEFF36;0,05;-1234,56;-0,23\r\n',
    );
    expect(toCsv([[36, { cents: 5 }, { cents: -123456 }]], { lang: 'en' })).toBe('\uFEFF36,0.05,-1234.56\r\n');
  });

  it('writes one byte-order mark at the start only, and ends every row with CRLF', () => {
    const csv = toCsv([['a'], ['b'], ['c']], { lang: 'nl' });
    expect(csv.split('\uFEFF')).toHaveLength(2);
    expect(csv).toBe('\uFEFFa\r\nb\r\nc\r\n');
  });
});
