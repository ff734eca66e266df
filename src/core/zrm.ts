/** The Zelfredzaamheid-Matrix: 13 life domains scored 1 (acute) to 5 (fully self-sufficient). */

export const ZRM_DOMAINS = [
  'financien',
  'werk-opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke-relaties',
  'geestelijke-gezondheid',
  'lichamelijke-gezondheid',
  'middelengebruik',
  'basale-adl',
  'instrumentele-adl',
  'sociaal-netwerk',
  'maatschappelijke-participatie',
  'justitie',
] as const;

export type ZrmDomain = (typeof ZRM_DOMAINS)[number];

export type ZrmScore = 1 | 2 | 3 | 4 | 5;
export type ZrmProfile = Partial<Record<ZrmDomain, ZrmScore>>;

/** Keeps a score within 1-5 after an effect moved it. */
export function clampScore(value: number): ZrmScore {
  return Math.min(5, Math.max(1, Math.round(value))) as ZrmScore;
}

/** The mean over every scored domain of every profile (0 when nothing is scored). */
export function meanScore(profiles: readonly ZrmProfile[]): number {
  let sum = 0;
  let count = 0;
  for (const profile of profiles) {
    for (const domain in profile) {
      const score = profile[domain as ZrmDomain];
      if (score !== undefined) {
        sum += score;
        count += 1;
      }
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** How many scored domains are at 1 or 2 (acute or not self-sufficient). */
export function countLowDomains(profiles: readonly ZrmProfile[]): number {
  let count = 0;
  for (const profile of profiles) {
    for (const domain of ZRM_DOMAINS) {
      const score = profile[domain];
      if (score !== undefined && score <= 2) count += 1;
    }
  }
  return count;
}
