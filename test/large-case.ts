/** A generated trainer's case with many decision points, for the tests of bounded searches and checks. */

/** A case with `points` decision points of `options` options, one every `every` months, over `months` months. */
export function largeCase(points: number, options: number, months: number): string {
  const every = Math.max(1, Math.floor(months / (points + 1)));
  const dateOf = (month: number): string => {
    const y = 2026 + Math.floor((8 + month) / 12);
    const m = ((8 + month) % 12) + 1;
    return `${y}-${String(m).padStart(2, '0')}-01`;
  };
  const doc = {
    $schema: '../scenarios/scenario.schema.json',
    id: 'grote-casus',
    version: 1,
    title: { nl: 'Grote casus', en: 'Large case' },
    summary: { nl: 'Veel beslismomenten.', en: 'Many decision points.' },
    start: '2026-09-01',
    months,
    checkpoints: Array.from({ length: Math.floor(months / 6) }, (_, i) => i * 6),
    wijkteamHoursPerMonth: 24,
    household: {
      name: 'Jansen',
      story: { nl: 'Een man van 45.', en: 'A man of 45.' },
      goal: { nl: 'Rust.', en: 'Calm.' },
      members: [
        {
          id: 'henk',
          name: 'Henk',
          role: 'adult',
          birthDate: '1981-02-01',
          zrm: { financien: 2, 'geestelijke-gezondheid': 2, huisvesting: 3, 'sociaal-netwerk': 2 },
        },
      ],
      incomes: [
        { id: 'bijstand', label: { nl: 'Bijstand', en: 'Bijstand' }, kind: 'benefit', payer: 'gemeente-participatie', monthly: 1369.06 },
      ],
      bills: [{ id: 'huur', label: { nl: 'Huur', en: 'Rent' }, payee: 'woningcorporatie', monthly: 700, priority: 1 }],
    },
    interventions: [
      { use: 'schuldhulpverlening' },
      { use: 'budgetbeheer' },
      { use: 'ggz-basis' },
      { use: 'poh-ggz' },
      { use: 'begeleiding-wmo' },
      { use: 'dagbesteding' },
      { use: 're-integratie' },
      { use: 'huishoudelijke-hulp' },
    ],
    decisionPoints: Array.from({ length: points }, (_, p) => ({
      id: `punt-${p + 1}`,
      prompt: { nl: `Keuze ${p + 1}`, en: `Choice ${p + 1}` },
      when: { date: { op: '>=', value: dateOf((p + 1) * every) } },
      options: Array.from({ length: options }, (_, o) => ({
        id: `optie-${o + 1}`,
        label: { nl: `Optie ${o + 1}`, en: `Option ${o + 1}` },
        effects: [
          {
            type: 'zrm',
            member: 'henk',
            domain: ['financien', 'geestelijke-gezondheid', 'huisvesting', 'sociaal-netwerk'][o % 4],
            delta: o % 2 === 0 ? 1 : -1,
          },
          ...(o > 0 ? [{ type: 'book', kind: 'cost', from: 'gemeente-wmo', to: 'aanbieder', amount: 150 * o }] : []),
        ],
      })),
      default: 'optie-1',
    })),
    routes: { system: [], breakthrough: [{ month: 0, type: 'start', intervention: 'schuldhulpverlening' }] },
    epilogues: [{ id: 'einde', text: { nl: 'Einde.', en: 'The end.' } }],
  };
  return JSON.stringify(doc, null, 2);
}
