import { readSaves, readSettings } from '../../services/storage';

/** The case the first-visit tutorial coaches (the menu offers it before the coach has loaded). */
export const TUTORIAL_CASE = 'eerste-huisbezoek';

/** A first visit: the tutorial was never played, skipped or declined, none is under way, and nothing is saved. */
export function isFirstVisit(): boolean {
  const settings = readSettings();
  return !settings.coachSeen && settings.coachStep === undefined && readSaves().length === 0;
}
