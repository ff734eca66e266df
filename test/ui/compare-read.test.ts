import { describe, expect, it } from 'vitest';
import { splitLine } from '../../src/ui/compare-read';

const CODE = 'eerste-huisbezoek@2/7/all/0+budgetbeheer;4cbrief-cjib=zelf-betalen~2.3b50bf';

describe('a pasted line split into the team label and its code', () => {
  it.each([
    [CODE, { code: CODE }],
    [`Team Noord: ${CODE}`, { label: 'Team Noord', code: CODE }],
    [`Team Noord\t${CODE}`, { label: 'Team Noord', code: CODE }],
    [`"Team Noord";"${CODE}"`, { label: 'Team Noord', code: CODE }],
    [`Team 3, ${CODE}`, { label: 'Team 3', code: CODE }],
    [`=cmd|' /C calc'!A0\t${CODE}`, { label: "=cmd|' /C calc'!A0", code: CODE }],
  ])('%j', (line, expected) => {
    expect(splitLine(line)).toEqual(expected);
  });

  it('keeps a line without a code whole, so the engine can say it is no code', () => {
    expect(splitLine('Team Zuid: weet ik niet')).toEqual({ code: 'Team Zuid: weet ik niet' });
  });
});
