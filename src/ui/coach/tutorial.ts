/** The case the first-visit tutorial coaches (the menu offers it before the coach has loaded). */
export const TUTORIAL_CASE = 'eerste-huisbezoek';
