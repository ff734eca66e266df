/** The starting file a trainer downloads or `npm run new-scenario` writes: small, valid and commented by its own texts. */

/** A minimal valid scenario with the given id, as formatted JSON text. */
export function starterScenario(id: string): string {
  const t = (nl: string, en: string): { nl: string; en: string } => ({ nl, en });
  const doc = {
    $schema: './scenario.schema.json',
    id,
    version: 1,
    title: t('Nieuwe casus', 'New case'),
    summary: t('Korte samenvatting voor het menu.', 'Short summary for the menu.'),
    facilitation: t('Doel van de casus en aannames, voor de trainer.', 'Aim of the case and assumptions, for the trainer.'),
    start: '2026-09-01',
    months: 6,
    checkpoints: [0, 3],
    wijkteamHoursPerMonth: 6,
    zrmThreshold: 3,
    household: {
      name: 'Familie Voorbeeld',
      story: t('Wie zijn ze, wat is er aan de hand?', 'Who are they, what is going on?'),
      goal: t('Waar wil het gezin over een jaar staan?', 'Where does the family want to be in a year?'),
      members: [
        {
          id: 'ouder',
          name: 'Sam',
          role: 'parent',
          birthDate: '1990-01-01',
          zrm: { financien: 2, 'werk-opleiding': 3, 'geestelijke-gezondheid': 3, huisvesting: 4 },
        },
      ],
      cash: 50,
      incomes: [
        { id: 'bijstand', label: t('Bijstand', 'Social assistance'), kind: 'benefit', payer: 'gemeente-participatie', monthly: 1345.45 },
      ],
      bills: [
        { id: 'leefgeld', label: t('Boodschappen', 'Groceries'), payee: 'huishouden', monthly: 600, priority: 0 },
        { id: 'huur', label: t('Huur', 'Rent'), payee: 'woningcorporatie', monthly: 750, priority: 1 },
      ],
      debts: [],
      assets: [],
      flags: [],
    },
    interventions: [
      {
        use: 'budgetbeheer',
        for: 'ouder',
        timed: [{ afterMonths: 2, effects: [{ type: 'zrm', member: 'ouder', domain: 'financien', delta: 1 }] }],
      },
    ],
    templates: [],
    rules: [],
    events: [],
    decisionPoints: [],
    routes: { system: [], breakthrough: [{ month: 0, type: 'start', intervention: 'budgetbeheer' }] },
    epilogues: [{ id: 'einde', text: t('Hoe het verder ging.', 'What happened next.') }],
    debrief: [{ id: 'vraag-1', question: t('Wie betaalde wat, en waarom?', 'Who paid what, and why?') }],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
