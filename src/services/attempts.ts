/**
 * The anonymous identities the learning platforms see: one random id per browser, and
 * one registration (with its start time) per attempt at a case, so a resumed case
 * reports under the same attempt and its duration counts from the real start.
 */
const LEARNER_KEY = 'wijkteam-kostenspel:learner';
const ATTEMPT_PREFIX = 'wijkteam-kostenspel:attempt:';

export interface AttemptRecord {
  readonly registration: string;
  readonly startedAt: number;
  readonly seed: number;
}

function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** A random version 4 UUID (crypto.randomUUID needs a secure context; this does not). */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This browser's anonymous learner id, made on first use. */
export function learnerId(): string {
  const s = store();
  const known = s?.getItem(LEARNER_KEY);
  if (known && /^[0-9a-f-]{36}$/.test(known)) return known;
  const id = randomUuid();
  try {
    s?.setItem(LEARNER_KEY, id);
  } catch {
    // Without storage the id lasts for this visit.
  }
  return id;
}

/** The attempt at a case: a new one, or the stored one when resuming with the same seed. */
export function attemptFor(caseId: string, seed: number, resumed: boolean, now: number): AttemptRecord {
  const s = store();
  if (resumed) {
    try {
      const stored = JSON.parse(s?.getItem(ATTEMPT_PREFIX + caseId) ?? 'null') as Partial<AttemptRecord> | null;
      if (stored && typeof stored.registration === 'string' && typeof stored.startedAt === 'number' && stored.seed === seed) {
        return { registration: stored.registration, startedAt: stored.startedAt, seed };
      }
    } catch {
      // An unreadable record starts a new attempt.
    }
  }
  const record = { registration: randomUuid(), startedAt: now, seed };
  try {
    s?.setItem(ATTEMPT_PREFIX + caseId, JSON.stringify(record));
  } catch {
    // Without storage a resumed case counts as a new attempt.
  }
  return record;
}
