import { describe, expect, it, vi } from 'vitest';
import { caseCompleted, caseStarted, decisionMade, isoDuration, type Attempt, type Learner, type Statement } from '../../src/services/xapi';
import { backoff, classify, StatementQueue } from '../../src/services/xapi-queue';

const learner: Learner = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', homePage: 'https://opleiding.example.nl' };
const attempt: Attempt = {
  activityBase: 'https://opleiding.example.nl/kostenspel/',
  caseId: 'eerste-huisbezoek',
  caseVersion: 1,
  title: { nl: 'Eerste huisbezoek', en: 'First home visit' },
  registration: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  seed: 7,
  mode: 'all',
  lang: 'nl',
};
const stamp = { id: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', timestamp: '2025-03-01T10:00:00.000Z' };

describe('xAPI statements', () => {
  it('a started case: an anonymous account, ADL initialized, the case as a simulation named in Dutch and English', () => {
    const statement = caseStarted(learner, attempt, stamp, 'initialized');
    expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://opleiding.example.nl', name: learner.id } });
    expect(JSON.stringify(statement.actor)).not.toMatch(/mbox|"name":"[^0-9]/);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/initialized');
    expect(statement.object).toEqual({
      objectType: 'Activity',
      id: 'https://opleiding.example.nl/kostenspel/cases/eerste-huisbezoek',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: { 'nl-NL': 'Eerste huisbezoek', 'en-US': 'First home visit' },
      },
    });
    expect(statement.context).toMatchObject({ registration: attempt.registration, language: 'nl-NL', revision: '1' });
    expect(statement.context.team).toBeUndefined();
  });

  it('a team label travels as the context team, never as the actor', () => {
    const statement = caseStarted({ ...learner, team: 'Wijkteam Noord' }, attempt, stamp, 'resumed');
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/resumed');
    expect(statement.context.team).toEqual({ objectType: 'Group', name: 'Wijkteam Noord', member: [statement.actor] });
  });

  it('a choice is "answered" with the option as response; a plan change is "interacted"; both under the case', () => {
    const choice = decisionMade(learner, attempt, stamp, {
      type: 'choose',
      month: 3,
      point: 'brief-cjib',
      option: 'betalen',
      label: { 'nl-NL': 'Brief van het CJIB', 'en-US': 'Letter from the CJIB' },
    });
    expect(choice.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(choice.object.id).toBe('https://opleiding.example.nl/kostenspel/cases/eerste-huisbezoek/decision-points/brief-cjib');
    expect(choice.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
    });
    expect(choice.result).toEqual({ response: 'betalen' });
    expect(choice.context.contextActivities?.parent[0]?.id).toBe('https://opleiding.example.nl/kostenspel/cases/eerste-huisbezoek');
    expect(choice.context.extensions?.['https://opleiding.example.nl/kostenspel/extensions/month']).toBe(3);
    const plan = decisionMade(learner, attempt, stamp, {
      type: 'start',
      month: 0,
      intervention: 'budgetbeheer',
      label: { 'nl-NL': 'Budgetbeheer', 'en-US': 'Budget management' },
    });
    expect(plan.verb.id).toBe('http://adlnet.gov/expapi/verbs/interacted');
    expect(plan.object.id).toMatch(/\/interventions\/budgetbeheer$/);
    expect(plan.result).toEqual({ response: 'start' });
  });

  it('a completed case carries score, success, completion and duration', () => {
    const statement = caseCompleted(learner, attempt, stamp, {
      raw: 60,
      min: 0,
      max: 100,
      success: true,
      durationMs: 754_250,
      extensions: { decisions: 3 },
    });
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(statement.result).toEqual({
      score: { scaled: 0.6, raw: 60, min: 0, max: 100 },
      success: true,
      completion: true,
      duration: 'PT12M34.25S',
      extensions: { 'https://opleiding.example.nl/kostenspel/extensions/decisions': 3 },
    });
  });

  it('durations are ISO 8601 with hundredths', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1_500)).toBe('PT1.5S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_040)).toBe('PT1H2M3.04S');
  });
});

function statement(n: number): Statement {
  return caseStarted(
    learner,
    attempt,
    { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: stamp.timestamp },
    'initialized',
  );
}

class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('the statement queue', () => {
  it('classifies the answers of a store', () => {
    expect(classify(200)).toBe('sent');
    expect(classify(204)).toBe('sent');
    expect(classify(409)).toBe('rejected');
    expect(classify(400)).toBe('rejected');
    expect(classify(503)).toBe('retry');
    expect(classify(401)).toBe('retry');
    expect(classify(429)).toBe('retry');
  });

  it('backs off by doubling, capped, with at most a quarter of jitter', () => {
    expect([1, 2, 3, 4].map((n) => backoff(n, 1000, 5000, () => 0))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoff(1, 1000, 5000, () => 1)).toBe(1250);
  });

  it('keeps a statement the store refused, retries it later, and sends it once accepted', async () => {
    vi.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      const bodies: Statement[][] = [];
      const answers = [503, 200];
      const fetch = vi.fn((_url: string | URL | Request, init?: RequestInit) => {
        bodies.push(JSON.parse(typeof init?.body === 'string' ? init.body : '[]') as Statement[]);
        return Promise.resolve(new Response(null, { status: answers.shift() ?? 200 }));
      });
      const queue = new StatementQueue({
        endpoint: 'https://lrs.example.org/xapi/',
        authorization: 'Basic a2V5OnNlY3JldA==',
        storage,
        fetch,
        baseDelayMs: 1000,
        random: () => 0,
      });
      queue.add(statement(1));
      await vi.advanceTimersByTimeAsync(0);
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(fetch.mock.calls[0]?.[0]).toBe('https://lrs.example.org/xapi/statements');
      expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({
        'X-Experience-API-Version': '1.0.3',
        Authorization: 'Basic a2V5OnNlY3JldA==',
      });
      // Refused: it waits in storage, and a statement made meanwhile joins it.
      expect(queue.pending()).toHaveLength(1);
      expect(storage.getItem('wijkteam-kostenspel:xapi-queue')).toContain(statement(1).id);
      queue.add(statement(2));
      await vi.advanceTimersByTimeAsync(500);
      expect(fetch).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(600);
      expect(fetch).toHaveBeenCalledTimes(2);
      expect(bodies[1]?.map((s) => s.id)).toEqual([statement(1).id, statement(2).id]);
      expect(queue.pending()).toHaveLength(0);
      expect(storage.getItem('wijkteam-kostenspel:xapi-queue')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('picks up what an earlier visit left in storage, and a network error is retried like a refusal', async () => {
    vi.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      storage.setItem('wijkteam-kostenspel:xapi-queue', JSON.stringify([statement(1), { broken: true }]));
      let calls = 0;
      const fetch = vi.fn(() => {
        calls += 1;
        return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(null, { status: 204 }));
      });
      const queue = new StatementQueue({ endpoint: 'https://lrs.example.org/xapi/', storage, fetch, baseDelayMs: 1000, random: () => 0 });
      expect(queue.pending().map((s) => s.id)).toEqual([statement(1).id]);
      queue.flushSoon();
      await vi.advanceTimersByTimeAsync(0);
      expect(queue.pending()).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1000);
      expect(fetch).toHaveBeenCalledTimes(2);
      expect(queue.pending()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
